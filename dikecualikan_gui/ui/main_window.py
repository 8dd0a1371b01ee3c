"""The main window: the register, open items as tabs, menus by role, lock and switch of user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from dikecualikan_gui import __version__, paths
from dikecualikan_gui.domain.permissions import Action
from dikecualikan_gui.errors import AppError, Cancelled, NotFound
from dikecualikan_gui.services import audit, backup, documents, importer, items, lifecycle, profile, recovery, setup
from dikecualikan_gui.services.importer import ImportResult
from dikecualikan_gui.ui import layout, messages, printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.lifecycle import EditionsDialog, HolidaysDialog
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog
from dikecualikan_gui.ui.dialogs.session import SessionDialog
from dikecualikan_gui.ui.dialogs.sessions_list import SessionsDialog
from dikecualikan_gui.ui.dialogs.users import UsersDialog, change_own_password
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.pages.register_page import RegisterPage
from dikecualikan_gui.ui.printing import ArchiveDialog, PreviewDialog
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.workers import BackgroundTask

ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self._task: BackgroundTask | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Daftar Informasi yang Dikecualikan"))
        icon = paths.resources_dir() / "icons" / "dikecualikan.svg"
        self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 780)

        self.register = RegisterPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.register, tr("Register"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.lockPage = QWidget()
        self.lockPage.setObjectName("lockPage")
        self.lockPage.setLayout(
            layout.vbox(
                None,
                layout.heading(tr("Aplikasi terkunci")),
                layout.hint(tr("Isian yang terbuka aman. Masuk kembali untuk melanjutkan.")),
                None,
                margin=48,
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lockPage)
        self.setCentralWidget(self.stack)

        self.userLabel = QLabel()
        self.userLabel.setObjectName("statusUser")
        self.dbLabel = QLabel(tr("Basis data: {d}").format(d=setup.describe_target(ctx.config)))
        self.dbLabel.setStyleSheet(layout.HINT_STYLE)
        self.statusBar().addWidget(self.userLabel, 1)
        self.statusBar().addPermanentWidget(self.dbLabel)

        self._build_actions()
        self.expiryTimer = QTimer(self)
        self.expiryTimer.setInterval(60 * 60 * 1000)  # an office PC stays on across midnight
        self.expiryTimer.timeout.connect(self.expire_due)
        self.expiryTimer.start()
        self.idleTimer = QTimer(self)
        self.idleTimer.setSingleShot(True)
        self.idleTimer.timeout.connect(self._on_idle_timeout)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

        self.register.openRequested.connect(self.open_item)
        self.register.newRequested.connect(self.new_item)
        self.tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        ctx.userChanged.connect(self._on_user_changed)
        ctx.dataChanged.connect(self.register.reload)
        self._on_user_changed()

    # --- actions and menus -----------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.newAction = self._action(
            tr("Usulan baru"),
            self.new_item,
            "Ctrl+N",
            "newItemAction",
            tr("Catat informasi yang diusulkan untuk dikecualikan"),
        )
        self.openAction = self._action(tr("Buka usulan"), self._on_open_triggered, None, "openItemAction")
        self.importAction = self._action(
            tr("Impor daftar (CSV/XLSX)…"), self._on_import_triggered, None, "importAction"
        )
        self.searchAction = self._action(tr("Cari"), self._on_search_triggered, "Ctrl+F", "searchAction")
        self.refreshAction = self._action(tr("Muat ulang register"), self.register.reload, "F5", "refreshAction")
        self.lockAction = self._action(
            tr("Kunci / Ganti pengguna"),
            self.lock,
            "Ctrl+L",
            "lockAction",
            tr("Kunci layar; pengguna lain dapat masuk tanpa menutup aplikasi"),
        )
        self.passwordAction = self._action(tr("Ganti kata sandi…"), self._on_password_triggered, None, "passwordAction")
        self.quitAction = self._action(tr("Keluar"), self.close, "Ctrl+Q", "quitAction")
        self.usersAction = self._action(tr("Pengguna…"), self._on_users_triggered, None, "usersAction")
        self.profileAction = self._action(tr("Profil badan publik…"), self._on_profile_triggered, None, "profileAction")
        self.backupAction = self._action(tr("Buat cadangan…"), self._on_backup_triggered, None, "backupAction")
        self.aboutAction = self._action(tr("Tentang aplikasi"), self._on_about_triggered, None, "aboutAction")
        self.approvalAction = self._action(
            tr("Persetujuan…"),
            self._on_approval_triggered,
            "Ctrl+P",
            "approvalAction",
            tr("Atasan PPID menyetujui, mengembalikan atau menolak usulan yang dipilih"),
        )
        self.sessionAction = self._action(
            tr("Sesi pengujian konsekuensi…"),
            self._on_session_triggered,
            None,
            "sessionAction",
            tr("Catat satu sesi uji konsekuensi atas banyak usulan"),
        )
        self.sessionAction.setIconText(tr("Sesi uji"))
        self.editionsAction = self._action(tr("Edisi DIK…"), self._on_editions_triggered, None, "editionsAction")
        self.holidaysAction = self._action(tr("Hari libur…"), self._on_holidays_triggered, None, "holidaysAction")
        self.printDikAction = self._action(
            tr("Daftar Informasi yang Dikecualikan (DIK)…"),
            self._on_print_dik_triggered,
            "Ctrl+Shift+P",
            "printDikAction",
            tr("Pratinjau, cetak atau simpan DIK yang berlaku sebagai PDF"),
        )
        self.printUsulanAction = self._action(
            tr("Formulir daftar informasi yang akan dikecualikan…"),
            self._on_print_usulan_triggered,
            None,
            "printUsulanAction",
        )
        self.printBeritaAcaraAction = self._action(
            tr("Berita acara pengujian konsekuensi…"),
            self._on_print_berita_acara_triggered,
            None,
            "printBeritaAcaraAction",
        )
        self.exportDikAction = self._action(
            tr("Ekspor DIK untuk situs PPID (CSV/XLSX)…"), self._on_export_dik_triggered, None, "exportDikAction"
        )
        self.archiveAction = self._action(
            tr("Arsip dokumen…"),
            self._on_archive_triggered,
            None,
            "archiveAction",
            tr("Salinan lunak setiap dokumen yang diterbitkan"),
        )

        menus = self.menuBar()
        self.fileMenu = menus.addMenu(tr("&Berkas"))
        for action in (
            self.newAction,
            self.importAction,
            None,
            self.backupAction,
            None,
            self.passwordAction,
            self.lockAction,
            None,
            self.quitAction,
        ):
            self.fileMenu.addSeparator() if action is None else self.fileMenu.addAction(action)
        self.itemMenu = menus.addMenu(tr("&Usulan"))
        for action in (
            self.openAction,
            self.sessionAction,
            self.approvalAction,
            self.editionsAction,
            None,
            self.searchAction,
            self.refreshAction,
        ):
            self.itemMenu.addSeparator() if action is None else self.itemMenu.addAction(action)
        self.printMenu = menus.addMenu(tr("&Cetak"))
        self.printMenu.setObjectName("printMenu")
        for action in (
            self.printDikAction,
            self.printUsulanAction,
            self.printBeritaAcaraAction,
            None,
            self.exportDikAction,
            None,
            self.archiveAction,
        ):
            self.printMenu.addSeparator() if action is None else self.printMenu.addAction(action)
        self.adminMenu = menus.addMenu(tr("&Administrasi"))
        self.adminMenu.setObjectName("adminMenu")
        self.adminMenu.addAction(self.usersAction)
        self.adminMenu.addAction(self.profileAction)
        self.adminMenu.addAction(self.holidaysAction)
        helpMenu = menus.addMenu(tr("Ban&tuan"))
        helpMenu.addAction(self.aboutAction)

        self.toolbar = QToolBar(tr("Alat"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.printDikAction.setIconText(tr("Cetak DIK"))
        for action in (
            self.newAction,
            self.openAction,
            self.sessionAction,
            self.approvalAction,
            self.printDikAction,
            self.importAction,
            self.refreshAction,
            self.lockAction,
        ):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def _on_user_changed(self) -> None:
        if not self.ctx.signed_in:
            return
        user = self.ctx.user
        petugas = self.ctx.may(Action.CREATE_ITEM)
        admin = self.ctx.may(Action.MANAGE_USERS)
        for action in (self.newAction, self.importAction, self.sessionAction):
            action.setVisible(petugas)
            action.setEnabled(petugas)
        self.register.newItemButton.setVisible(petugas)
        self.adminMenu.menuAction().setVisible(admin)
        self.usersAction.setEnabled(admin)
        self.profileAction.setEnabled(self.ctx.may(Action.EDIT_PROFILE))
        self.holidaysAction.setEnabled(self.ctx.may(Action.EDIT_PROFILE))
        self.backupAction.setVisible(self.ctx.may(Action.BACKUP) and self.ctx.config.sqlite_path is not None)
        self.userLabel.setText(
            tr("Masuk sebagai {nama} ({u}) — {peran}").format(
                nama=user.nama, u=user.username, peran=tr(user.role.label)
            )
        )
        self.restart_idle_timer()
        self.expire_due()
        if admin:
            self.check_trail()

    def check_trail(self) -> None:
        """At an administrator's sign-in (and after a restore): the newest part of the audit trail
        against its stored head; the whole check is `dikecualikan audit verify`."""
        try:
            problems = audit.quick_check()
        except AppError as exc:
            problems = [str(exc)]
        if problems:
            messages.error(
                self,
                tr(
                    "Jejak audit tidak utuh:\n• {p}\n\nJalankan 'dikecualikan audit verify' untuk "
                    "pemeriksaan lengkap, lalu pulihkan dari cadangan bila perlu."
                ).format(p="\n• ".join(problems)),
                tr("Jejak audit"),
            )

    def expire_due(self) -> None:
        """Exemptions whose end date has passed end now; the register shows it."""
        try:
            ended = lifecycle.expire_due()
        except AppError as exc:
            messages.error(self, str(exc))
            ended = []
        self.register.reload()
        for page in self.pages():
            if page.item is not None and page.item.nomor in ended and not page.dirty:
                page.load(page.item.id)

    # --- items -----------------------------------------------------------------------------

    def pages(self) -> list[ItemPage]:
        return [w for w in (self.tabs.widget(i) for i in range(self.tabs.count())) if isinstance(w, ItemPage)]

    def _add_page(self, page: ItemPage) -> ItemPage:
        index = self.tabs.addTab(page, page.tab_title())
        page.titleChanged.connect(lambda title, p=page: self._on_page_title_changed(p, title))
        page.saved.connect(self.ctx.dataChanged)
        self.tabs.setCurrentIndex(index)
        return page

    def open_item(self, item_id: int) -> ItemPage | None:
        for page in self.pages():
            if page.item is not None and page.item.id == item_id:
                self.tabs.setCurrentWidget(page)
                return page
        try:
            return self._add_page(ItemPage(self.ctx, item_id))
        except AppError as exc:
            messages.error(self, str(exc))
            return None

    def new_item(self) -> ItemPage | None:
        if not self.ctx.may(Action.CREATE_ITEM):
            return None
        page = self._add_page(ItemPage(self.ctx))
        page.form.judulEdit.setFocus()
        return page

    def _on_page_title_changed(self, page: ItemPage, title: str) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, page.caption())

    def close_item_page(self, page: ItemPage, ask: bool = True) -> bool:
        if ask and not page.can_close():
            return False
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.removeTab(index)
        page.deleteLater()
        return True

    def _on_tab_close_requested(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, ItemPage):
            self.close_item_page(page)

    def _on_open_triggered(self) -> None:
        for item_id in self.register.selected_ids()[:10]:
            self.open_item(item_id)

    # --- printing ----------------------------------------------------------------------------

    def _on_print_dik_triggered(self) -> None:
        PreviewDialog.show_job(self.ctx, printing.dik_job(self.ctx), self)

    def _on_print_usulan_triggered(self) -> None:
        PreviewDialog.show_job(self.ctx, printing.usulan_job(self.ctx), self)

    def _on_print_berita_acara_triggered(self) -> None:
        SessionsDialog(self.ctx, self).exec()

    def _on_archive_triggered(self) -> None:
        ArchiveDialog(self.ctx, self).exec()

    def _on_export_dik_triggered(self) -> None:
        target, chosen = QFileDialog.getSaveFileName(
            self, tr("Ekspor DIK"), str(Path.home() / "dik.csv"), tr("CSV untuk situs web (*.csv);;Excel (*.xlsx)")
        )
        if target:
            self.export_dik(Path(target))

    def export_dik(self, target: Path) -> None:
        try:
            data = documents.dik_xlsx() if target.suffix.lower() == ".xlsx" else documents.dik_csv()
            target.write_bytes(data)
        except AppError as exc:
            messages.error(self, str(exc))
            return
        except OSError as exc:
            messages.error(self, tr("Berkas {p} tidak dapat ditulis: {e}").format(p=target, e=exc.strerror or exc))
            return
        messages.info(
            self,
            tr("DIK diekspor ke {p}. Berkas ini dapat diunggah ke situs PPID dan diimpor kembali.").format(p=target),
        )

    def _on_search_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.focus_search()

    # --- recovery --------------------------------------------------------------------------

    def offer_recovery(self) -> None:
        """After sign-in: unsaved content of this user from a crash, power cut or switch of user."""
        copies = recovery.list_for(self.ctx.config, self.ctx.user.username)
        if not copies:
            return
        listing = "\n".join("• {n} {j}".format(n=c.nomor or tr("(usulan baru)"), j=c.judul) for c in copies)
        choice = messages.three_way(
            self,
            tr("Isian yang belum disimpan"),
            tr("Ditemukan {n} isian yang belum disimpan dari sesi sebelumnya:\n{l}\n\nPulihkan ke layar?").format(
                n=len(copies), l=listing
            ),
            tr("Pulihkan"),
            tr("Buang"),
            tr("Nanti saja"),
        )
        if choice == 1:
            for copy in copies:
                copy.path.unlink(missing_ok=True)
            return
        if choice != 0:
            return
        for copy in copies:
            state = copy.state
            page = None
            if copy.item_id is not None:
                try:
                    items.get_item(copy.item_id)
                    page = self.open_item(copy.item_id)
                except NotFound:  # the draft was deleted since: what was typed becomes a new usulan
                    state = dict(state, version=None, dirty_item=True)
            if page is None:
                page = self.new_item()
                if page is None:
                    continue
                recovery.discard(self.ctx.config, self.ctx.user.username, page.recovery_key)
                page.recovery_key = copy.key
            page.apply_recovery(state)

    # --- lock and switch user --------------------------------------------------------------

    def restart_idle_timer(self) -> None:
        minutes = profile.get_profile().idle_lock_minutes if self.ctx.signed_in else 10
        self.idleTimer.start(max(1, minutes) * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.locked and self.idleTimer.isActive():
            self.idleTimer.start()
        return False

    def _on_idle_timeout(self) -> None:
        if self.locked:
            return
        if QApplication.activeModalWidget() is None:
            self.lock()
            return
        # A dialog left open must not keep the screen unlocked: cancel it (as its Batal would;
        # the forms behind it keep their recovery copies), then lock once it has closed.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                widget.done(QDialog.DialogCode.Rejected)
        QTimer.singleShot(0, self._lock_when_no_dialog)

    def _lock_when_no_dialog(self) -> None:
        if self.locked:
            return
        if QApplication.activeModalWidget() is None:
            self.lock()
        else:
            self.idleTimer.start()  # a dialog that would not close: try again after the next idle period

    def lock(self) -> None:
        """Hide everything, then let the same user continue or another user sign in."""
        if self.locked:
            return
        self.locked = True
        self.idleTimer.stop()
        for page in self.pages():
            page.write_recovery(force=True)
        self.stack.setCurrentWidget(self.lockPage)
        previous = self.ctx.user
        user = LoginDialog.ask(self, locked_by=previous)
        if user is None:
            self.locked = False
            self._close_without_asking()
            return
        if user.id != previous.id:
            for page in self.pages():
                page.stash()
                self.close_item_page(page, ask=False)
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        self.ctx.sign_in(user)
        self.restart_idle_timer()
        if user.id != previous.id:
            self.offer_recovery()

    def _close_without_asking(self) -> None:
        for page in self.pages():
            page.stash()
        self._closing_confirmed = True
        self.close()

    _closing_confirmed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed:
            for page in self.pages():
                self.tabs.setCurrentWidget(page)
                if not page.can_close():
                    event.ignore()
                    return
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        event.accept()

    # --- dialogs ---------------------------------------------------------------------------

    def selected_for_decision(self) -> list[int]:
        """The open item when an item tab is current, else the register's selection."""
        current = self.tabs.currentWidget()
        if isinstance(current, ItemPage) and current.item is not None:
            return [current.item.id]
        return self.register.selected_ids()

    def _on_approval_triggered(self) -> None:
        ids = self.selected_for_decision()
        if not ids:
            messages.info(
                self,
                tr(
                    "Pilih satu atau beberapa usulan berstatus 'Menunggu persetujuan' di register, "
                    "lalu pilih Persetujuan."
                ),
            )
            return
        decided = ApprovalDialog.ask(self.ctx, ids, self)
        self.refresh_pages({record.id for record in decided})

    def refresh_pages(self, item_ids: set[int]) -> None:
        for page in self.pages():
            if page.item is not None and page.item.id in item_ids and not page.dirty:
                page.load(page.item.id)

    def _on_session_triggered(self) -> None:
        recorded = SessionDialog.ask(self.ctx, self)
        if recorded is None:
            return
        self.register.reload()
        self.refresh_pages({item_id for item_id, _ in recorded.items})
        if messages.confirm(
            self,
            tr("Berita acara"),
            tr("Sesi {s} tercatat. Cetak berita acara pengujian konsekuensinya sekarang?").format(s=recorded.nomor),
            tr("Cetak berita acara"),
            tr("Nanti"),
        ):
            PreviewDialog.show_job(self.ctx, printing.berita_acara_job(self.ctx, recorded.nomor), self)

    def _on_editions_triggered(self) -> None:
        EditionsDialog.ask(self.ctx, self)

    def _on_holidays_triggered(self) -> None:
        HolidaysDialog.ask(self.ctx, self)
        self.register.reload()

    def _on_users_triggered(self) -> None:
        UsersDialog.ask(self.ctx, self)

    def _on_profile_triggered(self) -> None:
        if ProfileDialog.ask(self.ctx, self):
            self.restart_idle_timer()

    def _on_password_triggered(self) -> None:
        if change_own_password(self.ctx, self):
            messages.info(self, tr("Kata sandi Anda telah diganti."))

    def _on_about_triggered(self) -> None:
        messages.info(
            self,
            tr(
                "Dikecualikan {v}\n\nPendokumentasian Informasi yang Dikecualikan menurut UU 14/2008 tentang "
                "Keterbukaan Informasi Publik: usulan dan uji konsekuensi oleh petugas PPID, persetujuan Atasan "
                "PPID, dan Daftar Informasi yang Dikecualikan.\n\nBasis data: {db}"
            ).format(v=__version__, db=setup.describe_target(self.ctx.config)),
            tr("Tentang aplikasi"),
        )

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Impor daftar"), "", tr("Tabel (*.csv *.xlsx *.xlsm);;Semua berkas (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> BackgroundTask:
        actor = self.ctx.actor
        task = BackgroundTask(
            self,
            tr("Impor daftar"),
            tr("Mengimpor {f}…").format(f=path.name),
            lambda progress, cancelled: importer.import_file(actor, path, progress=progress, cancelled=cancelled),
        )
        task.done.connect(self._on_import_done)
        task.error.connect(self._on_task_error)
        self._task = task
        task.start()
        return task

    def _on_import_done(self, result: ImportResult) -> None:
        self.ctx.dataChanged.emit()
        details = "\n".join(result.detail_lines())
        messages.info(self, result.summary() + ("\n\n" + details if details else ""), tr("Impor selesai"))

    def _on_task_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            messages.info(self, str(exc))
        elif isinstance(exc, AppError):
            messages.error(self, str(exc))
        else:
            raise exc

    def _on_backup_triggered(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Simpan cadangan"), "cadangan-dikecualikan.zip", tr("Cadangan (*.zip)")
        )
        if not target:
            return
        actor, config = self.ctx.actor, self.ctx.config
        task = BackgroundTask(
            self,
            tr("Cadangan"),
            tr("Membuat cadangan…"),
            lambda progress, cancelled: backup.create_backup(actor, config, Path(target)),
        )
        task.done.connect(
            lambda info: messages.info(
                self,
                tr("Cadangan ditulis ke {p}.").format(p=info.path)
                + (
                    "\n\n"
                    + tr(
                        "Tidak ikut dicadangkan karena rusak atau hilang dari folder data: {l}. Pulihkan berkas "
                        "itu dari cadangan lama."
                    ).format(l=", ".join(info.damaged + info.missing))
                    if info.damaged or info.missing
                    else ""
                ),
            )
        )
        task.error.connect(self._on_task_error)
        self._task = task
        task.start()
