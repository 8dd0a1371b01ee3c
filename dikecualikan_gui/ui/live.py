"""A shared register seen live: when another PC commits a change, this one refreshes its register
and start page within a few seconds, and an open item page that shows a changed item says
"Diubah di komputer lain" instead of waiting for a save to be refused.

LiveWatcher reacts to the listener's socket (QSocketNotifier) and also looks every
POLL_INTERVAL_MS (where a socket notifier is not enough, and to reconnect after the server was
lost: notices sent meanwhile are gone, so everything is refreshed then). On SQLite it does nothing.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QItemSelectionModel, QObject, QSocketNotifier, QTime, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy

from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import desk
from dikecualikan_gui.services import live as live_service
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr

if TYPE_CHECKING:
    from dikecualikan_gui.ui.pages.item_page import ItemPage
    from dikecualikan_gui.ui.pages.register_page import RegisterPage

log = logging.getLogger(__name__)

Change = live_service.Change
#: A burst of commits on another PC (an import, a session of many items) is told once, this long
#: after its first notice.
SETTLE_MS = 250


def merge(first: Change, second: Change) -> Change:
    actors = first.actors + tuple(a for a in second.actors if a not in first.actors)
    return Change(first.item_ids | second.item_ids, first.everything or second.everything, actors)


BAR_STYLE = "QFrame#changedElsewhere { background: #fff4ce; border: 1px solid #d9b44a; border-radius: 3px; }"


class LiveWatcher(QObject):
    """Emits ``changed`` (a services.live.Change) for what other PCs committed."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = _Held()  # closed when this object is destroyed (a slot of self would be gone then)
        self._notifier: QSocketNotifier | None = None
        self._lost = False
        self.active = False  # a shared register (PostgreSQL): someone else may change it
        self.timer = QTimer(self)
        self.timer.setInterval(live_service.POLL_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._pending: Change | None = None  # notices of a burst, told once it settles
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._on_settle_timeout)
        self.destroyed.connect(self._held.close)
        self._connect()
        if self.active:
            self.timer.start()

    def _connect(self) -> None:
        try:
            watch = live_service.watch()
        except AppError as exc:
            log.warning("Pemantau perubahan belum tersambung: %s", type(exc).__name__)
            self.active = self._lost = True
            return
        if watch is None:
            return
        self.active = True
        self._held.watch = watch
        self._notifier = QSocketNotifier(watch.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_socket_activated)
        if self._lost:  # what was sent while the server was away is gone: refresh everything
            self._lost = False
            self.changed.emit(Change(frozenset(), True, ()))

    def _on_socket_activated(self) -> None:
        self.check()

    @property
    def _watch(self) -> live_service.Watch | None:
        return self._held.watch

    def _on_timer_timeout(self) -> None:
        if self._watch is None:
            self._connect()
        else:
            self.check()

    def check(self, timeout: float = 0.0) -> None:
        """Take the notices received so far and emit them as one change."""
        if self._watch is None:
            return
        try:
            change = self._watch.take(timeout)
        except AppError:
            log.warning("Sambungan pemantau perubahan terputus; dicoba lagi")
            self._close_watch()
            self._lost = True
            return
        if change is not None:
            self._pending = change if self._pending is None else merge(self._pending, change)
            if not self.settle.isActive():
                self.settle.start()

    def _on_settle_timeout(self) -> None:
        change, self._pending = self._pending, None
        if change is not None:
            self.changed.emit(change)

    def _close_watch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._held.close()

    def stop(self) -> None:
        self.timer.stop()
        self._close_watch()


class _Held:
    """The watch's connection, apart from the QObject so that it can be closed as that goes."""

    def __init__(self) -> None:
        self.watch: live_service.Watch | None = None

    def close(self) -> None:
        if self.watch is not None:
            self.watch.close()
            self.watch = None


