"""The main window: the start page, the register, open items as tabs, menus by role, lock and
switch of user. Actions and menus are in main_actions, lock in lock_screen, printing, import,
backup and the dialogs in main_tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from dikecualikan_gui import paths
from dikecualikan_gui.domain.permissions import Action
from dikecualikan_gui.errors import AppError, NotFound
from dikecualikan_gui.services import audit, desk, items, lifecycle, recovery, setup
from dikecualikan_gui.ui import feedback, layout, live, messages, printing, window_geometry
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.session import SessionDialog
from dikecualikan_gui.ui.lock_screen import LockScreen, lock_page
from dikecualikan_gui.ui.main_actions import MainActions
from dikecualikan_gui.ui.main_tasks import MainTasks
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.pages.register_page import RegisterPage
from dikecualikan_gui.ui.pages.start_page import StartPage
from dikecualikan_gui.ui.text import tr, tr_label
from dikecualikan_gui.ui.workers import BackgroundTask

#: How long after an item opens (or the window shows) the next empty item page is built.
SPARE_DELAY_MS = 300


class MainWindow(MainActions, LockScreen, MainTasks, QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self._closing_confirmed = False
        self._start_stale = False  # something changed while the start page was not in front
        self._task: BackgroundTask | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Daftar Informasi yang Dikecualikan"))
        self.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "dikecualikan.svg")))
        self.settings = window_geometry.settings_for(ctx.config.data_dir)
        self._restore_maximized = window_geometry.restore(self, self.settings)

        self.startPage = StartPage()
        self.register = RegisterPage()
        self.register.follow_user(ctx)  # another user signing in starts from an unfiltered register
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.startPage, tr("Beranda"))
        self.tabs.addTab(self.register, tr("Register"))
        for fixed in (0, 1):  # the start page and the register stay
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.lockPage = lock_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lockPage)
        self.setCentralWidget(self.stack)

        self.userLabel = QLabel()
        self.userLabel.setObjectName("statusUser")
        self.dbLabel = QLabel(tr("Basis data: {d}").format(d=setup.describe_target(ctx.config)))
        self.dbLabel.setStyleSheet(layout.HINT_STYLE)
        self.statusBar().addPermanentWidget(self.userLabel)  # stays while a message says what was done
        self.statusBar().addPermanentWidget(self.dbLabel)

        self._build_actions()
        self.expiryTimer = QTimer(self)
        self.expiryTimer.setInterval(60 * 60 * 1000)  # an office PC stays on across midnight
        self.expiryTimer.timeout.connect(self.expire_due)
        self.expiryTimer.start()
        self.idleTimer = QTimer(self)
        self.idleTimer.setSingleShot(True)
        self.idleTimer.timeout.connect(self._on_idle_timeout)
        self._spare: ItemPage | None = None  # built while idle: opening an item only fills it
        self.spareTimer = QTimer(self)
        self.spareTimer.setSingleShot(True)
        self.spareTimer.setInterval(SPARE_DELAY_MS)
        self.spareTimer.timeout.connect(self._prepare_spare)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

        self.register.openRequested.connect(self.open_item)
        self.register.newRequested.connect(self.new_item)
        self.startPage.approvalRequested.connect(self.approve_waiting)
        self.startPage.itemRequested.connect(self.open_item)
        self.startPage.registerRequested.connect(self.show_register)
        self.startPage.usersRequested.connect(self._on_users_triggered)
        self.startPage.backupRequested.connect(self._on_backup_triggered)
        self.tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        ctx.userChanged.connect(self._on_user_changed)
        ctx.dataChanged.connect(self.reload_all)
        self.live = live.attach(self, self)  # changes made on other PCs (PostgreSQL)
        self._on_user_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._restore_maximized:
            self._restore_maximized = False
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            window_geometry.fit(self)
            QTimer.singleShot(250, self, self._fit_to_screen)  # again once the window manager's frame is known

    def _fit_to_screen(self) -> None:
        window_geometry.fit(self)

    def _on_user_changed(self) -> None:
        if not self.ctx.signed_in:
            return
        self._apply_role()
        self._discard_spare()  # made for the previous user
        self.show_signed_in()
        self.restart_idle_timer()
        self.expire_due()
        self.tabs.setCurrentWidget(self.startPage)
        if self.ctx.may(Action.MANAGE_USERS):
            self.check_trail()

    def show_signed_in(self) -> None:
        user = self.ctx.user
        self.userLabel.setText(
            tr("Masuk sebagai {nama} ({u}) — {peran}").format(
                nama=user.nama, u=user.username, peran=tr_label(user.role.label)
            )
        )

    def reload_all(self) -> None:
        """After any change: the register and the start page afresh."""
        self.register.reload()
        self.refresh_start_page()

    def refresh_start_page(self) -> None:
        """Counted afresh now when it is in front, else when it comes to the front."""
        self._start_stale = self.tabs.currentWidget() is not self.startPage
        if self._start_stale or not self.ctx.signed_in:
            return
        try:
            self.startPage.show_desk(desk.desk_for(self.ctx.user), self.backup_possible())
        except AppError as exc:
            messages.error(self, str(exc))

    def show_register(self, status: object = None) -> None:
        """The register, filtered as a line of the start page names it."""
        self.register.set_status(status)  # type: ignore[arg-type]
        self.tabs.setCurrentWidget(self.register)

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
        self.reload_all()
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
        page.reported.connect(self.notify)
        page.closeRequested.connect(lambda p=page: self.close_item_page(p))
        self.tabs.setCurrentIndex(index)
        return page

    def open_item(self, item_id: int) -> ItemPage | None:
        for page in self.pages():
            if page.item is not None and page.item.id == item_id:
                self.tabs.setCurrentWidget(page)
                return page
        spare, self._spare = self._spare, None
        self.spareTimer.start()
        try:
            if spare is None:
                return self._add_page(ItemPage(self.ctx, item_id))
            spare.reuse_for(item_id)
        except AppError as exc:
            self._spare = spare  # still empty: the next opening uses it
            messages.error(self, str(exc))
            return None
        return self._add_page(spare)

    def _prepare_spare(self) -> None:
        """An empty item page, built while the user reads the screen."""
        if self._spare is None and self.ctx.signed_in and not self.locked:
            try:
                self._spare = ItemPage(self.ctx, parent=self)
            except AppError:
                return  # the next opening builds its page as before
            self._spare.hide()

    def _discard_spare(self) -> None:
        if self._spare is not None:
            self._spare.stash()
            self._spare.deleteLater()
            self._spare = None
        self.spareTimer.start()

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

    def close_current_item(self) -> bool:
        """Ctrl+W: close the item tab in front (asking when it has unsaved changes)."""
        page = self.tabs.currentWidget()
        if not isinstance(page, ItemPage):
            return False
        caption = page.caption()
        closed = self.close_item_page(page)
        self.notify(tr("{c} ditutup.").format(c=caption) if closed else tr("{c} tetap terbuka.").format(c=caption))
        return closed

    def _on_tab_changed(self, _index: int) -> None:
        if self._start_stale and self.tabs.currentWidget() is self.startPage:
            self.refresh_start_page()

    def _on_tab_close_requested(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, ItemPage):
            self.close_item_page(page)

    def _on_open_triggered(self) -> None:
        for item_id in self.register.selected_ids()[:10]:
            self.open_item(item_id)

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
        self.notify(tr("{n} isian dipulihkan ke layar; simpan untuk menyimpannya.").format(n=len(copies)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed:
            for page in self.pages():
                self.tabs.setCurrentWidget(page)
                if not page.can_close():
                    event.ignore()
                    return
        window_geometry.save(self, self.settings)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        event.accept()

    # --- decisions -------------------------------------------------------------------------

    def selected_for_decision(self) -> list[int]:
        """The open item when an item tab is current, else the register's selection."""
        current = self.tabs.currentWidget()
        if isinstance(current, ItemPage) and current.item is not None:
            return [current.item.id]
        return self.register.selected_ids()

    def _on_approval_triggered(self) -> None:
        ids = self.selected_for_decision()
        if not ids and self.tabs.currentWidget() is self.startPage:
            ids = list(desk.desk_for(self.ctx.user).waiting)
        self.decide(ids)  # nothing selected: the dialog offers every item waiting for approval

    def approve_waiting(self) -> None:
        """The start page's button: every proposal waiting for approval, in the approval dialog."""
        self.decide(list(desk.desk_for(self.ctx.user).waiting))

    def decide(self, ids: list[int]) -> None:
        decided = ApprovalDialog.ask(self.ctx, ids, self)
        self.refresh_pages({record.id for record in decided})
        self.reload_all()
        self.notify(feedback.decision_summary(decided))

    def refresh_pages(self, item_ids: set[int]) -> None:
        for page in self.pages():
            if page.item is not None and page.item.id in item_ids and not page.dirty:
                page.load(page.item.id)

    def _on_session_triggered(self) -> None:
        recorded = SessionDialog.ask(self.ctx, self)
        if recorded is None:
            self.notify(tr("Sesi pengujian tidak dicatat."))
            return
        self.reload_all()
        self.refresh_pages({item_id for item_id, _ in recorded.items})
        self.notify(tr("Sesi {s} tercatat dengan {n} usulan.").format(s=recorded.nomor, n=len(recorded.items)))
        if messages.confirm(
            self,
            tr("Berita acara"),
            tr("Sesi {s} tercatat. Cetak berita acara pengujian konsekuensinya sekarang?").format(s=recorded.nomor),
            tr("Cetak berita acara"),
            tr("Nanti"),
        ):
            self.preview(printing.berita_acara_job(self.ctx, recorded.nomor))
