"""Items proposed for exemption: create, edit, record the test, submit, read the register."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dikecualikan_gui.db import connection, queries, register
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.model import (
    Actor,
    ApprovalRecord,
    AuditAction,
    AuditEntry,
    ItemContent,
    ItemRecord,
    ItemRow,
    RegisterRow,
    RowFilter,
    Status,
    UjiContent,
    UjiRecord,
)
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.domain.validation import Finding
from dikecualikan_gui.errors import Conflict, InvalidState, NotFound, PermissionDenied, ValidationError
from dikecualikan_gui.services import sessions
from dikecualikan_gui.services.common import (
    authorize,
    check_version,
    conflict_message,
    load_item,
    local_today,
    utcnow,
)
from dikecualikan_gui.services.item_rules import check_resubmission, expiry_of, in_force, raise_errors, test_is_open
from dikecualikan_gui.services.item_rules import in_force_rows as in_force_rows  # read as items.in_force_rows

_log = logging.getLogger(__name__)


# --- reading ---------------------------------------------------------------------------------


def get_item(item_id: int) -> ItemRecord:
    return load_item(item_id)


def get_item_by_nomor(nomor: str) -> ItemRecord:
    item_id = queries.item_id_by_nomor(nomor.strip())
    if item_id is None:
        raise NotFound("Usulan nomor {n} tidak ditemukan.".format(n=nomor.strip()))
    return load_item(item_id)


def list_items(where: RowFilter = RowFilter(), limit: int | None = None, offset: int = 0) -> list[ItemRow]:
    return register.list_rows(where, limit, offset)


def count_items(where: RowFilter = RowFilter()) -> int:
    return register.count_rows(where)


def count_by_status() -> dict[Status, int]:
    return register.count_by_status()


def count_incomplete() -> int:
    """Drafts and returned items that lack something before they can be tested ('Perlu dilengkapi')."""
    return register.count_incomplete()


def register_page(
    where: RowFilter = RowFilter(), sort: str = "nomor", descending: bool = False, limit: int = 200, offset: int = 0
) -> list[RegisterRow]:
    return register.register_page(where, sort, descending, limit, offset)


def register_years() -> list[int]:
    return register.register_years()


def source_of(item_id: int) -> str:
    """Where an imported item came from (file, sheet, row); "" for items typed in."""
    return queries.item_source(item_id)


def tests_of(item_id: int) -> list[UjiRecord]:
    return queries.tests_of(item_id)


def history(item_id: int) -> list[AuditEntry]:
    return queries.item_history(item_id)


def decisions_of(item_id: int) -> list[ApprovalRecord]:
    """The atasan's decisions on the item, newest first."""
    return queries.approvals_of(item_id)


def submission_findings(item: ItemRecord, today: date | None = None) -> list[Finding]:
    """Errors and warnings for 'Ajukan untuk persetujuan' (the UI shows the warnings first)."""
    return validation.submission_findings(
        item.content, item.test.content if item.test else None, today or local_today()
    )


def row_gaps(row: ItemRow) -> list[str]:
    """What a register row lacks, in words (read only where the stored count says it lacks something)."""
    return validation.row_gaps(row) if row.kekurangan else []


def gaps(item: ItemRecord) -> list[str]:
    """What the item lacks before it can be tested or approved ('Perlu dilengkapi')."""
    return validation.gaps(item.content, item.test.content if item.test else None)


# --- writing ---------------------------------------------------------------------------------


def create_item(
    actor: Actor | None, content: ItemContent, *, petugas_id: int | None = None, now: datetime | None = None
) -> ItemRecord:
    require(actor, Action.CREATE_ITEM)
    now = now or utcnow()
    owner = actor.id if actor else petugas_id
    if owner is None:
        raise ValidationError({"petugas": "Usulan harus mencatat petugas pengusulnya."})
    raise_errors(validation.item_problems(content))
    with connection.transaction():
        authorize(actor, Action.CREATE_ITEM)
        tahun = local_today(now).year
        reserved = queries.next_nomor(tahun)
        nomor = reserved.nomor
        item_id = queries.insert_item(
            queries.NewItem(
                tahun,
                reserved.urut,
                nomor,
                content,
                owner,
                Status.DRAF,
                content_rules.register_columns(nomor, content, None),
            ),
            now,
        )
        queries.append_audit(
            actor,
            AuditAction.ITEM_CREATED,
            now,
            item_id=item_id,
            item_nomor=nomor,
            details={"after": content_rules.item_dict(content)},
        )
    _log.info("Usulan id=%s (%s) dibuat oleh pengguna id=%s", item_id, nomor, owner)
    return load_item(item_id)


