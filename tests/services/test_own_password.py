"""Changing one's own password: the current password is checked like a sign-in (issue 10.4).

An unlocked session must not be a place to guess the password that signs approvals: a wrong
current password is audited and counts toward the same lockout as a wrong sign-in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dikecualikan_gui.db import queries
from dikecualikan_gui.domain.audit_chain import password_seal
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from dikecualikan_gui.services import audit, auth, users

from conftest import People
from factories import PASSWORD

NOW = datetime(2026, 11, 25, 8, 0, 0)
NEW = "sandi-baru-yang-panjang"


def _state(username: str) -> tuple[int, datetime | None, str]:
    creds = queries.get_credentials(username)
    assert creds is not None
    return creds.failed_logins, creds.user.locked_until, creds.password_hash


def test_a_wrong_current_password_is_audited_and_counted(people: People) -> None:
    _, _, before = _state("atasan")
    with pytest.raises(AuthenticationFailed, match="Kata sandi lama salah"):
        users.change_own_password(people.atasan, "tebakan-pertama", NEW, now=NOW)
    failed, locked, stored = _state("atasan")
    assert (failed, locked, stored) == (1, None, before)
    event = audit.recent(1)[0]
    assert (event.action, event.actor) == (AuditAction.LOGIN_FAILED, "atasan")
    assert event.details == {"alasan": "kata sandi salah", "percobaan": 1, "keperluan": "ganti kata sandi"}


def test_five_wrong_current_passwords_lock_the_account(people: People) -> None:
    _, _, before = _state("atasan")
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationFailed):
            users.change_own_password(people.atasan, "tebakan-{n}".format(n=attempt), NEW, now=NOW)
        assert _state("atasan")[0] == attempt
    with pytest.raises(AccountLocked) as locked:
        users.change_own_password(people.atasan, "tebakan-5", NEW, now=NOW)
    assert locked.value.minutes == auth.LOCK_MINUTES
    failed, until, stored = _state("atasan")
    assert (failed, until, stored) == (0, NOW + timedelta(minutes=auth.LOCK_MINUTES), before)
    lock_event = audit.recent(1)[0]
    assert (lock_event.action, lock_event.actor) == (AuditAction.ACCOUNT_LOCKED, "atasan")
    assert lock_event.details["keperluan"] == "ganti kata sandi"
    assert [e.details["percobaan"] for e in audit.recent(5, AuditAction.LOGIN_FAILED)] == [5, 4, 3, 2, 1]

    # While locked even the right password changes nothing, and neither sign-in nor sign-off passes.
    with pytest.raises(AccountLocked):
        users.change_own_password(people.atasan, PASSWORD, NEW, now=NOW + timedelta(minutes=1))
    assert audit.recent(1)[0].details == {"alasan": "akun terkunci", "keperluan": "ganti kata sandi"}
    with pytest.raises(AccountLocked):
        auth.authenticate("atasan", PASSWORD, now=NOW + timedelta(minutes=1), purpose="persetujuan")
    assert _state("atasan")[2] == before

    later = NOW + timedelta(minutes=auth.LOCK_MINUTES, seconds=1)
    users.change_own_password(people.atasan, PASSWORD, NEW, now=later)
    assert auth.authenticate("atasan", NEW, now=later).username == "atasan"


def test_sign_in_and_password_change_share_one_counter(people: People) -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate("petugas", "salah-masuk", now=NOW)
    with pytest.raises(AuthenticationFailed):
        users.change_own_password(people.petugas, "salah-ganti", NEW, now=NOW)
    assert _state("petugas")[0] == 4
    with pytest.raises(AccountLocked):
        users.change_own_password(people.petugas, "salah-ganti", NEW, now=NOW)
    assert _state("petugas")[1] == NOW + timedelta(minutes=auth.LOCK_MINUTES)
    with pytest.raises(AccountLocked):
        auth.authenticate("petugas", PASSWORD, now=NOW)


def test_a_successful_change_resets_the_count_and_is_audited(people: People) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.change_own_password(people.petugas, "salah-lagi", NEW, now=NOW)
    users.change_own_password(people.petugas, PASSWORD, NEW, now=NOW)
    failed, locked, stored = _state("petugas")
    assert (failed, locked) == (0, None)
    assert auth.verify_password(NEW, stored) and not auth.verify_password(PASSWORD, stored)
    assert auth.hash_parameters(stored)[:3] == (auth.SCRYPT_N, auth.SCRYPT_R, auth.SCRYPT_P)  # type: ignore[index]
    event = audit.recent(1)[0]
    assert (event.action, event.actor) == (AuditAction.PASSWORD_CHANGED, "petugas")
    # the seal of the new hash lets `audit verify` notice a hash written behind the trail
    assert event.details == {"username": "petugas", "oleh": "pemilik akun", "sandi": password_seal(stored)}
    assert audit.verify().ok


def test_a_too_short_new_password_costs_no_attempt(people: People) -> None:
    with pytest.raises(ValidationError) as excinfo:
        users.change_own_password(people.petugas, "salah-salah", "pendek", now=NOW)
    assert "new_password" in excinfo.value.problems
    assert _state("petugas")[0] == 0
    assert not audit.recent(1, AuditAction.LOGIN_FAILED)


def test_a_disabled_account_gets_no_password_check(people: People) -> None:
    users.update_user(people.admin, people.petugas.id, active=False)
    with pytest.raises(PermissionDenied, match="tidak aktif"):
        users.change_own_password(people.petugas, "tebakan-apa-saja", NEW, now=NOW)
    assert _state("petugas")[0] == 0
    assert not audit.recent(1, AuditAction.LOGIN_FAILED)
