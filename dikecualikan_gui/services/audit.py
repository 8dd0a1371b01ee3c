"""Reading and verifying the audit trail."""

from __future__ import annotations

import dataclasses
import hashlib

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.model import AuditAction, AuditEntry
from dikecualikan_gui.services import audit_seals, audit_state
from dikecualikan_gui.services.editions import verify_editions


def verify() -> audit_chain.VerifyResult:
    """Walk the whole chain; report every edited, deleted or reordered event with its position,
    and every approval whose stored content no longer matches its fingerprint. Everything is read
    in one snapshot, so desks working meanwhile raise no false alarm."""
    anchor = audit_seals.read_anchor_first()
    with connection.read_snapshot():
        return _verify(anchor)


def _verify(anchor: audit_seals.AnchorRead) -> audit_chain.VerifyResult:
    count, head = queries.audit_head()
    result = audit_chain.verify(queries.iter_audit(), count, head)
    mismatched = [
        audit_chain.Problem(
            0,
            None,
            (
                "Persetujuan id {a} untuk usulan {n}: isi yang disetujui tidak cocok lagi dengan sidik SHA-256-nya."
            ).format(a=approval_id, n=nomor),
        )
        for approval_id, nomor, fingerprint, snapshot in queries.iter_approval_snapshots()
        if hashlib.sha256(snapshot.encode("utf-8")).hexdigest() != fingerprint
    ]
    editions = [audit_chain.Problem(0, None, message) for message in verify_editions()]
    state = [audit_chain.Problem(0, None, message) for message in audit_state.state_problems()]
    seals = [audit_chain.Problem(0, None, message) for message in audit_seals.problems(anchor)]
    found = result.problems + tuple(seals) + tuple(mismatched) + tuple(editions) + tuple(state)
    return dataclasses.replace(result, problems=found)


def recent(limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
    return queries.recent_audit(limit, action)


#: How many of the newest events the quick check at start reads.
QUICK_EVENTS = 200


def quick_check() -> list[str]:
    """What a start of the application can afford: the stored head against the newest events and
    their links (the whole trail and the state are `audit verify`). Messages, empty when it holds."""
    anchor = audit_seals.read_anchor_first()
    with connection.read_snapshot():
        return _quick(anchor)


def _quick(anchor: audit_seals.AnchorRead) -> list[str]:
    count, head = queries.audit_head()
    total, events = queries.last_events(QUICK_EVENTS)
    problems = []
    if head is None or count is None:
        return ["Kepala rantai jejak audit tidak ada atau rusak."] if total else []
    if count != total:
        problems.append("Jumlah peristiwa jejak audit {n}, seharusnya {m}.".format(n=total, m=count))
    if events and events[-1].hash != head:
        problems.append("Peristiwa terakhir tidak cocok dengan kepala rantai yang tersimpan.")
    for before, event in zip(events, events[1:], strict=False):
        if event.prev_hash != before.hash:
            problems.append("Rantai jejak audit terputus di peristiwa id {i}.".format(i=event.id))
    problems += [
        "Isi peristiwa id {i} telah diubah.".format(i=e.id) for e in events if audit_chain.hash_of(e) != e.hash
    ]
    return problems + audit_seals.quick_problems(QUICK_EVENTS, anchor)
