"""Lock and switch of user: the lock page, the idle timer, and quitting from the lock screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from dikecualikan_gui.domain.model import UserInfo
from dikecualikan_gui.services import profile
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.keyboard import TAB_EVENTS, multi_line_tabs
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.text import tr

ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


def lock_page() -> QWidget:
    page = QWidget()
    page.setObjectName("lockPage")
    page.setLayout(
        layout.vbox(
            None,
            layout.heading(tr("Aplikasi terkunci")),
            layout.hint(tr("Isian yang terbuka aman. Masuk kembali untuk melanjutkan.")),
            None,
            margin=48,
        )
    )
    return page


class LockScreen(_Window):
    """Mixed into MainWindow."""

    ctx: AppContext
    locked: bool
    stack: QStackedWidget
    tabs: QTabWidget
    lockPage: QWidget
    idleTimer: QTimer
    userLabel: QLabel
    _closing_confirmed: bool

    if TYPE_CHECKING:

        def pages(self) -> list[ItemPage]: ...
        def close_item_page(self, page: ItemPage, ask: bool = True) -> bool: ...
        def offer_recovery(self) -> None: ...
        def show_signed_in(self) -> None: ...

    def restart_idle_timer(self) -> None:
        minutes = profile.get_profile().idle_lock_minutes if self.ctx.signed_in else 10
        self.idleTimer.start(max(1, minutes) * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The application's one event filter: activity restarts the idle timer; Tab and Ctrl+Tab
        in multi-line fields (keyboard.multi_line_tabs)."""
        kind = event.type()
        if kind in ACTIVITY_EVENTS and not self.locked and self.idleTimer.isActive():
            self.idleTimer.start()
        return kind in TAB_EVENTS and multi_line_tabs(watched, event)

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
        self.statusBar().clearMessage()
        self.userLabel.setText(tr("Terkunci — masuk untuk melanjutkan"))
        previous = self.ctx.user
        user = self._sign_in_at_lock(previous)
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
        self.show_signed_in()
        self.restart_idle_timer()
        if user.id != previous.id:
            self.offer_recovery()

    def _sign_in_at_lock(self, previous: UserInfo) -> UserInfo | None:
        """The login dialog until someone signs in, or Keluar is confirmed while forms are unsaved."""
        while True:
            user = LoginDialog.ask(self, locked_by=previous)
            if user is not None or self._may_quit_from_lock(previous):
                return user

    def _may_quit_from_lock(self, owner: UserInfo) -> bool:
        unsaved = [page for page in self.pages() if page.dirty]
        if not unsaved:
            return True
        listing = "\n".join("• {c}".format(c=page.caption()) for page in unsaved)
        return messages.confirm(
            self,
            tr("Keluar dari aplikasi"),
            tr(
                "{nama} masih memiliki {n} isian yang belum disimpan:\n{l}\n\nBila keluar sekarang, isian itu "
                "disimpan sebagai salinan pemulihan dan ditawarkan kembali saat {nama} masuk. Keluar?"
            ).format(nama=owner.nama, n=len(unsaved), l=listing),
            tr("Keluar"),
            tr("Kembali ke layar masuk"),
        )

    def _close_without_asking(self) -> None:
        for page in self.pages():
            page.stash()
        self._closing_confirmed = True
        self.close()
