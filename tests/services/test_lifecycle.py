"""Sign-off by the supervisor, expiry with working days and holidays, automatic berakhir,
opening early, extension, and the DIK editions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import AuditAction, Decision, JangkaWaktuKind, Role, Status
from dikecualikan_gui.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidState,
    PermissionDenied,
    ValidationError,
)
from dikecualikan_gui.services import approval, audit, auth, editions, items, lifecycle, users

from conftest import People
from factories import PASSWORD, sample_content, sample_test

NOW = datetime(2026, 11, 25, 2, 0)


def at(day: date) -> datetime:
    """A moment on that day (services never accept a test or a penetapan dated after 'now')."""
    return datetime(day.year, day.month, day.day, 5, 0)


def _submitted(people: People, judul: str = "Biodata pegawai", **test: object) -> int:
    item = items.create_item(people.petugas, sample_content(judul))
    item = items.record_test(people.petugas, item.id, item.version, sample_test(**test))
    return items.submit(people.petugas, item.id, item.version).item.id


def _approved(people: People, judul: str, until: date | None = None, penetapan: str = "") -> int:
    jw = (
        make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=until)
        if until
        else make_jangka_waktu(JangkaWaktuKind.DURASI, years=5)
    )
    item_id = _submitted(people, judul, jangka_waktu=jw)
    approval.approve(people.atasan, [item_id], penetapan or "PEN/{j}".format(j=judul), tanggal=date(2026, 11, 12))
    return item_id


# --- sign-off ---------------------------------------------------------------------------------


def test_sign_off_accepts_only_an_active_atasan_and_audits_every_refusal(people: People) -> None:
    item_id = _submitted(people)
    assert approval.sign_off("atasan", PASSWORD, [item_id], now=NOW) == people.atasan
    assert audit.recent(1)[0].details["keperluan"] == "persetujuan"

    with pytest.raises(AuthenticationFailed):
        approval.sign_off("atasan", "bukan-sandinya", [item_id], now=NOW)
    failed = audit.recent(1)[0]
    assert (failed.action, failed.actor, failed.details["keperluan"]) == (
        AuditAction.LOGIN_FAILED,
        "atasan",
        "persetujuan",
    )

    with pytest.raises(PermissionDenied, match="Atasan PPID"):
        approval.sign_off("petugas2", PASSWORD, [item_id], now=NOW)
    assert audit.recent(1)[0].action is AuditAction.SIGNOFF_REFUSED

    users.update_user(people.admin, people.petugas.id, role=Role.ATASAN)
    with pytest.raises(PermissionDenied, match="empat mata"):
        approval.sign_off("petugas", PASSWORD, [item_id], now=NOW)
    assert audit.recent(1)[0].action is AuditAction.SIGNOFF_REFUSED


def test_failed_sign_offs_count_toward_the_lockout(people: People) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            approval.sign_off("atasan", "salah", now=NOW)
    with pytest.raises(AccountLocked):
        approval.sign_off("atasan", "salah", now=NOW)
    with pytest.raises(AccountLocked):  # the right password too, while locked: also for logging in
        auth.authenticate("atasan", PASSWORD, now=NOW + timedelta(minutes=1))


# --- expiry -----------------------------------------------------------------------------------


def test_expiring_soon_counts_working_days_and_holidays(people: People) -> None:
    today = date(2026, 12, 1)
    inside = _approved(people, "Berakhir 12 Januari", date(2027, 1, 12))
    edge = _approved(people, "Berakhir 14 Januari", date(2027, 1, 14))
    _approved(people, "Berakhir 15 Januari", date(2027, 1, 15))
    _approved(people, "Berakhir 2030", date(2030, 1, 1))
    soon = {row.id for row in lifecycle.expiring_soon(today)}
    assert lifecycle.notice_until(today) == date(2027, 1, 12)  # 30 working days, weekends skipped
    assert soon == {inside}
    lifecycle.set_holiday(people.admin, date(2026, 12, 25), "Hari Raya Natal")
    lifecycle.set_holiday(people.admin, date(2027, 1, 1), "Tahun Baru")
    assert lifecycle.notice_until(today) == date(2027, 1, 14)
    assert {row.id for row in lifecycle.expiring_soon(today)} == {inside, edge}
    assert lifecycle.count_expiring_soon(today) == 2
    lifecycle.remove_holiday(people.admin, date(2027, 1, 1))
    assert [h for h, _ in lifecycle.holidays()] == [date(2026, 12, 25)]
    with pytest.raises(PermissionDenied):
        lifecycle.set_holiday(people.petugas, date(2027, 3, 3), "Nyepi")


def test_the_day_after_its_end_an_item_ends_by_itself(people: People) -> None:
    item_id = _approved(people, "Berakhir akhir tahun", date(2026, 12, 31))
    assert lifecycle.expire_due(date(2026, 12, 31)) == []  # the last exempt day
    assert items.get_item(item_id).status is Status.DISETUJUI
    [nomor] = lifecycle.expire_due(date(2027, 1, 1))
    ended = items.get_item(item_id)
    assert (ended.nomor, ended.status) == (nomor, Status.BERAKHIR)
    event = items.history(item_id)[-1]
    assert (event.action, event.actor) == (AuditAction.EXPIRED, "sistem")
    assert lifecycle.expire_due(date(2027, 6, 1)) == []
    with pytest.raises(InvalidState):
        items.update_item(people.petugas, item_id, None, sample_content("Diubah"))


def test_opening_early_is_a_decision_with_a_penetapan(people: People) -> None:
    item_id = _approved(people, "Dibuka atas putusan", date(2030, 1, 1))
    opening = lifecycle.Opening(
        "putusan", "Putusan Komisi Informasi Nomor 7/2027", "BUKA/1/2027", date(2027, 2, 1), "Pontianak"
    )
    with pytest.raises(ValidationError) as excinfo:
        lifecycle.open_early(people.atasan, item_id, None, lifecycle.Opening("x", "", "", date(2027, 2, 1), ""))
    assert set(excinfo.value.problems) == {"dasar", "alasan", "nomor_penetapan"}
    with pytest.raises(PermissionDenied):
        lifecycle.open_early(people.petugas, item_id, None, opening)
    opened = lifecycle.open_early(people.atasan, item_id, None, opening)
    assert opened.status is Status.BERAKHIR and opened.berakhir == date(2027, 2, 1)
    decision = opened.last_decision
    assert decision is not None and decision.decision is Decision.DIBUKA
    assert decision.nomor_penetapan == "BUKA/1/2027" and "7/2027" in decision.catatan
    assert items.history(item_id)[-1].action is AuditAction.OPENED
    with pytest.raises(InvalidState):
        lifecycle.open_early(
            people.atasan, item_id, None, lifecycle.Opening("putusan", "lagi", "BUKA/2/2027", date(2027, 2, 2), "")
        )


def test_extension_needs_a_new_test_and_a_new_approval(people: People) -> None:
    item_id = _approved(people, "Diperpanjang", date(2027, 1, 10))
    item = items.get_item(item_id)
    longer = sample_test(
        tanggal=date(2026, 12, 20),
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2029, 12, 31)),
    )
    item = items.record_test(people.petugas2, item.id, item.version, longer, now=at(date(2026, 12, 21)))
    assert item.status is Status.DIUJI and item.test is not None and item.test.held
    approval.approve(people.atasan, [item.id], "PERPANJANG/1", tanggal=date(2026, 12, 28), now=at(date(2026, 12, 28)))
    extended = items.get_item(item_id)
    assert extended.status is Status.DISETUJUI and extended.berakhir == date(2029, 12, 31)
    assert [t.content.jangka_waktu.until for t in items.tests_of(item_id) if t.content.jangka_waktu] == [
        date(2029, 12, 31),
        date(2027, 1, 10),
    ]
    assert [d.nomor_penetapan for d in items.decisions_of(item_id)] == ["PERPANJANG/1", "PEN/Diperpanjang"]


# --- editions ---------------------------------------------------------------------------------


def test_editions_are_numbered_frozen_and_compared(people: People) -> None:
    first_item = _approved(people, "Biodata pegawai", date(2027, 6, 30))
    opened_item = _approved(people, "Notulen rapat", date(2028, 1, 1))
    with pytest.raises(PermissionDenied):
        editions.create_edition(people.petugas, 2026, "DIK/2026")
    one = editions.create_edition(people.atasan, 2026, "DIK/2026", date(2026, 12, 1), now=at(date(2026, 12, 1)))
    assert (one.nomor, len(one.entries)) == (1, 2)
    assert editions.diff_with_previous(one).added == one.entries

    # A year later: one added, one extended, one opened.
    _approved(people, "Data rekening", date(2029, 1, 1))
    item = items.get_item(first_item)
    item = items.record_test(
        people.petugas2,
        item.id,
        item.version,
        sample_test(
            tanggal=date(2026, 11, 20),
            jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2030, 6, 30)),
        ),
    )
    approval.approve(people.atasan, [item.id], "PERPANJANG/2027", tanggal=date(2027, 6, 1), now=at(date(2027, 6, 1)))
    lifecycle.open_early(
        people.atasan,
        opened_item,
        None,
        lifecycle.Opening("uji_ulang", "Uji ulang menyatakan terbuka", "BUKA/2027", date(2027, 6, 2), "Pontianak"),
    )
    two = editions.create_edition(people.atasan, 2027, "DIK/2027", date(2027, 12, 1), now=at(date(2027, 12, 1)))
    change = editions.diff_with_previous(two)
    assert [e.judul for e in change.added] == ["Data rekening"]
    assert [(a.berakhir, b.berakhir) for a, b in change.extended] == [("2027-06-30", "2030-06-30")]
    assert [e.judul for e in change.opened] == ["Notulen rapat"]
    assert change.changed == ()
    assert [e.nomor for e in editions.list_editions()] == [2, 1]
    assert editions.get_edition(1) == one  # the first edition did not move

    with pytest.raises(ValidationError, match="sudah dipakai"):
        editions.create_edition(people.atasan, 2027, "DIK/2027")
    assert audit.verify().ok


def test_a_changed_edition_is_reported(people: People) -> None:
    from dikecualikan_gui.db.models import Edition

    _approved(people, "Biodata pegawai", date(2027, 6, 30))
    editions.create_edition(people.atasan, 2026, "DIK/2026")
    row = Edition.get()
    Edition.update(snapshot=row.snapshot.replace("Biodata", "Bukan")).where(Edition.id == row.id).execute()
    assert any("Edisi DIK nomor 1" in p.message for p in audit.verify().problems)


def test_a_change_waiting_for_approval_leaves_the_approved_version_in_force(people: People) -> None:
    item_id = _approved(people, "Kontrak pengadaan berjalan", date(2027, 1, 5))
    item = items.get_item(item_id)
    item = items.update_item(people.petugas, item_id, item.version, sample_content("Judul yang belum disetujui"))
    assert item.status is not Status.DISETUJUI and items.in_force(item)
    # the DIK, the expiry notice and the editions read what was approved
    assert [r.judul for r in items.in_force_rows()] == ["Kontrak pengadaan berjalan"]
    assert [r.judul for r in editions.current_entries()] == ["Kontrak pengadaan berjalan"]
    assert [r.id for r in lifecycle.expiring_soon(date(2026, 12, 1))] == [item_id]
    # the pending change cannot be refused into oblivion: it is returned instead
    with pytest.raises(InvalidState):
        approval.reject_item(people.atasan, item_id, item.version, "Tidak perlu")
    # approving the change with the same test keeps the end date of that test
    approval.approve(people.atasan, [item_id], "PEN/ubah-judul", tanggal=date(2026, 12, 2), now=at(date(2026, 12, 2)))
    again = items.get_item(item_id)
    assert (again.status, again.berakhir, again.content.judul) == (
        Status.DISETUJUI,
        date(2027, 1, 5),
        "Judul yang belum disetujui",
    )
    assert [r.judul for r in items.in_force_rows()] == ["Judul yang belum disetujui"]


def test_a_pending_change_ends_with_the_approval_it_waits_under(people: People) -> None:
    item_id = _approved(people, "Berakhir saat menunggu", date(2026, 12, 31))
    item = items.get_item(item_id)
    items.update_item(people.petugas, item_id, item.version, sample_content("Perubahan menunggu"))
    assert lifecycle.expire_due(date(2027, 1, 1)) == [item.nomor]
    assert items.get_item(item_id).status is Status.BERAKHIR
    assert items.in_force_rows() == []


def test_a_retest_before_the_penetapan_in_force_is_refused(people: People) -> None:
    """A re-test dated before the approval it would replace would end the exemption in the past."""
    item_id = _approved(people, "Uji ulang mundur", date(2028, 1, 1))  # approved 12 November 2026
    item = items.get_item(item_id)
    with pytest.raises(ValidationError, match="mendahului penetapan yang berlaku"):
        items.record_test(people.petugas2, item.id, item.version, sample_test(tanggal=date(2024, 1, 10)))
    assert items.get_item(item_id).status is Status.DISETUJUI and items.get_item(item_id).berakhir == date(2028, 1, 1)


def test_an_edition_is_not_dated_after_today(people: People) -> None:
    _approved(people, "Biodata pegawai", date(2027, 6, 30))
    with pytest.raises(ValidationError, match="belum tiba"):
        editions.create_edition(people.atasan, 2026, "DIK/2099", date(2099, 1, 1))
    assert editions.list_editions() == []
