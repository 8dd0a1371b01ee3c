"""Disclosures to a consenting person (UU 14/2008 Pasal 18 ayat 2 huruf a)."""

from __future__ import annotations

from datetime import date, datetime

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Disclosure, User
from dikecualikan_gui.domain.model import DisclosureRecord


def insert_disclosure(
    item_id: int,
    tanggal: date,
    pemilik: str,
    penerima: str,
    bagian: str,
    dokumen_persetujuan: str,
    by: int,
    at: datetime,
) -> int:
    return int(
        Disclosure.insert(
            item=item_id,
            tanggal=tanggal,
            pemilik=pemilik,
            penerima=penerima,
            bagian=bagian,
            dokumen_persetujuan=dokumen_persetujuan,
            recorded_by=by,
            recorded_at=at,
        ).execute()
    )


@guarded
def disclosures_of(item_id: int) -> list[DisclosureRecord]:
    """Newest first."""
    query = (
        Disclosure.select(Disclosure, User.username)
        .join(User, on=(Disclosure.recorded_by == User.id))
        .where(Disclosure.item == item_id)
        .order_by(Disclosure.tanggal.desc(), Disclosure.id.desc())
    )
    return [
        DisclosureRecord(
            d.id,
            d.item_id,
            d.tanggal,
            d.pemilik,
            d.penerima,
            d.bagian,
            d.dokumen_persetujuan,
            d.username,
            d.recorded_at,
        )
        for d in query.objects()
    ]
