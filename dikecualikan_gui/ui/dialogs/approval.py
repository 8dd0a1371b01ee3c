"""The Atasan PPID signs off at the officer's workstation: reads what is approved, then enters
their own username and password, like a signature, and approves, returns or rejects."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.content import FIELD_LABELS
from dikecualikan_gui.domain.history import format_value
from dikecualikan_gui.domain.jangka_waktu import compute_expiry
from dikecualikan_gui.domain.model import ItemRecord, Role, Status
from dikecualikan_gui.errors import AccountLocked, AppError, AuthenticationFailed, NotFound, ValidationError
from dikecualikan_gui.services import approval, attachments, items, profile
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap, FieldError
from dikecualikan_gui.ui.pages.item_view import STYLE, files_html, test_html, usulan_html
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import date_edit, from_qdate, to_qdate

MAX_AT_ONCE = 200  # one penetapan, one reading: a larger batch is decided in parts


def signed_content_html(records: list[ItemRecord], tanggal: date) -> str:
    """Everything the supervisor signs: each item in full (the usulan, the consequence test, the
    attachments), and what changed since an earlier approval."""
    parts = [STYLE]
    for item in records:
        parts.append("<h2>{n} — {j}</h2>".format(n=escape(item.nomor), j=escape(item.content.judul)))
        warnings = validation.warnings(items.submission_findings(item))
        if warnings:  # the judgements the law asks for, with their articles, before the signature
            parts.append(
                "<p style='color:#8a4b00'><b>{t}</b></p><ul>{l}</ul>".format(
                    t=escape(tr("Perhatikan sebelum menyetujui:")),
                    l="".join("<li>{m}</li>".format(m=escape(w.message)) for w in warnings),
                )
            )
        parts.append(usulan_html(item))
        if item.test is None:
            parts.append("<p class='muted'>{t}</p>".format(t=tr("Belum ada uji konsekuensi.")))
        else:
            jw = item.test.content.jangka_waktu
            parts.append(test_html(item.test, tr("Uji konsekuensi"), compute_expiry(jw, tanggal) if jw else None))
        parts.append("<h3>{t}</h3>".format(t=tr("Lampiran")))
        parts.append(files_html(attachments.list_attachments(item.id)))
        changes = approval.changes_since_approval(item.id)
        if changes:
            parts.append("<p><b>{t}</b></p><ul>".format(t=tr("Berubah sejak persetujuan terakhir:")))
            for key, old, new in changes:
                parts.append(
                    "<li>{f}: <span class='muted'>{a}</span> → {b}</li>".format(
                        f=escape(FIELD_LABELS.get(key, key)),
                        a=escape(format_value(key, old)),
                        b=escape(format_value(key, new)),
                    )
                )
            parts.append("</ul>")
        parts.append("<hr/>")
    return "".join(parts)


class ApprovalDialog(QDialog):
    def __init__(self, ctx: AppContext, item_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[ItemRecord] = []
        gone = []
        for item_id in item_ids:
            try:
                self.records.append(items.get_item(item_id))
            except NotFound:
                gone.append(item_id)
        waiting = [r for r in self.records if r.status is Status.DIUJI]
        self.ready = waiting[:MAX_AT_ONCE]
        self.decided: list[ItemRecord] = []
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Persetujuan Atasan PPID"))
        self.resize(1000, 720)

        self.content = QTextBrowser()
        self.content.setObjectName("approvalContent")
        skipped = [r.nomor for r in self.records if r.status is not Status.DIUJI]
        self.intro = layout.hint(
            tr(
                "{n} usulan menunggu persetujuan. Bacalah seluruh isinya; persetujuan ditandatangani dengan nama "
                "pengguna dan kata sandi Atasan PPID sendiri."
            ).format(n=len(self.ready))
            + (
                " " + tr("Tidak diikutkan karena tidak menunggu persetujuan: {l}.").format(l=", ".join(skipped))
                if skipped
                else ""
            )
            + (
                " " + tr("{n} usulan tidak ditemukan lagi (dihapus di komputer lain).").format(n=len(gone))
                if gone
                else ""
            )
            + (
                " "
                + tr("Sekali persetujuan paling banyak {m} usulan; {r} sisanya diputuskan berikutnya.").format(
                    m=MAX_AT_ONCE, r=len(waiting) - MAX_AT_ONCE
                )
                if len(waiting) > MAX_AT_ONCE
                else ""
            )
        )

        today = date.today()
        self.tanggal = date_edit(today, name="penetapanDateEdit")
        # Pasal 19 UU 14/2008: dated on or after every item's test, and not after today
        self.tanggal.setMaximumDate(QDate.currentDate())
        tested = [r.test.content.tanggal for r in self.ready if r.test is not None and r.test.content.tanggal]
        if tested:
            self.tanggal.setMinimumDate(to_qdate(min(max(tested), today)))
        self._proposed = approval.propose_penetapan_number(today)
        self.penetapanNumber = QLineEdit(self._proposed)
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
        side.setLayout(
            layout.vbox(
                layout.group(tr("Penetapan (untuk Setujui)"), penetapan),
                layout.group(tr("Catatan atau alasan"), notes),
                layout.group(tr("Tanda tangan Atasan PPID"), signature),
                self.message,
                None,
            )
        )
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
        if self.penetapanNumber.text() == self._proposed:  # not typed over: follow the date (month, year)
            self._proposed = approval.propose_penetapan_number(from_qdate(self.tanggal.date()))
            self.penetapanNumber.setText(self._proposed)
        self._show_content()

    def _signed(self) -> object:
        """The signing atasan, or None after showing why not."""
        self.errors.clear()
        self.message.show_message("")
        try:
            return approval.sign_off(
                self.approverUsername.text(), self.approverPassword.text(), [r.id for r in self.ready]
            )
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
        self._decide(
            lambda actor: approval.approve(
                actor,
                [r.id for r in self.ready],
                self.penetapanNumber.text(),
                tanggal=from_qdate(self.tanggal.date()),
                tempat=self.tempat.text(),
                expected_versions=expected,
            )
        )

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
