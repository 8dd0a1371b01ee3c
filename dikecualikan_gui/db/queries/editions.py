"""Editions of the DIK and the items in force with their approved content."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

import peewee as pw

from dikecualikan_gui.db import register
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Approval, Edition, Item, Penetapan, User
from dikecualikan_gui.db.queries.audit import _head_for_update
from dikecualikan_gui.db.rows import as_date, raw_rows
from dikecualikan_gui.domain import issued
from dikecualikan_gui.domain.model import Decision


def insert_edition(tahun: int, penetapan_id: int, by: int, at: datetime, snapshot: str, fingerprint: str) -> int:
    """The next edition number (one after the last). The audit head row is locked first, so two
    desks publishing at once on PostgreSQL take turns instead of reading the same last number."""
    _head_for_update()
    last = Edition.select(pw.fn.MAX(Edition.nomor)).scalar() or 0
    return int(
        Edition.insert(
            nomor=last + 1,
            tahun=tahun,
            penetapan=penetapan_id,
            created_by=by,
            created_at=at,
            snapshot=snapshot,
            fingerprint=fingerprint,
        ).execute()
    )


@guarded
def list_editions(limit: int | None = None) -> list[issued.Edition]:
    """Newest first (the newest ``limit`` of them), each with the entries it froze."""
    query = (
        Edition.select(
            Edition.id,
            Edition.nomor,
            Edition.tahun,
            Penetapan.nomor,
            Penetapan.tanggal,
            User.username,
            Edition.created_at,
            Edition.fingerprint,
            Edition.snapshot,
        )
        .join(Penetapan, on=(Edition.penetapan == Penetapan.id))
        .switch(Edition)
        .join(User, on=(Edition.created_by == User.id))
        .order_by(Edition.nomor.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        issued.Edition(i, n, t, pn, as_date(pt), u, _as_datetime(c), f, _entries(s))
        for i, n, t, pn, pt, u, c, f, s in raw_rows(query)
    ]


def _entries(snapshot: str) -> tuple[issued.EditionEntry, ...]:
    return tuple(issued.EditionEntry(**entry) for entry in json.loads(snapshot))


class EditionSeal(NamedTuple):
    """An edition's stored list exactly as written, with the fingerprint it was sealed with."""

    nomor: int
    fingerprint: str
    snapshot: str  # JSON


@guarded
def edition_seals() -> list[EditionSeal]:
    """Every edition's stored list, unparsed (what verification holds against the fingerprint)."""
    query = Edition.select(Edition.nomor, Edition.fingerprint, Edition.snapshot).order_by(Edition.nomor.desc())
    return [EditionSeal(*row) for row in raw_rows(query)]


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class InForce:
    """An item as it stands in the DIK: the content of its approval in force."""

    item_id: int
    nomor: str
    tahun: int
    urut: int
    berakhir: date | None
    snapshot: str
    fingerprint: str
    nomor_penetapan: str
    tanggal_penetapan: date | None
    approved_by: str


@guarded
def in_force_snapshots() -> list[InForce]:
    latest = (
        Approval.select(pw.fn.MAX(Approval.id))
        .where(Approval.decision == Decision.DISETUJUI.value)
        .group_by(Approval.item)
    )
    rows = raw_rows(
        Approval.select(
            Item.id,
            Item.nomor,
            Item.tahun,
            Item.urut,
            Item.berakhir,
            Approval.snapshot,
            Approval.fingerprint,
            Penetapan.nomor,
            Penetapan.tanggal,
            User.username,
        )
        .join(Item, on=(Approval.item == Item.id))
        .switch(Approval)
        .join(User, on=(Approval.decided_by == User.id))
        .switch(Approval)
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.id.in_(latest) & Item.status.in_(register.IN_FORCE_STATUSES))
        .order_by(Item.tahun, Item.urut)
    )
    return [InForce(i, n, t, r, as_date(b), s, f, pn or "", as_date(pt), u) for i, n, t, r, b, s, f, pn, pt, u in rows]
