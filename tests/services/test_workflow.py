"""The exemption workflow end to end through the services: states, four-eyes, re-approval."""

from __future__ import annotations

from datetime import date

import pytest

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain.model import (
    AuditAction,
    Decision,
    Ground,
    ItemContent,
    Kesimpulan,
    ReleaseCondition,
    RowFilter,
    Status,
)
from dikecualikan_gui.errors import (
    Conflict,
    InvalidState,
    PermissionDenied,
    ValidationError,
)
from dikecualikan_gui.services import approval, items
from dikecualikan_gui.services.common import local_today

from conftest import People
from factories import sample_content, sample_test


def _submitted(people: People, judul: str = "Biodata pegawai") -> int:
    item = items.create_item(people.petugas, sample_content(judul))
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    return items.submit(people.petugas, item.id, item.version).item.id


def test_first_item_runs_from_draft_to_the_dik(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    assert item.status is Status.DRAF
    assert item.nomor == "{y}/001".format(y=local_today().year)
    assert item.version == 1

    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    assert item.status is Status.DRAF
    assert item.test is not None and item.test.content.grounds == (Ground("h", 2),)
    assert item.berakhir == date(2031, 11, 10)  # provisional: 5 years from the test

    result = items.submit(people.petugas, item.id, item.version)
    assert result.item.status is Status.DIUJI
    assert result.warnings == ()

    [approved] = approval.approve(
        people.atasan, [item.id], "001/PPID/2026", tanggal=date(2026, 11, 25), tempat="Pontianak"
    )
    assert approved.status is Status.DISETUJUI
    assert approved.berakhir == date(2031, 11, 25)  # from the penetapan
    decision = approved.last_decision
    assert decision is not None and decision.decision is Decision.DISETUJUI
    assert decision.nomor_penetapan == "001/PPID/2026"
    assert decision.fingerprint == content_rules.fingerprint(
        content_rules.snapshot(approved.content, approved.test.content if approved.test else None)
    )

    [row] = items.list_items(RowFilter(status=Status.DISETUJUI))
    assert (row.nomor, row.disetujui_oleh, row.nomor_penetapan) == (approved.nomor, "atasan", "001/PPID/2026")

    actions = [e.action for e in items.history(item.id)]
    assert actions == [AuditAction.ITEM_CREATED, AuditAction.TEST_RECORDED, AuditAction.SUBMITTED, AuditAction.APPROVED]


def test_numbers_are_per_year_and_never_reused(people: People) -> None:
    first = items.create_item(people.petugas, sample_content("Satu"))
    second = items.create_item(people.petugas, sample_content("Dua"))
    items.delete_draft(people.petugas, second.id, second.version)
    third = items.create_item(people.petugas, sample_content("Tiga"))
    year = local_today().year
    assert [first.nomor, third.nomor] == ["{y}/001".format(y=year), "{y}/003".format(y=year)]


def test_submission_needs_a_complete_test(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    with pytest.raises(ValidationError) as excinfo:
        items.submit(people.petugas, item.id, item.version)
    assert "uji" in excinfo.value.problems

    item = items.record_test(
        people.petugas, item.id, item.version, sample_test(grounds=(Ground("h"),), konsekuensi=" ", jangka_waktu=None)
    )
    with pytest.raises(ValidationError) as excinfo:
        items.submit(people.petugas, item.id, item.version)
    problems = excinfo.value.problems
    assert "angka" in problems["pasal17"]
    assert {"konsekuensi", "jangka_waktu"} <= set(problems)
    assert items.get_item(item.id).status is Status.DRAF


def test_huruf_j_needs_another_statute(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test(grounds=(Ground("j"),)))
    with pytest.raises(ValidationError) as excinfo:
        items.submit(people.petugas, item.id, item.version)
    assert "uu_lain" in excinfo.value.problems
    item = items.record_test(
        people.petugas,
        item.id,
        item.version,
        sample_test(grounds=(Ground("j"),), uu_lain=("UU Nomor 43 Tahun 2009 tentang Kearsipan",)),
    )
    assert items.submit(people.petugas, item.id, item.version).item.status is Status.DIUJI


def test_structurally_impossible_grounds_are_refused_at_once(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    for bad in (Ground("k"), Ground("h", 9), Ground("b", 1)):
        with pytest.raises(ValidationError):
            items.record_test(people.petugas, item.id, item.version, sample_test(grounds=(bad,)))
    assert items.tests_of(item.id) == []


def test_return_makes_the_item_editable_again(people: People) -> None:
    item_id = _submitted(people)
    item = items.get_item(item_id)
    with pytest.raises(InvalidState):
        items.update_item(people.petugas, item.id, item.version, sample_content("Ubah saat diuji"))
    with pytest.raises(ValidationError):
        approval.return_item(people.atasan, item.id, item.version, "  ")
    item = approval.return_item(people.atasan, item.id, item.version, "Perjelas konsekuensi")
    assert item.status is Status.DIKEMBALIKAN
    assert item.last_decision is not None and item.last_decision.catatan == "Perjelas konsekuensi"
    item = items.update_item(people.petugas, item.id, item.version, sample_content("Judul diperjelas"))
    assert item.status is Status.DIKEMBALIKAN
    assert items.submit(people.petugas, item.id, item.version).item.status is Status.DIUJI


def test_reject_keeps_the_information_public_and_final(people: People) -> None:
    item_id = _submitted(people)
    item = approval.reject_item(people.atasan, item_id, None, "Informasi ini wajib tersedia setiap saat")
    assert item.status is Status.DITOLAK
    with pytest.raises(InvalidState):
        items.update_item(people.petugas, item.id, item.version, sample_content("x"))
    with pytest.raises(InvalidState):
        items.submit(people.petugas, item.id, item.version)
    with pytest.raises(InvalidState):
        approval.approve(people.atasan, [item.id], "9/2026")


def test_four_eyes_the_recorder_may_not_approve(people: People) -> None:
    item_id = _submitted(people)
    # A petugas promoted to atasan still may not approve the test they recorded.
    from dikecualikan_gui.domain.model import Role
    from dikecualikan_gui.services import users

    promoted = users.update_user(people.admin, people.petugas.id, role=Role.ATASAN).as_actor()
    with pytest.raises(PermissionDenied, match="empat mata"):
        approval.approve(promoted, [item_id], "001/PPID/2026")
    assert items.get_item(item_id).status is Status.DIUJI
    assert not queries.penetapan_exists("001/PPID/2026")


def test_batch_approval_is_one_penetapan_and_all_or_nothing(people: People) -> None:
    ids = [_submitted(people, "Usulan {n}".format(n=n)) for n in range(3)]
    draft = items.create_item(people.petugas, sample_content("Masih draf"))
    with pytest.raises(InvalidState):
        approval.approve(people.atasan, [*ids, draft.id], "002/PPID/2026")
    assert all(items.get_item(i).status is Status.DIUJI for i in ids)

    approved = approval.approve(people.atasan, ids, "002/PPID/2026")
    assert {a.status for a in approved} == {Status.DISETUJUI}
    assert {a.last_decision.nomor_penetapan for a in approved if a.last_decision} == {"002/PPID/2026"}
    with pytest.raises(ValidationError, match="sudah dipakai"):
        approval.approve(people.atasan, [_submitted(people, "Lain")], "002/PPID/2026")


def test_a_change_to_an_approved_item_needs_a_new_approval(people: People) -> None:
    item_id = _submitted(people)
    [item] = approval.approve(people.atasan, [item_id], "003/PPID/2026")
    first_fingerprint = item.last_decision.fingerprint if item.last_decision else ""

    changed = items.update_item(people.petugas, item.id, item.version, sample_content("Biodata pegawai (revisi)"))
    assert changed.status is Status.DIUJI
    assert approval.needs_reapproval(changed)
    assert approval.changes_since_approval(item.id) == [("judul", "Biodata pegawai", "Biodata pegawai (revisi)")]
    assert [r.nomor for r in items.list_items(RowFilter(status=Status.DISETUJUI))] == []

    [again] = approval.approve(people.atasan, [item.id], "004/PPID/2026")
    assert again.status is Status.DISETUJUI
    assert not approval.needs_reapproval(again)
    history = queries.approvals_of(item.id)
    assert [h.nomor_penetapan for h in history] == ["004/PPID/2026", "003/PPID/2026"]
    assert history[1].fingerprint == first_fingerprint != history[0].fingerprint


def test_a_new_test_on_an_approved_item_needs_a_new_approval(people: People) -> None:
    item_id = _submitted(people)
    [item] = approval.approve(people.atasan, [item_id], "005/PPID/2026", tanggal=date(2026, 11, 12))
    with pytest.raises(ValidationError):  # an approved item cannot be left half-tested
        items.record_test(people.petugas, item.id, item.version, sample_test(pertimbangan=""))
    retested = items.record_test(people.petugas2, item.id, item.version, sample_test(tanggal=date(2026, 11, 20)))
    assert retested.status is Status.DIUJI
    assert len(items.tests_of(item.id)) == 2
    assert [c[0] for c in approval.changes_since_approval(item.id)] == ["uji.tanggal"]


def test_nothing_submitted_is_ever_deleted(people: People) -> None:
    item_id = _submitted(people)
    for status_change in (None, "return"):
        if status_change == "return":
            approval.return_item(people.atasan, item_id, None, "Perbaiki")
        with pytest.raises(InvalidState):
            items.delete_draft(people.petugas, item_id)
    assert items.get_item(item_id)


def test_second_save_with_a_stale_version_is_refused(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    items.update_item(people.petugas, item.id, item.version, sample_content("Versi petugas satu"))
    with pytest.raises(Conflict, match="diubah oleh pengguna lain"):
        items.update_item(people.petugas2, item.id, item.version, sample_content("Versi petugas dua"))
    assert items.get_item(item.id).content.judul == "Versi petugas satu"


def test_approval_refuses_a_test_that_concluded_open(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test(kesimpulan=Kesimpulan.TERBUKA))
    result = items.submit(people.petugas, item.id, item.version)
    assert [w.field for w in result.warnings] == ["kesimpulan"]
    with pytest.raises(InvalidState, match="terbuka"):
        approval.approve(people.atasan, [item.id], "006/PPID/2026")


def test_submission_warnings_are_returned_and_audited(people: People) -> None:
    from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
    from dikecualikan_gui.domain.model import JangkaWaktuKind

    item = items.create_item(people.petugas, ItemContent(judul="Surat Keputusan penetapan pemenang"))
    item = items.record_test(
        people.petugas,
        item.id,
        item.version,
        sample_test(
            grounds=(Ground("b"),),
            syarat_pembukaan=(ReleaseCondition.PERSETUJUAN,),
            jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=2),
        ),
    )
    result = items.submit(people.petugas, item.id, item.version)
    fields = sorted(w.field for w in result.warnings)
    assert fields == ["judul", "syarat_pembukaan"]
    event = items.history(item.id)[-1]
    assert event.action is AuditAction.SUBMITTED
    assert len(event.details["peringatan"]) == 2  # type: ignore[arg-type]


def test_a_drafts_test_is_amended_until_a_decision_refers_to_it(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    item = items.record_test(people.petugas, item.id, item.version, sample_test(alasan="Alasan diperjelas"))
    assert len(items.tests_of(item.id)) == 1
    assert items.history(item.id)[-1].action is AuditAction.TEST_CHANGED
    assert items.history(item.id)[-1].details["after"] == {"alasan": "Alasan diperjelas"}
    unchanged = items.record_test(people.petugas, item.id, item.version, sample_test(alasan="Alasan diperjelas"))
    assert unchanged.version == item.version  # nothing to save, nothing recorded

    items.submit(people.petugas, item.id, item.version)
    returned = approval.return_item(people.atasan, item.id, None, "Perbaiki pertimbangan")
    retested = items.record_test(people.petugas, item.id, returned.version, sample_test(pertimbangan="Baru"))
    assert [t.content.pertimbangan for t in items.tests_of(item.id)] == [
        "Baru",
        "Melindungi hak pribadi lebih besar daripada manfaat membuka",
    ]
    assert retested.test is not None and retested.test.content.pertimbangan == "Baru"


def test_permission_is_checked_against_the_stored_user(people: People) -> None:
    """A session remembered from before a change of role or a disabling is refused."""
    from dikecualikan_gui.domain.model import Role
    from dikecualikan_gui.services import users

    remembered = people.petugas
    users.update_user(people.admin, remembered.id, role=Role.ATASAN)
    with pytest.raises(PermissionDenied, match="tidak berwenang"):
        items.create_item(remembered, sample_content())
    users.update_user(people.admin, people.petugas2.id, active=False)
    with pytest.raises(PermissionDenied, match="tidak aktif"):
        items.create_item(people.petugas2, sample_content())
    assert items.list_items() == []
