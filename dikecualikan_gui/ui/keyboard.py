"""Keyboard rules for every multi-line field: Tab moves on to the next field (as in a form),
Ctrl+Tab types a tab character for whoever needs one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

#: The events multi_line_tabs looks at; the main window's application filter passes only these.
TAB_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.FocusIn})


def multi_line_tabs(watched: QObject, event: QEvent) -> bool:
    """For the application's event filter (one filter for the whole application keeps every event
    cheap): True when the event was a Ctrl+Tab typed into a multi-line field."""
    if not isinstance(watched, (QPlainTextEdit, QTextEdit)):
        return False
    if not watched.tabChangesFocus():
        watched.setTabChangesFocus(True)
    if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Tab:
        return False
    if event.modifiers() != Qt.KeyboardModifier.ControlModifier or watched.isReadOnly():
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()  # Ctrl+Tab stays with the field, not the tab widgets around it
        return True
    watched.insertPlainText("\t")
    return True
