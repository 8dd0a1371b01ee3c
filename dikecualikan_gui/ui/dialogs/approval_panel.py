"""The right side of the sign-off: the penetapan, the shared note, the atasan's signature and
what the dialog says back (a refusal in red, the decisions done in green)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.layout import ErrorMap, FieldError
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import date_edit, to_qdate

DONE_STYLE = "color: #1b5e20;"


class SignOffPanel(QWidget):
    def __init__(self, errors: ErrorMap, ready: list[ItemRecord], number: str, tempat: str, username: str) -> None:
        super().__init__()
        today = date.today()
        self.tanggal = date_edit(today, name="penetapanDateEdit")
        # Pasal 19 UU 14/2008: dated on or after every item's test, and not after today
        self.tanggal.setMaximumDate(QDate.currentDate())
        tested = [r.test.content.tanggal for r in ready if r.test is not None and r.test.content.tanggal]
        if tested:
            self.tanggal.setMinimumDate(to_qdate(min(max(tested), today)))
        self.penetapanNumber = QLineEdit(number)
        self.penetapanNumber.setObjectName("penetapanNumberEdit")
        self.tempat = QLineEdit(tempat)
        self.tempat.setObjectName("penetapanPlaceEdit")
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("decisionNotesEdit")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setPlaceholderText(
            tr("Untuk Kembalikan (catatan perbaikan) dan Tolak (alasan); catatan di baris usulan diutamakan")
        )
        self.catatan.setMaximumHeight(72)
        self.approverUsername = QLineEdit(username)
        self.approverUsername.setObjectName("approverUsername")
        self.approverPassword = QLineEdit()
        self.approverPassword.setObjectName("approverPassword")
        self.approverPassword.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldError()
        self.message.setObjectName("approvalMessage")
        self.doneLabel = QLabel()
        self.doneLabel.setObjectName("approvalDone")
        self.doneLabel.setStyleSheet(DONE_STYLE)
        self.doneLabel.setWordWrap(True)
        self.doneLabel.hide()

        penetapan = layout.form()
        penetapan.addRow(tr("Nomor"), errors.add("nomor_penetapan", self.penetapanNumber))
        penetapan.addRow(tr("Tanggal"), errors.add("tanggal", layout.hbox(self.tanggal, None)))
        penetapan.addRow(tr("Tempat"), self.tempat)
        signature = layout.form()
        signature.addRow(tr("Nama pengguna"), self.approverUsername)
        signature.addRow(tr("Kata sandi"), self.approverPassword)
        self.setLayout(
            layout.vbox(
                layout.group(tr("Penetapan (untuk Setujui)"), penetapan),
                layout.group(
                    tr("Catatan atau alasan untuk semua yang dicentang"),
                    layout.vbox(errors.add("catatan", self.catatan)),
                ),
                layout.group(tr("Tanda tangan Atasan PPID"), signature),
                self.message,
                self.doneLabel,
                None,
            )
        )