def delete_draft(
    actor: Actor | None, item_id: int, expected_version: int | None = None, *, now: datetime | None = None
) -> None:
    """Only a draft that was never submitted may be deleted; its number is not reused."""
    require(actor, Action.DELETE_DRAFT)
    now = now or utcnow()
    with connection.transaction():
        authorize(actor, Action.DELETE_DRAFT)
        item = load_item(item_id)
        check_version(item, expected_version)
        if item.status is not Status.DRAF:
            raise InvalidState("Usulan {n} sudah pernah diajukan dan tidak dapat dihapus.".format(n=item.nomor))
        if not queries.delete_draft_item(item.id, item.version):
            raise Conflict(conflict_message(item))
        queries.append_audit(
            actor,
            AuditAction.DRAFT_DELETED,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={"before": content_rules.item_dict(item.content)},
        )


@dataclass(frozen=True)
class _Edit:
    """What a save changes: the content and test as they will stand, and which of their fields differ."""

    content: ItemContent
    test: UjiContent | None  # the test as it will stand (the old one when the form's test is unchanged)
    before_item: dict[str, Any]
    after_item: dict[str, Any]
    item_changes: list[str]
    before_test: dict[str, Any]
    after_test: dict[str, Any]
    test_changes: list[str]

    @classmethod
    def of(cls, item: ItemRecord, content: ItemContent | None, test: UjiContent | None) -> _Edit:
        new_content = content if content is not None else item.content
        old_test = item.test.content if item.test else None
        before_item, after_item = content_rules.item_dict(item.content), content_rules.item_dict(new_content)
        before_test: dict[str, Any] = {}
        after_test: dict[str, Any] = {}
        if test is not None:
            after_test = content_rules.test_dict(test)
            before_test = content_rules.test_dict(old_test) if old_test else {}
        test_changes = [k for k in after_test if before_test.get(k) != after_test[k]]
        return cls(
            new_content,
            test if test_changes else old_test,
            before_item,
            after_item,
            [k for k in after_item if before_item[k] != after_item[k]],
            before_test,
            after_test,
            test_changes,
        )


def save(
    actor: Actor | None,
    item_id: int,
    expected_version: int | None,
    *,
    content: ItemContent | None = None,
    test: UjiContent | None = None,
    now: datetime | None = None,
) -> ItemRecord:
    """Save the collection form and/or the consequence test in one transaction.

    The open test of a draft is amended; otherwise a new test is recorded (a re-test; earlier tests
    stay in the history). A change to an approved item waits for approval again while the earlier
    approval, and its end date, stay in force."""
    now = now or utcnow()
    actor = _check_save(actor, content, test, now)
    with connection.transaction():
        authorize(actor, Action.EDIT_ITEM if content is not None else Action.RECORD_TEST)
        item = load_item(item_id)
        check_version(item, expected_version)
        workflow.check_editable(item.status, item.nomor)
        edit = _Edit.of(item, content, test)
        if not edit.item_changes and not edit.test_changes:
            return item
        check_resubmission(item, edit.content, edit.test, local_today(now))
        status = workflow.status_after_content_change(item.status)
        _write_item(item, edit, status, now)
        status_note = [item.status.value, status.value] if status is not item.status else None
        if edit.item_changes:
            _audit_item_change(actor, item, edit, status_note, now)
            status_note = None  # told once, with the first event
        if test is not None and edit.test_changes:
            if status is Status.DIUJI:  # a re-test of an approved item: held now, a session of one
                audit = queries.AuditBatch()
                sessions.hold_single(actor, load_item(item.id), test, now, audit)
                audit.flush()
            else:
                _write_test(actor, item, test, edit, status_note, now)
    _log.info("Usulan id=%s disimpan oleh pengguna id=%s", item_id, actor.id)
    return load_item(item_id)


