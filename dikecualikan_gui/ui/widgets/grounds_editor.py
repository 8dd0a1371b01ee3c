"""Pasal 17 grounds: one row per huruf, with its angka only where the huruf has sub-points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QToolButton, QVBoxLayout, QWidget

from dikecualikan_gui.domain import pasal17
from dikecualikan_gui.domain.model import Ground
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.help import show_huruf
from dikecualikan_gui.ui.text import tr

ANGKA_PREVIEW = 70


def preview(text: str, limit: int = ANGKA_PREVIEW) -> str:
    """``text`` up to ``limit`` characters, cut between words (the whole text is the tooltip)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;") + "…"


class GroundRow(QWidget):
    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.huruf = QComboBox()
        self.huruf.setObjectName("hurufCombo")
        self.huruf.addItem(tr("(pilih huruf)"), None)
        for category in pasal17.CATEGORIES.values():
            self.huruf.addItem(tr("huruf {h} — {l}").format(h=category.huruf, l=category.label), category.huruf)
            self.huruf.setItemData(self.huruf.count() - 1, category.text, Qt.ItemDataRole.ToolTipRole)
        self.angka = QComboBox()
        self.angka.setObjectName("angkaCombo")
        for combo in (self.huruf, self.angka):  # as wide as the longest choice: never cut mid-word
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.helpButton = QToolButton()
        self.helpButton.setObjectName("hurufHelpButton")
        self.helpButton.setText("?")
        self.helpButton.setToolTip(tr("Penjelasan dan contoh huruf yang dipilih"))
        self.helpButton.setAccessibleName(tr("Penjelasan huruf"))
        self.remove = QPushButton(tr("Hapus"))
        self.meaning = layout.hint("")
        # the angka on a line of its own, so that both choices are read whole at 1024x768
        row = layout.hbox(self.huruf, self.helpButton, None, self.remove)
        self.setLayout(layout.vbox(row, layout.hbox(self.angka, None), self.meaning))
        self.huruf.currentIndexChanged.connect(self._on_huruf_changed)
        self.angka.currentIndexChanged.connect(self._on_angka_changed)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.helpButton.clicked.connect(self._on_help_clicked)
        self._on_huruf_changed()

    def _on_huruf_changed(self, *_args: object) -> None:
        huruf = self.huruf.currentData()
        category = pasal17.CATEGORIES.get(huruf) if huruf else None
        self.angka.blockSignals(True)
        self.angka.clear()
        if category is None:
            self.angka.addItem(tr("(pilih huruf dahulu)"), None)
        elif not category.has_angka:
            self.angka.addItem(tr("(huruf ini tidak memiliki angka)"), None)
        else:
            self.angka.addItem(tr("(pilih angka)"), None)
            for number, text in category.angka.items():
                short = preview(text)
                self.angka.addItem(tr("angka {n} — {t}").format(n=number, t=short), number)
                self.angka.setItemData(self.angka.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.angka.setEnabled(bool(category and category.has_angka))
        self.angka.blockSignals(False)
        self._describe()
        self.changed.emit()

    def _on_angka_changed(self, *_args: object) -> None:
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        huruf = self.huruf.currentData()
        category = pasal17.CATEGORIES.get(huruf) if huruf else None
        if category is None:
            self.meaning.setText("")
            return
        text = category.text
        angka = self.angka.currentData()
        if angka is not None:
            text += ", yaitu " + category.angka[angka]
        self.meaning.setText(text + ".")

    def _on_help_clicked(self) -> None:
        show_huruf(self, self.huruf.currentData())

    def _on_remove_clicked(self) -> None:
        self.removeRequested.emit(self)

    def value(self) -> Ground | None:
        huruf = self.huruf.currentData()
        return Ground(huruf, self.angka.currentData()) if huruf else None

    def set_value(self, ground: Ground) -> None:
        self.huruf.setCurrentIndex(max(self.huruf.findData(ground.huruf), 0))
        if ground.angka is not None:
            self.angka.setCurrentIndex(max(self.angka.findData(ground.angka), 0))


class GroundsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GroundRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.addButton = QPushButton(tr("Tambah dasar Pasal 17"))
        self.addButton.setObjectName("addGroundButton")
        self.addButton.clicked.connect(self._on_add_clicked)
        self.setLayout(layout.vbox(self._rows_layout, layout.hbox(self.addButton, None)))
        self.add_row()

    def add_row(self, ground: Ground | None = None) -> GroundRow:
        row = GroundRow(self)
        if ground is not None:
            row.set_value(ground)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self._on_remove_requested)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def _on_add_clicked(self) -> None:
        self.add_row().huruf.setFocus()
        self.changed.emit()

    def _on_remove_requested(self, row: Any) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if not self.rows:
            self.add_row()
        self.changed.emit()

    def value(self) -> tuple[Ground, ...]:
        return tuple(g for g in (row.value() for row in self.rows) if g is not None)

    def set_value(self, grounds: tuple[Ground, ...]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for ground in grounds:
            self.add_row(ground)
        if not self.rows:
            self.add_row()

    def state(self) -> list[list[Any]]:
        return [[row.huruf.currentData(), row.angka.currentData()] for row in self.rows]

    def set_state(self, state: list[list[Any]]) -> None:
        self.set_value(tuple(Ground(h, a) for h, a in state if h))
