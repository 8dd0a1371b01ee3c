"""Attachment records (the files live in the data folder)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Attachment, User
from dikecualikan_gui.domain.model import AttachmentInfo


def insert_attachment(
    item_id: int, nama: str, ukuran: int, sha256: str, stored_path: str, by: int, at: datetime
) -> int:
    return int(
        Attachment.insert(
            item=item_id, nama=nama, ukuran=ukuran, sha256=sha256, stored_path=stored_path, added_by=by, added_at=at
        ).execute()
    )


def mark_attachment_removed(attachment_id: int, by: int, at: datetime) -> None:
    Attachment.update(removed_at=at, removed_by=by).where(Attachment.id == attachment_id).execute()


def _attachment_info(row: Any) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        item_id=row.item_id,
        nama=row.nama,
        ukuran=row.ukuran,
        sha256=row.sha256,
        stored_path=row.stored_path,
        added_by=row.username,
        added_at=row.added_at,
    )


@guarded
def attachments_of(item_id: int) -> list[AttachmentInfo]:
    rows = (
        Attachment.select(Attachment, User.username)
        .join(User, on=(Attachment.added_by == User.id))
        .where((Attachment.item == item_id) & Attachment.removed_at.is_null())
        .order_by(Attachment.id)
        .objects()
    )
    return [_attachment_info(r) for r in rows]


@guarded
def get_attachment(attachment_id: int) -> AttachmentInfo | None:
    row = (
        Attachment.select(Attachment, User.username)
        .join(User, on=(Attachment.added_by == User.id))
        .where((Attachment.id == attachment_id) & Attachment.removed_at.is_null())
        .objects()
        .first()
    )
    return None if row is None else _attachment_info(row)


@guarded
def all_attachment_paths() -> list[str]:
    return [row[0] for row in Attachment.select(Attachment.stored_path).distinct().tuples()]
