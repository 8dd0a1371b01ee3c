"""The register: filtered, sorted, paged reads of the items, and the rows the list command, the
exports and the register table show (read in bulk, a page at a time)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import peewee as pw

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    Approval,
    ConsequenceTest,
    Item,
    Penetapan,
    UjiGround,
    UjiSession,
    UjiStatute,
    User,
)
from dikecualikan_gui.db.rows import as_date, raw_rows
from dikecualikan_gui.domain.model import (
    Decision,
    Ground,
    ItemRow,
    Kesimpulan,
    RegisterRow,
    ReleaseCondition,
    RowFilter,
    Status,
)

IN_FORCE_STATUSES = (Status.DISETUJUI.value, Status.DIUJI.value, Status.DIKEMBALIKAN.value)
#: Where "Perlu dilengkapi" applies: the items a petugas still works on.
INCOMPLETE_STATUSES = (Status.DRAF.value, Status.DIKEMBALIKAN.value)


def in_force_condition() -> Any:
    """Items standing in the DIK: approved, or approved with a change that waits for approval."""
    approved = Approval.select(Approval.item).where(Approval.decision == Decision.DISETUJUI.value)
    return Item.status.in_(IN_FORCE_STATUSES) & Item.id.in_(approved)


def filtered(query: pw.ModelSelect, where: RowFilter) -> pw.ModelSelect:
    if where.status is not None:
        query = query.where(Item.status == where.status.value)
    if where.statuses:
        query = query.where(Item.status.in_([s.value for s in where.statuses]))
    if where.tahun is not None:
        query = query.where(Item.tahun == where.tahun)
    if where.huruf:
        query = query.where(Item.hurufs.contains(where.huruf))
    if where.in_force or where.berakhir_until is not None:
        query = query.where(in_force_condition())
    if where.berakhir_until is not None:
        query = query.where(Item.berakhir.is_null(False) & (Item.berakhir <= where.berakhir_until))
    for word in where.search.casefold().split():
        query = query.where(Item.search_text.contains(word))
    if where.ids:
        query = query.where(Item.id.in_(list(where.ids)))
    if where.incomplete:
        query = query.where((Item.kekurangan > 0) & Item.status.in_(INCOMPLETE_STATUSES))
    return query


@guarded
def count_rows(where: RowFilter = RowFilter()) -> int:
    return int(filtered(Item.select(), where).count())


@guarded
def count_incomplete() -> int:
    return int(filtered(Item.select(), RowFilter(incomplete=True)).count())


@guarded
def count_by_status() -> dict[Status, int]:
    counts = {s: 0 for s in Status}
    for status, n in Item.select(Item.status, pw.fn.COUNT(Item.id)).group_by(Item.status).tuples():
        counts[Status(status)] = n
    return counts


#: Up to this many rows, related rows are fetched for the listed ids; beyond it, for the whole table.
SCOPE_LIMIT = 5000
_STATUS = {s.value: s for s in Status}
_KESIMPULAN = {k.value: k for k in Kesimpulan}


@guarded
def list_rows(where: RowFilter = RowFilter(), limit: int | None = None, offset: int = 0) -> list[ItemRow]:
    """Register rows in nomor order, with the current test and the approval in force."""
    query = filtered(
        Item.select(
            Item.id,
            Item.nomor,
            Item.tahun,
            Item.urut,
            Item.status,
            Item.judul,
            Item.ringkasan,
            Item.unit_pengusul,
            Item.berakhir,
            Item.sumber,
            Item.kekurangan,
        ),
        where,
    ).order_by(Item.tahun, Item.urut)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    item_rows = raw_rows(query)
    if not item_rows:
        return []
    ids = [row[0] for row in item_rows] if len(item_rows) <= SCOPE_LIMIT else None

    latest = ConsequenceTest.select(pw.fn.MAX(ConsequenceTest.id)).group_by(ConsequenceTest.item)
    if ids is not None:
        latest = latest.where(ConsequenceTest.item.in_(ids))
    tests = {
        row[0]: row[1:]
        for row in raw_rows(
            ConsequenceTest.select(
                ConsequenceTest.item,
                ConsequenceTest.id,
                ConsequenceTest.alasan,
                ConsequenceTest.konsekuensi,
                ConsequenceTest.pertimbangan,
                ConsequenceTest.kesimpulan,
                ConsequenceTest.jw_text,
                ConsequenceTest.bagian_dikecualikan,
                ConsequenceTest.syarat_pembukaan,
                ConsequenceTest.catatan_pembukaan,
                ConsequenceTest.tanggal,
                UjiSession.nomor,
            )
            .join(UjiSession, pw.JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == UjiSession.id))
            .where(ConsequenceTest.id.in_(latest))
        )
    }
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in raw_rows(
        UjiGround.select(UjiGround.test, UjiGround.huruf, UjiGround.angka)
        .where(UjiGround.test.in_(latest))
        .order_by(UjiGround.test, UjiGround.position)
    ):
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in raw_rows(
        UjiStatute.select(UjiStatute.test, UjiStatute.text)
        .where(UjiStatute.test.in_(latest))
        .order_by(UjiStatute.test, UjiStatute.position)
    ):
        statutes[test_id].append(text)

    approved = (
        Approval.select(pw.fn.MAX(Approval.id))
        .where(Approval.decision == Decision.DISETUJUI.value)
        .group_by(Approval.item)
    )
    if ids is not None:
        approved = approved.where(Approval.item.in_(ids))
    approvals = {
        row[0]: row[1:]
        for row in raw_rows(
            Approval.select(Approval.item, User.username, Penetapan.nomor, Penetapan.tanggal)
            .join(User, on=(Approval.decided_by == User.id))
            .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
            .where(Approval.id.in_(approved))
        )
    }

    shows_approval = {Status.DISETUJUI, Status.BERAKHIR}
    result = []
    for item_id, nomor, tahun, urut, status_value, judul, ringkasan, unit, berakhir, sumber, missing in item_rows:
        status = _STATUS[status_value]
        test = tests.get(item_id)
        approval = approvals.get(item_id) if status in shows_approval else None
        if test is not None:
            (
                test_id,
                alasan,
                konsekuensi,
                pertimbangan,
                kesimpulan,
                jangka_waktu,
                bagian,
                syarat,
                catatan,
                tanggal_uji,
                sesi,
            ) = test
            kesimpulan_value: Kesimpulan | None = _KESIMPULAN[kesimpulan]
        else:
            test_id, alasan, konsekuensi, pertimbangan, jangka_waktu = None, "", "", "", ""
            bagian, syarat, catatan, tanggal_uji, sesi = "", "", "", None, None
            kesimpulan_value = None
        result.append(
            ItemRow(
                id=item_id,
                nomor=nomor,
                tahun=tahun,
                urut=urut,
                status=status,
                judul=judul,
                ringkasan=ringkasan,
                unit_pengusul=unit,
                grounds=tuple(grounds.get(test_id, ())),
                uu_lain=tuple(statutes.get(test_id, ())),
                alasan=alasan,
                konsekuensi=konsekuensi,
                pertimbangan=pertimbangan,
                kesimpulan=kesimpulan_value,
                jangka_waktu=jangka_waktu,
                berakhir=as_date(berakhir),
                disetujui_oleh=approval[0] if approval else None,
                nomor_penetapan=approval[1] if approval else None,
                tanggal_penetapan=as_date(approval[2]) if approval else None,
                bagian_dikecualikan=bagian,
                syarat_pembukaan=release_text(syarat, catatan),
                sumber=sumber,
                tanggal_uji=as_date(tanggal_uji) if sesi else None,
                sesi_uji=sesi,
                kekurangan=missing,
            )
        )
    return result


def release_text(stored: str, catatan: str) -> str:
    """The release conditions as they read: the Pasal 18 conditions, then the words as written."""
    parts = [ReleaseCondition(v).label for v in stored.split(",") if v]
    return "\n".join(parts + ([catatan] if catatan else []))


#: Sortable register columns and what they sort by (the nomor sorts by year, then number).
REGISTER_SORT: dict[str, tuple[Any, ...]] = {
    "nomor": (Item.tahun, Item.urut),
    "judul": (Item.judul,),
    "unit_pengusul": (Item.unit_pengusul,),
    "dasar_hukum": (Item.dasar_hukum,),
    "jangka_waktu": (Item.jangka_waktu,),
    "status": (Item.status,),
    "berakhir": (Item.berakhir,),
}


@guarded
def register_page(
    where: RowFilter = RowFilter(), sort: str = "nomor", descending: bool = False, limit: int = 200, offset: int = 0
) -> list[RegisterRow]:
    keys = [k.desc() if descending else k.asc() for k in REGISTER_SORT[sort]]
    if sort != "nomor":  # a stable order among equal values
        keys += [Item.tahun.desc() if descending else Item.tahun, Item.urut.desc() if descending else Item.urut]
    query = filtered(
        Item.select(
            Item.id,
            Item.nomor,
            Item.judul,
            Item.unit_pengusul,
            Item.dasar_hukum,
            Item.jangka_waktu,
            Item.status,
            Item.berakhir,
        ),
        where,
    )
    return [
        RegisterRow(i, n, j, u, d, jw, _STATUS[s], as_date(b))
        for i, n, j, u, d, jw, s, b in raw_rows(query.order_by(*keys).limit(limit).offset(offset))
    ]


@guarded
def register_years() -> list[int]:
    return [row[0] for row in raw_rows(Item.select(Item.tahun).distinct().order_by(Item.tahun.desc()))]


@guarded
def all_item_ids(where: RowFilter = RowFilter()) -> list[int]:
    query = filtered(Item.select(Item.id), where).order_by(Item.tahun, Item.urut)
    return [row[0] for row in query.tuples()]
