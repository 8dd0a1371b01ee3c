"""Reads and writes of consequence-test sessions (called by services inside a transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.legacy_tests import counter_key
from dikecualikan_gui.db.models import AppMeta, ConsequenceTest, SessionParticipant, UjiSession, User
from dikecualikan_gui.domain.model import Participant, SessionInfo, Signatory
from dikecualikan_gui.domain.numbering import session_number


def reserve_number(tahun: int) -> tuple[int, str]:
    """The next session number of the year; the counter row is locked until the write commits,
    so two desks recording at once never get the same number."""
    key = counter_key(tahun)
    AppMeta.put_if_absent(key, "0")
    query = AppMeta.select().where(AppMeta.key == key)
    if connection.current().for_update:
        query = query.for_update()
    urut = int(query.get().value) + 1
    AppMeta.update(value=str(urut)).where(AppMeta.key == key).execute()
    return urut, session_number(tahun, urut)


def insert_session(
    tanggal: date,
    waktu: str,
    tempat: str,
    pemimpin: Signatory,
    peserta: Sequence[Participant],
    recorded_by: int,
    at: datetime,
) -> tuple[int, str]:
    urut, nomor = reserve_number(tanggal.year)
    sesi_id = int(
        UjiSession.insert(
            tahun=tanggal.year,
            urut=urut,
            nomor=nomor,
            tanggal=tanggal,
            waktu=waktu,
            tempat=tempat,
            pemimpin_nama=pemimpin.nama,
            pemimpin_nip=pemimpin.nip,
            pemimpin_jabatan=pemimpin.jabatan,
            recorded_by=recorded_by,
            recorded_at=at,
        ).execute()
    )
    if peserta:
        SessionParticipant.insert_many(
            [
                {"sesi": sesi_id, "position": n, "nama": p.nama, "jabatan": p.jabatan, "unit": p.unit}
                for n, p in enumerate(peserta)
            ]
        ).execute()
    return sesi_id, nomor


@guarded
def get_session(nomor: str) -> SessionInfo | None:
    row = (
        UjiSession.select(UjiSession, User.username)
        .join(User, on=(UjiSession.recorded_by == User.id))
        .where(UjiSession.nomor == nomor)
        .objects()
        .first()
    )
    if row is None:
        return None
    people = tuple(
        Participant(nama, jabatan, unit)
        for nama, jabatan, unit in (
            SessionParticipant.select(SessionParticipant.nama, SessionParticipant.jabatan, SessionParticipant.unit)
            .where(SessionParticipant.sesi == row.id)
            .order_by(SessionParticipant.position)
            .tuples()
        )
    )
    tests = list(
        ConsequenceTest.select(ConsequenceTest.id, ConsequenceTest.item)
        .where(ConsequenceTest.sesi == row.id)
        .order_by(ConsequenceTest.id)
        .tuples()
    )
    return SessionInfo(
        id=row.id,
        nomor=row.nomor,
        tanggal=row.tanggal,
        waktu=row.waktu,
        tempat=row.tempat,
        pemimpin=Signatory(row.pemimpin_nama, row.pemimpin_nip, row.pemimpin_jabatan),
        peserta=people,
        recorded_by=row.username,
        recorded_at=row.recorded_at,
        item_ids=tuple(item for _, item in tests),
        test_ids=tuple(test for test, _ in tests),
    )


@guarded
def list_sessions(limit: int = 500) -> list[tuple[str, date, str, int]]:
    """(nomor, tanggal, tempat, number of items), newest first."""
    from peewee import JOIN, fn

    query = (
        UjiSession.select(UjiSession.nomor, UjiSession.tanggal, UjiSession.tempat, fn.COUNT(ConsequenceTest.id))
        .join(ConsequenceTest, JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == UjiSession.id))
        .group_by(UjiSession.id, UjiSession.nomor, UjiSession.tanggal, UjiSession.tempat)
        .order_by(UjiSession.tanggal.desc(), UjiSession.id.desc())
        .limit(limit)
    )
    return list(query.tuples())


@guarded
def test_authors(item_id: int, test_id: int) -> set[int]:
    """Everyone who wrote or changed a test, or recorded the session that held it (the four-eyes
    rule keeps them all from approving it)."""
    import json

    from dikecualikan_gui.db.models import AuditEvent
    from dikecualikan_gui.domain.model import AuditAction

    authors = {
        row[0]
        for row in ConsequenceTest.select(ConsequenceTest.recorded_by).where(ConsequenceTest.id == test_id).tuples()
    }
    events = (
        AuditEvent.select(AuditEvent.actor_id, AuditEvent.details)
        .where(
            (AuditEvent.item_id == item_id)
            & AuditEvent.action.in_([AuditAction.TEST_RECORDED.value, AuditAction.TEST_CHANGED.value])
        )
        .tuples()
    )
    for actor_id, details in events:
        if actor_id is not None and json.loads(details or "{}").get("test_id") == test_id:
            authors.add(actor_id)
    return authors
