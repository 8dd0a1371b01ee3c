"""Reads for the start page ("at the desk"): what waits for whom, locked accounts, the last backup,
and the full names the screens show in place of usernames."""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Approval, AuditEvent, Item, User
from dikecualikan_gui.domain.model import AuditAction, Decision, Status

AUDIT_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


@guarded
def waiting_ids() -> list[int]:
    """Items waiting for the atasan's decision (status diuji), in nomor order."""
    query = Item.select(Item.id).where(Item.status == Status.DIUJI.value).order_by(Item.tahun, Item.urut)
    return [row[0] for row in query.tuples()]


@guarded
def returned_to(petugas_id: int, limit: int = 50) -> list[tuple[int, str, str, str, str, datetime | None]]:
    """Items returned to this petugas: (id, nomor, judul, catatan, decided by (full name), decided at),
    with the notes of the latest return, newest return first."""
    latest = (
        Approval.select(Approval.item, pw.fn.MAX(Approval.id).alias("last_id"))
        .where(Approval.decision == Decision.DIKEMBALIKAN.value)
        .group_by(Approval.item)
        .alias("latest")
    )
    query = (
        Item.select(Item.id, Item.nomor, Item.judul, Approval.catatan, User.nama, Approval.decided_at)
        .join(latest, pw.JOIN.LEFT_OUTER, on=(latest.c.item_id == Item.id))
        .join(Approval, pw.JOIN.LEFT_OUTER, on=(Approval.id == latest.c.last_id))
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == Approval.decided_by))
        .where((Item.status == Status.DIKEMBALIKAN.value) & (Item.petugas == petugas_id))
        .order_by(Approval.id.desc(), Item.tahun, Item.urut)
        .limit(limit)
    )
    return [(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5]) for r in query.tuples()]


@guarded
def count_returned_to(petugas_id: int) -> int:
    query = Item.select().where((Item.status == Status.DIKEMBALIKAN.value) & (Item.petugas == petugas_id))
    return int(query.count())


@guarded
def locked_users(now: datetime) -> list[tuple[str, str, datetime]]:
    """Active accounts locked out after wrong passwords: (username, nama, locked until)."""
    query = (
        User.select(User.username, User.nama, User.locked_until)
        .where(User.active & User.locked_until.is_null(False) & (User.locked_until > now))
        .order_by(User.nama)
    )
    return [(r[0], r[1], r[2]) for r in query.tuples()]


@guarded
def last_backup_at() -> datetime | None:
    """When the last backup was made (naive UTC), from the audit trail."""
    at = AuditEvent.select(pw.fn.MAX(AuditEvent.at)).where(AuditEvent.action == AuditAction.BACKUP_CREATED.value)
    value = at.scalar()
    return datetime.strptime(value, AUDIT_TIME) if value else None


@guarded
def full_names() -> dict[str, str]:
    """username -> full name, for every account (disabled ones too: they stay in the history)."""
    return {username: nama for username, nama in User.select(User.username, User.nama).tuples()}
