"""An item page's recovery copies: unsaved content written every few seconds, offered again after
a crash, a power cut or a switch of user; and the question when a page with changes closes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.services import recovery
from dikecualikan_gui.ui import messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.pages.item_form import ItemForm
from dikecualikan_gui.ui.pages.test_form import UjiForm
from dikecualikan_gui.ui.text import tr

if TYPE_CHECKING:
    _Page = QWidget
else:
    _Page = object


class ItemRecovery(_Page):
    """Mixed into ItemPage."""

    ctx: AppContext
    item: ItemRecord | None
    form: ItemForm
    testForm: UjiForm
    recovery_key: str
    _base_version: int | None
    _dirty_item: bool
    _dirty_test: bool
    _loading: bool
    _last_recovery: dict[str, Any] | None
    _recovery_timer: QTimer

    if TYPE_CHECKING:
        titleChanged: SignalInstance

        @property
        def dirty(self) -> bool: ...
        def save(self) -> bool: ...
        def caption(self) -> str: ...
        def tab_title(self) -> str: ...

    def state(self) -> dict[str, Any]:
        return {
            "item": self.form.state(),
            "test": self.testForm.state(),
            "dirty_item": self._dirty_item,
            "dirty_test": self._dirty_test,
            "version": self._base_version if self.item else None,
        }

    def apply_recovery(self, state: dict[str, Any]) -> None:
        """Put a recovery copy's content into the forms (it stays unsaved until the user saves).

        Saving checks against the version the copy was typed on: if someone saved the item in the
        meantime, the save is refused as a conflict instead of overwriting their work."""
        if self.item is not None and isinstance(state.get("version"), int):
            self._base_version = state["version"]
        self._loading = True
        try:
            self.form.set_state(state.get("item", {}))
            if state.get("test"):
                self.testForm.set_state(state["test"])
        finally:
            self._loading = False
        self._dirty_item = bool(state.get("dirty_item", True))
        self._dirty_test = bool(state.get("dirty_test", False))
        self.titleChanged.emit(self.tab_title())

    def write_recovery(self, force: bool = False) -> None:
        if not self.dirty or not self.ctx.signed_in:
            return
        state = self.state()
        if not force and state == self._last_recovery:
            return
        try:
            recovery.save(
                self.ctx.config,
                self.ctx.user.username,
                self.recovery_key,
                self.item.id if self.item else None,
                self.item.nomor if self.item else "",
                self.form.judulEdit.text(),
                state,
            )
            self._last_recovery = state
        except OSError:
            pass  # the next tick tries again; saving to the database is unaffected

    def can_close(self) -> bool:
        """Ask about unsaved changes; True when the page may close."""
        if not self.dirty:
            return True
        choice = messages.three_way(
            self,
            tr("Perubahan belum disimpan"),
            tr("{t} memiliki perubahan yang belum disimpan. Simpan sekarang?").format(t=self.caption()),
            tr("Simpan"),
            tr("Buang perubahan"),
        )
        if choice == 0:
            return self.save()
        if choice == 1:
            recovery.discard(self.ctx.config, self.ctx.user.username, self.recovery_key)
            self._dirty_item = self._dirty_test = False
            return True
        return False

    def stash(self) -> None:
        """Keep unsaved content as a recovery copy (before another user signs in)."""
        self.write_recovery(force=True)
        self._recovery_timer.stop()
