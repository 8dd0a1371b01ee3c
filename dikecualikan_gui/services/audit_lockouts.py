"""Lockouts held against the audit trail (issue 10): the failed sign-ins counted toward a lockout
and the lockout itself are what stands between a guessed password and an approval signed with
it; an account unlocked, or its count of failures reset, in the database file and not through
the application is named by `audit verify`."""

from __future__ import annotations

from dikecualikan_gui.db import state as state_queries
from dikecualikan_gui.domain.audit_chain import EventData
from dikecualikan_gui.domain.model import AuditAction

#: Events after which the application has set the count to 0 and lifted any lockout.
_RESETS = frozenset({AuditAction.LOGIN_OK.value, AuditAction.PASSWORD_CHANGED.value, AuditAction.USER_ADDED.value})


class LockoutReplay:
    """Feed it the trail in order; then ask it for the differences with the user table."""

    def __init__(self) -> None:
        # username -> (failed count, or None where an old event did not record it; locked until or "")
        self.said: dict[str, tuple[int | None, str]] = {}

    def feed(self, event: EventData, details: dict[str, object]) -> None:
        if event.action == AuditAction.LOGIN_FAILED.value and details.get("terkunci"):
            return  # met a lockout: nothing was counted
        if event.action == AuditAction.LOGIN_FAILED.value and details.get("alasan") == "kata sandi salah":
            attempts = details.get("percobaan")
            failed = attempts if isinstance(attempts, int) else None
            self.said[event.actor] = (failed, self.said.get(event.actor, (0, ""))[1])
        elif event.action == AuditAction.ACCOUNT_LOCKED.value:
            self.said[event.actor] = (0, str(details.get("sampai", "")))
        elif event.action in _RESETS:
            after = details.get("after")
            owner = (after.get("username") if isinstance(after, dict) else None) or details.get("username")
            self.said[str(owner or event.actor)] = (0, "")

    def problems(self) -> list[str]:
        found = []
        for username, (failed, locked) in sorted(state_queries.user_lockouts().items()):
            said_failed, said_locked = self.said.get(username, (None, locked))
            if said_locked and locked != said_locked:
                found.append(
                    "Pengguna {u}: menurut jejak audit akun terkunci sampai {a}, tetapi di tabel {t} (kunci dibuka "
                    "di luar aplikasi).".format(u=username, a=said_locked, t=locked or "tidak terkunci")
                )
            elif not said_locked and locked and username in self.said:
                found.append(
                    "Pengguna {u}: tabel mencatat akun terkunci sampai {t}, yang tidak tercatat di jejak audit.".format(
                        u=username, t=locked
                    )
                )
            if said_failed is not None and failed != said_failed:
                found.append(
                    "Pengguna {u}: {t} kali salah kata sandi di tabel, menurut jejak audit {a} (hitungan menuju "
                    "penguncian diubah di luar aplikasi).".format(u=username, t=failed, a=said_failed)
                )
        return found
