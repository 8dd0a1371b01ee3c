"""Participants picked while typing: the Nama cell of the participants table completes from the
users and signatories already known, and a known name fills an empty jabatan and unit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dikecualikan_gui.domain.model import Participant

NAME_COLUMN, JABATAN_COLUMN, UNIT_COLUMN = 0, 1, 2


class KnownPeopleDelegate(QStyledItemDelegate):
    """Installed on the participants table: completion in the Nama column, the rest as usual."""

    def __init__(self, people: Sequence[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = {p.nama.casefold(): p for p in people if p.nama}
        self.names = [p.nama for p in people if p.nama]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if index.column() == NAME_COLUMN and isinstance(editor, QLineEdit):
            completer = QCompleter(self.names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            editor.setObjectName("participantNameEditor")
        return editor

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().setModelData(editor, model, index)
        if index.column() != NAME_COLUMN or not isinstance(editor, QLineEdit):
            return
        known = self.people.get(editor.text().strip().casefold())
        if known is None:
            return
        for column, value in ((JABATAN_COLUMN, known.jabatan), (UNIT_COLUMN, known.unit)):
            cell = model.index(index.row(), column)
            if value and not str(model.data(cell) or "").strip():  # never over what was typed
                model.setData(cell, value)
