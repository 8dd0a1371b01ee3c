"""The DIK export and the backup save where the last save went, and offer to open what they wrote
(issue 11, point 14), like the print preview's "Simpan PDF"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.ui import save_target
from dikecualikan_gui.ui.main_window import MainWindow

from conftest import People
from screens import Answers, answer_messages, context


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


def test_export_and_backup_start_in_the_last_folder_and_offer_to_open(
    qtbot: QtBot, people: People, config: Config, tmp_path: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    suggested: list[str] = []
    folder = tmp_path / "unggah"
    folder.mkdir()
    targets = iter([folder / "dik-situs.csv", folder / "cadangan.zip"])

    def ask(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(start)
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    window = MainWindow(context(config, people.admin))
    qtbot.addWidget(window)
    window.show()
    window._on_export_dik_triggered()
    assert (folder / "dik-situs.csv").exists()
    box = window.findChild(QMessageBox, "savedBox")
    assert box is not None and "dik-situs.csv" in box.text()
    box.findChild(QPushButton, "openFolderButton").click()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    window._on_backup_triggered()
    assert Path(suggested[1]).parent == folder  # the export's folder was remembered
    qtbot.waitUntil(lambda: (folder / "cadangan.zip").exists(), timeout=30_000)
    qtbot.waitUntil(
        lambda: any("Cadangan ditulis" in b.text() for b in window.findChildren(QMessageBox, "savedBox")),
        timeout=30_000,
    )
    assert save_target.last_folder(window.ctx) == folder
