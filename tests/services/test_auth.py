"""Login: scrypt hashes, constant-time comparison, lockout after five failures, audit."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dikecualikan_gui.domain.model import AuditAction, Role
from dikecualikan_gui.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ValidationError,
)
from dikecualikan_gui.services import audit, auth, users

from conftest import People
from factories import PASSWORD

NOW = datetime(2026, 11, 25, 8, 0, 0)


def test_hash_carries_its_parameters_and_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "SCRYPT_N", 2**14)  # the production cost
    first, second = auth.hash_password("rahasia-123"), auth.hash_password("rahasia-123")
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert first != second  # per-user salt
    assert auth.verify_password("rahasia-123", first)
    assert not auth.verify_password("rahasia-124", first)
    assert not auth.verify_password("rahasia-123", "garbage")


def test_old_hashes_keep_verifying_after_the_cost_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = auth.hash_password("rahasia-123")
    monkeypatch.setattr(auth, "SCRYPT_N", 2**12)
    assert auth.verify_password("rahasia-123", stored)


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = auth.hmac.compare_digest
    monkeypatch.setattr(auth.hmac, "compare_digest", lambda a, b: calls.append(1) or real(a, b))
    auth.verify_password("x" * 9, auth.hash_password("y" * 9))
    assert calls == [1]


def test_login_success_is_audited_and_sets_last_login(people: People) -> None:
    user = auth.authenticate("  PETUGAS ", PASSWORD, now=NOW)
    assert user.username == "petugas" and user.last_login == NOW
    event = audit.recent(1)[0]
    assert (event.action, event.actor) == (AuditAction.LOGIN_OK, "petugas")


def test_wrong_password_and_unknown_user_say_the_same(people: People) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.authenticate("petugas", "salah-sekali", now=NOW)
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.authenticate("tidakada", "salah-sekali", now=NOW)
    assert str(wrong.value) == str(unknown.value) == "Nama pengguna atau kata sandi salah."
    failed = audit.recent(2, AuditAction.LOGIN_FAILED)
    assert [e.actor for e in failed] == ["tidakada", "petugas"]
    assert failed[0].details["alasan"] == "pengguna tidak dikenal"


def test_five_failures_lock_the_account_for_fifteen_minutes(people: People) -> None:
    for attempt in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate("petugas", "salah-{n}".format(n=attempt), now=NOW)
    with pytest.raises(AccountLocked) as locked:
        auth.authenticate("petugas", "salah-5", now=NOW)
    assert locked.value.minutes == 15
    assert audit.recent(1)[0].action is AuditAction.ACCOUNT_LOCKED

    # Even the right password is refused while locked, with the minutes that remain.
    with pytest.raises(AccountLocked) as still:
        auth.authenticate("petugas", PASSWORD, now=NOW + timedelta(minutes=6, seconds=30))
    assert still.value.minutes == 9
    assert "9 menit" in str(still.value)

    assert auth.authenticate("petugas", PASSWORD, now=NOW + timedelta(minutes=15, seconds=1)).username == "petugas"
    # A success resets the count: four more failures do not lock.
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate("petugas", "salah", now=NOW + timedelta(minutes=20))


def test_disabled_user_cannot_log_in(people: People) -> None:
    users.update_user(people.admin, people.petugas.id, active=False)
    with pytest.raises(AccountDisabled, match="dinonaktifkan"):
        auth.authenticate("petugas", PASSWORD, now=NOW)
    with pytest.raises(AuthenticationFailed):  # a wrong password does not reveal the state
        auth.authenticate("petugas", "bukan-sandinya", now=NOW)


def test_reset_password_lifts_a_lock(people: People) -> None:
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            auth.authenticate("petugas", "salah-salah", now=NOW)
    users.reset_password(people.admin, people.petugas.id, "sandi-baru-123", now=NOW)
    assert auth.authenticate("petugas", "sandi-baru-123", now=NOW).username == "petugas"


def test_passwords_need_eight_characters(people: People) -> None:
    with pytest.raises(ValidationError, match="8 karakter"):
        users.add_user(people.admin, "pendek", "Sandi Pendek", Role.PETUGAS, "1234567")
    with pytest.raises(ValidationError, match="8 karakter"):
        users.change_own_password(people.petugas, PASSWORD, "pendek")
    users.change_own_password(people.petugas, PASSWORD, "cukup-panjang")
    assert auth.authenticate("petugas", "cukup-panjang").username == "petugas"


def test_parallel_wrong_passwords_all_count_toward_the_lock(people: People) -> None:
    import threading

    outcomes: list[str] = []

    def attempt() -> None:
        try:
            auth.authenticate("petugas", "salah-paralel", now=NOW)
        except AccountLocked:
            outcomes.append("locked")
        except AuthenticationFailed:
            outcomes.append("wrong")

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcomes) == 12 and "locked" in outcomes
    assert users.get_by_username("petugas").locked_until is not None
    with pytest.raises(AccountLocked):
        auth.authenticate("petugas", PASSWORD, now=NOW)
