"""Consent (UU 14/2008 Pasal 18 ayat 2 huruf a) gives one person their own information; the item
stays in the DIK, and a whole item is never opened on one person's consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dikecualikan_gui.domain.model import AuditAction, Ground, Status
from dikecualikan_gui.errors import InvalidState, PermissionDenied, ValidationError
from dikecualikan_gui.services import approval, disclosures, items, lifecycle
from dikecualikan_gui.services.disclosures import Consent

from conftest import People
from factories import sample_content, sample_test, submitted

CONSENT = Consent(
    date(2026, 11, 25),
    "Ahmad Rifai (pegawai)",
    "Ahmad Rifai",
    "Surat persetujuan tanggal 24 November 2026",
    "Hasil pemeriksaan kesehatan Ahmad Rifai",
)


def _approved(people: People, **test: object) -> int:
    item_id = submitted(people.petugas, sample_content("Hasil medical check-up pegawai Dinas"), sample_test(**test))
    approval.approve(people.atasan, [item_id], "PEN/{i}".format(i=item_id), tanggal=date(2026, 11, 12))
    return item_id


def test_consent_records_a_disclosure_and_the_item_stays_in_the_dik(people: People) -> None:
    item_id = _approved(people)
    record = disclosures.record_disclosure(people.petugas, item_id, CONSENT)
    assert (record.pemilik, record.penerima, record.recorded_by) == ("Ahmad Rifai (pegawai)", "Ahmad Rifai", "petugas")
    item = items.get_item(item_id)
    assert item.status is Status.DISETUJUI and items.in_force(item)
    assert [r.id for r in items.in_force_rows()] == [item_id]
    [event] = [e for e in items.history(item_id) if e.action is AuditAction.DISCLOSED]
    assert event.details["persetujuan"] == CONSENT.dokumen_persetujuan
    assert [d.id for d in disclosures.disclosures_of(item_id)] == [record.id]
    disclosures.record_disclosure(people.atasan, item_id, CONSENT)  # the atasan may record one too


def test_a_whole_item_is_not_opened_on_one_persons_consent(people: People) -> None:
    assert set(lifecycle.OPENING_REASONS) == {"uji_ulang", "putusan"}
    item_id = _approved(people)
    with pytest.raises(ValidationError) as refused:
        lifecycle.open_early(
            people.atasan,
            item_id,
            None,
            lifecycle.Opening("persetujuan", "Surat persetujuan", "BUKA/1", date(2026, 11, 25), ""),
        )
    assert "dasar" in refused.value.problems
    assert items.get_item(item_id).status is Status.DISETUJUI


def test_consent_needs_a_written_consent_a_person_and_a_personal_ground(people: People) -> None:
    item_id = _approved(people)
    with pytest.raises(ValidationError) as refused:
        disclosures.record_disclosure(people.petugas, item_id, Consent(date(2026, 11, 25), "", "", ""))
    assert set(refused.value.problems) == {"pemilik", "penerima", "dokumen_persetujuan"}
    with pytest.raises(ValidationError, match="belum tiba"):
        disclosures.record_disclosure(
            people.petugas, item_id, Consent(date.today() + timedelta(days=3), "A", "A", "Surat")
        )
    with pytest.raises(PermissionDenied):
        disclosures.record_disclosure(people.admin, item_id, CONSENT)
    other = _approved(people, grounds=(Ground("b"),))
    with pytest.raises(InvalidState, match="huruf g atau h"):
        disclosures.record_disclosure(people.petugas, other, CONSENT)
    draft = items.create_item(people.petugas, sample_content("Belum dikecualikan"))
    with pytest.raises(InvalidState, match="tidak sedang dikecualikan"):
        disclosures.record_disclosure(people.petugas, draft.id, CONSENT)
    assert disclosures.disclosures_of(other) == []


def test_a_pending_retest_does_not_change_what_consent_may_open(people: People) -> None:
    """Approved on huruf b; a re-test adding huruf h waits for approval: consent still cannot apply."""
    item_id = _approved(people, grounds=(Ground("b"),))
    item = items.get_item(item_id)
    items.record_test(
        people.petugas2,
        item.id,
        item.version,
        sample_test(tanggal=date(2026, 11, 20), grounds=(Ground("b"), Ground("h", 2))),
    )
    assert items.get_item(item_id).status is Status.DIUJI
    with pytest.raises(InvalidState, match="huruf g atau h"):
        disclosures.record_disclosure(people.petugas, item_id, CONSENT)
