"""Reading and verifying the audit trail."""
from __future__ import annotations

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.model import AuditAction, AuditEntry


def verify() -> audit_chain.VerifyResult:
    """Walk the whole chain; report every edited, deleted or reordered event with its position."""
    count, head = queries.audit_head()
    return audit_chain.verify(queries.iter_audit(), count, head)


def recent(limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
    return queries.recent_audit(limit, action)
