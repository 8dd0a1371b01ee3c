"""Tampering with the audit trail outside the application is detected, with its position."""

from __future__ import annotations

import json

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import AppMeta, AuditEvent
from dikecualikan_gui.db.queries import AUDIT_HEAD_KEY
from dikecualikan_gui.services import audit, items

from conftest import People
from factories import sample_content


def _events(people: People, n: int = 6) -> list[int]:
    for k in range(n):
        items.create_item(people.petugas, sample_content("Usulan {k}".format(k=k)))
    return [e.id for e in AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id)]


def test_an_untouched_trail_verifies(people: People) -> None:
    ids = _events(people)
    result = audit.verify()
    assert result.ok and result.count == len(ids)


def test_an_edited_row_is_reported_at_its_position(people: People) -> None:
    ids = _events(people)
    target = ids[6]
    AuditEvent.update(details=json.dumps({"after": {"judul": "dipalsukan"}})).where(AuditEvent.id == target).execute()
    result = audit.verify()
    assert not result.ok
    assert [(p.position, p.event_id) for p in result.problems if p.event_id is not None] == [(7, target)]
    assert "diubah" in result.problems[0].message


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(people: People) -> None:
    from dikecualikan_gui.domain.audit_chain import EventData, hash_of

    ids = _events(people)
    row = AuditEvent.get_by_id(ids[3])
    forged = EventData(
        row.id,
        row.at,
        row.actor_id,
        "penyusup",
        row.action,
        row.item_id,
        row.item_nomor,
        row.details,
        row.prev_hash,
        "",
    )
    AuditEvent.update(actor="penyusup", hash=hash_of(forged)).where(AuditEvent.id == row.id).execute()
    result = audit.verify()
    assert [(p.position, p.event_id) for p in result.problems if p.event_id is not None] == [(5, ids[4])]


def test_a_deleted_row_is_reported(people: People) -> None:
    ids = _events(people)
    AuditEvent.delete().where(AuditEvent.id == ids[2]).execute()
    result = audit.verify()
    positions = [(p.position, p.event_id) for p in result.problems if p.event_id is not None]
    assert (3, ids[3]) in positions
    assert any("hilang" in p.message for p in result.problems)
    assert any(p.position == 0 for p in result.problems)  # the count no longer matches the head


def test_reordered_rows_are_reported(people: People) -> None:
    ids = _events(people)
    first, second = AuditEvent.get_by_id(ids[1]), AuditEvent.get_by_id(ids[2])
    columns = ("at", "actor_id", "actor", "action", "item_id", "item_nomor", "details", "prev_hash", "hash")
    a = {c: getattr(first, c) for c in columns}
    b = {c: getattr(second, c) for c in columns}
    AuditEvent.update(**b).where(AuditEvent.id == ids[1]).execute()
    AuditEvent.update(**a).where(AuditEvent.id == ids[2]).execute()
    result = audit.verify()
    assert {p.position for p in result.problems} >= {2, 3}


def test_rows_cut_from_the_end_are_reported(people: People) -> None:
    ids = _events(people)
    AuditEvent.delete().where(AuditEvent.id >= ids[-2]).execute()
    result = audit.verify()
    assert "seharusnya {n}".format(n=len(ids)) in result.problems[0].message
    if connection.sqlite_file() is not None:  # and the anchor beside the file knows the longer chain
        assert [p.position for p in result.problems] == [0, 0]
        assert "salinan lama" in result.problems[1].message
    else:
        assert [p.position for p in result.problems] == [0]


def test_the_head_itself_is_checked(people: People) -> None:
    _events(people)
    head = json.loads(AppMeta.get_by_id(AUDIT_HEAD_KEY).value)
    head["hash"] = "f" * 64
    AppMeta.update(value=json.dumps(head)).where(AppMeta.key == AUDIT_HEAD_KEY).execute()
    assert not audit.verify().ok


def test_an_edited_approval_is_reported(people: People) -> None:
    from dikecualikan_gui.db.models import Approval
    from dikecualikan_gui.services import approval

    from factories import sample_test

    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id, item.version)
    approval.approve(people.atasan, [item.id], "001/PPID/2026")
    assert audit.verify().ok
    Approval.update(snapshot=Approval.snapshot.concat(" ")).execute()
    result = audit.verify()
    assert [p.message for p in result.problems if "Persetujuan" in p.message]
    assert item.nomor in result.problems[0].message


def test_a_damaged_head_is_reported_not_a_crash(people: People) -> None:
    _events(people, 1)
    AppMeta.update(value="bukan json").where(AppMeta.key == AUDIT_HEAD_KEY).execute()
    result = audit.verify()
    assert not result.ok and "Kepala rantai" in result.problems[-1].message


def test_the_quick_check_at_start_reads_the_newest_events_against_the_head(people: People) -> None:
    ids = _events(people)
    assert audit.quick_check() == []
    AuditEvent.update(details=json.dumps({"after": {"judul": "dipalsukan"}})).where(AuditEvent.id == ids[-1]).execute()
    assert any("diubah" in p for p in audit.quick_check())
    AuditEvent.delete().where(AuditEvent.id == ids[-1]).execute()
    assert any("seharusnya" in p for p in audit.quick_check())
