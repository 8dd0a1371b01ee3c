"""Login: scrypt hashes, constant-time comparison, lockout after five failures, audit."""

from __future__ import annotations

import base64
import importlib.util
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import queries
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


def _production_auth() -> ModuleType:
    """A fresh copy of the auth module: its constants as shipped (conftest lowers SCRYPT_N)."""
    spec = importlib.util.spec_from_file_location("auth_as_shipped", auth.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_production_cost_is_at_least_n_2_17_r8_p1(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = _production_auth()
    assert (shipped.SCRYPT_N, shipped.SCRYPT_R, shipped.SCRYPT_P) == (2**17, 8, 1)
    assert shipped.SCRYPT_MAXMEM >= 2 * 128 * shipped.SCRYPT_R * shipped.SCRYPT_N
    monkeypatch.setattr(auth, "SCRYPT_N", shipped.SCRYPT_N)  # one real hash at the shipped cost
    stored = auth.hash_password("rahasia-123")
    assert stored.startswith("scrypt$131072$8$1$")
    assert auth.hash_parameters(stored) == (2**17, 8, 1, 32)
    assert auth.verify_password("rahasia-123", stored)
    assert not auth.needs_rehash(stored)


def test_hash_carries_its_parameters_and_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)
    first, second = auth.hash_password("rahasia-123"), auth.hash_password("rahasia-123")
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**10), "8", "1")
    assert first != second  # per-user salt
    assert auth.verify_password("rahasia-123", first)
    assert not auth.verify_password("rahasia-124", first)
    assert not auth.verify_password("rahasia-123", "garbage")


def test_a_stored_hash_asking_too_much_memory_fails_instead_of_exhausting_it() -> None:
    stored = auth.hash_password("rahasia-123")
    greedy = "$".join(["scrypt", str(2**24), *stored.split("$")[2:]])
    assert not auth.verify_password("rahasia-123", greedy)


def test_needs_rehash_when_any_parameter_is_lower(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)
    current = auth.hash_password("rahasia-123")
    _, n, r, p, salt, key = current.split("$")
    assert not auth.needs_rehash(current)
    assert auth.needs_rehash("$".join(["scrypt", str(2**9), r, p, salt, key]))
    assert auth.needs_rehash("$".join(["scrypt", n, "4", p, salt, key]))
    assert auth.needs_rehash("$".join(["scrypt", n, r, "0", salt, key]))
    assert auth.needs_rehash("$".join(["scrypt", n, r, p, salt, base64.b64encode(b"x" * 16).decode()]))
    assert not auth.needs_rehash("$".join(["scrypt", str(2**12), r, p, salt, key]))  # stronger stays
    assert not auth.needs_rehash("garbage")


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
    assert [e.actor for e in failed] == [auth.UNKNOWN_USER, "petugas"]
    assert failed[0].details["alasan"] == "pengguna tidak dikenal"