class ChangedElsewhereBar(QFrame):
    """The line an item page shows when its item was changed on another PC."""

    def __init__(self, page: ItemPage) -> None:
        super().__init__(page)
        self.setObjectName("changedElsewhere")
        self.setStyleSheet(BAR_STYLE)
        self.text = QLabel()
        self.text.setObjectName("changedElsewhereText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reloadButton = QPushButton(tr("Muat ulang"))
        self.reloadButton.setObjectName("changedElsewhereReload")
        self.reloadButton.clicked.connect(functools.partial(reload_page, page))
        self.setLayout(layout.hbox(self.text, self.reloadButton, margin=6))
        self.hide()

    def show_text(self, text: str, offer_reload: bool) -> None:
        self.text.setText(text)
        self.reloadButton.setVisible(offer_reload)
        self.show()


class _Window(Protocol):
    ctx: AppContext
    register: RegisterPage

    def pages(self) -> list[ItemPage]: ...


def attach(window: _Window, parent: QObject) -> LiveWatcher:
    """Watch the register for ``window``: refresh its register and start page (through
    ctx.dataChanged) and tell its item pages when their item changed elsewhere."""
    watcher = LiveWatcher(parent)
    held = weakref.ref(window)  # the window owns the watcher: no cycle that would keep it alive

    def on_changed(change: Change) -> None:
        window = held()
        if window is None or not window.ctx.signed_in:
            return
        with keeping_place(window.register):
            window.ctx.dataChanged.emit()
        for page in window.pages():
            if page.item is not None and change.touches(page.item.id):
                show_changed_elsewhere(page, change)

    watcher.changed.connect(on_changed)
    return watcher


#: How far from where they were the selected rows are looked for after the register is read again.
RESELECT_SPAN = 200


@contextlib.contextmanager
def keeping_place(register: RegisterPage) -> Iterator[None]:
    """Read the register again without losing the user's place: the selected items (perhaps
    about to be approved) stay selected and the list stays scrolled where it was."""
    table, model = register.table, register.model
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    chosen = {i for i in (model.item_id(r) for r in rows) if i is not None}
    current = model.item_id(table.currentIndex().row()) if table.currentIndex().isValid() else None
    if current is not None:
        rows.append(table.currentIndex().row())
    scroll = table.verticalScrollBar().value()
    yield
    table.verticalScrollBar().setValue(scroll)
    if not chosen and current is None:
        return
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    low = max(0, min(rows, default=0) - RESELECT_SPAN)
    high = min(model.rowCount(), max(rows, default=0) + RESELECT_SPAN + 1)
    for row in range(low, high):
        item_id = model.item_id(row)
        if item_id == current:
            selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if item_id in chosen:
            selection.select(model.index(row, 0), flags)


def show_changed_elsewhere(page: ItemPage, change: Change) -> None:
    """Unchanged page: read the item afresh and say so. Page with unsaved edits: keep them (and a
    recovery copy), say that saving will be refused, and offer to reload."""
    assert page.item is not None
    try:
        names = desk.full_names()
    except AppError:
        names = {}
    who = ", ".join(names.get(a, a) for a in change.actors) or tr("pengguna lain")
    when = QTime.currentTime().toString("HH:mm")
    if page.dirty:
        page.write_recovery(force=True)
        text = tr(
            "Diubah di komputer lain oleh {who} pukul {t}. Perubahan Anda di halaman ini belum disimpan dan "
            "akan ditolak bila disimpan; perubahan itu sudah disalin ke salinan pemulihan. Muat ulang untuk "
            "melihat versi terbaru."
        ).format(who=who, t=when)
        page.changedElsewhere.show_text(text, offer_reload=True)
        return
    try:
        page.load(page.item.id)
    except AppError as exc:
        page.changedElsewhere.show_text(
            tr("Diubah di komputer lain oleh {who} pukul {t}, tetapi versi terbarunya belum terbaca: {e}").format(
                who=who, t=when, e=str(exc)
            ),
            offer_reload=True,
        )
        return
    page.changedElsewhere.show_text(
        tr("Diubah di komputer lain oleh {who} pukul {t}; yang tampil sudah versi terbarunya.").format(who=who, t=when),
        offer_reload=False,
    )


def reload_page(page: ItemPage) -> None:
    """The bar's 'Muat ulang': the item as stored now (unsaved edits stay in the recovery copy)."""
    if page.item is None:
        return
    try:
        page.load(page.item.id)
    except AppError as exc:
        messages.error(page, str(exc))
