"""The participants of a consequence test: nama, jabatan, unit (all sign the printed sheet)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from dikecualikan_gui.domain.model import Participant
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr


class ParticipantsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("participantsTable")
        self.table.setHorizontalHeaderLabels([tr("Nama"), tr("Jabatan"), tr("Unit")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        self.addButton = QPushButton(tr("Tambah peserta"))
        self.addButton.setObjectName("addParticipantButton")
        self.removeButton = QPushButton(tr("Hapus peserta"))
        self.addButton.clicked.connect(self._on_add_clicked)
        self.removeButton.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(self._on_item_changed)
        self.setLayout(layout.vbox(self.table, layout.hbox(self.addButton, self.removeButton, None)))

    def _on_item_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row()
        first = self.table.item(self.table.rowCount() - 1, 0)
        if first is not None:
            self.table.setCurrentItem(first)  # Tab from this editor moves along the new row, not row 1
            self.table.editItem(first)

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def add_row(self, person: Participant | None = None) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (person.nama, person.jabatan, person.unit) if person else ("", "", "")
        for column, text in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.changed.emit()

    def value(self) -> tuple[Participant, ...]:
        people = []
        for row in range(self.table.rowCount()):
            cells = [_text(self.table.item(row, c)) for c in range(3)]
            if any(cells):
                people.append(Participant(*cells))
        return tuple(people)

    def set_value(self, people: tuple[Participant, ...]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self.add_row(person)

    def state(self) -> list[list[str]]:
        return [[p.nama, p.jabatan, p.unit] for p in self.value()]

    def set_state(self, state: list[list[str]]) -> None:
        self.set_value(tuple(Participant(*row) for row in state))


def _text(cell: QTableWidgetItem | None) -> str:
    return cell.text().strip() if cell is not None else ""
