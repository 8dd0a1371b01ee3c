"""The explicit context the screens share: configuration and who is signed in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Actor, Role, UserInfo
from dikecualikan_gui.domain.permissions import Action, can


class AppContext(QObject):
    """Passed to every window; ``userChanged`` fires when someone else signs in."""

    userChanged = Signal()
    dataChanged = Signal()  # something in the register changed (saved, submitted, imported)

    def __init__(self, config: Config) -> None:
        super().__init__()
        self.config = config
        self._user: UserInfo | None = None

    @property
    def user(self) -> UserInfo:
        if self._user is None:
            raise RuntimeError("no user is signed in")
        return self._user

    @property
    def actor(self) -> Actor:
        return self.user.as_actor()

    @property
    def signed_in(self) -> bool:
        return self._user is not None

    def sign_in(self, user: UserInfo) -> None:
        """Someone signs in, or the signed-in user's own record changed (a new role shows at once)."""
        old = self._user
        changed = old is None or (old.id, old.role, old.active) != (user.id, user.role, user.active)
        self._user = user
        if changed:
            self.userChanged.emit()

    def may(self, action: Action) -> bool:
        return self._user is not None and can(self._user.role, action)

    @property
    def role(self) -> Role:
        return self.user.role
