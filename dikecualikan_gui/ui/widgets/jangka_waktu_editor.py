"""Jangka waktu: a duration, an end date, an event in words, or unlimited; shows the expiry."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QGridLayout, QLabel, QLineEdit, QRadioButton, QSpinBox, QWidget

from dikecualikan_gui.domain.dates import EARLIEST, LATEST, format_date_id
from dikecualikan_gui.domain.jangka_waktu import compute_expiry, make_jangka_waktu
from dikecualikan_gui.domain.model import JangkaWaktu, JangkaWaktuKind
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


NO_DATE = QDate(EARLIEST.year - 1, 12, 31)  # an optional date left empty, shown as "—"


def date_edit(value: date | None, optional: bool = False, name: str = "") -> QDateEdit:
    """A dd/mm/yyyy field with a calendar, limited to plausible years; an optional one may be
    emptied to "—" (its lowest value)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(NO_DATE if optional else to_qdate(EARLIEST), to_qdate(LATEST))
    if optional:
        edit.setSpecialValueText("—")
    edit.setDate(to_qdate(value) if value else NO_DATE)
    if name:
        edit.setObjectName(name)
    return edit


def optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


class JangkaWaktuEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = date.today()
        self.kinds = QButtonGroup(self)
        self.durasi = QRadioButton(tr("Selama"))
        self.sampai = QRadioButton(tr("Sampai tanggal"))
        self.peristiwa = QRadioButton(tr("Sampai peristiwa"))
        self.tidakTerbatas = QRadioButton(tr("Tidak terbatas"))
        for kind, button in zip(
            JangkaWaktuKind, (self.durasi, self.sampai, self.peristiwa, self.tidakTerbatas), strict=True
        ):
            self.kinds.addButton(button)
            button.setProperty("kind", kind.value)
        self.years = QSpinBox()
        self.years.setRange(0, 100)
        self.years.setSuffix(tr(" tahun"))
        self.months = QSpinBox()
        self.months.setRange(0, 11)
        self.months.setSuffix(tr(" bulan"))
        self.until = date_edit(date(date.today().year + 5, 12, 31))
        self.eventEdit = QLineEdit()
        self.eventEdit.setPlaceholderText(tr("mis. Sampai memperoleh persetujuan dari yang bersangkutan"))
        self.expiry = QLabel()
        self.expiry.setObjectName("expiryLabel")
        self.expiry.setWordWrap(True)

        grid = QGridLayout()
        grid.setSpacing(layout.SPACING)
        grid.addWidget(self.durasi, 0, 0)
        grid.addLayout(layout.hbox(self.years, self.months, None), 0, 1)
        grid.addWidget(self.sampai, 1, 0)
        grid.addLayout(layout.hbox(self.until, None), 1, 1)
        grid.addWidget(self.peristiwa, 2, 0)
        grid.addWidget(self.eventEdit, 2, 1)
        grid.addWidget(self.tidakTerbatas, 3, 0)
        grid.setColumnStretch(1, 1)
        self.setLayout(layout.vbox(grid, self.expiry))

        self.kinds.buttonToggled.connect(self._on_input_changed)
        self.years.valueChanged.connect(self._on_input_changed)
        self.months.valueChanged.connect(self._on_input_changed)
        self.until.dateChanged.connect(self._on_input_changed)
        self.eventEdit.textChanged.connect(self._on_input_changed)
        self._refresh()

    def kind(self) -> JangkaWaktuKind | None:
        button = self.kinds.checkedButton()
        return JangkaWaktuKind(button.property("kind")) if button else None

    def set_start_date(self, start: date) -> None:
        """The date the expiry is counted from until a penetapan exists (the test date)."""
        self._start = start
        self._refresh()

    def value(self) -> JangkaWaktu | None:
        """The period, or None when nothing is chosen; ValueError (Indonesian) when incomplete."""
        kind = self.kind()
        if kind is None:
            return None
        return make_jangka_waktu(
            kind,
            years=self.years.value(),
            months=self.months.value(),
            until=from_qdate(self.until.date()),
            event=self.eventEdit.text().strip(),
        )

    def set_value(self, jw: JangkaWaktu | None) -> None:
        if jw is None:
            self.set_state({"kind": None})
            return
        self.set_state(
            {
                "kind": jw.kind.value,
                "years": jw.years,
                "months": jw.months,
                "until": jw.until.isoformat() if jw.until else None,
                "event": jw.event,
            }
        )

    def _on_input_changed(self, *_args: object) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        kind = self.kind()
        self.years.setEnabled(kind is JangkaWaktuKind.DURASI)
        self.months.setEnabled(kind is JangkaWaktuKind.DURASI)
        self.until.setEnabled(kind is JangkaWaktuKind.SAMPAI_TANGGAL)
        self.eventEdit.setEnabled(kind is JangkaWaktuKind.PERISTIWA)
        try:
            jw = self.value()
        except ValueError as exc:
            self.expiry.setText(str(exc))
            return
        if jw is None:
            self.expiry.setText(tr("Pilih salah satu jangka waktu."))
            return
        end = compute_expiry(jw, self._start)
        if end is None:
            self.expiry.setText(tr("{w}: tidak ada tanggal berakhir yang dapat dihitung.").format(w=jw.text))
        elif jw.kind is JangkaWaktuKind.DURASI:
            self.expiry.setText(
                tr(
                    "{w}: berakhir sekitar {d} (dihitung dari {s}; setelah ditetapkan, dihitung "
                    "dari tanggal penetapan)."
                ).format(w=jw.text, d=format_date_id(end), s=format_date_id(self._start))
            )
        else:
            self.expiry.setText(tr("{w}: berakhir {d}.").format(w=jw.text, d=format_date_id(end)))

    def state(self) -> dict[str, Any]:
        kind = self.kind()
        return {
            "kind": kind.value if kind else None,
            "years": self.years.value(),
            "months": self.months.value(),
            "until": from_qdate(self.until.date()).isoformat(),
            "event": self.eventEdit.text(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        kind = state.get("kind")
        self.years.setValue(int(state.get("years", 0)))
        self.months.setValue(int(state.get("months", 0)))
        if state.get("until"):
            self.until.setDate(to_qdate(date.fromisoformat(state["until"])))
        self.eventEdit.setText(state.get("event", ""))
        self.kinds.setExclusive(False)
        for button in self.kinds.buttons():
            button.setChecked(button.property("kind") == kind)
        self.kinds.setExclusive(True)
        self._refresh()