def test_unknown_and_known_users_cost_the_same_one_scrypt(monkeypatch: pytest.MonkeyPatch, people: People) -> None:
    costs: list[tuple[int, int, int]] = []
    real = auth._scrypt

    def counted(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
        costs.append((n, r, p))
        return real(password, salt, n, r, p, length)

    monkeypatch.setattr(auth, "_scrypt", counted)
    for username in ("petugas", "tidakada", "lain-lagi"):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(username, "salah-sekali", now=NOW)
    current = (auth.SCRYPT_N, auth.SCRYPT_R, auth.SCRYPT_P)
    assert costs == [current, current, current]


def test_an_unknown_username_is_never_stored_as_typed(config: Config, people: People) -> None:
    """People type their password into the username field: the trail keeps its length and a
    short fingerprint, so the administrator sees that an unknown name was tried, and how often."""
    typed = "Rahasia-Kepala-77"
    for attempt in (typed, "  " + typed.upper() + " ", "lain-sama-sekali"):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(attempt, "apa-saja-123", now=NOW)
    events = audit.recent(3, AuditAction.LOGIN_FAILED)
    assert {e.actor for e in events} == {auth.UNKNOWN_USER}
    other, again, first = (e.details for e in events)
    assert first["alasan"] == "pengguna tidak dikenal" and first["keperluan"] == "login"
    assert first["panjang_nama"] == len(typed)
    assert first["sidik_nama"] == again["sidik_nama"] != other["sidik_nama"]  # same name, same mark
    assert len(str(first["sidik_nama"])) == 8
    for event in events:
        assert typed.casefold() not in repr(event).casefold()
    # Nowhere in the database files either (the audit chain, the WAL).
    setup_files = [Path(config.db), Path(config.db + "-wal")]
    stored = b"".join(f.read_bytes() for f in setup_files if f.exists())
    assert typed.casefold().encode() not in stored.lower()


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


def _stored_hash(username: str) -> str:
    creds = queries.get_credentials(username)
    assert creds is not None
    return creds.password_hash


def test_an_old_cheaper_hash_is_upgraded_at_the_next_sign_in(monkeypatch: pytest.MonkeyPatch, people: People) -> None:
    before = _stored_hash("petugas")
    assert auth.hash_parameters(before) == (2**8, 8, 1, 32)  # made at the (test) cost of its day
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)  # the cost is raised

    with pytest.raises(AuthenticationFailed):  # a wrong password upgrades nothing
        auth.authenticate("petugas", "bukan-sandinya", now=NOW)
    assert _stored_hash("petugas") == before

    auth.authenticate("petugas", PASSWORD, now=NOW)
    after = _stored_hash("petugas")
    assert auth.hash_parameters(after) == (2**10, 8, 1, 32)
    assert auth.verify_password(PASSWORD, after)
    event = audit.recent(1)[0]
    assert (event.action, event.actor) == (AuditAction.LOGIN_OK, "petugas")
    assert event.details["hash_diperbarui"] == {"dari": "scrypt N=256 r=8 p=1", "ke": "scrypt N=1024 r=8 p=1"}

    auth.authenticate("petugas", PASSWORD, now=NOW + timedelta(minutes=1))  # once only
    assert _stored_hash("petugas") == after
    assert "hash_diperbarui" not in audit.recent(1)[0].details
    assert audit.verify().ok


def test_a_sign_off_also_upgrades_and_a_stronger_hash_is_kept(monkeypatch: pytest.MonkeyPatch, people: People) -> None:
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)
    auth.authenticate("atasan", PASSWORD, now=NOW, purpose="persetujuan")
    assert auth.hash_parameters(_stored_hash("atasan"))[0] == 2**10  # type: ignore[index]
    assert audit.recent(1)[0].details["keperluan"] == "persetujuan"
    monkeypatch.setattr(auth, "SCRYPT_N", 2**9)  # never downgraded
    auth.authenticate("atasan", PASSWORD, now=NOW)
    assert auth.hash_parameters(_stored_hash("atasan"))[0] == 2**10  # type: ignore[index]


def test_the_upgrade_never_overwrites_a_password_changed_meanwhile(
    monkeypatch: pytest.MonkeyPatch, people: People
) -> None:
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)
    real_hash = auth.hash_password

    def reset_while_hashing(password: str) -> str:
        digest = real_hash(password)
        users.reset_password(people.admin, people.petugas.id, "sandi-dari-admin", now=NOW)
        return digest

    monkeypatch.setattr(auth, "hash_password", reset_while_hashing)
    auth.authenticate("petugas", PASSWORD, now=NOW)  # the sign-in itself succeeds
    monkeypatch.setattr(auth, "hash_password", real_hash)
    assert "hash_diperbarui" not in audit.recent(1)[0].details
    assert auth.authenticate("petugas", "sandi-dari-admin", now=NOW).username == "petugas"
    with pytest.raises(AuthenticationFailed):
        auth.authenticate("petugas", PASSWORD, now=NOW)


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
