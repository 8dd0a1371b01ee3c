"""Named reads and writes, by area. Everything here returns domain dataclasses or named rows;
driver errors become StorageError. Writes are called by services inside connection.transaction().

``from dikecualikan_gui.db import queries; queries.get_item(...)`` is how the services use it; each
area lives in its own module:

- ``meta``: the key-value meta table and the shared constants;
- ``audit``: the chained audit trail (append, read back);
- ``users``, ``profile``: accounts and the agency profile;
- ``items``: numbers, inserts, optimistic updates, one item read in full;
- ``consequence_tests``: the tests with their grounds, statutes and participants;
- ``approvals``: penetapan and decisions;
- ``attachments``;
- ``lifecycle``: expiry and holidays;
- ``editions``: DIK editions and the items in force.
"""

from __future__ import annotations

from dikecualikan_gui.db.queries.approvals import (
    ApprovalSnapshot,
    approval_snapshot,
    approvals_of,
    count_penetapan,
    insert_approval,
    insert_penetapan,
    iter_approval_snapshots,
    penetapan_exists,
)
from dikecualikan_gui.db.queries.attachments import (
    all_attachment_paths,
    attachments_of,
    get_attachment,
    insert_attachment,
    mark_attachment_removed,
)
from dikecualikan_gui.db.queries.audit import (
    AuditBatch,
    AuditHead,
    EventWindow,
    append_audit,
    audit_head,
    item_history,
    iter_audit,
    last_events,
    recent_audit,
)
from dikecualikan_gui.db.queries.consequence_tests import (
    insert_test,
    insert_tests,
    test_has_decision,
    tests_of,
    update_test,
)
from dikecualikan_gui.db.queries.editions import (
    EditionSeal,
    InForce,
    edition_seals,
    in_force_snapshots,
    insert_edition,
    list_editions,
)
from dikecualikan_gui.db.queries.items import (
    NewItem,
    ReservedNomor,
    _item_content,  # db/state.py reads item content the same way
    delete_draft_item,
    format_nomor,
    get_item,
    insert_item,
    insert_items,
    item_id_by_nomor,
    item_source,
    next_nomor,
    reserve_nomors,
    update_item,
)
from dikecualikan_gui.db.queries.lifecycle import (
    ExpiryDue,
    HolidayEntry,
    delete_holiday,
    due_for_expiry,
    list_holidays,
    upsert_holiday,
)
from dikecualikan_gui.db.queries.meta import AUDIT_HEAD_KEY, CHUNK, SYSTEM_ACTOR, get_meta, set_meta
from dikecualikan_gui.db.queries.profile import get_profile, save_profile
from dikecualikan_gui.db.queries.users import (
    Credentials,
    count_active_admins,
    count_users,
    get_credentials,
    get_user,
    get_user_by_username,
    insert_user,
    list_users,
    update_user,
)

__all__ = [
    "AUDIT_HEAD_KEY",
    "CHUNK",
    "SYSTEM_ACTOR",
    "ApprovalSnapshot",
    "AuditBatch",
    "AuditHead",
    "Credentials",
    "EditionSeal",
    "EventWindow",
    "ExpiryDue",
    "HolidayEntry",
    "InForce",
    "NewItem",
    "ReservedNomor",
    "_item_content",
    "all_attachment_paths",
    "append_audit",
    "approval_snapshot",
    "approvals_of",
    "attachments_of",
    "audit_head",
    "count_active_admins",
    "count_penetapan",
    "count_users",
    "delete_draft_item",
    "delete_holiday",
    "due_for_expiry",
    "edition_seals",
    "format_nomor",
    "get_attachment",
    "get_credentials",
    "get_item",
    "get_meta",
    "get_profile",
    "get_user",
    "get_user_by_username",
    "in_force_snapshots",
    "insert_approval",
    "insert_attachment",
    "insert_edition",
    "insert_item",
    "insert_items",
    "insert_penetapan",
    "insert_test",
    "insert_tests",
    "insert_user",
    "item_history",
    "item_id_by_nomor",
    "item_source",
    "iter_approval_snapshots",
    "iter_audit",
    "last_events",
    "list_editions",
    "list_holidays",
    "list_users",
    "mark_attachment_removed",
    "next_nomor",
    "penetapan_exists",
    "recent_audit",
    "reserve_nomors",
    "save_profile",
    "set_meta",
    "test_has_decision",
    "tests_of",
    "update_item",
    "update_test",
    "update_user",
    "upsert_holiday",
]
