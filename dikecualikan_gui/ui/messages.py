"""Message boxes with Indonesian buttons (Qt ships no Indonesian translation of its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dikecualikan_gui.ui.text import tr


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    return box


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title or tr("Tidak dapat dilanjutkan"), text)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title or tr("Informasi"), text)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None, details: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text, details)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


def three_way(parent: QWidget | None, title: str, text: str, first: str, second: str, cancel: str | None = None) -> int:
    """0 for ``first``, 1 for ``second``, -1 for cancel."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    one = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    two = box.addButton(second, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(cancel or tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return 0 if clicked is one else 1 if clicked is two else -1
