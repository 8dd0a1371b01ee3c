"""The consequence test form (uji konsekuensi): grounds, participants, the balancing test,
conclusion, jangka waktu and release conditions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.model import (
    ItemContent,
    Kesimpulan,
    ReleaseCondition,
    UjiContent,
    UjiRecord,
    WaktuPengujian,
)
from dikecualikan_gui.errors import ValidationError
from dikecualikan_gui.ui import field_errors, layout
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.pages.item_form import text_area
from dikecualikan_gui.ui.text import tr, tr_label
from dikecualikan_gui.ui.widgets.grounds_editor import GroundsEditor
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import (
    NO_DATE,
    JangkaWaktuEditor,
    date_edit,
    optional_date,
    to_qdate,
)
from dikecualikan_gui.ui.widgets.participants_table import ParticipantsTable

CHECKED_ALONE = "-"  # the test is checked without its item here; the item's own fields are the item form's


class UjiForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = ErrorMap()
        self._loading = False
        self._asli = ""

        # "—" while no test was held (an imported proposal); never after today (recorded after it was held)
        self.tanggal = date_edit(date.today(), optional=True, name="tanggalUjiEdit")
        self.tanggal.setMaximumDate(QDate.currentDate())
        self.tanggal.setToolTip(tr('Tanggal pengujian diadakan; biarkan "—" bila belum diuji.'))
        self.tempat = QLineEdit()
        self.waktu = QComboBox()
        for waktu in WaktuPengujian:
            self.waktu.addItem(tr_label(waktu.label), waktu)
        self.peserta = ParticipantsTable()

        self.grounds = GroundsEditor()
        self.uuLain = text_area(56)
        self.uuLain.setObjectName("uuLainEdit")
        self.uuLain.setPlaceholderText(
            tr("Satu peraturan per baris, mis. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan Pasal 44")
        )

        self.alasan = text_area(56)
        self.alasan.setObjectName("alasanEdit")
        self.konsekuensi = text_area(140)
        self.konsekuensi.setObjectName("konsekuensiEdit")
        self.konsekuensi.setPlaceholderText(tr("Akibat/kerugian apabila informasi dibuka kepada publik"))
        self.pertimbangan = text_area(140)
        self.pertimbangan.setObjectName("pertimbanganEdit")
        self.pertimbangan.setPlaceholderText(tr("Kepentingan yang dilindungi apabila informasi ditutup"))
        self.kesimpulan = QComboBox()
        self.kesimpulan.setObjectName("kesimpulanCombo")
        for kesimpulan in Kesimpulan:
            self.kesimpulan.addItem(tr_label(kesimpulan.label), kesimpulan)
        self.bagian = QLineEdit()
        self.bagian.setObjectName("bagianEdit")
        self.bagian.setPlaceholderText(tr("Bagian yang dihitamkan/dikaburkan, mis. nomor rekening dan alamat"))
        self.jangkaWaktu = JangkaWaktuEditor()
        self.jangkaWaktu.setObjectName("jangkaWaktuEditor")
        self.syarat = {condition: QCheckBox(tr_label(condition.label)) for condition in ReleaseCondition}
        self.catatanPembukaan = QLineEdit()
        self.catatanPembukaan.setPlaceholderText(tr("Syarat pembukaan informasi sebagaimana tertulis (opsional)"))
        self.asli = layout.hint("")
        self.asli.setObjectName("importNote")
        self.asli.hide()

        when = layout.form()
        when.addRow(tr("Tanggal uji"), self.errors.add("tanggal", layout.hbox(self.tanggal, None)))
        when.addRow(tr("Tempat"), self.tempat)
        when.addRow(tr("Waktu pengujian"), layout.hbox(self.waktu, None))
        when.addRow(tr("Peserta"), self.errors.add("peserta", self.peserta))

        basis = layout.vbox(
            self.errors.add("pasal17", self.grounds),
            QLabel(tr("Peraturan perundang-undangan lain (wajib untuk huruf j)")),
            self.errors.add("uu_lain", self.uuLain),
        )

        balance = layout.hbox(
            layout.vbox(QLabel(tr("Konsekuensi apabila dibuka *")), self.errors.add("konsekuensi", self.konsekuensi)),
            layout.vbox(
                QLabel(tr("Pertimbangan apabila ditutup *")), self.errors.add("pertimbangan", self.pertimbangan)
            ),
        )
        result = layout.form()
        result.addRow(tr("Alasan pengecualian"), self.errors.add("alasan", self.alasan))
        result.addRow(tr("Kesimpulan"), self.errors.add("kesimpulan", layout.hbox(self.kesimpulan, self.bagian)))
        result.addRow("", self.errors.label("bagian_dikecualikan"))

        release = layout.vbox(*self.syarat.values(), self.catatanPembukaan)

        self.whenGroup = layout.group(tr("Pelaksanaan uji konsekuensi"), when)
        self.setLayout(
            layout.vbox(
                self.asli,
                self.whenGroup,
                layout.group(tr("Dasar hukum pengecualian (Pasal 17 UU 14/2008)"), basis),
                layout.group(tr("Uji konsekuensi dan uji kepentingan publik"), layout.vbox(balance, result)),
                layout.group(
                    tr("Jangka waktu pengecualian *"), layout.vbox(self.errors.add("jangka_waktu", self.jangkaWaktu))
                ),
                layout.group(
                    tr("Syarat pembukaan informasi (Pasal 18)"),
                    layout.vbox(self.errors.add("syarat_pembukaan", release)),
                ),
                self.errors.label("uji"),
                None,
                margin=layout.MARGIN,
            )
        )

        self.tanggal.dateChanged.connect(self._on_tanggal_changed)
        self.kesimpulan.currentIndexChanged.connect(self._on_kesimpulan_changed)
        for signal in (
            self.tempat.textChanged,
            self.waktu.currentIndexChanged,
            self.peserta.changed,
            self.grounds.changed,
            self.uuLain.textChanged,
            self.alasan.textChanged,
            self.konsekuensi.textChanged,
            self.pertimbangan.textChanged,
            self.bagian.textChanged,
            self.jangkaWaktu.changed,
            self.catatanPembukaan.textChanged,
        ):
            signal.connect(self._on_edited)
        for box in self.syarat.values():
            box.toggled.connect(self._on_edited)
        self._on_kesimpulan_changed()
        # Reading order, not creation order: the balancing test comes before the short reason.
        for first, second in (
            (self.uuLain, self.konsekuensi),
            (self.konsekuensi, self.pertimbangan),
            (self.pertimbangan, self.alasan),
            (self.alasan, self.kesimpulan),
            (self.kesimpulan, self.bagian),
        ):
            QWidget.setTabOrder(first, second)

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.recheck()
            self.changed.emit()

    def recheck(self) -> None:
        """Each message shown goes as soon as its field is valid, by the rules of 'Ajukan' (the
        stricter ones), so that a field fixed after a refused save or submission is quiet at once."""
        if not field_errors.shown(self):
            return
        try:
            test = self.value()
        except ValidationError as exc:  # a period that cannot be read yet: only its own message moves
            field_errors.recheck(self.jangkaWaktu.parentWidget() or self, exc.problems)
            return
        findings = validation.submission_findings(ItemContent(judul=CHECKED_ALONE), test)
        field_errors.recheck(self, field_errors.from_findings(findings))

    def _start(self) -> date:
        return optional_date(self.tanggal) or date.today()

    def _on_tanggal_changed(self, *_args: object) -> None:
        self.jangkaWaktu.set_start_date(self._start())
        self._on_edited()

    def _on_kesimpulan_changed(self, *_args: object) -> None:
        self.bagian.setEnabled(self.kesimpulan.currentData() is Kesimpulan.SEBAGIAN)
        self._on_edited()

    # --- values ----------------------------------------------------------------------------

    def value(self) -> UjiContent:
        """The test as filled in; ValidationError for a period that cannot be read yet."""
        try:
            jw = self.jangkaWaktu.value()
        except ValueError as exc:
            raise ValidationError({"jangka_waktu": str(exc)}) from exc
        return UjiContent(
            tanggal=optional_date(self.tanggal),
            tempat=self.tempat.text().strip(),
            waktu=self.waktu.currentData(),
            peserta=self.peserta.value(),
            grounds=self.grounds.value(),
            uu_lain=tuple(line.strip() for line in self.uuLain.toPlainText().splitlines() if line.strip()),
            alasan=self.alasan.toPlainText().strip(),
            konsekuensi=self.konsekuensi.toPlainText().strip(),
            pertimbangan=self.pertimbangan.toPlainText().strip(),
            kesimpulan=self.kesimpulan.currentData(),
            bagian_dikecualikan=self.bagian.text().strip() if self.bagian.isEnabled() else "",
            jangka_waktu=jw,
            syarat_pembukaan=tuple(c for c, box in self.syarat.items() if box.isChecked()),
            catatan_pembukaan=self.catatanPembukaan.text().strip(),
            dasar_hukum_asli=self._asli,
        )

    def set_record(self, record: UjiRecord | None, default_tempat: str = "") -> None:
        """Show a stored test (or an empty form for the first test)."""
        self._loading = True
        try:
            if record is None:  # every field empty, nothing left from a test shown before
                self.set_value(UjiContent(tanggal=None, tempat=default_tempat))
                self.asli.hide()
                return
            self.set_value(record.content)
            notes = []
            if record.content.dasar_hukum_asli:
                notes.append(
                    tr("Dasar hukum sebagaimana tertulis di berkas impor: {t}").format(
                        t=record.content.dasar_hukum_asli
                    )
                )
            if record.import_findings:
                notes.append(tr("Temuan saat impor: {t}").format(t=" ".join(record.import_findings)))
            self.asli.setText("\n".join(notes))
            self.asli.setVisible(bool(notes))
        finally:
            self._loading = False

    def set_value(self, test: UjiContent) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.tanggal.setDate(to_qdate(test.tanggal) if test.tanggal else NO_DATE)
            self.tempat.setText(test.tempat)
            self.waktu.setCurrentIndex(self.waktu.findData(test.waktu))
            self.peserta.set_value(test.peserta)
            self.grounds.set_value(test.grounds)
            self.uuLain.setPlainText("\n".join(test.uu_lain))
            self.alasan.setPlainText(test.alasan)
            self.konsekuensi.setPlainText(test.konsekuensi)
            self.pertimbangan.setPlainText(test.pertimbangan)
            self.kesimpulan.setCurrentIndex(self.kesimpulan.findData(test.kesimpulan))
            self.bagian.setText(test.bagian_dikecualikan)
            self.jangkaWaktu.set_start_date(test.tanggal or date.today())
            self.jangkaWaktu.set_value(test.jangka_waktu)
            for condition, box in self.syarat.items():
                box.setChecked(condition in test.syarat_pembukaan)
            self.catatanPembukaan.setText(test.catatan_pembukaan)
            self._asli = test.dasar_hukum_asli
        finally:
            self._loading = was_loading

    def state(self) -> dict[str, Any]:
        return {
            "tanggal": str(optional_date(self.tanggal) or ""),
            "tempat": self.tempat.text(),
            "waktu": self.waktu.currentData().value,
            "peserta": self.peserta.state(),
            "grounds": self.grounds.state(),
            "uu_lain": self.uuLain.toPlainText(),
            "alasan": self.alasan.toPlainText(),
            "konsekuensi": self.konsekuensi.toPlainText(),
            "pertimbangan": self.pertimbangan.toPlainText(),
            "kesimpulan": self.kesimpulan.currentData().value,
            "bagian": self.bagian.text(),
            "jangka_waktu": self.jangkaWaktu.state(),
            "syarat": [c.value for c, box in self.syarat.items() if box.isChecked()],
            "catatan_pembukaan": self.catatanPembukaan.text(),
            "asli": self._asli,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.tanggal.setDate(to_qdate(date.fromisoformat(state["tanggal"])) if state.get("tanggal") else NO_DATE)
            self.tempat.setText(state.get("tempat", ""))
            self.waktu.setCurrentIndex(max(self.waktu.findData(WaktuPengujian(str(state.get("waktu")))), 0))
            self.peserta.set_state(state.get("peserta", []))
            self.grounds.set_state(state.get("grounds", []))
            self.uuLain.setPlainText(state.get("uu_lain", ""))
            self.alasan.setPlainText(state.get("alasan", ""))
            self.konsekuensi.setPlainText(state.get("konsekuensi", ""))
            self.pertimbangan.setPlainText(state.get("pertimbangan", ""))
            self.kesimpulan.setCurrentIndex(max(self.kesimpulan.findData(Kesimpulan(str(state.get("kesimpulan")))), 0))
            self.bagian.setText(state.get("bagian", ""))
            self.jangkaWaktu.set_start_date(self._start())
            self.jangkaWaktu.set_state(state.get("jangka_waktu", {}))
            for condition, box in self.syarat.items():
                box.setChecked(condition.value in state.get("syarat", []))
            self.catatanPembukaan.setText(state.get("catatan_pembukaan", ""))
            self._asli = state.get("asli", "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)
