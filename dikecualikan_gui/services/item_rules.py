"""Rules about one item that the services share: when its exemption ends, whether it stands in the
DIK (and the DIK's rows as approved), whether its latest test may still be amended, and how
validation findings are raised. ``items`` re-exports the public ones (items.in_force, ...)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.jangka_waktu import compute_expiry
from dikecualikan_gui.domain.model import (
    Decision,
    ItemContent,
    ItemRecord,
    ItemRow,
    JangkaWaktuKind,
    Status,
    UjiContent,
)
from dikecualikan_gui.domain.validation import Finding
from dikecualikan_gui.errors import ValidationError


def raise_errors(findings: Sequence[Finding]) -> None:
    errors = validation.errors(list(findings))
    if errors:
        problems: dict[str, str] = {}
        for finding in errors:
            problems[finding.field] = (
                problems[finding.field] + " " + finding.message if finding.field in problems else finding.message
            )
        raise ValidationError(problems)


def expiry_of(test: UjiContent | None, tanggal_penetapan: date | None) -> date | None:
    """The end of the exemption: from the penetapan once approved, provisionally from the test."""
    if test is None or test.jangka_waktu is None:
        return None
    start = tanggal_penetapan or test.tanggal
    if start is None:  # not tested yet: only a fixed end date is known
        return test.jangka_waktu.until if test.jangka_waktu.kind is JangkaWaktuKind.SAMPAI_TANGGAL else None
    return compute_expiry(test.jangka_waktu, start)


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


def test_is_open(item: ItemRecord) -> bool:
    """The latest test may still be amended in place: the item is a draft (or returned) and no
    decision of the atasan refers to that test yet. Otherwise a new test is recorded."""
    return item.test is not None and item.status in workflow.SUBMITTABLE and not queries.test_has_decision(item.test.id)


def check_resubmission(item: ItemRecord, content: ItemContent, test: UjiContent | None, today: date) -> None:
    """An approved item that changes goes back to 'diuji', so it must still be submittable."""
    if item.status is Status.DISETUJUI:
        raise_errors(validation.submission_findings(content, test, today))


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
