"""The sign-off dialog's reads and per-item decisions, beside services/approval (which keeps the
rules): the items offered, read in one batch; several items returned or rejected, each with its own
note, all or none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from dikecualikan_gui.db import connection, item_batch
from dikecualikan_gui.domain.model import Actor, AttachmentInfo, ItemRecord, RowFilter, Status
from dikecualikan_gui.services.approval import reject_item, return_item
from dikecualikan_gui.services.items import list_items


def read_items(item_ids: Sequence[int]) -> list[ItemRecord]:
    """The items in the order asked, each read in full once, in a handful of statements for the
    whole batch (an item deleted meanwhile is left out)."""
    found = item_batch.get_items(item_ids)
    return [found[i] for i in dict.fromkeys(item_ids) if i in found]


def attachments_of(item_ids: Sequence[int]) -> dict[int, list[AttachmentInfo]]:
    """Each item's attachments, read in one batch."""
    return item_batch.attachments_of_items(item_ids)


def waiting_item_ids() -> list[int]:
    """Every item waiting for the atasan's decision, in register order (nomor)."""
    return [row.id for row in list_items(RowFilter(status=Status.DIUJI))]


def return_each(
    actor: Actor | None, notes: Mapping[int, tuple[int | None, str]], *, now: datetime | None = None
) -> list[ItemRecord]:
    """Return several items, each with its own notes ({item id: (expected version, notes)}): all, or none."""
    with connection.transaction():
        return [return_item(actor, item_id, version, note, now=now) for item_id, (version, note) in notes.items()]


def reject_each(
    actor: Actor | None, reasons: Mapping[int, tuple[int | None, str]], *, now: datetime | None = None
) -> list[ItemRecord]:
    """Reject several items, each with its own reason ({item id: (expected version, reason)}): all, or none."""
    with connection.transaction():
        return [reject_item(actor, item_id, version, reason, now=now) for item_id, (version, reason) in reasons.items()]
