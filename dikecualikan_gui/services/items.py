"""Items proposed for exemption: create, edit, record the test, submit, read the register."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dikecualikan_gui.db import connection, queries, register
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.jangka_waktu import compute_expiry
from dikecualikan_gui.domain.model import (
    Actor,
    ApprovalRecord,
    AuditAction,
    AuditEntry,
    Decision,
    ItemContent,
    ItemRecord,
    ItemRow,
    JangkaWaktuKind,
    RegisterRow,
    RowFilter,
    Status,
    TestContent,
    TestRecord,
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

_log = logging.getLogger(__name__)


def _raise_errors(findings: Sequence[Finding]) -> None:
    errors = validation.errors(list(findings))
    if errors:
        problems: dict[str, str] = {}
        for finding in errors:
            problems[finding.field] = (
                problems[finding.field] + " " + finding.message if finding.field in problems else finding.message
            )
        raise ValidationError(problems)


def expiry_of(test: TestContent | None, tanggal_penetapan: date | None) -> date | None:
    """The end of the exemption: from the penetapan once approved, provisionally from the test."""
    if test is None or test.jangka_waktu is None:
        return None
    start = tanggal_penetapan or test.tanggal
    if start is None:  # not tested yet: only a fixed end date is known
        return test.jangka_waktu.until if test.jangka_waktu.kind is JangkaWaktuKind.SAMPAI_TANGGAL else None
    return compute_expiry(test.jangka_waktu, start)


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


def tests_of(item_id: int) -> list[TestRecord]:
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
    _raise_errors(validation.item_problems(content))
    with connection.transaction():
        authorize(actor, Action.CREATE_ITEM)
        tahun = local_today(now).year
        urut, nomor = queries.next_nomor(tahun)
        item_id = queries.insert_item(
            queries.NewItem(
                tahun, urut, nomor, content, owner, Status.DRAF, content_rules.register_columns(nomor, content, None)
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


def _check_resubmission(item: ItemRecord, content: ItemContent, test: TestContent | None, today: date) -> None:
    """An approved item that changes goes back to 'diuji', so it must still be submittable."""
    if item.status is Status.DISETUJUI:
        _raise_errors(validation.submission_findings(content, test, today))


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


def in_force(item: ItemRecord) -> bool:
    """The item stands in the DIK under an approval: approved, or approved with a change that waits
    for approval again (the earlier approval holds until then)."""
    if item.status is Status.DISETUJUI:
        return True
    if item.status is Status.DRAF:  # never decided on (a returned item is 'dikembalikan')
        return False
    return item.status in workflow.SUBMITTABLE | {Status.DIUJI} and bool(
        queries.approvals_of(item.id, latest_only=True, decision=Decision.DISETUJUI)
    )


def in_force_rows() -> list[ItemRow]:
    """The Daftar Informasi yang Dikecualikan as it stands: every item in force, as approved."""
    return [
        content_rules.snapshot_row(
            r.item_id,
            r.nomor,
            r.tahun,
            r.urut,
            r.berakhir,
            json.loads(r.snapshot),
            r.approved_by,
            r.nomor_penetapan,
            r.tanggal_penetapan,
        )
        for r in queries.in_force_snapshots()
    ]


def test_is_open(item: ItemRecord) -> bool:
    """The latest test may still be amended in place: the item is a draft (or returned) and no
    decision of the atasan refers to that test yet. Otherwise a new test is recorded."""
    return item.test is not None and item.status in workflow.SUBMITTABLE and not queries.test_has_decision(item.test.id)


def save(
    actor: Actor | None,
    item_id: int,
    expected_version: int | None,
    *,
    content: ItemContent | None = None,
    test: TestContent | None = None,
    now: datetime | None = None,
) -> ItemRecord:
    """Save the collection form and/or the consequence test in one transaction.

    The open test of a draft is amended; otherwise a new test is recorded (a re-test; earlier tests
    stay in the history). A change to an approved item waits for approval again while the earlier
    approval, and its end date, stay in force."""
    for needed, permission in ((content, Action.EDIT_ITEM), (test, Action.RECORD_TEST)):
        if needed is not None:
            require(actor, permission)
    if actor is None:
        raise PermissionDenied("Usulan diubah oleh seorang petugas.")
    now = now or utcnow()
    if content is not None:
        _raise_errors(validation.item_problems(content))
    if test is not None:
        _raise_errors(validation.test_problems(test, local_today(now)))
    with connection.transaction():
        authorize(actor, Action.EDIT_ITEM if content is not None else Action.RECORD_TEST)
        item = load_item(item_id)
        check_version(item, expected_version)
        workflow.check_editable(item.status, item.nomor)
        new_content = content if content is not None else item.content
        old_test = item.test.content if item.test else None
        before_item, after_item = content_rules.item_dict(item.content), content_rules.item_dict(new_content)
        item_changes = [k for k in after_item if before_item[k] != after_item[k]]
        test_changes: list[str] = []
        if test is not None:
            after_test = content_rules.test_dict(test)
            before_test = content_rules.test_dict(old_test) if old_test else {}
            test_changes = [k for k in after_test if before_test.get(k) != after_test[k]]
        if not item_changes and not test_changes:
            return item
        new_test = test if test_changes else old_test
        _check_resubmission(item, new_content, new_test, local_today(now))
        status = workflow.status_after_content_change(item.status)
        keep_end = in_force(item)
        if not queries.update_item(
            item.id,
            item.version,
            now,
            content=new_content if item_changes else None,
            status=status,
            columns=content_rules.register_columns(item.nomor, new_content, new_test),
            berakhir=False if keep_end or not test_changes else expiry_of(new_test, None),
        ):
            raise Conflict(conflict_message(item))
        status_note = [item.status.value, status.value] if status is not item.status else None
        if item_changes:
            details: dict[str, object] = {
                "before": {k: before_item[k] for k in item_changes},
                "after": {k: after_item[k] for k in item_changes},
            }
            if status_note:
                details["status"], status_note = status_note, None
            queries.append_audit(
                actor, AuditAction.ITEM_CHANGED, now, item_id=item.id, item_nomor=item.nomor, details=details
            )
        if test is not None and test_changes:
            if status is Status.DIUJI:  # a re-test of an approved item: held now, a session of one
                audit = queries.AuditBatch()
                sessions.hold_single(actor, load_item(item.id), test, now, audit)
                audit.flush()
                return load_item(item_id)
            if item.test is not None and test_is_open(item):
                queries.update_test(item.test.id, test, actor.id, now)
                details = {
                    "test_id": item.test.id,
                    "before": {k: before_test[k] for k in test_changes},
                    "after": {k: after_test[k] for k in test_changes},
                }
                event = AuditAction.TEST_CHANGED
            else:
                details = {"test_id": queries.insert_test(item.id, test, actor.id, now), "after": after_test}
                event = AuditAction.TEST_RECORDED
            if status_note:
                details["status"] = status_note
            queries.append_audit(actor, event, now, item_id=item.id, item_nomor=item.nomor, details=details)
    _log.info("Usulan id=%s disimpan oleh pengguna id=%s", item_id, actor.id if actor else "-")
    return load_item(item_id)


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
    actor: Actor | None, item_id: int, expected_version: int | None, test: TestContent, *, now: datetime | None = None
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
        _raise_errors(findings)
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
