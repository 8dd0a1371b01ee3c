"""The Atasan PPID signs off at the officer's workstation: reads what is approved, then enters
their own username and password, like a signature, and approves, returns or rejects."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from dikecualikan_gui.domain.content import FIELD_LABELS
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.history import format_value
from dikecualikan_gui.domain.jangka_waktu import compute_expiry
from dikecualikan_gui.domain.legal_basis import format_grounds
from dikecualikan_gui.domain.model import ItemRecord, Role, Status
from dikecualikan_gui.errors import AccountLocked, AppError, AuthenticationFailed, ValidationError
from dikecualikan_gui.services import approval, items, profile
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap, FieldError
from dikecualikan_gui.ui.pages.item_view import STYLE, rows_html, text_html
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import DATE_FORMAT, from_qdate, to_qdate


def signed_content_html(records: list[ItemRecord], tanggal: date) -> str:
    """Everything the supervisor signs: each item in full, and what changed since an earlier approval."""
    parts = [STYLE]
    for item in records:
        test = item.test.content if item.test else None
        parts.append("<h3>{n} — {j}</h3>".format(n=escape(item.nomor), j=escape(item.content.judul)))
        if test is None:
            parts.append("<p class='muted'>{t}</p>".format(t=tr("Belum ada uji konsekuensi.")))
            continue
        jw = test.jangka_waktu
        end = compute_expiry(jw, tanggal) if jw else None
        parts.append(rows_html([
            (tr("Ringkasan"), text_html(item.content.ringkasan)),
            (tr("Unit pengusul"), text_html(item.content.unit_pengusul)),
            (tr("Dasar Pasal 17"), text_html(format_grounds(test.grounds))),
            (tr("Peraturan lain"), text_html("\n".join(test.uu_lain))),
            (tr("Alasan pengecualian"), text_html(test.alasan)),
            (tr("Konsekuensi apabila dibuka"), text_html(test.konsekuensi)),
            (tr("Pertimbangan apabila ditutup"), text_html(test.pertimbangan)),
            (tr("Kesimpulan"), text_html(test.kesimpulan.label + (": " + test.bagian_dikecualikan
                                                              if test.bagian_dikecualikan else ""))),
            (tr("Jangka waktu"), text_html((jw.text if jw else "") + (
                " — " + tr("berakhir {d}").format(d=format_date_id(end)) if end else ""))),
            (tr("Uji dicatat oleh"), text_html(item.test.recorded_by if item.test else "")),
        ]))
        changes = approval.changes_since_approval(item.id)
        if changes:
            parts.append("<p><b>{t}</b></p><ul>".format(t=tr("Berubah sejak persetujuan terakhir:")))
            for key, old, new in changes:
                parts.append("<li>{f}: <span class='muted'>{a}</span> → {b}</li>".format(
                    f=escape(FIELD_LABELS.get(key, key)), a=escape(format_value(key, old)),
                    b=escape(format_value(key, new))))
            parts.append("</ul>")
    return "".join(parts)


class ApprovalDialog(QDialog):
    def __init__(self, ctx: AppContext, item_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records = [items.get_item(i) for i in item_ids]
        self.ready = [r for r in self.records if r.status is Status.DIUJI]
        self.decided: list[ItemRecord] = []
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Persetujuan Atasan PPID"))
        self.resize(1000, 720)

        self.content = QTextBrowser()
        self.content.setObjectName("approvalContent")
        skipped = [r.nomor for r in self.records if r.status is not Status.DIUJI]
        self.intro = layout.hint(tr(
            "{n} usulan menunggu persetujuan. Bacalah seluruh isinya; persetujuan ditandatangani dengan nama "
            "pengguna dan kata sandi Atasan PPID sendiri.").format(n=len(self.ready)) + (
            " " + tr("Tidak diikutkan karena tidak menunggu persetujuan: {l}.").format(l=", ".join(skipped))
            if skipped else ""))

        today = date.today()
        self.tanggal = QDateEdit()
        self.tanggal.setObjectName("penetapanDateEdit")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat(DATE_FORMAT)
        self.tanggal.setDate(to_qdate(today))
        self.penetapanNumber = QLineEdit(approval.propose_penetapan_number(today))
        self.penetapanNumber.setObjectName("penetapanNumberEdit")
        self.tempat = QLineEdit(profile.get_profile().kota)
        self.tempat.setObjectName("penetapanPlaceEdit")
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("decisionNotesEdit")
        self.catatan.setPlaceholderText(tr("Wajib untuk Kembalikan (catatan perbaikan) dan Tolak (alasan)"))
        self.catatan.setMaximumHeight(80)
        self.approverUsername = QLineEdit(ctx.user.username if ctx.user.role is Role.ATASAN else "")
        self.approverUsername.setObjectName("approverUsername")
        self.approverPassword = QLineEdit()
        self.approverPassword.setObjectName("approverPassword")
        self.approverPassword.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldError()
        self.message.setObjectName("approvalMessage")

        penetapan = layout.form()
        penetapan.addRow(tr("Nomor penetapan"), self.errors.add("nomor_penetapan", self.penetapanNumber))
        penetapan.addRow(tr("Tanggal"), layout.hbox(self.tanggal, None))
        penetapan.addRow(tr("Tempat"), self.tempat)
        notes = layout.vbox(self.errors.add("catatan", self.catatan))
        signature = layout.form()
        signature.addRow(tr("Nama pengguna atasan"), self.approverUsername)
        signature.addRow(tr("Kata sandi"), self.approverPassword)

        buttons = QDialogButtonBox()
        self.approveButton = QPushButton(tr("Setujui dan tetapkan"))
        self.approveButton.setObjectName("approveButton")
        self.returnButton = QPushButton(tr("Kembalikan"))
        self.returnButton.setObjectName("returnButton")
        self.rejectButton = QPushButton(tr("Tolak"))
        self.rejectButton.setObjectName("rejectButton")
        buttons.addButton(self.approveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.returnButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rejectButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        for button in (self.approveButton, self.returnButton, self.rejectButton):
            button.setEnabled(bool(self.ready))
            button.setAutoDefault(False)

        side = QWidget()
        side.setLayout(layout.vbox(
            layout.group(tr("Penetapan (untuk Setujui)"), penetapan),
            layout.group(tr("Catatan atau alasan"), notes),
            layout.group(tr("Tanda tangan Atasan PPID"), signature),
            self.message, None))
        splitter = QSplitter()
        splitter.addWidget(self.content)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        main = layout.vbox(self.intro, splitter, buttons, margin=layout.MARGIN)
        main.setStretchFactor(splitter, 1)
        self.setLayout(main)

        self.approveButton.clicked.connect(self._on_approve_clicked)
        self.returnButton.clicked.connect(self._on_return_clicked)
        self.rejectButton.clicked.connect(self._on_reject_clicked)
        self.tanggal.dateChanged.connect(self._on_tanggal_changed)
        self._show_content()
        (self.approverPassword if self.approverUsername.text() else self.approverUsername).setFocus()

    def _show_content(self) -> None:
        self.content.setHtml(signed_content_html(self.ready, from_qdate(self.tanggal.date())))

    def _on_tanggal_changed(self, _value: QDate) -> None:
        self._show_content()

    def _signed(self) -> object:
        """The signing atasan, or None after showing why not."""
        self.errors.clear()
        self.message.show_message("")
        try:
            return approval.sign_off(self.approverUsername.text(), self.approverPassword.text(),
                                     [r.id for r in self.ready])
        except AccountLocked as exc:
            self._refuse(tr("Akun atasan terkunci; coba lagi dalam {m} menit.").format(m=exc.minutes))
        except AuthenticationFailed as exc:
            self._refuse(str(exc))
        except AppError as exc:
            self._refuse(str(exc))
        return None

    def _refuse(self, message: str) -> None:
        self.message.show_message(message)
        self.approverPassword.clear()
        self.approverPassword.setFocus()

    def _decide(self, decide: object) -> None:
        actor = self._signed()
        if actor is None:
            return
        try:
            self.decided = decide(actor)  # type: ignore[operator]
        except ValidationError as exc:
            rest = self.errors.show(exc.problems)
            if rest:
                self.message.show_message(" ".join(rest))
            return
        except AppError as exc:
            self.message.show_message(str(exc))
            return
        self.ctx.dataChanged.emit()
        self.accept()

    def _on_approve_clicked(self) -> None:
        expected = {r.id: r.version for r in self.ready}
        self._decide(lambda actor: approval.approve(
            actor, [r.id for r in self.ready], self.penetapanNumber.text(), tanggal=from_qdate(self.tanggal.date()),
            tempat=self.tempat.text(), expected_versions=expected))

    def _needs_notes(self, message: str) -> bool:
        if self.catatan.toPlainText().strip():
            return False
        self.errors.show({"catatan": message})
        return True

    def _on_return_clicked(self) -> None:
        if self._needs_notes(tr("Tuliskan catatan perbaikan untuk petugas.")):
            return
        notes = self.catatan.toPlainText()
        self._decide(lambda actor: approval.return_items(actor, {r.id: r.version for r in self.ready}, notes))

    def _on_reject_clicked(self) -> None:
        if self._needs_notes(tr("Tuliskan alasan penolakan.")):
            return
        reason = self.catatan.toPlainText()
        self._decide(lambda actor: approval.reject_items(actor, {r.id: r.version for r in self.ready}, reason))

    @classmethod
    def ask(cls, ctx: AppContext, item_ids: list[int], parent: QWidget | None = None) -> list[ItemRecord]:
        dialog = cls(ctx, item_ids, parent)
        dialog.exec()
        return dialog.decided
