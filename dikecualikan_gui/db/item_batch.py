"""Several items read in full at once: the same records as ``queries.get_item``, in seven
statements for a batch instead of seven for every item (the sign-off dialog reads up to 200).

tests/db/test_item_batch.py holds every record read here equal to the one ``get_item`` reads."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence

import peewee as pw

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    Approval,
    Attachment,
    ConsequenceTest,
    Item,
    Penetapan,
    UjiGround,
    UjiParticipant,
    UjiSession,
    UjiStatute,
    User,
)
from dikecualikan_gui.db.queries.attachments import _attachment_info
from dikecualikan_gui.db.queries.consequence_tests import _jangka_waktu
from dikecualikan_gui.db.queries.items import _item_content
from dikecualikan_gui.domain.model import (
    ApprovalRecord,
    AttachmentInfo,
    Decision,
    Ground,
    ItemRecord,
    Kesimpulan,
    Participant,
    ReleaseCondition,
    Status,
    UjiContent,
    UjiRecord,
    WaktuPengujian,
)

BATCH = 200  # ids in one IN (...) list, far below every driver's parameter limit


@guarded
def get_items(item_ids: Sequence[int]) -> dict[int, ItemRecord]:
    """{id: the item in full} for every id that exists (a deleted one is simply absent)."""
    ids = list(dict.fromkeys(item_ids))
    found: dict[int, ItemRecord] = {}
    for start in range(0, len(ids), BATCH):
        found.update(_read(ids[start : start + BATCH]))
    return found


@guarded
def attachments_of_items(item_ids: Sequence[int]) -> dict[int, list[AttachmentInfo]]:
    """{id: its attachments in the order added} for every id asked (as ``queries.attachments_of``)."""
    ids = list(dict.fromkeys(item_ids))
    found: dict[int, list[AttachmentInfo]] = {i: [] for i in ids}
    for start in range(0, len(ids), BATCH):
        rows = (
            Attachment.select(Attachment, User.username)
            .join(User, on=(Attachment.added_by == User.id))
            .where(Attachment.item.in_(ids[start : start + BATCH]) & Attachment.removed_at.is_null())
            .order_by(Attachment.id)
            .objects()
        )
        for row in rows:
            found[row.item_id].append(_attachment_info(row))
    return found


def _read(ids: list[int]) -> dict[int, ItemRecord]:
    rows = list(
        Item.select(Item, User.username).join(User, on=(Item.petugas == User.id)).where(Item.id.in_(ids)).objects()
    )
    if not rows:
        return {}
    present = [row.id for row in rows]
    tests = _latest_tests(present)
    decisions = _latest_decisions(present)
    return {
        row.id: ItemRecord(
            id=row.id,
            nomor=row.nomor,
            tahun=row.tahun,
            urut=row.urut,
            status=Status(row.status),
            version=row.version,
            content=_item_content(row),
            petugas=row.username,
            petugas_id=row.petugas_id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            berakhir=row.berakhir,
            test=tests.get(row.id),
            last_decision=decisions.get(row.id),
        )
        for row in rows
    }


def _latest_tests(item_ids: list[int]) -> dict[int, UjiRecord]:
    """Each item's newest test (the highest id, as ``tests_of(latest_only=True)`` orders them)."""
    newest = (
        ConsequenceTest.select(pw.fn.MAX(ConsequenceTest.id))
        .where(ConsequenceTest.item.in_(item_ids))
        .group_by(ConsequenceTest.item)
    )
    rows = list(
        ConsequenceTest.select(ConsequenceTest, User.username, UjiSession.nomor.alias("sesi_nomor"))
        .join(User, on=(ConsequenceTest.recorded_by == User.id))
        .join(UjiSession, pw.JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == UjiSession.id))
        .where(ConsequenceTest.id.in_(newest))
        .objects()
    )
    if not rows:
        return {}
    test_ids = [r.id for r in rows]
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in (
        UjiGround.select(UjiGround.test, UjiGround.huruf, UjiGround.angka)
        .where(UjiGround.test.in_(test_ids))
        .order_by(UjiGround.test, UjiGround.position)
        .tuples()
    ):
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in (
        UjiStatute.select(UjiStatute.test, UjiStatute.text)
        .where(UjiStatute.test.in_(test_ids))
        .order_by(UjiStatute.test, UjiStatute.position)
        .tuples()
    ):
        statutes[test_id].append(text)
    people: dict[int, list[Participant]] = defaultdict(list)
    for test_id, nama, jabatan, unit in (
        UjiParticipant.select(UjiParticipant.test, UjiParticipant.nama, UjiParticipant.jabatan, UjiParticipant.unit)
        .where(UjiParticipant.test.in_(test_ids))
        .order_by(UjiParticipant.test, UjiParticipant.position)
        .tuples()
    ):
        people[test_id].append(Participant(nama, jabatan, unit))
    return {
        r.item_id: UjiRecord(
            id=r.id,
            item_id=r.item_id,
            content=UjiContent(
                tanggal=r.tanggal,
                tempat=r.tempat,
                waktu=WaktuPengujian(r.waktu),
                peserta=tuple(people[r.id]),
                grounds=tuple(grounds[r.id]),
                uu_lain=tuple(statutes[r.id]),
                alasan=r.alasan,
                konsekuensi=r.konsekuensi,
                pertimbangan=r.pertimbangan,
                kesimpulan=Kesimpulan(r.kesimpulan),
                bagian_dikecualikan=r.bagian_dikecualikan,
                jangka_waktu=_jangka_waktu(r),
                syarat_pembukaan=tuple(ReleaseCondition(v) for v in r.syarat_pembukaan.split(",") if v),
                catatan_pembukaan=r.catatan_pembukaan,
                dasar_hukum_asli=r.dasar_hukum_asli,
            ),
            recorded_by=r.username,
            recorded_by_id=r.recorded_by_id,
            recorded_at=r.recorded_at,
            import_findings=tuple(json.loads(r.import_findings)) if r.import_findings else (),
            sesi=r.sesi_nomor,
        )
        for r in rows
    }


def _latest_decisions(item_ids: list[int]) -> dict[int, ApprovalRecord]:
    """Each item's newest decision (the highest id, as ``approvals_of(latest_only=True)``)."""
    newest = Approval.select(pw.fn.MAX(Approval.id)).where(Approval.item.in_(item_ids)).group_by(Approval.item)
    query = (
        Approval.select(
            Approval.id,
            Approval.item,
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
        )
        .join(User, on=(Approval.decided_by == User.id))
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.id.in_(newest))
        .tuples()
    )
    return {
        r[1]: ApprovalRecord(
            id=r[0],
            item_id=r[1],
            test_id=r[2],
            decision=Decision(r[3]),
            catatan=r[4],
            decided_by=r[5],
            decided_by_id=r[6],
            decided_at=r[7],
            nomor_penetapan=r[8] or "",
            tanggal_penetapan=r[9],
            tempat_penetapan=r[10] or "",
            fingerprint=r[11],
        )
        for r in query
    }
