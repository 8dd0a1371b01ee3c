"""Every role against every action, through the services: allowed ones succeed, the others are
refused with PermissionDenied and change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import queries
from dikecualikan_gui.domain.model import Actor, AgencyProfile, Role
from dikecualikan_gui.domain.permissions import PERMISSIONS, Action, can
from dikecualikan_gui.errors import PermissionDenied
from dikecualikan_gui.services import (
    approval,
    attachments,
    backup,
    disclosures,
    editions,
    importer,
    items,
    lifecycle,
    profile,
    users,
)

from conftest import People
from factories import PASSWORD, sample_content, sample_test

EXPECTED = {
    Role.PETUGAS: {
        Action.CREATE_ITEM,
        Action.EDIT_ITEM,
        Action.DELETE_DRAFT,
        Action.RECORD_TEST,
        Action.SUBMIT,
        Action.MANAGE_ATTACHMENTS,
        Action.IMPORT,
        Action.RECORD_DISCLOSURE,
    },
    Role.ATASAN: {
        Action.APPROVE,
        Action.RETURN,
        Action.REJECT,
        Action.OPEN_EARLY,
        Action.PUBLISH_EDITION,
        Action.RECORD_DISCLOSURE,
    },
    Role.ADMIN: {Action.MANAGE_USERS, Action.EDIT_PROFILE, Action.BACKUP},
}


def test_the_permission_table_is_exactly_the_intended_one() -> None:
    assert {role: set(actions) for role, actions in PERMISSIONS.items()} == EXPECTED
    for role in Role:
        for action in Action:
            assert can(role, action) == (action in EXPECTED[role])


def _draft(people: People) -> int:
    return items.create_item(people.petugas, sample_content()).id


def _tested(people: People) -> int:
    item = items.create_item(people.petugas, sample_content())
    return items.record_test(people.petugas, item.id, item.version, sample_test()).id


def _submitted(people: People) -> int:
    return items.submit(people.petugas, _tested(people)).item.id


def _csv(tmp: Path) -> Path:
    path = tmp / "usulan.csv"
    path.write_text("judul;dasar hukum\nDaftar gaji pegawai;Pasal 17 huruf h angka 3\n", encoding="utf-8")
    return path


def _file(tmp: Path) -> Path:
    path = tmp / "lampiran.txt"
    path.write_text("isi lampiran", encoding="utf-8")
    return path


def prepare(action: Action, p: People, config: Config, tmp: Path) -> Callable[[Actor], Any]:
    """Set the stage as someone allowed; return the action to perform as the actor under test."""
    if action is Action.CREATE_ITEM:
        return lambda a: items.create_item(a, sample_content())
    if action is Action.EDIT_ITEM:
        draft = _draft(p)
        return lambda a: items.update_item(a, draft, None, sample_content("Ubah"))
    if action is Action.DELETE_DRAFT:
        draft = _draft(p)
        return lambda a: items.delete_draft(a, draft)
    if action is Action.RECORD_TEST:
        draft = _draft(p)
        return lambda a: items.record_test(a, draft, None, sample_test())
    if action is Action.SUBMIT:
        tested = _tested(p)
        return lambda a: items.submit(a, tested)
    if action is Action.MANAGE_ATTACHMENTS:
        draft = _draft(p)
        return lambda a: attachments.add_attachment(a, config, draft, _file(tmp))
    if action is Action.IMPORT:
        return lambda a: importer.import_file(a, _csv(tmp))
    if action in (Action.APPROVE, Action.RETURN, Action.REJECT):
        submitted = _submitted(p)
        if action is Action.APPROVE:
            return lambda a: approval.approve(a, [submitted], "PEN/{n}".format(n=submitted))
        if action is Action.RETURN:
            return lambda a: approval.return_item(a, submitted, None, "Perbaiki")
        return lambda a: approval.reject_item(a, submitted, None, "Tetap terbuka")
    if action is Action.MANAGE_USERS:
        return lambda a: users.add_user(a, "baru", "Pengguna Baru", Role.PETUGAS, PASSWORD)
    if action is Action.EDIT_PROFILE:
        return lambda a: profile.update_profile(a, AgencyProfile(nama_badan_publik="Dinas Koperasi"))
    if action in (Action.OPEN_EARLY, Action.PUBLISH_EDITION, Action.RECORD_DISCLOSURE):
        approved = _submitted(p)
        approval.approve(p.atasan2, [approved], "SETUJU/{n}".format(n=approved))
        if action is Action.RECORD_DISCLOSURE:
            consent = disclosures.Consent(date(2026, 11, 25), "Ahmad", "Ahmad", "Surat persetujuan 24/11/2026")
            return lambda a: disclosures.record_disclosure(a, approved, consent)
        if action is Action.OPEN_EARLY:
            opening = lifecycle.Opening(
                "putusan",
                "Putusan Komisi Informasi Nomor 12/2026",
                "BUKA/{n}".format(n=approved),
                date(2026, 11, 25),
                "Pontianak",
            )
            return lambda a: lifecycle.open_early(a, approved, None, opening)
        return lambda a: editions.create_edition(a, 2026, "EDISI/{n}".format(n=approved))
    assert action is Action.BACKUP
    return lambda a: backup.create_backup(a, config, tmp / "cadangan.zip")


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_role_against_action(role: Role, action: Action, people: People, config: Config, tmp_path: Path) -> None:
    actor = {Role.PETUGAS: people.petugas2, Role.ATASAN: people.atasan, Role.ADMIN: people.admin}[role]
    perform = prepare(action, people, config, tmp_path)
    events_before, _ = queries.audit_head()
    if action in EXPECTED[role]:
        perform(actor)
        events_after, _ = queries.audit_head()
        assert events_after is not None and events_before is not None and events_after > events_before
    else:
        with pytest.raises(PermissionDenied, match=actor.username):
            perform(actor)
        assert queries.audit_head()[0] == events_before
