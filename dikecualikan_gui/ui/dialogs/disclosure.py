"""Information given to the person it concerns on their written consent (UU 14/2008 Pasal 18
ayat 2 huruf a): recorded for that person only; the item stays in the DIK for everyone else."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from dikecualikan_gui.domain.model import DisclosureRecord, ItemRecord
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import disclosures
from dikecualikan_gui.services.disclosures import Consent
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import date_edit, from_qdate


class DisclosureDialog(QDialog):
    def __init__(self, ctx: AppContext, item: ItemRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDialog")
        self.ctx = ctx
        self.item = item
        self.result_record: DisclosureRecord | None = None
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Pemberian informasi atas persetujuan pihak yang bersangkutan"))
        self.setMinimumWidth(600)
        self.tanggal = date_edit(date.today(), name="disclosureDateEdit")
        self.tanggal.setMaximumDate(QDate.currentDate())
        self.pemilik = QLineEdit()
        self.pemilik.setObjectName("disclosureOwnerEdit")
        self.pemilik.setPlaceholderText(tr("Orang yang informasinya diberikan dan yang memberi persetujuan"))
        self.penerima = QLineEdit()
        self.penerima.setObjectName("disclosureRecipientEdit")
        self.penerima.setPlaceholderText(tr("Kepada siapa informasi diberikan"))
        self.bagian = QLineEdit()
        self.bagian.setObjectName("disclosurePartEdit")
        self.bagian.setPlaceholderText(tr("mis. hasil pemeriksaan kesehatan orang itu saja"))
        self.dokumen = QLineEdit()
        self.dokumen.setObjectName("disclosureConsentEdit")
        self.dokumen.setPlaceholderText(tr("Surat persetujuan: nomor dan tanggal"))
        fields = layout.form()
        fields.addRow(tr("Tanggal diberikan"), self.errors.add("tanggal", layout.hbox(self.tanggal, None)))
        fields.addRow(tr("Informasi milik *"), self.errors.add("pemilik", self.pemilik))
        fields.addRow(tr("Diberikan kepada *"), self.errors.add("penerima", self.penerima))
        fields.addRow(tr("Bagian informasi"), self.bagian)
        fields.addRow(tr("Persetujuan tertulis *"), self.errors.add("dokumen_persetujuan", self.dokumen))
        buttons = QDialogButtonBox()
        self.recordButton = buttons.addButton(tr("Catat pemberian"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.recordButton.setObjectName("recordDisclosureButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        buttons.accepted.connect(self._on_record_clicked)
        buttons.rejected.connect(self.reject)
        self.setLayout(
            layout.vbox(
                layout.heading(tr("{n} — {j}").format(n=item.nomor, j=item.content.judul), 1),
                layout.hint(
                    tr(
                        "Persetujuan tertulis membuka informasi hanya bagi orang yang bersangkutan (Pasal 18 ayat 2 "
                        "huruf a UU 14/2008). Informasi ini tetap dikecualikan bagi orang lain dan tetap tercantum "
                        "dalam DIK."
                    )
                ),
                fields,
                buttons,
                margin=layout.MARGIN,
            )
        )

    def _on_record_clicked(self) -> None:
        self.errors.clear()
        try:
            self.result_record = disclosures.record_disclosure(
                self.ctx.actor,
                self.item.id,
                Consent(
                    from_qdate(self.tanggal.date()),
                    self.pemilik.text(),
                    self.penerima.text(),
                    self.dokumen.text(),
                    self.bagian.text(),
                ),
            )
        except AppError as exc:
            self.errors.report(self, exc)
            return
        self.ctx.dataChanged.emit()
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, item: ItemRecord, parent: QWidget | None = None) -> DisclosureRecord | None:
        dialog = cls(ctx, item, parent)
        dialog.exec()
        return dialog.result_record
