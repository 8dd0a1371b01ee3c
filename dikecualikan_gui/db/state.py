"""The register's state as stored, for `audit verify` to hold against the audit trail."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Approval, Item, Penetapan, User


def integrity_problems() -> list[str]:
    """SQLite's own check of the file (an empty list for a sound file, or for PostgreSQL)."""
    if not connection.is_sqlite():
        return []
    try:
        rows = connection.current().execute_sql("PRAGMA integrity_check").fetchall()
    except pw.DatabaseError as exc:
        return [str(exc)]
    return [] if [r[0] for r in rows] == ["ok"] else [str(r[0]) for r in rows]


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")[:10]


@guarded
def item_statuses() -> dict[int, tuple[str, str]]:
    """{item id: (nomor, status)}."""
    return {i: (n, s) for i, n, s in Item.select(Item.id, Item.nomor, Item.status).tuples()}


@guarded
def approved_rows() -> list[tuple[int, int, str, str, str]]:
    """(approval id, item id, fingerprint, nomor penetapan, tanggal penetapan) of every approval."""
    query = (
        Approval.select(Approval.id, Approval.item, Approval.fingerprint, Penetapan.nomor, Penetapan.tanggal)
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.decision == "disetujui")
        .order_by(Approval.id)
    )
    return [(a, i, f, n or "", _day(t)) for a, i, f, n, t in query.tuples()]


@guarded
def user_states() -> dict[str, tuple[str, bool, str]]:
    """{username: (role, active, stored password hash)}."""
    return {
        u: (r, bool(a), h)
        for u, r, a, h in User.select(User.username, User.role, User.active, User.password_hash).tuples()
    }


@guarded
def item_contents() -> dict[int, dict[str, Any]]:
    """{item id: the item's content as its events record it (content.item_dict's keys)}."""
    from dikecualikan_gui.db.queries import _item_content
    from dikecualikan_gui.domain.content import item_dict

    return {row.id: item_dict(_item_content(row)) for row in Item.select()}


@guarded
def user_lockouts() -> dict[str, tuple[int, str]]:
    """{username: (failed sign-ins counted, locked until as 'YYYY-MM-DDTHH:MM:SSZ' or '')}."""
    return {
        u: (int(f or 0), t.isoformat(timespec="seconds") + "Z" if isinstance(t, datetime) else str(t or ""))
        for u, f, t in User.select(User.username, User.failed_logins, User.locked_until).tuples()
    }
