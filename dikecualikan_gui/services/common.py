"""Small shared pieces of the use cases: the clock and loading what an action needs."""
from __future__ import annotations

from datetime import date, datetime, timezone

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.errors import Conflict, NotFound


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp is stored in."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def local_today(now: datetime | None = None) -> date:
    """The office's calendar date for a stored (UTC) moment."""
    moment = (now or utcnow()).replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def load_item(item_id: int) -> ItemRecord:
    item = queries.get_item(item_id)
    if item is None:
        raise NotFound("Usulan dengan id {i} tidak ditemukan.".format(i=item_id))
    return item


def check_version(item: ItemRecord, expected_version: int | None) -> None:
    if expected_version is not None and item.version != expected_version:
        raise Conflict(conflict_message(item))


def conflict_message(item: ItemRecord) -> str:
    return ("Usulan {n} telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda belum "
            "disimpan; salin isian Anda, muat ulang usulan, lalu terapkan kembali.").format(n=item.nomor)
