"""The start page ("at the desk"): what waits for the signed-in user, by role.

The atasan sees the proposals waiting for approval; the petugas the items returned to them (with
the notes), the drafts that still lack something and the exemptions ending within 30 working days;
the administrator the accounts locked out and how old the last backup is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dikecualikan_gui.db import desk as desk_queries
from dikecualikan_gui.db import register
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import Role, UserInfo
from dikecualikan_gui.services import lifecycle
from dikecualikan_gui.services.common import local_today, utcnow

#: A backup older than this many days is flagged on the administrator's start page.
BACKUP_WARN_DAYS = 7


@dataclass(frozen=True)
class ReturnedItem:
    id: int
    nomor: str
    judul: str
    catatan: str
    by: str  # the full name of the atasan who returned it
    at: datetime | None


@dataclass(frozen=True)
class LockedUser:
    username: str
    nama: str
    until: datetime


@dataclass(frozen=True)
class Desk:
    """What the start page shows for one user."""

    role: Role
    nama: str
    waiting: tuple[int, ...] = ()  # atasan: items waiting for approval
    returned: tuple[ReturnedItem, ...] = ()  # petugas: returned to them, newest first
    returned_total: int = 0
    incomplete: int = 0  # petugas: drafts that lack something
    expiring: int = 0  # petugas: in force, ending within 30 working days
    locked: tuple[LockedUser, ...] = ()  # admin
    last_backup: datetime | None = None  # admin: naive UTC


def desk_for(user: UserInfo, now: datetime | None = None) -> Desk:
    now = now or utcnow()
    if user.role is Role.ATASAN:
        return Desk(user.role, user.nama, waiting=tuple(desk_queries.waiting_ids()))
    if user.role is Role.PETUGAS:
        returned = tuple(ReturnedItem(*row) for row in desk_queries.returned_to(user.id))
        total = desk_queries.count_returned_to(user.id) if len(returned) >= 50 else len(returned)
        return Desk(
            user.role,
            user.nama,
            returned=returned,
            returned_total=total,
            incomplete=register.count_incomplete(),
            expiring=lifecycle.count_expiring_soon(local_today(now)),
        )
    locked = tuple(LockedUser(*row) for row in desk_queries.locked_users(now))
    return Desk(user.role, user.nama, locked=locked, last_backup=desk_queries.last_backup_at())


def backup_age(last: datetime | None, now: datetime | None = None) -> tuple[str, bool]:
    """The last backup's age in words, and whether it is overdue (never, or over a week old)."""
    if last is None:
        return "Belum pernah dibuat cadangan.", True
    now = now or utcnow()
    days = (local_today(now) - local_today(last)).days
    when = format_date_id(local_today(last))
    if days <= 0:
        age = "hari ini"
    elif days == 1:
        age = "kemarin"
    else:
        age = "{n} hari yang lalu".format(n=days)
    return "Cadangan terakhir dibuat {a} ({w}).".format(a=age, w=when), days > BACKUP_WARN_DAYS


def full_names() -> dict[str, str]:
    """username -> full name: the screens show "Siti Aminah, S.Kom.", not "siti"."""
    return desk_queries.full_names()


def full_name(username: str, names: dict[str, str] | None = None) -> str:
    names = full_names() if names is None else names
    return names.get(username, username)
