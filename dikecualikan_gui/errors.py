"""Known errors: problems the user can act on, each with a clear Indonesian message.

Anything that is not an ``AppError`` is a bug and reaches the crash handler instead.
"""

from __future__ import annotations

from collections.abc import Sequence


class AppError(Exception):
    """A known problem; ``str(error)`` is the Indonesian message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(AppError):
    """Input that breaks a rule. ``problems`` maps a field name to its message."""

    def __init__(self, problems: dict[str, str] | Sequence[tuple[str, str]]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


class PermissionDenied(AppError):
    pass


class NotFound(AppError):
    pass


class Conflict(AppError):
    """Someone else changed the record since it was read (optimistic concurrency)."""


class InvalidState(AppError):
    """The action does not fit the item's current status."""


class AuthenticationFailed(AppError):
    """Wrong username or password (never says which)."""


class AccountLocked(AppError):
    def __init__(self, message: str, minutes: int) -> None:
        super().__init__(message)
        self.minutes = minutes


class AccountDisabled(AppError):
    pass


class StorageError(AppError):
    """The database or the data folder cannot be used (missing, locked, corrupt, full)."""


class SchemaTooNew(StorageError):
    pass


class ImportRejected(AppError):
    """An import file with bad rows; ``rows`` lists (row number, reason)."""

    def __init__(self, message: str, rows: Sequence[tuple[int, str]] = ()) -> None:
        self.rows = list(rows)
        lines = [message] + ["  baris {n}: {r}".format(n=n, r=r) for n, r in self.rows]
        super().__init__("\n".join(lines))


class BackupError(AppError):
    pass


class Cancelled(AppError):
    """The user cancelled long work; nothing was changed."""
