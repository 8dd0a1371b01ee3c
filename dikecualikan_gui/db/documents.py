"""Reads and writes of the printed documents: the archive of issued documents (with the key of what
each is of), the penetapan and the decisions under it, and the tests held in a session."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    Approval,
    AuditEvent,
    ConsequenceTest,
    Document,
    Item,
    Penetapan,
    UjiGround,
    UjiSession,
    UjiStatute,
    User,
)
from dikecualikan_gui.domain.issued import ArchivedDocument
from dikecualikan_gui.domain.model import AuditAction, Ground

SYSTEM_ACTOR = "sistem"


def _raw(query: pw.Query) -> list[tuple[Any, ...]]:
    return list(connection.current().execute(query).fetchall())


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# --- the archive of issued documents -----------------------------------------------------------


def insert_document(
    jenis: str,
    judul: str,
    referensi: str,
    item_id: int | None,
    penetapan_id: int | None,
    paper: str,
    by: int | None,
    at: datetime,
    sha256: str,
    ukuran: int,
    stored_path: str,
    kunci: str = "",
) -> int:
    return int(
        Document.insert(
            jenis=jenis,
            judul=judul,
            referensi=referensi,
            item=item_id,
            penetapan=penetapan_id,
            paper=paper,
            created_by=by,
            created_at=at,
            sha256=sha256,
            ukuran=ukuran,
            stored_path=stored_path,
            kunci=kunci,
        ).execute()
    )


def _documents(
    data_dir: Path, where: Any = None, newest_first: bool = True, limit: int | None = 1000
) -> list[ArchivedDocument]:
    query = (
        Document.select(
            Document.id,
            Document.jenis,
            Document.judul,
            Document.referensi,
            Document.item,
            Document.paper,
            User.username,
            Document.created_at,
            Document.sha256,
            Document.ukuran,
            Document.stored_path,
            Document.kunci,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(Document.created_by == User.id))
        .order_by(Document.id.desc() if newest_first else Document.id)
    )
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit)
    return [
        ArchivedDocument(i, j, t, r, it, p, u or SYSTEM_ACTOR, _as_datetime(c), s, n, data_dir / sp, k or "")
        for i, j, t, r, it, p, u, c, s, n, sp, k in _raw(query)
    ]


@guarded
def list_documents(data_dir: Path, item_id: int | None = None, limit: int = 1000) -> list[ArchivedDocument]:
    """Issued documents, newest first (of one item, or all); their paths inside ``data_dir``."""
    return _documents(data_dir, None if item_id is None else Document.item == item_id, limit=limit)


@guarded
def first_issued(data_dir: Path, *kunci: str) -> ArchivedDocument | None:
    """The first document issued under any of these keys: the one every later print gives."""
    wanted = [k for k in kunci if k]
    if not wanted:
        return None
    rows = _documents(data_dir, Document.kunci.in_(wanted), newest_first=False, limit=1)
    return rows[0] if rows else None


@guarded
def get_document(data_dir: Path, document_id: int) -> ArchivedDocument | None:
    rows = _documents(data_dir, Document.id == document_id, limit=1)
    return rows[0] if rows else None


@guarded
def issue_details(kunci: str) -> dict[str, Any] | None:
    """The details of the audit event that recorded the first issue under ``kunci`` (what the
    document said about who signed it, as it stood then)."""
    needle = json.dumps(kunci, ensure_ascii=False)
    query = (
        AuditEvent.select(AuditEvent.details)
        .where((AuditEvent.action == AuditAction.DOCUMENT_ISSUED.value) & AuditEvent.details.contains(needle))
        .order_by(AuditEvent.id)
    )
    for (details,) in _raw(query):
        data = json.loads(details)
        if isinstance(data, dict) and data.get("kunci") == kunci:
            return data
    return None


# --- penetapan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PenetapanRow:
    id: int
    nomor: str
    tanggal: date
    tempat: str
    jenis: str  # pengecualian | pembukaan | edisi
    ditetapkan_oleh: int  # the user (an Atasan PPID) who decided it
    created_at: datetime


def _penetapan(where: Any) -> list[PenetapanRow]:
    rows = _raw(
        Penetapan.select(
            Penetapan.id,
            Penetapan.nomor,
            Penetapan.tanggal,
            Penetapan.tempat,
            Penetapan.jenis,
            Penetapan.ditetapkan_oleh,
            Penetapan.created_at,
        )
        .where(where)
        .order_by(Penetapan.tanggal, Penetapan.id)
    )
    return [
        PenetapanRow(i, n, _as_date(t), tempat or "", jenis, by, _as_datetime(at))
        for i, n, t, tempat, jenis, by, at in rows
    ]


@guarded
def get_penetapan(nomor: str) -> PenetapanRow | None:
    rows = _penetapan(Penetapan.nomor == nomor)
    return rows[0] if rows else None


@guarded
def penetapan_by_nomor(nomors: list[str]) -> list[PenetapanRow]:
    """The penetapan with these numbers, oldest first."""
    return _penetapan(Penetapan.nomor.in_(nomors)) if nomors else []


@dataclass(frozen=True)
class Decided:
    """One decision under a penetapan, with the test it rests on."""

    item_id: int
    item_nomor: str
    decision: str
    catatan: str
    snapshot: str  # the approved content (JSON)
    decided_by: int
    decided_at: datetime
    sesi: str | None  # the session that held the test


@guarded
def approvals_under(penetapan_id: int) -> list[Decided]:
    """The decisions under a penetapan, in the order of the item numbers."""
    rows = _raw(
        Approval.select(
            Approval.item,
            Item.nomor,
            Approval.decision,
            Approval.catatan,
            Approval.snapshot,
            Approval.decided_by,
            Approval.decided_at,
            UjiSession.nomor,
        )
        .join(Item, on=(Approval.item == Item.id))
        .switch(Approval)
        .join(ConsequenceTest, pw.JOIN.LEFT_OUTER, on=(Approval.test == ConsequenceTest.id))
        .join(UjiSession, pw.JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == UjiSession.id))
        .where(Approval.penetapan == penetapan_id)
        .order_by(Item.tahun, Item.urut)
    )
    return [Decided(i, n, d, c or "", s, by, _as_datetime(at), sesi) for i, n, d, c, s, by, at, sesi in rows]


@guarded
def session_dates(nomors: list[str]) -> dict[str, date]:
    """The dates of the sessions with these numbers."""
    if not nomors:
        return {}
    return {
        n: _as_date(t)
        for n, t in _raw(UjiSession.select(UjiSession.nomor, UjiSession.tanggal).where(UjiSession.nomor.in_(nomors)))
    }


# --- the tests held in a session ---------------------------------------------------------------


@dataclass(frozen=True)
class HeldTest:
    """One item of a session as its test was held."""

    item_id: int
    nomor: str
    judul: str
    grounds: tuple[Ground, ...]
    uu_lain: tuple[str, ...]
    dasar_hukum_asli: str
    alasan: str
    konsekuensi: str
    pertimbangan: str
    kesimpulan: str
    bagian: str
    jangka_waktu: str


@guarded
def tests_held_in(sesi_id: int) -> list[HeldTest]:
    """Every test the session held, in the order of the item numbers (in a few queries however
    many items the session tested)."""
    in_session = ConsequenceTest.select(ConsequenceTest.id).where(ConsequenceTest.sesi == sesi_id)
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in _raw(
        UjiGround.select(UjiGround.test, UjiGround.huruf, UjiGround.angka)
        .where(UjiGround.test.in_(in_session))
        .order_by(UjiGround.position)
    ):
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in _raw(
        UjiStatute.select(UjiStatute.test, UjiStatute.text)
        .where(UjiStatute.test.in_(in_session))
        .order_by(UjiStatute.position)
    ):
        statutes[test_id].append(text)
    rows = _raw(
        ConsequenceTest.select(
            ConsequenceTest.id,
            Item.id,
            Item.nomor,
            Item.judul,
            ConsequenceTest.dasar_hukum_asli,
            ConsequenceTest.alasan,
            ConsequenceTest.konsekuensi,
            ConsequenceTest.pertimbangan,
            ConsequenceTest.kesimpulan,
            ConsequenceTest.bagian_dikecualikan,
            ConsequenceTest.jw_text,
        )
        .join(Item, on=(ConsequenceTest.item == Item.id))
        .where(ConsequenceTest.sesi == sesi_id)
        .order_by(Item.tahun, Item.urut, ConsequenceTest.id)
    )
    return [
        HeldTest(
            item_id,
            nomor,
            judul,
            tuple(grounds[test_id]),
            tuple(statutes[test_id]),
            asli or "",
            alasan or "",
            konsekuensi or "",
            pertimbangan or "",
            kesimpulan,
            bagian or "",
            jw or "",
        )
        for test_id, item_id, nomor, judul, asli, alasan, konsekuensi, pertimbangan, kesimpulan, bagian, jw in rows
    ]


@guarded
def archive_paths() -> list[str]:
    """Where every issued document's copy is kept, relative to the data folder."""
    return [row[0] for row in Document.select(Document.stored_path).distinct().tuples()]
