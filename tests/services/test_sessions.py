"""Consequence-test sessions: one meeting, many items, all or nothing; only a held test is approved."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dikecualikan_gui.domain.model import AuditAction, Participant, Role, Status
from dikecualikan_gui.errors import InvalidState, PermissionDenied, ValidationError
from dikecualikan_gui.services import approval, items, sessions, users
from dikecualikan_gui.services.sessions import SessionEntry

from conftest import People
from factories import sample_content, sample_test

PEOPLE = [Participant("Siti Aminah", "Petugas PPID", "Sekretariat"), Participant("Budi", "Kepala Bidang", "UKM")]


def _proposal(people: People, judul: str = "Biodata pegawai", by: object = None, **test: object) -> int:
    author = by or people.petugas
    item = items.create_item(author, sample_content(judul))  # type: ignore[arg-type]
    return items.record_test(author, item.id, item.version, sample_test(tanggal=None, **test)).id  # type: ignore


def test_a_session_of_80_items_holds_every_test_under_one_number(people: People) -> None:
    ids = [_proposal(people, "Informasi {n}".format(n=n)) for n in range(80)]
    result = sessions.record_session(
        people.petugas, date(2026, 11, 20), [SessionEntry(i) for i in ids], PEOPLE, tempat="Aula", waktu="09.00 WIB"
    )
    recorded = sessions.get_session(result.nomor)
    assert sorted(recorded.item_ids) == sorted(ids) and recorded.peserta == tuple(PEOPLE)
    for item_id in ids:
        item = items.get_item(item_id)
        assert item.status is Status.DIUJI and item.test is not None and item.test.sesi == result.nomor
        assert item.test.content.tanggal == date(2026, 11, 20) and item.test.content.peserta == tuple(PEOPLE)
    assert sessions.list_sessions()[0] == (result.nomor, date(2026, 11, 20), "Aula", 80)
    second = sessions.record_session(
        people.petugas, date(2026, 11, 21), [SessionEntry(_proposal(people))], PEOPLE, tempat="Aula"
    )
    assert (result.nomor, second.nomor) == ("UK-2026-001", "UK-2026-002")


def test_one_incomplete_item_refuses_the_whole_session(people: People) -> None:
    good = _proposal(people)
    bad = _proposal(people, "Tanpa konsekuensi", konsekuensi="")
    with pytest.raises(ValidationError) as refused:
        sessions.record_session(
            people.petugas, date(2026, 11, 20), [SessionEntry(good), SessionEntry(bad)], PEOPLE, tempat="Aula"
        )
    message = refused.value.problems["items"]
    assert items.get_item(bad).nomor in message and "Konsekuensi" in message
    assert {items.get_item(i).status for i in (good, bad)} == {Status.DRAF}
    assert sessions.list_sessions() == []


@pytest.mark.parametrize(
    "change,field",
    [
        (dict(tanggal=date(2099, 1, 1)), "tanggal"),
        (dict(peserta=[]), "peserta"),
        (dict(peserta=[Participant(" ")]), "peserta"),
        (dict(tempat=" "), "tempat"),
    ],
)
def test_a_session_needs_a_past_date_a_place_and_participants(
    people: People, change: dict[str, object], field: str
) -> None:
    arguments: dict[str, object] = dict(tanggal=date(2026, 11, 20), peserta=PEOPLE, tempat="Aula")
    arguments.update(change)
    with pytest.raises(ValidationError) as refused:
        sessions.record_session(
            people.petugas,
            arguments["tanggal"],
            [SessionEntry(_proposal(people))],  # type: ignore
            arguments["peserta"],
            tempat=arguments["tempat"],
        )  # type: ignore[arg-type]
    assert field in refused.value.problems


def test_only_a_petugas_records_a_session_and_an_item_waiting_cannot_join(people: People) -> None:
    item_id = _proposal(people)
    with pytest.raises(PermissionDenied):
        sessions.record_session(people.atasan, date(2026, 11, 20), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    sessions.record_session(people.petugas, date(2026, 11, 20), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    with pytest.raises(ValidationError, match="tidak dapat diuji"):
        sessions.record_session(people.petugas, date(2026, 11, 21), [SessionEntry(item_id)], PEOPLE, tempat="Aula")


def test_a_submitted_item_is_a_session_of_one_that_needs_participants_and_a_place(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test(peserta=()))
    with pytest.raises(ValidationError, match="peserta"):
        items.submit(people.petugas, item.id)
    item = items.record_test(people.petugas, item.id, None, sample_test())
    submitted = items.submit(people.petugas, item.id).item
    assert submitted.status is Status.DIUJI and submitted.test is not None and submitted.test.held
    assert sessions.get_session(submitted.test.sesi or "").item_ids == (item.id,)
    actions = [e.action for e in items.history(item.id)]
    assert actions.count(AuditAction.TEST_RECORDED) == 1 and AuditAction.SUBMITTED in actions


def test_an_untested_item_cannot_be_approved_and_the_date_follows_the_test(people: People) -> None:
    item_id = _proposal(people)
    sessions.record_session(people.petugas, date(2026, 11, 20), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    with pytest.raises(ValidationError, match="2026-11-20"):
        approval.approve(people.atasan, [item_id], "P/1", tanggal=date(2026, 11, 19))
    with pytest.raises(ValidationError, match="belum tiba"):
        approval.approve(people.atasan, [item_id], "P/1", tanggal=date(2099, 1, 1))
    assert items.get_item(item_id).status is Status.DIUJI
    approval.approve(people.atasan, [item_id], "P/1", tanggal=date(2026, 11, 20))
    assert items.get_item(item_id).status is Status.DISETUJUI


def test_whoever_wrote_the_test_may_not_approve_it_even_when_another_recorded_the_session(people: People) -> None:
    item_id = _proposal(people, by=people.petugas2)
    sessions.record_session(people.petugas, date(2026, 11, 20), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    users.update_user(people.admin, people.petugas2.id, role=Role.ATASAN)
    promoted = dataclasses.replace(people.petugas2, role=Role.ATASAN)
    with pytest.raises(PermissionDenied, match="empat mata"):
        approval.sign_off("petugas2", "kata-sandi-rahasia", [item_id])
    with pytest.raises(PermissionDenied, match="empat mata"):
        approval.approve(promoted, [item_id], "P/1", tanggal=date(2026, 11, 20))
    assert items.get_item(item_id).status is Status.DIUJI


def test_a_retest_of_an_approved_item_keeps_it_in_force_until_approved(people: People) -> None:
    item_id = _proposal(people)
    sessions.record_session(people.petugas, date(2026, 11, 10), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    approval.approve(people.atasan, [item_id], "P/1", tanggal=date(2026, 11, 12))
    end = items.get_item(item_id).berakhir
    with pytest.raises(ValidationError, match="mendahului penetapan"):
        sessions.record_session(people.petugas, date(2026, 11, 11), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    sessions.record_session(people.petugas, date(2026, 11, 20), [SessionEntry(item_id)], PEOPLE, tempat="Aula")
    item = items.get_item(item_id)
    assert item.status is Status.DIUJI and items.in_force(item) and item.berakhir == end
    assert len(items.tests_of(item_id)) == 2


def test_an_unheld_test_never_reaches_approval(people: People) -> None:
    item_id = _proposal(people)
    with pytest.raises(InvalidState):
        approval.approve(people.atasan, [item_id], "P/1", tanggal=date(2026, 11, 20))
