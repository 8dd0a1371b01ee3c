"""Small shared pieces of the use cases: the clock and loading what an action needs."""

from __future__ import annotations

import logging
from datetime import date, datetime, timezone

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain.model import Actor, ItemRecord
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import Conflict, NotFound, PermissionDenied

_log = logging.getLogger(__name__)


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
    return (
        "Usulan {n} telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda belum "
        "disimpan; salin isian Anda, muat ulang usulan, lalu terapkan kembali."
    ).format(n=item.nomor)


def authorize(actor: Actor | None, action: Action | None) -> None:
    """Check the user as stored now (active, current role), not as remembered at sign-in.

    Called inside the write transaction, so a user disabled or re-roled a moment ago is refused.
    """
    if actor is None:
        return
    user = queries.get_user(actor.id)
    if user is None or not user.active:
        raise PermissionDenied("Akun {u} tidak aktif lagi; hubungi administrator.".format(u=actor.username))
    if action is not None:
        require(user.as_actor(), action)
        _log.info("Aksi %s oleh pengguna id=%s", action.value, actor.id)
