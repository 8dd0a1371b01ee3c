"""One item in its own tab: the collection form, the consequence test form, attachments, and the
read-only summary with history. Saves with optimistic concurrency; keeps recovery copies."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QTabWidget, QWidget

from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.model import ItemRecord, Status
from dikecualikan_gui.domain.permissions import Action
from dikecualikan_gui.errors import AppError, Conflict, ValidationError
from dikecualikan_gui.services import approval, attachments, desk, disclosures, documents, items, profile, recovery
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.item_models import STATUS_COLOURS, status_text
from dikecualikan_gui.ui.live import ChangedElsewhereBar
from dikecualikan_gui.ui.pages.attachments_panel import AttachmentsPanel
from dikecualikan_gui.ui.pages.item_actions import ItemActions
from dikecualikan_gui.ui.pages.item_form import ItemForm
from dikecualikan_gui.ui.pages.item_recovery import ItemRecovery
from dikecualikan_gui.ui.pages.item_view import ItemView
from dikecualikan_gui.ui.pages.test_form import UjiForm
from dikecualikan_gui.ui.text import tr

RECOVERY_INTERVAL_MS = 5000
ITEM_FIELDS = {"judul", "ringkasan", "petugas"}
TAB_ITEM, TAB_TEST, TAB_FILES, TAB_SUMMARY = range(4)


class ItemPage(ItemActions, ItemRecovery, QWidget):
    saved = Signal()  # something was written: the register should refresh
    titleChanged = Signal(str)
    reported = Signal(str)  # what was just done, for the status bar
    closeRequested = Signal()  # the page is done (a deleted draft): the tab should close

    def __init__(self, ctx: AppContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: ItemRecord | None = None
        self._base_version: int | None = None  # the version the forms were filled from
        self.recovery_key = "item-{i}".format(i=item_id) if item_id is not None else "baru-" + uuid.uuid4().hex[:12]
        self._dirty_item = False
        self._dirty_test = False
        self._last_recovery: dict[str, Any] | None = None
        self._loading = False
        self._names: dict[str, str] = {}  # username -> full name, read with the item

        self.title = layout.heading(tr("Usulan baru"))
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.saveButton = QPushButton(tr("Simpan"))
        self.saveButton.setObjectName("saveButton")
        self.saveButton.setToolTip(tr("Simpan usulan dan uji konsekuensi (Ctrl+S)"))
        self.submitButton = QPushButton(tr("Ajukan untuk persetujuan"))
        self.submitButton.setObjectName("submitButton")
        self._build_action_buttons()
        self.changedElsewhere = ChangedElsewhereBar(self)  # ui/live.py: changed on another PC
        self.notice = layout.hint("")
        self.notice.setObjectName("itemNotice")
        self.missing = layout.hint("")
        self.missing.setObjectName("itemMissing")
        self.missing.setStyleSheet("color: #8a4b00;")
        self.missing.hide()

        self.form = ItemForm()
        self.testForm = UjiForm()
        self.files = AttachmentsPanel(ctx)
        self.view = ItemView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("itemTabs")
        self.tabs.addTab(layout.scrolled(self.form), tr("Usulan"))
        self.tabs.addTab(layout.scrolled(self.testForm), tr("Uji konsekuensi"))
        self.tabs.addTab(self.files, tr("Lampiran"))
        self.tabs.addTab(self.view, tr("Ringkasan dan riwayat"))

        actions = layout.hbox(
            None,
            self.printButton,
            self.reloadButton,
            self.deleteButton,
            self.disclosureButton,
            self.openEarlyButton,
            self.decideButton,
            self.saveButton,
            self.submitButton,
        )
        head = layout.hbox(self.title, self.status)
        head.setStretchFactor(self.title, 1)
        head.setAlignment(self.status, Qt.AlignmentFlag.AlignTop)
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        parts = (head, actions, self.changedElsewhere, self.notice, self.missing, self.tabs)
        self.setLayout(layout.vbox(*parts, margin=layout.MARGIN))

        self.form.changed.connect(self._on_item_edited)
        self.testForm.changed.connect(self._on_test_edited)
        self.saveButton.clicked.connect(self._on_save_clicked)
        self.submitButton.clicked.connect(self._on_submit_clicked)
        self.files.changed.connect(self._on_files_changed)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_clicked)

        self._recovery_timer = QTimer(self)
        self._recovery_timer.setInterval(RECOVERY_INTERVAL_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        self._recovery_timer.start()

        if item_id is not None:
            self.load(item_id)
        else:
            self._show_new()

    # --- loading ---------------------------------------------------------------------------

    def _show_new(self) -> None:
        self._loading = True
        self.form.petugas.setText(self.ctx.user.nama)
        self.testForm.set_record(None, profile.get_profile().kota)
        self._loading = False
        self._apply_state()

    def reuse_for(self, item_id: int) -> None:
        """An empty page built in advance (MainWindow's spare) shows an item: opening only reads it."""
        assert self.item is None and not self.dirty
        self.load(item_id)
        self.recovery_key = "item-{i}".format(i=item_id)

    def load(self, item_id: int) -> None:
        """Read the item afresh and show it; unsaved edits are dropped."""
        self._loading = True
        try:
            self.item = items.get_item(item_id)
            self._names = desk.full_names()
            self.form.set_value(self.item.content, desk.full_name(self.item.petugas, self._names))
            self.testForm.set_record(self.item.test, profile.get_profile().kota)
            self.form.errors.clear()
            self.testForm.errors.clear()
        finally:
            self._loading = False
        self._dirty_item = self._dirty_test = False
        self._base_version = self.item.version
        self.changedElsewhere.hide()
        self._refresh_summary()
        self._apply_state()

    def _refresh_summary(self) -> None:
        if self.item is None:
            self.view.setHtml("<p>{t}</p>".format(t=tr("Simpan usulan untuk melihat ringkasan dan riwayatnya.")))
            self.files.set_item(None, False)
            return
        self.files.set_item(self.item.id, self.editable)
        missing = items.gaps(self.item) if self.item.status in workflow.SUBMITTABLE else []
        self.missing.setText(tr("Perlu dilengkapi: {l}").format(l=" ".join(missing)))
        self.missing.setVisible(bool(missing))
        self.view.show_item(
            self.item,
            items.tests_of(self.item.id),
            items.decisions_of(self.item.id),
            attachments.list_attachments(self.item.id),
            items.history(self.item.id),
            documents.archive(self.ctx.config, self.item.id),
            missing,
            items.source_of(self.item.id),
            disclosures.disclosures_of(self.item.id),
            self._names,
        )

    @property
    def editable(self) -> bool:
        status = self.item.status if self.item else Status.DRAF
        return self.ctx.may(Action.EDIT_ITEM) and status in workflow.EDITABLE

    def _apply_state(self) -> None:
        """Fields, buttons and notes as the item's status and the user's role allow."""
        item = self.item
        status = item.status if item else Status.DRAF
        for form in (self.form, self.testForm):
            form.set_read_only(not self.editable)
            layout.hide_placeholders(form, not self.editable)
        self._apply_buttons(item, status)
        self.status.setText(status_text(status) if item else tr("Belum disimpan"))
        self.status.setStyleSheet(
            "background: {c}; padding: 3px 10px; border-radius: 9px;".format(c=STATUS_COLOURS[status])
        )
        self.title.setText(self.caption())
        self.notice.setText(" ".join(self._notes(item)))
        self.titleChanged.emit(self.tab_title())

    def _apply_buttons(self, item: ItemRecord | None, status: Status) -> None:
        petugas = self.ctx.may(Action.EDIT_ITEM)
        shown = item is not None
        self.saveButton.setVisible(petugas)
        self.saveButton.setEnabled(self.editable)
        self.submitButton.setVisible(petugas)
        self.submitButton.setEnabled(petugas and status in workflow.SUBMITTABLE)
        self.deleteButton.setVisible(petugas and shown and status is Status.DRAF)
        self.reloadButton.setVisible(shown)
        self.printButton.setVisible(shown)
        self.printUjiAction.setEnabled(item is not None and item.test is not None)
        nomor = item.last_decision.nomor_penetapan if item is not None and item.last_decision is not None else ""
        self.printPenetapanAction.setEnabled(bool(nomor))
        self.printPenetapanAction.setText(
            tr("Keputusan penetapan {n}…").format(n=nomor) if nomor else tr("Keputusan penetapan…")
        )
        self.decideButton.setVisible(shown and status is Status.DIUJI)
        in_force = shown and status is Status.DISETUJUI
        self.openEarlyButton.setVisible(in_force and self.ctx.may(Action.OPEN_EARLY))
        self.disclosureButton.setVisible(
            in_force
            and item is not None
            and self.ctx.may(Action.RECORD_DISCLOSURE)
            and bool(disclosures.approved_hurufs(item.id) & disclosures.PERSONAL_HURUFS)
        )

    def _notes(self, item: ItemRecord | None) -> list[str]:
        notes = []
        status = item.status if item is not None else None
        if item is not None and status is Status.DIUJI:
            notes.append(tr("Menunggu persetujuan atasan; isi tidak dapat diubah."))
            changed = approval.changes_since_approval(item.id)
            if changed:
                notes.append(
                    tr("Diubah sejak persetujuan terakhir ({n} isian); perlu persetujuan ulang.").format(n=len(changed))
                )
        if status is Status.BERAKHIR:
            notes.append(tr("Pengecualian telah berakhir; informasi ini terbuka."))
        if item is not None and status is Status.DIKEMBALIKAN and item.last_decision is not None:
            notes.append(
                tr("Dikembalikan oleh {u}: {c}").format(
                    u=desk.full_name(item.last_decision.decided_by, self._names), c=item.last_decision.catatan
                )
            )
        if status is Status.DISETUJUI and self.editable:
            notes.append(tr("Sudah disetujui: perubahan isi memerlukan persetujuan ulang."))
        if not self.ctx.may(Action.EDIT_ITEM):
            notes.append(tr("Hanya petugas yang dapat mengubah usulan."))
        return notes

    def caption(self) -> str:
        if self.item is None:
            return tr("Usulan baru")
        return "{n} — {j}".format(n=self.item.nomor, j=self.item.content.judul)

    def tab_title(self) -> str:
        base = self.item.nomor if self.item else tr("Usulan baru")
        return base + (" *" if self.dirty else "")

    # --- editing ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty_item or self._dirty_test

    def _on_item_edited(self) -> None:
        if not self._loading:
            was = self.dirty
            self._dirty_item = True
            if not was:
                self.titleChanged.emit(self.tab_title())

    def _on_test_edited(self) -> None:
        if not self._loading:
            was = self.dirty
            self._dirty_test = True
            if not was:
                self.titleChanged.emit(self.tab_title())

    def _on_files_changed(self) -> None:
        try:
            self._refresh_summary()
        except AppError as exc:
            messages.error(self, str(exc))

    def save(self) -> bool:
        """Write what changed; on any refusal show why and keep every typed character."""
        if not self.editable:
            return False
        self.form.errors.clear()
        self.testForm.errors.clear()
        created = self.item is None
        wrote = self.dirty or created
        try:
            test = self.testForm.value() if self._dirty_test else None
            content = self.form.value() if self._dirty_item or self.item is None else None
            if self.item is None and content is not None:
                self.item = items.create_item(self.ctx.actor, content)
                self.recovery_key_moved("item-{i}".format(i=self.item.id))
                self._dirty_item, self._base_version, content = False, self.item.version, None
            if self.item is not None and (content is not None or test is not None):
                # content and test in one transaction, against the version the user started from
                self.item = items.save(self.ctx.actor, self.item.id, self._base_version, content=content, test=test)
                self._dirty_item = self._dirty_test = False
        except ValidationError as exc:
            self._show_problems(exc.problems)
            self.reported.emit(tr("Belum disimpan: perbaiki isian yang ditandai."))
            return False
        except Conflict as exc:
            messages.error(
                self,
                str(exc)
                + "\n\n"
                + tr(
                    "Isian Anda tetap ada di layar dan di salinan pemulihan. Gunakan 'Muat ulang' untuk melihat "
                    "versi terbaru (isian Anda akan dibuang)."
                ),
                tr("Disimpan oleh pengguna lain"),
            )
            self.write_recovery(force=True)
            self.reported.emit(tr("Belum disimpan: usulan ini telah disimpan oleh pengguna lain."))
            return False
        except AppError as exc:
            self.write_recovery(force=True)  # e.g. the server cannot be reached: the typed form is kept
            messages.error(self, str(exc) + "\n\n" + tr("Isian Anda tetap ada di layar dan di salinan pemulihan."))
            self.reported.emit(tr("Belum disimpan."))
            return False
        finally:
            if self.item is not None:
                self._apply_state()
        assert self.item is not None  # created above
        recovery.discard(self.ctx.config, self.ctx.user.username, self.recovery_key)
        self._last_recovery = None
        self.load(self.item.id)
        self.saved.emit()
        if created:
            self.reported.emit(tr("Usulan baru {n} dibuat dan disimpan.").format(n=self.item.nomor))
        elif wrote:
            self.reported.emit(tr("Usulan {n} disimpan.").format(n=self.item.nomor))
        else:
            self.reported.emit(tr("Usulan {n}: tidak ada perubahan untuk disimpan.").format(n=self.item.nomor))
        return True

    def recovery_key_moved(self, key: str) -> None:
        recovery.discard(self.ctx.config, self.ctx.user.username, self.recovery_key)
        self.recovery_key = key

    def _show_problems(self, problems: dict[str, str]) -> None:
        rest = self.form.errors.show({k: v for k, v in problems.items() if k in ITEM_FIELDS})
        rest += self.testForm.errors.show({k: v for k, v in problems.items() if k not in ITEM_FIELDS})
        if any(k in ITEM_FIELDS for k in problems):
            self.tabs.setCurrentIndex(TAB_ITEM)
        else:
            self.tabs.setCurrentIndex(TAB_TEST)
        if rest:
            messages.error(self, "\n".join(rest))

    def submit(self) -> bool:
        if self.dirty and not self.save():
            return False
        if self.item is None:
            messages.error(self, tr("Simpan usulan dahulu."))
            return False
        findings = items.submission_findings(self.item)
        errors = validation.errors(findings)
        if errors:
            problems: dict[str, str] = {}
            for finding in errors:
                problems[finding.field] = (problems.get(finding.field, "") + " " + finding.message).strip()
            self._show_problems(problems)
            messages.error(
                self,
                tr("Usulan belum dapat diajukan:\n• {e}").format(e="\n• ".join(f.message for f in errors)),
                tr("Belum lengkap"),
            )
            return False
        warnings = validation.warnings(findings)
        if warnings and not messages.confirm(
            self,
            tr("Periksa sebelum mengajukan"),
            tr("Perhatikan hal berikut sebelum mengajukan:\n\n• {w}\n\nTetap ajukan untuk persetujuan?").format(
                w="\n• ".join(w.message for w in warnings)
            ),
            tr("Tetap ajukan"),
            tr("Periksa lagi"),
        ):
            self.reported.emit(tr("Usulan {n} belum diajukan.").format(n=self.item.nomor))
            return False
        try:
            self.item = items.submit(self.ctx.actor, self.item.id, self.item.version).item
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        except AppError as exc:
            messages.error(self, str(exc))
            return False
        self.load(self.item.id)
        self.saved.emit()
        self.reported.emit(tr("Usulan {n} diajukan untuk persetujuan Atasan PPID.").format(n=self.item.nomor))
        return True

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_submit_clicked(self) -> None:
        self.submit()
