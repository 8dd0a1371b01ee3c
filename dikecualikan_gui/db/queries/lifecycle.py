"""Expiry of items in force and the holiday calendar."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from dikecualikan_gui.db import register
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Holiday, Item
from dikecualikan_gui.db.rows import as_date, raw_rows


class ExpiryDue(NamedTuple):
    item_id: int
    nomor: str
    version: int
    berakhir: date  # the last exempt day


class HolidayEntry(NamedTuple):
    tanggal: date
    nama: str


@guarded
def due_for_expiry(today: date) -> list[ExpiryDue]:
    """The items in force whose last exempt day has passed, the earliest first."""
    return [
        ExpiryDue(i, n, v, as_date(b))
        for i, n, v, b in raw_rows(
            Item.select(Item.id, Item.nomor, Item.version, Item.berakhir)
            .where(register.in_force_condition() & Item.berakhir.is_null(False) & (Item.berakhir < today))
            .order_by(Item.berakhir)
        )
    ]


@guarded
def list_holidays() -> list[HolidayEntry]:
    return [
        HolidayEntry(as_date(d), n)
        for d, n in raw_rows(Holiday.select(Holiday.tanggal, Holiday.nama).order_by(Holiday.tanggal))
    ]


def upsert_holiday(tanggal: date, nama: str) -> None:
    Holiday.insert(tanggal=tanggal, nama=nama).on_conflict(
        conflict_target=[Holiday.tanggal], update={Holiday.nama: nama}
    ).execute()


def delete_holiday(tanggal: date) -> bool:
    return bool(Holiday.delete().where(Holiday.tanggal == tanggal).execute())