def _check_save(actor: Actor | None, content: ItemContent | None, test: UjiContent | None, now: datetime) -> Actor:
    """The permissions each part needs, and the form's own errors, before anything is read."""
    for needed, permission in ((content, Action.EDIT_ITEM), (test, Action.RECORD_TEST)):
        if needed is not None:
            require(actor, permission)
    if actor is None:
        raise PermissionDenied("Usulan diubah oleh seorang petugas.")
    if content is not None:
        raise_errors(validation.item_problems(content))
    if test is not None:
        raise_errors(validation.test_problems(test, local_today(now)))
    return actor


def _write_item(item: ItemRecord, edit: _Edit, status: Status, now: datetime) -> None:
    """The item row: content, status, register columns; the end date follows a changed test unless
    an earlier approval is still in force (its end date holds)."""
    keep_end = in_force(item)
    if not queries.update_item(
        item.id,
        item.version,
        now,
        content=edit.content if edit.item_changes else None,
        status=status,
        columns=content_rules.register_columns(item.nomor, edit.content, edit.test),
        berakhir=False if keep_end or not edit.test_changes else expiry_of(edit.test, None),
    ):
        raise Conflict(conflict_message(item))


def _audit_item_change(
    actor: Actor, item: ItemRecord, edit: _Edit, status_note: list[str] | None, now: datetime
) -> None:
    details: dict[str, object] = {
        "before": {k: edit.before_item[k] for k in edit.item_changes},
        "after": {k: edit.after_item[k] for k in edit.item_changes},
    }
    if status_note:
        details["status"] = status_note
    queries.append_audit(actor, AuditAction.ITEM_CHANGED, now, item_id=item.id, item_nomor=item.nomor, details=details)


def _write_test(
    actor: Actor, item: ItemRecord, test: UjiContent, edit: _Edit, status_note: list[str] | None, now: datetime
) -> None:
    """The open test is amended in place; otherwise a new test is recorded."""
    if item.test is not None and test_is_open(item):
        queries.update_test(item.test.id, test, actor.id, now)
        details: dict[str, object] = {
            "test_id": item.test.id,
            "before": {k: edit.before_test[k] for k in edit.test_changes},
            "after": {k: edit.after_test[k] for k in edit.test_changes},
        }
        event = AuditAction.TEST_CHANGED
    else:
        details = {"test_id": queries.insert_test(item.id, test, actor.id, now), "after": edit.after_test}
        event = AuditAction.TEST_RECORDED
    if status_note:
        details["status"] = status_note
    queries.append_audit(actor, event, now, item_id=item.id, item_nomor=item.nomor, details=details)


def update_item(
    actor: Actor | None,
    item_id: int,
    expected_version: int | None,
    content: ItemContent,
    *,
    now: datetime | None = None,
) -> ItemRecord:
    return save(actor, item_id, expected_version, content=content, now=now)


def record_test(
    actor: Actor | None, item_id: int, expected_version: int | None, test: UjiContent, *, now: datetime | None = None
) -> ItemRecord:
    return save(actor, item_id, expected_version, test=test, now=now)


@dataclass(frozen=True)
class SubmitResult:
    item: ItemRecord
    warnings: tuple[Finding, ...]


def submit(
    actor: Actor | None, item_id: int, expected_version: int | None = None, *, now: datetime | None = None
) -> SubmitResult:
    """draf/dikembalikan -> diuji, when every submission rule holds. Warnings are returned
    (and recorded); the UI has the officer confirm them before calling this."""
    require(actor, Action.SUBMIT)
    now = now or utcnow()
    with connection.transaction():
        authorize(actor, Action.SUBMIT)
        item = load_item(item_id)
        check_version(item, expected_version)
        workflow.check_submittable(item.status, item.nomor)
        findings = submission_findings(item, local_today(now))
        raise_errors(findings)
        warnings = tuple(validation.warnings(findings))
        audit = queries.AuditBatch()
        details: dict[str, object] = {
            "status": [item.status.value, Status.DIUJI.value],
            "peringatan": [w.message for w in warnings],
        }
        assert item.test is not None  # submission_findings requires it
        if item.test.held:  # returned after a session, sent back unchanged
            if not queries.update_item(item.id, item.version, now, status=Status.DIUJI):
                raise Conflict(conflict_message(item))
        else:
            details["sesi"] = sessions.hold_single(actor, item, item.test.content, now, audit, event=False)
        audit.append(actor, AuditAction.SUBMITTED, now, details, item_id=item.id, item_nomor=item.nomor)
        audit.flush()
    return SubmitResult(load_item(item_id), warnings)
