"""Issue 11 at the desk: the next user starts from an unfiltered register; the participants of a
session fill the row being typed, and known people complete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Participant, Status
from dikecualikan_gui.services import items, users
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.dialogs.session import SessionDialog
from dikecualikan_gui.ui.main_window import MainWindow

from conftest import People
from factories import sample_content, sample_test
from screens import Answers, answer_messages, context


def test_a_user_who_signs_in_does_not_inherit_the_filters(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    for judul in ("Biodata pegawai", "Rekam medis", "Notulen rapat"):
        items.create_item(people.petugas, sample_content(judul))
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    register = window.register
    register.set_status(Status.DRAF)
    register.searchEdit.setText("Biodata")
    qtbot.waitUntil(lambda: register.model.where.search == "Biodata")
    assert register.model.rowCount() == 1
    register.hurufFilter.setCurrentIndex(register.hurufFilter.findData("a"))
    assert register.model.where.huruf == "a"

    same = users.get_by_username("petugas")  # the same user back after a lock keeps the view
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: same))
    window.lock()
    assert register.searchEdit.text() == "Biodata" and register.model.where.huruf == "a"

    atasan = users.get_by_username("atasan")  # someone else: everything shown, nothing searched
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: atasan))
    window.lock()
    assert window.ctx.user.username == "atasan"
    assert register.searchEdit.text() == ""
    assert register.statusFilter.currentIndex() == 0 and register.statusFilter.currentData() is None
    assert register.yearFilter.currentData() is None and register.hurufFilter.currentData() is None
    assert register.model.rowCount() == 3
    assert "3 usulan di register" in register.countLabel.text()


def _editor(qtbot: QtBot, view: QAbstractItemView) -> QLineEdit:
    """The cell editor open in ``view`` (offscreen, a closed completer popup can leave no window active)."""

    def open_editors() -> list[QLineEdit]:
        return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(open_editors()) == 1)
    return open_editors()[0]


def _type_row(qtbot: QtBot, view: QAbstractItemView, *cells: str) -> None:
    """Type into the open editor, Tab to the next cell, as a user does; Return ends the row."""
    for n, text in enumerate(cells):
        qtbot.keyClicks(_editor(qtbot, view), text)
        if n < len(cells) - 1:
            qtbot.keyClick(_editor(qtbot, view), Qt.Key.Key_Tab)
    qtbot.keyClick(_editor(qtbot, view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)  # Return commits (queued)


@pytest.fixture
def session_dialog(qtbot: QtBot, config: Config, people: People) -> SessionDialog:
    item = items.create_item(people.petugas, sample_content("Biodata pegawai"))
    items.record_test(people.petugas, item.id, item.version, sample_test(tanggal=None))
    dialog = SessionDialog(context(config, people.petugas))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popup
def test_typing_a_new_participant_fills_the_new_row(qtbot: QtBot, session_dialog: SessionDialog) -> None:
    table = session_dialog.peserta
    table.add_row(Participant("Siti Aminah", "Kepala Bidang", "Bidang UKM"))  # row 1, already there
    qtbot.mouseClick(table.addButton, Qt.MouseButton.LeftButton)
    _type_row(qtbot, table.table, "Budi Santoso", "Analis Kebijakan", "Sekretariat")
    qtbot.mouseClick(table.addButton, Qt.MouseButton.LeftButton)
    _type_row(qtbot, table.table, "Rina Wati", "Pranata Humas", "Bagian Umum")
    assert table.value() == (
        Participant("Siti Aminah", "Kepala Bidang", "Bidang UKM"),
        Participant("Budi Santoso", "Analis Kebijakan", "Sekretariat"),
        Participant("Rina Wati", "Pranata Humas", "Bagian Umum"),
    )


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popup
def test_a_known_name_completes_and_fills_its_jabatan(
    qtbot: QtBot, session_dialog: SessionDialog, people: People
) -> None:
    table = session_dialog.peserta
    qtbot.mouseClick(table.addButton, Qt.MouseButton.LeftButton)
    editor = _editor(qtbot, table.table)
    completer = editor.completer()
    assert completer is not None
    completer.setCompletionPrefix("atasan")
    names = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert "Drs. Atasan PPID" in names and "Atasan Kedua" in names  # the users already known
    qtbot.keyClicks(editor, "Drs. Atasan")
    completer.popup().hide()
    qtbot.keyClicks(editor, " PPID")
    completer.popup().hide()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the jabatan: the known person's is filled in
    qtbot.waitUntil(lambda: len(table.value()) == 1)
    [person] = table.value()
    known = users.get_by_username("atasan")
    assert person.nama == "Drs. Atasan PPID" and person.jabatan == (known.jabatan or known.role.label)
    assert table.table.currentRow() == 0 and table.table.currentColumn() == 1
