"""Items: numbers, inserts, optimistic updates, reading one item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    Attachment,
    ConsequenceTest,
    Item,
    NomorCounter,
    UjiGround,
    UjiParticipant,
    UjiStatute,
    User,
)
from dikecualikan_gui.db.queries.approvals import approvals_of
from dikecualikan_gui.db.queries.consequence_tests import tests_of
from dikecualikan_gui.db.queries.meta import CHUNK
from dikecualikan_gui.db.rows import raw_rows
from dikecualikan_gui.domain.content import RegisterColumns, item_dict
from dikecualikan_gui.domain.model import Bentuk, ItemContent, ItemRecord, Status


def format_nomor(tahun: int, urut: int) -> str:
    return "{t}/{u:03d}".format(t=tahun, u=urut)


def reserve_nomors(tahun: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of the year; returns the first urut.

    The counter only grows, so a number is never issued twice (not even after a draft is deleted).
    """
    NomorCounter.insert(tahun=tahun, last=0).on_conflict_ignore().execute()
    query = NomorCounter.select().where(NomorCounter.tahun == tahun)
    if connection.current().for_update:
        query = query.for_update()
    last = query.get().last
    NomorCounter.update(last=last + count).where(NomorCounter.tahun == tahun).execute()
    return last + 1


class ReservedNomor(NamedTuple):
    urut: int
    nomor: str  # "2026/007"


def next_nomor(tahun: int) -> ReservedNomor:
    urut = reserve_nomors(tahun, 1)
    return ReservedNomor(urut, format_nomor(tahun, urut))


def _content_values(content: ItemContent) -> dict[str, Any]:
    return {**item_dict(content), "tanggal_usulan": content.tanggal_usulan}


@dataclass(frozen=True)
class NewItem:
    tahun: int
    urut: int
    nomor: str
    content: ItemContent
    petugas_id: int
    status: Status
    columns: RegisterColumns
    berakhir: date | None = None
    sumber: str = ""


def _columns(columns: RegisterColumns) -> dict[str, str | int]:
    return {
        "search_text": columns.search_text,
        "hurufs": columns.hurufs,
        "dasar_hukum": columns.dasar_hukum,
        "jangka_waktu": columns.jangka_waktu,
        "kekurangan": columns.kekurangan,
    }


def _item_values(new: NewItem, at: datetime) -> dict[str, Any]:
    return {
        "tahun": new.tahun,
        "urut": new.urut,
        "nomor": new.nomor,
        "petugas": new.petugas_id,
        "sumber": new.sumber,
        "status": new.status.value,
        "version": 1,
        **_columns(new.columns),
        "berakhir": new.berakhir,
        "created_at": at,
        "updated_at": at,
        **_content_values(new.content),
    }


def insert_item(new: NewItem, at: datetime) -> int:
    return int(Item.insert(**_item_values(new, at)).execute())


def insert_items(news: Sequence[NewItem], at: datetime) -> list[int]:
    """Many items of one year with consecutive numbers (an import); their ids in the same order."""
    if not news:
        return []
    for start in range(0, len(news), CHUNK):
        Item.insert_many([_item_values(n, at) for n in news[start : start + CHUNK]]).execute()
    tahun, uruts = news[0].tahun, [n.urut for n in news]
    ids: dict[int, int] = dict(
        raw_rows(
            Item.select(Item.urut, Item.id).where((Item.tahun == tahun) & Item.urut.between(min(uruts), max(uruts)))
        )
    )
    return [ids[u] for u in uruts]


def update_item(
    item_id: int,
    expected_version: int,
    at: datetime,
    *,
    content: ItemContent | None = None,
    status: Status | None = None,
    columns: RegisterColumns | None = None,
    berakhir: date | None | bool = False,
) -> bool:
    """Write if nobody changed the item since ``expected_version``; False when someone did."""
    values: dict[Any, Any] = {Item.version: Item.version + 1, Item.updated_at: at}
    if content is not None:
        values.update({getattr(Item, k): v for k, v in _content_values(content).items()})
    if status is not None:
        values[Item.status] = status.value
    if columns is not None:
        values.update({getattr(Item, k): v for k, v in _columns(columns).items()})
    if berakhir is not False:
        values[Item.berakhir] = berakhir
    changed = Item.update(values).where((Item.id == item_id) & (Item.version == expected_version)).execute()
    return bool(changed)


def delete_draft_item(item_id: int, expected_version: int) -> bool:
    """Delete a draft with its tests and attachment records; False when it is no longer that
    draft (changed or submitted meanwhile): the guard row-locks it before anything is deleted."""
    claimed = (
        Item.update(version=Item.version + 1)
        .where((Item.id == item_id) & (Item.version == expected_version) & (Item.status == Status.DRAF.value))
        .execute()
    )
    if not claimed:
        return False
    Attachment.delete().where(Attachment.item == item_id).execute()
    tests = ConsequenceTest.select(ConsequenceTest.id).where(ConsequenceTest.item == item_id)
    for model in (UjiGround, UjiStatute, UjiParticipant):
        model.delete().where(model.test.in_(tests)).execute()
    ConsequenceTest.delete().where(ConsequenceTest.item == item_id).execute()
    Item.delete().where(Item.id == item_id).execute()
    return True


@guarded
def item_id_by_nomor(nomor: str) -> int | None:
    row = Item.select(Item.id).where(Item.nomor == nomor).tuples().first()
    return None if row is None else int(row[0])


def _item_content(row: Item) -> ItemContent:
    return ItemContent(
        judul=row.judul,
        ringkasan=row.ringkasan,
        dokumen_sumber=row.dokumen_sumber,
        unit_pengusul=row.unit_pengusul,
        penanggung_jawab=row.penanggung_jawab,
        bentuk=Bentuk(row.bentuk),
        lokasi_penyimpanan=row.lokasi_penyimpanan,
        tanggal_usulan=row.tanggal_usulan,
    )


@guarded
def item_source(item_id: int) -> str:
    row = Item.select(Item.sumber).where(Item.id == item_id).tuples().first()
    return row[0] if row else ""


@guarded
def get_item(item_id: int) -> ItemRecord | None:
    row = (
        Item.select(Item, User.username)
        .join(User, on=(Item.petugas == User.id))
        .where(Item.id == item_id)
        .objects()
        .first()
    )
    if row is None:
        return None
    tests = tests_of(item_id, latest_only=True)
    decisions = approvals_of(item_id, latest_only=True)
    return ItemRecord(
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
        test=tests[0] if tests else None,
        last_decision=decisions[0] if decisions else None,
    )
