"""The Atasan PPID signs off at the officer's workstation: reads what is approved, ticks the items,
enters their own username and password, like a signature, and approves, returns or rejects.

Each item is decided in the same sitting: tick the ones to approve and approve them under one
penetapan; tick others and return them, each with its own note (or the shared one); reject the
rest with a reason. Every decision is confirmed in words first (``approval_confirm``) and is then
said done; the dialog stays open for the items still waiting. Enter never decides anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QTableWidgetItem, QTextBrowser, QWidget

from dikecualikan_gui.domain.model import Actor, ItemRecord, Role
from dikecualikan_gui.errors import AccountLocked, AppError, ValidationError
from dikecualikan_gui.services import approval, profile, signoff
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs import approval_confirm as words
from dikecualikan_gui.ui.dialogs.approval_confirm import DecisionConfirmation
from dikecualikan_gui.ui.dialogs.approval_content import anchor, offered, signed_content_html
from dikecualikan_gui.ui.dialogs.approval_panel import SignOffPanel
from dikecualikan_gui.ui.dialogs.approval_table import DecisionTable, button
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import from_qdate

__all__ = ["MAX_AT_ONCE", "ApprovalDialog", "signed_content_html"]

MAX_AT_ONCE = 200  # one penetapan, one reading: a larger batch is decided in parts
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ApprovalDialog(QDialog):
    """``decided`` holds every item decided in this sitting; ``done_messages`` what was said of it."""

    def __init__(self, ctx: AppContext, item_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.ctx = ctx
        self.offered_all = not item_ids  # nothing selected: every item waiting for approval
        if self.offered_all:
            item_ids = signoff.waiting_item_ids()
        self.ready, self._intro_notes = offered(item_ids, MAX_AT_ONCE)
        self.decided: list[ItemRecord] = []
        self.done_messages: list[str] = []
        self.confirmation: DecisionConfirmation | None = None
        self._pending: Callable[[], str] | None = None
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Persetujuan Atasan PPID"))

        self.intro = layout.hint("")
        self.intro.setObjectName("approvalIntro")

        self.content = QTextBrowser()
        self.content.setObjectName("approvalContent")
        self.table = DecisionTable()
        self.tickAll = button(tr("Centang semua"), "tickAllButton")
        self.tickedCount = QLabel()
        self.tickedCount.setObjectName("tickedCount")

        self._proposed = approval.propose_penetapan_number(date.today())
        username = ctx.user.username if ctx.user.role is Role.ATASAN else ""
        side = SignOffPanel(self.errors, self.ready, self._proposed, profile.get_profile().kota, username)
        self.tanggal, self.penetapanNumber, self.tempat = side.tanggal, side.penetapanNumber, side.tempat
        self.catatan, self.approverUsername, self.approverPassword = (
            side.catatan,
            side.approverUsername,
            side.approverPassword,
        )
        self.message, self.doneLabel = side.message, side.doneLabel

        self.approveButton = button(tr("Setujui dan tetapkan"), "approveButton")  # none is a default button:
        self.returnButton = button(tr("Kembalikan"), "returnButton")  # Enter never decides
        self.rejectButton = button(tr("Tolak"), "rejectButton")
        self.closeButton = button(tr("Tutup"), "closeApprovalButton")

        left = QWidget()
        left.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Centang usulan yang diputuskan. Catatan atau alasan untuk satu usulan ditulis di "
                        "kolom terakhir barisnya."
                    )
                ),
                self.errors.add("items", self.table),
                layout.hbox(self.tickAll, self.tickedCount, None),
                self.content,
            )
        )
        left.layout().setStretchFactor(self.content, 1)  # type: ignore[union-attr]
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        buttons = layout.hbox(self.approveButton, self.returnButton, self.rejectButton, None, self.closeButton)
        main = layout.vbox(self.intro, splitter, buttons, margin=layout.MARGIN)
        main.setStretchFactor(splitter, 1)
        self.setLayout(main)
        self.resize(980, 680)  # fits a 1024x768 screen with its frame and task bar

        self.approveButton.clicked.connect(self._on_approve_clicked)
        self.returnButton.clicked.connect(self._on_return_clicked)
        self.rejectButton.clicked.connect(self._on_reject_clicked)
        self.closeButton.clicked.connect(self.reject)
        self.tickAll.clicked.connect(self._on_tick_all_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.currentCellChanged.connect(self._on_table_current_changed)
        self.tanggal.dateChanged.connect(self._on_tanggal_changed)
        self.table.fill(self.ready, ticked=not self.offered_all)
        self._update_counts()
        self._show_content()
        (self.approverPassword if self.approverUsername.text() else self.approverUsername).setFocus()

    # --- the items -----------------------------------------------------------------------------

    def ticked(self) -> list[ItemRecord]:
        """The items ticked, in the table's order."""
        chosen = self.table.ticked_ids()
        return [r for r in self.ready if r.id in chosen]

    def set_ticked(self, item_id: int, ticked: bool = True) -> None:
        self.table.set_ticked(item_id, ticked)

    def row_note(self, item_id: int) -> str:
        return self.table.note(item_id)

    def set_row_note(self, item_id: int, text: str) -> None:
        self.table.set_note(item_id, text)

    def note_for(self, item_id: int) -> str:
        """The item's own note, else the shared one."""
        return self.row_note(item_id).strip() or self.catatan.toPlainText().strip()

    def _update_counts(self) -> None:
        self.tickedCount.setText(tr("{k} dari {n} usulan dicentang.").format(k=len(self.ticked()), n=len(self.ready)))
        if self.ready:
            text = tr(
                "{n} usulan menunggu persetujuan. Bacalah seluruh isinya; keputusan ditandatangani dengan nama "
                "pengguna dan kata sandi Atasan PPID sendiri."
            ).format(n=len(self.ready))
        else:
            text = tr("Tidak ada lagi usulan yang menunggu persetujuan di sini.")
        self.intro.setText(text + self._intro_notes)
        for pushed in (self.approveButton, self.returnButton, self.rejectButton, self.tickAll):
            pushed.setEnabled(bool(self.ready))

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 0:
            self._update_counts()

    def _on_tick_all_clicked(self) -> None:
        every = len(self.ticked()) < len(self.ready)
        for record in self.ready:
            self.set_ticked(record.id, every)

    def _on_table_current_changed(self, row: int, _column: int, _previous: int, _previous_column: int) -> None:
        item_id = self.table.item_id(row) if row >= 0 else None
        if item_id is not None:
            self.content.scrollToAnchor(anchor(item_id))

    def _show_content(self) -> None:
        self.content.setHtml(signed_content_html(self.ready, from_qdate(self.tanggal.date())))

    def _on_tanggal_changed(self, _value: QDate) -> None:
        if self.penetapanNumber.text() == self._proposed:  # not typed over: follow the date (month, year)
            self._proposed = approval.propose_penetapan_number(from_qdate(self.tanggal.date()))
            self.penetapanNumber.setText(self._proposed)
        self._show_content()

    # --- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on (from the username to the password) or does nothing; it never presses a
        decision button, so a note typed for Kembalikan is never approved away."""
        if event.key() in ENTER_KEYS:
            focus = self.focusWidget()
            if focus is self.approverUsername:
                self.approverPassword.setFocus()
            elif focus is self.approverPassword:
                self.message.show_message(tr("Pilih Setujui, Kembalikan, atau Tolak untuk memutuskan."))
            elif focus in (self.penetapanNumber, self.tempat):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Tutup, Esc or the close box: a note typed and not used is not thrown away unasked."""
        if self.confirmation is not None and self.confirmation.isVisible():
            return
        typed = self.catatan.toPlainText().strip() or any(self.row_note(r.id).strip() for r in self.ready)
        if typed and not messages.confirm(
            self,
            tr("Tutup persetujuan"),
            tr("Catatan yang Anda tulis belum dipakai untuk keputusan apa pun dan akan hilang. Tutup?"),
            tr("Tutup, buang catatan"),
            tr("Kembali"),
        ):
            return
        super().reject()

    # --- deciding ------------------------------------------------------------------------------

    def _chosen(self) -> list[ItemRecord]:
        """The ticked items, or [] after saying none is ticked; also refuses while a confirmation is open."""
        if self.confirmation is not None and self.confirmation.isVisible():
            return []
        self.errors.clear()
        self.message.show_message("")
        chosen = self.ticked()
        if not chosen:
            self.errors.show({"items": tr("Centang paling sedikit satu usulan yang diputuskan.")})
        return chosen

    def _signed(self, chosen: list[ItemRecord]) -> Actor | None:
        """The signing atasan, or None after showing why not."""
        try:
            return approval.sign_off(
                self.approverUsername.text(),
                self.approverPassword.text(),
                [r.id for r in chosen],
                loaded=chosen,
            )
        except AccountLocked as exc:
            self._refuse(tr("Akun atasan terkunci; coba lagi dalam {m} menit.").format(m=exc.minutes))
        except AppError as exc:
            self._refuse(str(exc))
        return None

    def _refuse(self, message: str) -> None:
        self.message.show_message(message)
        self.approverPassword.clear()
        self.approverPassword.setFocus()

    def _confirm(self, title: str, text: str, yes: str, decide: Callable[[], str]) -> None:
        """Show what is about to happen; ``decide`` runs only when the confirmation is accepted."""
        self._pending = decide
        self.confirmation = DecisionConfirmation(self, title, text, yes)
        self.confirmation.accepted.connect(self._on_confirmation_accepted)
        self.confirmation.rejected.connect(self._on_confirmation_rejected)
        self.confirmation.finished.connect(self._on_confirmation_finished)
        self.confirmation.open()

    def _on_confirmation_finished(self, _result: int) -> None:
        """A closed confirmation leaves the dialog's children at once: automation finds only an open one."""
        if self.confirmation is not None:
            self.confirmation.setParent(None)
            self.confirmation.deleteLater()

    def _on_confirmation_rejected(self) -> None:
        self._pending = None
        self.message.show_message(tr("Belum ada yang diputuskan."))

    def _on_confirmation_accepted(self) -> None:
        decide, self._pending = self._pending, None
        if decide is None:
            return
        try:
            done = decide()
        except ValidationError as exc:
            rest = self.errors.show(exc.problems)
            self.message.show_message(" ".join(rest) or tr("Belum ada yang diputuskan; periksa isian yang ditandai."))
            return
        except AppError as exc:
            self.message.show_message(str(exc) + " " + tr("Belum ada yang diputuskan."))
            return
        self.done_messages.append(done)
        self.doneLabel.setText("\n".join(self.done_messages))
        self.doneLabel.show()
        self.approverPassword.clear()
        self.ctx.dataChanged.emit()
        if not self.ready:
            self.accept()

    def _settle(self, decided: list[ItemRecord]) -> None:
        """Decided items leave the table and the reading; their notes go with them."""
        ids = {r.id for r in decided}
        self.decided.extend(decided)
        self.table.remove_ids(ids)
        self.ready = [r for r in self.ready if r.id not in ids]
        self._update_counts()
        self._show_content()

    def _on_approve_clicked(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        noted = [(r, self.note_for(r.id)) for r in chosen if self.note_for(r.id)]
        if noted:
            choice = messages.three_way(self, tr("Ada catatan"), words.note_question(noted), *words.NOTE_CHOICES)
            if choice == 0:
                self._on_return_clicked()
                return
            if choice != 1:
                return
        nomor = self.penetapanNumber.text().strip()
        if not nomor:
            self.errors.show({"nomor_penetapan": tr("Nomor penetapan wajib diisi.")})
            return
        tanggal, tempat = from_qdate(self.tanggal.date()), self.tempat.text().strip()
        actor = self._signed(chosen)
        if actor is None:
            return
        expected = {r.id: r.version for r in chosen}

        def decide() -> str:
            done = approval.approve(
                actor, list(expected), nomor, tanggal=tanggal, tempat=tempat, expected_versions=expected
            )
            self._settle(done)
            self._proposed = approval.propose_penetapan_number(tanggal)  # this number is used now
            self.penetapanNumber.setText(self._proposed)
            return words.approved_message(len(done), nomor, tanggal)

        self._confirm(
            tr("Setujui dan tetapkan"),
            words.approve_text(chosen, nomor, tanggal, tempat, words.signer_name(actor)),
            tr("Ya, setujui {k} usulan").format(k=len(chosen)),
            decide,
        )

    def _on_return_clicked(self) -> None:
        self._decide_with_notes(
            tr("Tuliskan catatan perbaikan untuk petugas ({l})."),
            signoff.return_each,
            words.returned_message,
            words.return_text,
            tr("Kembalikan kepada petugas"),
            tr("Ya, kembalikan {k} usulan"),
        )

    def _on_reject_clicked(self) -> None:
        self._decide_with_notes(
            tr("Tuliskan alasan penolakan ({l})."),
            signoff.reject_each,
            words.rejected_message,
            words.reject_text,
            tr("Tolak usulan"),
            tr("Ya, tolak {k} usulan"),
        )

    def _decide_with_notes(
        self,
        missing: str,
        act: Callable[[Actor, dict[int, tuple[int | None, str]]], list[ItemRecord]],
        said: Callable[[int], str],
        described: Callable[[list[ItemRecord], dict[int, str], str], str],
        title: str,
        yes: str,
    ) -> None:
        """Kembalikan or Tolak: every ticked item with its own note (or the shared one)."""
        chosen = self._chosen()
        if not chosen:
            return
        notes = {r.id: self.note_for(r.id) for r in chosen}
        lacking = [r.nomor for r in chosen if not notes[r.id]]
        if lacking:
            self.errors.show({"catatan": missing.format(l=", ".join(lacking))})
            self.catatan.setFocus()
            return
        actor = self._signed(chosen)
        if actor is None:
            return
        wanted: dict[int, tuple[int | None, str]] = {r.id: (r.version, notes[r.id]) for r in chosen}
        shared_used = any(not self.row_note(r.id).strip() for r in chosen)

        def decide() -> str:
            done = act(actor, wanted)
            self._settle(done)
            if shared_used:  # kept with the decision now: no longer "typed and unused"
                self.catatan.clear()
            return said(len(done))

        self._confirm(title, described(chosen, notes, words.signer_name(actor)), yes.format(k=len(chosen)), decide)

    @classmethod
    def ask(cls, ctx: AppContext, item_ids: list[int], parent: QWidget | None = None) -> list[ItemRecord]:
        """Sign off on ``item_ids`` (none: every item waiting); the items decided, after saying what was done."""
        dialog = cls(ctx, item_ids, parent)
        if not dialog.ready and dialog.offered_all:
            messages.info(parent, tr("Tidak ada usulan yang menunggu persetujuan."))
            return []
        dialog.exec()
        if dialog.done_messages and dialog.result() == QDialog.DialogCode.Accepted:
            messages.info(parent, "\n".join(dialog.done_messages), tr("Persetujuan"))
        return dialog.decided
