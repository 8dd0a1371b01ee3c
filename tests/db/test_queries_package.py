"""db/queries is a package by area: every name the single module had still answers as queries.X
and through ``from dikecualikan_gui.db.queries import X``; its small reads return named rows; and no
production class carries a name pytest would try to collect as a test."""

from __future__ import annotations

import ast
import importlib
from datetime import date
from pathlib import Path

import pytest

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import AuditAction, JangkaWaktuKind, Status
from dikecualikan_gui.services import approval, items, lifecycle

from conftest import People
from factories import sample_content, sample_test

PACKAGE = Path(__file__).resolve().parent.parent.parent / "dikecualikan_gui"

#: The public names of db/queries.py before it became a package (EditionRow became domain Edition).
FORMER_NAMES = (
    "AUDIT_HEAD_KEY AuditBatch CHUNK Credentials InForce NewItem SYSTEM_ACTOR all_attachment_paths append_audit "
    "approval_snapshot approvals_of attachments_of audit_head count_active_admins count_penetapan count_users "
    "delete_draft_item delete_holiday due_for_expiry format_nomor get_attachment get_credentials get_item "
    "get_meta get_profile get_user get_user_by_username in_force_snapshots insert_approval insert_attachment "
    "insert_edition insert_item insert_items insert_penetapan insert_test insert_tests insert_user item_history "
    "item_id_by_nomor item_source iter_approval_snapshots iter_audit last_events list_editions list_holidays "
    "list_users mark_attachment_removed next_nomor penetapan_exists recent_audit reserve_nomors save_profile "
    "set_meta test_has_decision tests_of update_item update_test update_user upsert_holiday"
).split()


@pytest.mark.parametrize("name", FORMER_NAMES)
def test_every_former_name_answers_both_ways(name: str) -> None:
    attribute = getattr(queries, name)
    imported = getattr(importlib.import_module("dikecualikan_gui.db.queries"), name)
    assert imported is attribute
    if callable(attribute) and hasattr(attribute, "__module__"):
        assert attribute.__module__.startswith("dikecualikan_gui.db.queries."), "defined in an area module"


def test_the_small_reads_return_named_rows(people: People) -> None:
    lifecycle.set_holiday(people.admin, date(2026, 12, 25), "Hari Raya Natal")
    (holiday,) = queries.list_holidays()
    assert (holiday.tanggal, holiday.nama) == (date(2026, 12, 25), "Hari Raya Natal")

    created = items.create_item(people.petugas, sample_content("Biodata pegawai"))
    with connection.transaction():
        reserved = queries.next_nomor(created.tahun)
    assert reserved.urut == created.urut + 1
    assert reserved.nomor == queries.format_nomor(created.tahun, created.urut + 1)

    head = queries.audit_head()
    window = queries.last_events(2)
    assert head.events == window.total == len(list(queries.iter_audit()))
    assert head.hash == window.events[-1].hash
    assert window.events[-1].action == AuditAction.ITEM_CREATED.value
    assert queries.due_for_expiry(date(2100, 1, 1)) == []  # nothing is in force yet


def test_an_ended_item_is_read_by_name(people: People) -> None:
    """expire_due reads the ExpiryDue rows by name: the item, its version and its last exempt day."""
    until = make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2026, 12, 31))
    created = items.create_item(people.petugas, sample_content("Berakhir akhir tahun"))
    tested = items.record_test(people.petugas, created.id, created.version, sample_test(jangka_waktu=until))
    items.submit(people.petugas, tested.id, tested.version)
    approval.approve(people.atasan, [created.id], "PEN/1", tanggal=date(2026, 11, 12))
    approved = items.get_item(created.id)
    assert queries.due_for_expiry(date(2026, 12, 31)) == []
    (due,) = queries.due_for_expiry(date(2027, 1, 1))
    assert (due.item_id, due.nomor, due.version, due.berakhir) == (
        approved.id,
        approved.nomor,
        approved.version,
        date(2026, 12, 31),
    )
    assert lifecycle.expire_due(date(2027, 1, 1)) == [approved.nomor]
    ended = items.get_item(created.id)
    assert ended.status is Status.BERAKHIR
    assert items.history(created.id)[-1].details["berakhir"] == "2026-12-31"


def test_no_production_class_is_named_like_a_test() -> None:
    """pytest collects classes named Test* that a test module imports; production classes never are."""
    found = [
        "{m}: {c}".format(m=path.relative_to(PACKAGE), c=node.name)
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.startswith("Test")
    ]
    assert found == []
