"""The audit trail: appending chained events and reading them back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from dikecualikan_gui.db import connection, seal
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import AppMeta, AuditEvent
from dikecualikan_gui.db.queries.meta import AUDIT_HEAD_KEY, SYSTEM_ACTOR, get_meta, set_meta
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.content import canonical_json
from dikecualikan_gui.domain.model import Actor, AuditAction, AuditEntry
from dikecualikan_gui.errors import StorageError


def _head_for_update() -> dict[str, Any]:
    query = AppMeta.select().where(AppMeta.key == AUDIT_HEAD_KEY)
    if connection.current().for_update:
        query = query.for_update()
    try:
        head = dict(json.loads(query.get().value))
        int(head["count"]), int(head["last_id"]), str(head["hash"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            "Kepala jejak audit di basis data rusak; jalankan 'dikecualikan audit verify' dan pulihkan dari cadangan."
        ) from exc
    return head


class AuditBatch:
    """Chains several events in memory and writes them in bulk (imports). Use inside a transaction."""

    def __init__(self) -> None:
        self.head = _head_for_update()
        self.rows: list[dict[str, Any]] = []

    def append(
        self,
        actor: Actor | None,
        action: AuditAction,
        at: datetime,
        details: dict[str, Any] | None = None,
        item_id: int | None = None,
        item_nomor: str = "",
        actor_name: str | None = None,
    ) -> int:
        event_id = int(self.head["last_id"]) + 1
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        actor_id = actor.id if actor else None
        name = actor_name or (actor.username if actor else SYSTEM_ACTOR)
        body = canonical_json(details or {})
        digest = audit_chain.event_hash(
            self.head["hash"], event_id, stamp, actor_id, name, action.value, item_id, item_nomor, body
        )
        self.rows.append(
            {
                "id": event_id,
                "at": stamp,
                "actor_id": actor_id,
                "actor": name,
                "action": action.value,
                "item_id": item_id,
                "item_nomor": item_nomor,
                "details": body,
                "prev_hash": self.head["hash"],
                "hash": digest,
            }
        )
        mac = seal.mac(digest)  # with the key outside the database file (none while upgrading)
        if mac is not None:
            self.rows[-1]["mac"] = mac
        self.head = {"count": int(self.head["count"]) + 1, "hash": digest, "last_id": event_id}
        return event_id

    def flush(self) -> None:
        for start in range(0, len(self.rows), 500):
            AuditEvent.insert_many(self.rows[start : start + 500]).execute()
        self.rows.clear()
        set_meta(AUDIT_HEAD_KEY, json.dumps(self.head))


def append_audit(
    actor: Actor | None,
    action: AuditAction,
    at: datetime,
    details: dict[str, Any] | None = None,
    item_id: int | None = None,
    item_nomor: str = "",
    actor_name: str | None = None,
) -> int:
    """Append one chained event. Must run inside a write transaction."""
    batch = AuditBatch()
    event_id = batch.append(actor, action, at, details, item_id, item_nomor, actor_name)
    batch.flush()
    return event_id


class AuditHead(NamedTuple):
    """The stored head of the chain: how many events, the hash of the last one."""

    events: int | None  # how many
    hash: str | None


class EventWindow(NamedTuple):
    """How many events there are, and the last few of them in id order."""

    total: int
    events: list[audit_chain.EventData]


@guarded
def audit_head() -> AuditHead:
    """(count, hash) of the stored chain head; (None, None) when it is missing or unreadable,
    which verification then reports."""
    value = get_meta(AUDIT_HEAD_KEY)
    try:
        head = json.loads(value) if value is not None else None
        return AuditHead(int(head["count"]), str(head["hash"])) if head else AuditHead(None, None)
    except (ValueError, KeyError, TypeError):
        return AuditHead(None, None)


_EVENT_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.actor_id,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.item_id,
    AuditEvent.item_nomor,
    AuditEvent.details,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def iter_audit(batch: int = 20_000) -> Iterator[audit_chain.EventData]:
    """All events in id order, read in batches (keyset pagination)."""
    last = -1
    while True:
        with connection.storage_errors():
            rows = list(
                AuditEvent.select(*_EVENT_COLUMNS)
                .where(AuditEvent.id > last)
                .order_by(AuditEvent.id)
                .limit(batch)
                .tuples()
            )
        if not rows:
            return
        for row in rows:
            yield audit_chain.EventData(*row)
        last = rows[-1][0]


@guarded
def last_events(count: int) -> EventWindow:
    """How many events there are, and the last ``count`` of them in id order."""
    total = AuditEvent.select().count()
    rows = list(AuditEvent.select(*_EVENT_COLUMNS).order_by(AuditEvent.id.desc()).limit(count).tuples())
    return EventWindow(total, [audit_chain.EventData(*row) for row in reversed(rows)])


def _entry(event: audit_chain.EventData) -> AuditEntry:
    try:
        action: AuditAction | None = AuditAction(event.action)
    except ValueError:
        action = None
    return AuditEntry(
        id=event.id,
        at=datetime.strptime(event.at, "%Y-%m-%dT%H:%M:%S.%fZ"),
        actor=event.actor,
        action=action,
        action_name=event.action,
        item_id=event.item_id,
        item_nomor=event.item_nomor,
        details=json.loads(event.details),
    )


@guarded
def item_history(item_id: int) -> list[AuditEntry]:
    rows = AuditEvent.select(*_EVENT_COLUMNS).where(AuditEvent.item_id == item_id).order_by(AuditEvent.id).tuples()
    return [_entry(audit_chain.EventData(*row)) for row in rows]


@guarded
def recent_audit(limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
    query = AuditEvent.select(*_EVENT_COLUMNS)
    if action is not None:
        query = query.where(AuditEvent.action == action.value)
    rows = query.order_by(AuditEvent.id.desc()).limit(limit).tuples()
    return [_entry(audit_chain.EventData(*row)) for row in rows]
