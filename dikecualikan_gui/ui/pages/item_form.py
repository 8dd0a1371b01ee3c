"""The collection form: "usulan informasi yang akan dikecualikan" (step 1 of the SOP)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.model import Bentuk, ItemContent
from dikecualikan_gui.ui import field_errors, layout
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr, tr_label
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import NO_DATE, date_edit, optional_date, to_qdate


def text_area(height: int = 70) -> QPlainTextEdit:
    """A multi-line field that grows a little, not over the whole form."""
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    area.setMinimumHeight(height)
    area.setMaximumHeight(height * 2)
    return area


class ItemForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = ErrorMap()
        self.judulEdit = QLineEdit()
        self.judulEdit.setObjectName("judulEdit")
        self.judulEdit.setPlaceholderText(tr("Informasi yang dikecualikan, jelas dan spesifik (bukan seluruh dokumen)"))
        self.ringkasan = text_area()
        self.ringkasan.setObjectName("ringkasanEdit")
        self.dokumenSumber = QLineEdit()
        self.dokumenSumber.setObjectName("dokumenSumberEdit")
        self.unitPengusul = QLineEdit()
        self.unitPengusul.setObjectName("unitPengusulEdit")
        self.penanggungJawab = QLineEdit()
        self.bentuk = QComboBox()
        for bentuk in Bentuk:
            self.bentuk.addItem(tr_label(bentuk.label), bentuk)
        self.bentuk.setCurrentIndex(self.bentuk.findData(Bentuk.KEDUANYA))
        self.lokasi = QLineEdit()
        self.lokasi.setPlaceholderText(tr("mis. Lemari arsip ruang Sekretariat / folder server"))
        self.tanggal = date_edit(date.today(), optional=True, name="tanggalUsulanEdit")
        self.tanggal.setToolTip(tr("Kosongkan (—) dengan memilih tanggal paling awal bila tidak diketahui."))
        self.petugas = QLabel()

        fields = layout.form()
        fields.addRow(tr("Judul informasi *"), self.errors.add("judul", self.judulEdit))
        fields.addRow(tr("Ringkasan isi"), self.errors.add("ringkasan", self.ringkasan))
        fields.addRow(tr("Dokumen sumber"), self.dokumenSumber)
        fields.addRow(tr("Unit/bidang pengusul"), self.unitPengusul)
        fields.addRow(tr("Penanggung jawab"), self.penanggungJawab)
        fields.addRow(tr("Bentuk"), layout.hbox(self.bentuk, None))
        fields.addRow(tr("Lokasi penyimpanan"), self.lokasi)
        fields.addRow(tr("Tanggal usulan"), self.errors.add("tanggal_usulan", layout.hbox(self.tanggal, None)))
        fields.addRow(tr("Petugas pengusul"), self.petugas)
        self.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Catat informasi yang diusulkan untuk dikecualikan. Yang dikecualikan adalah "
                        "informasinya, bukan seluruh dokumen: sebutkan bagian yang tepat."
                    )
                ),
                fields,
                None,
                margin=layout.MARGIN,
            )
        )

        for widget in (self.judulEdit, self.dokumenSumber, self.unitPengusul, self.penanggungJawab, self.lokasi):
            widget.textChanged.connect(self._on_edited)
        self.ringkasan.textChanged.connect(self._on_edited)
        self.bentuk.currentIndexChanged.connect(self._on_edited)
        self.tanggal.dateChanged.connect(self._on_edited)

    def _on_edited(self, *_args: object) -> None:
        self.recheck()
        self.changed.emit()

    def recheck(self) -> None:
        """Each message shown goes as soon as its field is valid (see field_errors)."""
        if field_errors.shown(self):
            field_errors.recheck(self, field_errors.from_findings(validation.item_problems(self.value())))

    def value(self) -> ItemContent:
        return ItemContent(
            judul=self.judulEdit.text().strip(),
            ringkasan=self.ringkasan.toPlainText().strip(),
            dokumen_sumber=self.dokumenSumber.text().strip(),
            unit_pengusul=self.unitPengusul.text().strip(),
            penanggung_jawab=self.penanggungJawab.text().strip(),
            bentuk=self.bentuk.currentData(),
            lokasi_penyimpanan=self.lokasi.text().strip(),
            tanggal_usulan=optional_date(self.tanggal),
        )

    def set_value(self, content: ItemContent, petugas: str = "") -> None:
        self.judulEdit.setText(content.judul)
        self.ringkasan.setPlainText(content.ringkasan)
        self.dokumenSumber.setText(content.dokumen_sumber)
        self.unitPengusul.setText(content.unit_pengusul)
        self.penanggungJawab.setText(content.penanggung_jawab)
        self.bentuk.setCurrentIndex(self.bentuk.findData(content.bentuk))
        self.lokasi.setText(content.lokasi_penyimpanan)
        self.tanggal.setDate(to_qdate(content.tanggal_usulan) if content.tanggal_usulan else NO_DATE)
        self.petugas.setText(petugas)

    def state(self) -> dict[str, Any]:
        value = self.value()
        return {
            "judul": self.judulEdit.text(),
            "ringkasan": self.ringkasan.toPlainText(),
            "dokumen_sumber": value.dokumen_sumber,
            "unit_pengusul": value.unit_pengusul,
            "penanggung_jawab": value.penanggung_jawab,
            "bentuk": value.bentuk.value,
            "lokasi_penyimpanan": value.lokasi_penyimpanan,
            "tanggal_usulan": value.tanggal_usulan.isoformat() if value.tanggal_usulan else None,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.set_value(
            ItemContent(
                judul=state.get("judul", ""),
                ringkasan=state.get("ringkasan", ""),
                dokumen_sumber=state.get("dokumen_sumber", ""),
                unit_pengusul=state.get("unit_pengusul", ""),
                penanggung_jawab=state.get("penanggung_jawab", ""),
                bentuk=Bentuk(state.get("bentuk", "keduanya")),
                lokasi_penyimpanan=state.get("lokasi_penyimpanan", ""),
                tanggal_usulan=date.fromisoformat(state["tanggal_usulan"]) if state.get("tanggal_usulan") else None,
            ),
            self.petugas.text(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.judulEdit, self.dokumenSumber, self.unitPengusul, self.penanggungJawab, self.lokasi):
            widget.setReadOnly(read_only)
        self.ringkasan.setReadOnly(read_only)
        self.bentuk.setEnabled(not read_only)
        self.tanggal.setReadOnly(read_only)
