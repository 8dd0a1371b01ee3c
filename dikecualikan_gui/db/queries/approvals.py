"""Penetapan and the decisions on items (approvals, returns, refusals)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, NamedTuple

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Approval, Item, Penetapan, User
from dikecualikan_gui.db.rows import raw_rows
from dikecualikan_gui.domain.model import ApprovalRecord, Decision
from dikecualikan_gui.errors import ValidationError


def insert_penetapan(nomor: str, tanggal: date, tempat: str, jenis: str, by: int, at: datetime) -> int:
    try:
        with connection.current().atomic():
            return int(
                Penetapan.insert(
                    nomor=nomor, tanggal=tanggal, tempat=tempat, jenis=jenis, ditetapkan_oleh=by, created_at=at
                ).execute()
            )
    except pw.IntegrityError as exc:
        raise ValidationError(
            {
                "nomor_penetapan": (
                    "Nomor penetapan {n} sudah dipakai untuk penetapan lain; gunakan nomor baru."
                ).format(n=nomor)
            }
        ) from exc


@guarded
def penetapan_exists(nomor: str) -> bool:
    return Penetapan.select().where(Penetapan.nomor == nomor).exists()


@guarded
def count_penetapan(tahun: int) -> int:
    start, end = date(tahun, 1, 1), date(tahun, 12, 31)
    return int(Penetapan.select().where(Penetapan.tanggal.between(start, end)).count())


def insert_approval(
    item_id: int,
    test_id: int | None,
    decision: Decision,
    catatan: str,
    by: int,
    at: datetime,
    penetapan_id: int | None,
    fingerprint: str,
    snapshot: str,
) -> int:
    return int(
        Approval.insert(
            item=item_id,
            test=test_id,
            decision=decision.value,
            catatan=catatan,
            decided_by=by,
            decided_at=at,
            penetapan=penetapan_id,
            fingerprint=fingerprint,
            snapshot=snapshot,
        ).execute()
    )


@guarded
def approvals_of(item_id: int, latest_only: bool = False, decision: Decision | None = None) -> list[ApprovalRecord]:
    """The item's decisions, newest first."""
    query = (
        Approval.select(Approval, User.username, Penetapan.nomor, Penetapan.tanggal, Penetapan.tempat)
        .join(User, on=(Approval.decided_by == User.id))
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.item == item_id)
        .order_by(Approval.id.desc())
    )
    if decision is not None:
        query = query.where(Approval.decision == decision.value)
    if latest_only:
        query = query.limit(1)
    return [
        ApprovalRecord(
            id=r[0],
            item_id=item_id,
            test_id=r[1],
            decision=Decision(r[2]),
            catatan=r[3],
            decided_by=r[4],
            decided_by_id=r[5],
            decided_at=r[6],
            nomor_penetapan=r[7] or "",
            tanggal_penetapan=r[8],
            tempat_penetapan=r[9] or "",
            fingerprint=r[10],
        )
        for r in query.select(
            Approval.id,
            Approval.test,
            Approval.decision,
            Approval.catatan,
            User.username,
            Approval.decided_by,
            Approval.decided_at,
            Penetapan.nomor,
            Penetapan.tanggal,
            Penetapan.tempat,
            Approval.fingerprint,
        ).tuples()
    ]


class ApprovalSnapshot(NamedTuple):
    """What one decision froze, as stored."""

    approval_id: int
    nomor: str  # the item's
    fingerprint: str
    snapshot: str  # JSON


def iter_approval_snapshots(batch: int = 5000) -> Iterator[ApprovalSnapshot]:
    """The snapshot of every decision in id order, read in batches."""
    last = -1
    while True:
        with connection.storage_errors():
            rows = raw_rows(
                Approval.select(Approval.id, Item.nomor, Approval.fingerprint, Approval.snapshot)
                .join(Item, on=(Approval.item == Item.id))
                .where(Approval.id > last)
                .order_by(Approval.id)
                .limit(batch)
            )
        if not rows:
            return
        yield from (ApprovalSnapshot(*row) for row in rows)
        last = rows[-1][0]


@guarded
def approval_snapshot(approval_id: int) -> dict[str, Any]:
    row = Approval.select(Approval.snapshot).where(Approval.id == approval_id).tuples().first()
    return {} if row is None else dict(json.loads(row[0]))
