"""What an item page does beyond editing: the atasan's decision, opening early, disclosure on
consent, printing, reload and deleting a draft; each says what it did (the ``reported`` signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import items, recovery
from dikecualikan_gui.ui import feedback, messages, printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.disclosure import DisclosureDialog
from dikecualikan_gui.ui.dialogs.lifecycle import OpenEarlyDialog
from dikecualikan_gui.ui.printing import ArchiveDialog, PreviewDialog
from dikecualikan_gui.ui.text import tr

if TYPE_CHECKING:
    _Page = QWidget
else:
    _Page = object


class ItemActions(_Page):
    """Mixed into ItemPage."""

    ctx: AppContext
    item: ItemRecord | None
    recovery_key: str
    _dirty_item: bool
    _dirty_test: bool
    deleteButton: QPushButton
    decideButton: QPushButton
    openEarlyButton: QPushButton
    disclosureButton: QPushButton
    printButton: QPushButton
    reloadButton: QPushButton
    printUjiAction: QAction
    printPenetapanAction: QAction
    printHistoryAction: QAction
    archiveAction: QAction

    if TYPE_CHECKING:
        saved: SignalInstance
        reported: SignalInstance
        closeRequested: SignalInstance

        @property
        def dirty(self) -> bool: ...
        def load(self, item_id: int) -> None: ...
        def save(self) -> bool: ...
        def _refresh_summary(self) -> None: ...

    def _build_action_buttons(self) -> None:
        """The buttons beside Simpan and Ajukan, and the item's print menu."""
        self.deleteButton = QPushButton(tr("Hapus draf"))
        self.deleteButton.setObjectName("deleteDraftButton")
        self.decideButton = QPushButton(tr("Persetujuan…"))
        self.decideButton.setObjectName("decideButton")
        self.decideButton.setToolTip(tr("Atasan PPID menyetujui, mengembalikan atau menolak usulan ini"))
        self.openEarlyButton = QPushButton(tr("Buka sebelum waktunya…"))
        self.openEarlyButton.setObjectName("openEarlyPageButton")
        self.disclosureButton = QPushButton(tr("Beri atas persetujuan…"))
        self.disclosureButton.setObjectName("disclosureButton")
        self.disclosureButton.setToolTip(
            tr(
                "Catat informasi yang diberikan kepada orang yang bersangkutan atas "
                "persetujuan tertulisnya (Pasal 18 ayat 2 huruf a)"
            )
        )
        self.printButton = QPushButton(tr("Cetak"))
        self.printButton.setObjectName("itemPrintButton")
        menu = QMenu(self.printButton)
        self.printUjiAction = menu.addAction(tr("Lembar pengujian konsekuensi…"), self._on_print_uji)
        self.printPenetapanAction = menu.addAction(tr("Keputusan penetapan…"), self._on_print_penetapan)
        self.printHistoryAction = menu.addAction(tr("Riwayat usulan…"), self._on_print_history)
        menu.addSeparator()
        self.archiveAction = menu.addAction(tr("Dokumen terbit usulan ini…"), self._on_archive)
        self.printButton.setMenu(menu)
        self.reloadButton = QPushButton(tr("Muat ulang"))
        self.reloadButton.setToolTip(
            tr("Tampilkan isi terbaru dari basis data (perubahan yang belum disimpan dibuang)")
        )
        self.deleteButton.clicked.connect(self._on_delete_clicked)
        self.reloadButton.clicked.connect(self._on_reload_clicked)
        self.decideButton.clicked.connect(self._on_decide_clicked)
        self.openEarlyButton.clicked.connect(self._on_open_early_clicked)
        self.disclosureButton.clicked.connect(self._on_disclosure_clicked)

    def _reload(self) -> bool:
        """Show the stored item again; if it is gone (deleted at another desk), say so."""
        assert self.item is not None
        try:
            self.load(self.item.id)
        except AppError as exc:
            messages.error(self, str(exc))
            return False
        return True

    def _on_decide_clicked(self) -> None:
        if self.item is None:
            return
        decided = ApprovalDialog.ask(self.ctx, [self.item.id], self)
        if decided:
            self._reload()
            self.saved.emit()
        self.reported.emit(feedback.decision_summary(decided))

    def _on_open_early_clicked(self) -> None:
        if self.item is None:
            return
        if OpenEarlyDialog.ask(self.ctx, self.item, self) is not None:
            self._reload()
            self.saved.emit()
            self.reported.emit(
                tr("Usulan {n} dibuka sebelum waktunya; informasinya terbuka.").format(n=self.item.nomor)
            )

    def _on_disclosure_clicked(self) -> None:
        if self.item is not None and DisclosureDialog.ask(self.ctx, self.item, self) is not None:
            self._refresh_summary()
            self.reported.emit(
                tr("Pemberian informasi {n} atas persetujuan yang bersangkutan dicatat.").format(n=self.item.nomor)
            )

    # --- printing --------------------------------------------------------------------------

    def _stored_for_print(self) -> bool:
        """Documents print what is stored; unsaved edits are saved first or left out, as the user says."""
        if not self.dirty:
            return True
        choice = messages.three_way(
            self,
            tr("Perubahan belum disimpan"),
            tr("Dokumen dicetak dari isi yang tersimpan. Simpan perubahan dahulu?"),
            tr("Simpan lalu cetak"),
            tr("Cetak yang tersimpan"),
        )
        return self.save() if choice == 0 else choice == 1

    def _preview(self, job: printing.PrintJob) -> None:
        dialog = PreviewDialog.show_job(self.ctx, job, self)
        self.reported.emit(feedback.print_outcome(getattr(dialog, "outcome", ""), job.title))
        self._refresh_summary()  # the archive list in the summary

    def _on_print_uji(self) -> None:
        if self.item is not None and self._stored_for_print():
            self._preview(printing.uji_job(self.ctx, self.item.id, self.item.nomor))

    def _on_print_history(self) -> None:
        if self.item is not None:
            self._preview(printing.history_job(self.ctx, self.item.id, self.item.nomor))

    def _on_print_penetapan(self) -> None:
        decision = self.item.last_decision if self.item is not None else None
        if decision is None or not decision.nomor_penetapan:
            return
        try:
            job = printing.penetapan_job(self.ctx, decision.nomor_penetapan)
        except AppError as exc:
            messages.error(self, str(exc))
            return
        self._preview(job)

    def _on_archive(self) -> None:
        if self.item is not None:
            ArchiveDialog(self.ctx, self, self.item.id).exec()

    # --- reload and delete -----------------------------------------------------------------

    def _on_reload_clicked(self) -> None:
        if self.item is None:
            return
        if self.dirty and not messages.confirm(
            self,
            tr("Muat ulang"),
            tr("Buang perubahan yang belum disimpan dan tampilkan isi terbaru?"),
            tr("Buang dan muat ulang"),
        ):
            return
        if self._reload():
            recovery.discard(self.ctx.config, self.ctx.user.username, self.recovery_key)
            self.reported.emit(tr("Isi terbaru {n} ditampilkan.").format(n=self.item.nomor))

    def _on_delete_clicked(self) -> None:
        if self.item is None or not messages.confirm(
            self,
            tr("Hapus draf"),
            tr("Hapus draf {n}? Nomornya tidak akan dipakai lagi. Penghapusan tercatat di jejak audit.").format(
                n=self.item.nomor
            ),
            tr("Hapus draf"),
        ):
            return
        try:
            items.delete_draft(self.ctx.actor, self.item.id, self.item.version)
        except AppError as exc:
            messages.error(self, str(exc))
            return
        recovery.discard(self.ctx.config, self.ctx.user.username, self.recovery_key)
        self._dirty_item = self._dirty_test = False
        self.saved.emit()
        self.reported.emit(tr("Draf {n} dihapus.").format(n=self.item.nomor))
        self.closeRequested.emit()
