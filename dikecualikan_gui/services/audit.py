"""Reading and verifying the audit trail."""
from __future__ import annotations

import dataclasses
import hashlib

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.model import AuditAction, AuditEntry
from dikecualikan_gui.services import audit_state
from dikecualikan_gui.services.editions import verify_editions


def verify() -> audit_chain.VerifyResult:
    """Walk the whole chain; report every edited, deleted or reordered event with its position,
    and every approval whose stored content no longer matches its fingerprint."""
    count, head = queries.audit_head()
    result = audit_chain.verify(queries.iter_audit(), count, head)
    mismatched = [
        audit_chain.Problem(0, None, (
            "Persetujuan id {a} untuk usulan {n}: isi yang disetujui tidak cocok lagi dengan sidik "
            "SHA-256-nya.").format(a=approval_id, n=nomor))
        for approval_id, nomor, fingerprint, snapshot in queries.iter_approval_snapshots()
        if hashlib.sha256(snapshot.encode("utf-8")).hexdigest() != fingerprint
    ]
    editions = [audit_chain.Problem(0, None, message) for message in verify_editions()]
    state = [audit_chain.Problem(0, None, message) for message in audit_state.state_problems()]
    return dataclasses.replace(result, problems=result.problems + tuple(mismatched) + tuple(editions) + tuple(state))


def recent(limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
    return queries.recent_audit(limit, action)
