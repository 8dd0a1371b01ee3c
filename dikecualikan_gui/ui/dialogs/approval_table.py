"""The items of a sign-off, one row each: a tick to decide it now, and its own note or reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.ui.text import tr

NOTE_COLUMN = 2


def button(text: str, name: str) -> QPushButton:
    """A push button that is never a default button: Enter does not press it."""
    pushed = QPushButton(text)
    pushed.setObjectName(name)
    pushed.setAutoDefault(False)
    pushed.setDefault(False)
    return pushed


class DecisionTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("decisionTable")
        self.setHorizontalHeaderLabels([tr("Nomor"), tr("Informasi"), tr("Catatan / alasan untuk usulan ini")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(110)
        self.setMaximumHeight(200)

    def fill(self, records: Sequence[ItemRecord], ticked: bool) -> None:
        self.blockSignals(True)
        self.setRowCount(len(records))
        for row, record in enumerate(records):
            box = QTableWidgetItem(record.nomor)
            box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            box.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            box.setData(Qt.ItemDataRole.UserRole, record.id)
            title = QTableWidgetItem(record.content.judul)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            title.setToolTip(record.content.judul)
            self.setItem(row, 0, box)
            self.setItem(row, 1, title)
            self.setItem(row, NOTE_COLUMN, QTableWidgetItem(""))
        self.blockSignals(False)

    def item_id(self, row: int) -> int | None:
        cell = self.item(row, 0)
        return int(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else None

    def _row_of(self, item_id: int) -> int:
        for row in range(self.rowCount()):
            if self.item_id(row) == item_id:
                return row
        raise KeyError(item_id)

    def ticked_ids(self) -> set[int]:
        return {
            int(cell.data(Qt.ItemDataRole.UserRole))
            for cell in (self.item(row, 0) for row in range(self.rowCount()))
            if cell is not None and cell.checkState() == Qt.CheckState.Checked
        }

    def set_ticked(self, item_id: int, ticked: bool = True) -> None:
        cell = self.item(self._row_of(item_id), 0)
        if cell is not None:
            cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def note(self, item_id: int) -> str:
        cell = self.item(self._row_of(item_id), NOTE_COLUMN)
        return cell.text() if cell is not None else ""

    def set_note(self, item_id: int, text: str) -> None:
        cell = self.item(self._row_of(item_id), NOTE_COLUMN)
        if cell is not None:
            cell.setText(text)

    def remove_ids(self, ids: set[int]) -> None:
        for row in reversed(range(self.rowCount())):
            if self.item_id(row) in ids:
                self.removeRow(row)
