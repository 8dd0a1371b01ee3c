"""Consequence tests (uji konsekuensi) with their grounds, statutes and participants."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import peewee as pw

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    Approval,
    ConsequenceTest,
    UjiGround,
    UjiParticipant,
    UjiSession,
    UjiStatute,
    User,
)
from dikecualikan_gui.db.queries.meta import CHUNK
from dikecualikan_gui.db.rows import raw_rows
from dikecualikan_gui.domain.model import (
    Ground,
    JangkaWaktu,
    JangkaWaktuKind,
    Kesimpulan,
    Participant,
    ReleaseCondition,
    UjiContent,
    UjiRecord,
    WaktuPengujian,
)


def _test_values(
    item_id: int,
    test: UjiContent,
    recorded_by: int,
    at: datetime,
    import_findings: Sequence[str],
    sesi_id: int | None = None,
) -> dict[str, Any]:
    jw = test.jangka_waktu
    return {
        "item": item_id,
        "sesi": sesi_id,
        "tanggal": test.tanggal,
        "tempat": test.tempat,
        "waktu": test.waktu.value,
        "alasan": test.alasan,
        "konsekuensi": test.konsekuensi,
        "pertimbangan": test.pertimbangan,
        "kesimpulan": test.kesimpulan.value,
        "bagian_dikecualikan": test.bagian_dikecualikan,
        "jw_kind": jw.kind.value if jw else None,
        "jw_years": jw.years if jw else 0,
        "jw_months": jw.months if jw else 0,
        "jw_until": jw.until if jw else None,
        "jw_event": jw.event if jw else "",
        "jw_text": jw.text if jw else "",
        "syarat_pembukaan": ",".join(c.value for c in test.syarat_pembukaan),
        "catatan_pembukaan": test.catatan_pembukaan,
        "dasar_hukum_asli": test.dasar_hukum_asli,
        "import_findings": json.dumps(list(import_findings), ensure_ascii=False) if import_findings else "",
        "recorded_by": recorded_by,
        "recorded_at": at,
    }


def _insert_children(tests: Sequence[tuple[int, UjiContent]]) -> None:
    """The grounds, statutes and participants of freshly inserted tests."""
    grounds = [
        {"test": test_id, "position": n, "huruf": g.huruf, "angka": g.angka}
        for test_id, test in tests
        for n, g in enumerate(test.grounds)
    ]
    statutes = [
        {"test": test_id, "position": n, "text": text} for test_id, test in tests for n, text in enumerate(test.uu_lain)
    ]
    people = [
        {"test": test_id, "position": n, "nama": p.nama, "jabatan": p.jabatan, "unit": p.unit}
        for test_id, test in tests
        for n, p in enumerate(test.peserta)
    ]
    for model, rows in ((UjiGround, grounds), (UjiStatute, statutes), (UjiParticipant, people)):
        for start in range(0, len(rows), CHUNK * 3):
            model.insert_many(rows[start : start + CHUNK * 3]).execute()


def insert_test(
    item_id: int,
    test: UjiContent,
    recorded_by: int,
    at: datetime,
    import_findings: Sequence[str] = (),
    sesi_id: int | None = None,
) -> int:
    test_id = int(
        ConsequenceTest.insert(**_test_values(item_id, test, recorded_by, at, import_findings, sesi_id)).execute()
    )
    _insert_children([(test_id, test)])
    return test_id


def update_test(test_id: int, test: UjiContent, recorded_by: int, at: datetime, sesi_id: int | None = None) -> None:
    """Amend a test that no decision refers to yet (its children are written anew); with a
    session, the test becomes the one that session held."""
    values = _test_values(0, test, recorded_by, at, (), sesi_id)
    del values["item"], values["import_findings"]
    ConsequenceTest.update(**values).where(ConsequenceTest.id == test_id).execute()
    for model in (UjiGround, UjiStatute, UjiParticipant):
        model.delete().where(model.test == test_id).execute()
    _insert_children([(test_id, test)])


@guarded
def test_has_decision(test_id: int) -> bool:
    return Approval.select().where(Approval.test == test_id).exists()


def insert_tests(entries: Sequence[tuple[int, UjiContent, Sequence[str]]], recorded_by: int, at: datetime) -> None:
    """One new test for each of many items (an import): (item id, test, import findings)."""
    for start in range(0, len(entries), CHUNK):
        ConsequenceTest.insert_many(
            [
                _test_values(item_id, test, recorded_by, at, findings)
                for item_id, test, findings in entries[start : start + CHUNK]
            ]
        ).execute()
    item_ids = [item_id for item_id, _, _ in entries]
    newest: dict[int, int] = {}
    for start in range(0, len(item_ids), 1000):
        newest.update(
            raw_rows(
                ConsequenceTest.select(ConsequenceTest.item, pw.fn.MAX(ConsequenceTest.id))
                .where(ConsequenceTest.item.in_(item_ids[start : start + 1000]))
                .group_by(ConsequenceTest.item)
            )
        )
    _insert_children([(newest[item_id], test) for item_id, test, _ in entries])


def _jangka_waktu(row: ConsequenceTest) -> JangkaWaktu | None:
    if not row.jw_kind:
        return None
    return JangkaWaktu(
        kind=JangkaWaktuKind(row.jw_kind),
        years=row.jw_years,
        months=row.jw_months,
        until=row.jw_until,
        event=row.jw_event,
        text=row.jw_text,
    )


@guarded
def tests_of(item_id: int, latest_only: bool = False) -> list[UjiRecord]:
    """The item's tests, newest first."""
    query = (
        ConsequenceTest.select(ConsequenceTest, User.username, UjiSession.nomor.alias("sesi_nomor"))
        .join(User, on=(ConsequenceTest.recorded_by == User.id))
        .join(UjiSession, pw.JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == UjiSession.id))
        .where(ConsequenceTest.item == item_id)
        .order_by(ConsequenceTest.id.desc())
    )
    if latest_only:
        query = query.limit(1)
    rows = list(query.objects())
    if not rows:
        return []
    ids = [r.id for r in rows]
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in (
        UjiGround.select(UjiGround.test, UjiGround.huruf, UjiGround.angka)
        .where(UjiGround.test.in_(ids))
        .order_by(UjiGround.position)
        .tuples()
    ):
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in (
        UjiStatute.select(UjiStatute.test, UjiStatute.text)
        .where(UjiStatute.test.in_(ids))
        .order_by(UjiStatute.position)
        .tuples()
    ):
        statutes[test_id].append(text)
    people: dict[int, list[Participant]] = defaultdict(list)
    for test_id, nama, jabatan, unit in (
        UjiParticipant.select(UjiParticipant.test, UjiParticipant.nama, UjiParticipant.jabatan, UjiParticipant.unit)
        .where(UjiParticipant.test.in_(ids))
        .order_by(UjiParticipant.position)
        .tuples()
    ):
        people[test_id].append(Participant(nama, jabatan, unit))
    return [
        UjiRecord(
            id=r.id,
            item_id=item_id,
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
    ]
