"""Passwords (scrypt with per-user salt) and login with lockout, every attempt audited.

A hash stores its scrypt parameters; one made with a lower cost than today's is replaced at the
owner's next successful sign-in (recorded in that sign-in's audit event). A wrong current password
when changing one's own password counts toward the same lockout as a wrong sign-in.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import logging
import math
import secrets
from datetime import datetime, timedelta
from typing import NoReturn

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.db.queries import Credentials
from dikecualikan_gui.domain.audit_chain import password_seal
from dikecualikan_gui.domain.model import Actor, AuditAction, UserInfo
from dikecualikan_gui.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    ValidationError,
)
from dikecualikan_gui.services.common import utcnow

_log = logging.getLogger(__name__)

# About 0.4 s and 128 MiB per hash on the reference machine (2 cores, 2026-11-29); tests lower N.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024  # 128 * r * N bytes are needed; a stored hash asking more fails
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15

WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah."
WRONG_OLD_PASSWORD = "Kata sandi lama salah."
PURPOSE_CHANGE_PASSWORD = "ganti kata sandi"

# Recorded as the actor of a failed sign-in with an unknown username. What was typed is never
# stored (people type their password into the username field): only its length and a short
# fingerprint keyed with a secret that lives in this process only, so that repeated tries of the
# same text show as such while the application runs, and nothing can be recovered from the trail.
UNKNOWN_USER = "(tidak dikenal)"
_FINGERPRINT_KEY = secrets.token_bytes(32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=SCRYPT_MAXMEM)


def hash_password(password: str) -> str:
    """'scrypt$N$r$p$salt$key': the parameters travel with the hash."""
    salt = secrets.token_bytes(16)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return "scrypt${n}${r}${p}${s}${k}".format(n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, s=_b64(salt), k=_b64(key))


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def hash_parameters(stored: str) -> tuple[int, int, int, int] | None:
    """(N, r, p, key bytes) of a stored hash; None when it is not a readable scrypt hash."""
    try:
        scheme, n, r, p, _salt, key = stored.split("$")
        if scheme != "scrypt":
            return None
        return int(n), int(r), int(p), len(base64.b64decode(key))
    except (ValueError, TypeError):
        return None


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with a lower cost (or shorter key) than today's parameters."""
    params = hash_parameters(stored)
    if params is None:
        return False  # not ours to upgrade: it does not verify either
    n, r, p, key_bytes = params
    return n < SCRYPT_N or r < SCRYPT_R or p < SCRYPT_P or key_bytes < KEY_BYTES


def _describe(stored: str) -> str:
    params = hash_parameters(stored)
    if params is None:
        return "?"
    n, r, p, _key_bytes = params
    return "scrypt N={n} r={r} p={p}".format(n=n, r=r, p=p)


def _dummy_hash() -> str:
    """Compared against when the username is unknown, so both cases cost one scrypt at today's cost."""
    return _dummy_hash_for(SCRYPT_N, SCRYPT_R, SCRYPT_P)


@functools.lru_cache(maxsize=4)
def _dummy_hash_for(n: int, r: int, p: int) -> str:
    """A well-formed hash that no password matches (random salt and key): made without hashing,
    so a command-line call pays for one scrypt, not two."""
    return "scrypt${n}${r}${p}${s}${k}".format(
        n=n, r=r, p=p, s=_b64(secrets.token_bytes(16)), k=_b64(secrets.token_bytes(KEY_BYTES))
    )


def unknown_name_details(name: str) -> dict[str, object]:
    """What the audit keeps of an unknown username: its length and a short fingerprint, never the text."""
    digest = hmac.new(_FINGERPRINT_KEY, name.encode("utf-8"), hashlib.sha256).hexdigest()
    return {"panjang_nama": len(name), "sidik_nama": digest[:8]}


def check_password_policy(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({field: "Kata sandi paling sedikit {n} karakter.".format(n=MIN_PASSWORD_LENGTH)})
    if not password.strip():
        raise ValidationError({field: "Kata sandi tidak boleh hanya berisi spasi."})


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def authenticate(username: str, password: str, *, now: datetime | None = None, purpose: str = "login") -> UserInfo:
    """Check a username and password; count failures, lock after MAX_FAILED_LOGINS, audit all.

    ``purpose`` is recorded with the event ('login', or e.g. 'persetujuan' for a sign-off). A hash
    made with a lower cost than today's is replaced after the check succeeds.
    """
    now = now or utcnow()
    name = normalize_username(username)
    creds = queries.get_credentials(name)
    if creds is None:
        verify_password(password, _dummy_hash())
        details: dict[str, object] = {"alasan": "pengguna tidak dikenal", "keperluan": purpose}
        details.update(unknown_name_details(name))
        with connection.transaction():
            queries.append_audit(None, AuditAction.LOGIN_FAILED, now, actor_name=UNKNOWN_USER, details=details)
        _log.warning("Masuk ditolak (%s): nama pengguna tidak dikenal", purpose)
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    user = creds.user
    actor = user.as_actor()
    _refuse_if_locked(creds, now, purpose)
    if not verify_password(password, creds.password_hash):
        _count_wrong_password(creds, now, purpose, WRONG_CREDENTIALS)
    if not user.active:
        with connection.transaction():
            queries.append_audit(
                actor, AuditAction.LOGIN_FAILED, now, details={"alasan": "akun nonaktif", "keperluan": purpose}
            )
        _log.warning("Masuk ditolak (%s): pengguna id=%s nonaktif", purpose, user.id)
        raise AccountDisabled("Akun {u} telah dinonaktifkan. Hubungi administrator.".format(u=user.username))
    upgraded = hash_password(password) if needs_rehash(creds.password_hash) else None  # outside the lock
    with connection.transaction():
        changes: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login": now}
        ok_details: dict[str, object] = {"keperluan": purpose}
        if upgraded is not None:
            fresh = queries.get_credentials(name, lock=True)
            if fresh is not None and fresh.password_hash == creds.password_hash:  # not changed meanwhile
                changes["password_hash"] = upgraded
                ok_details["hash_diperbarui"] = {"dari": _describe(creds.password_hash), "ke": _describe(upgraded)}
                ok_details["sandi"] = password_seal(upgraded)
        queries.update_user(user.id, **changes)
        queries.append_audit(actor, AuditAction.LOGIN_OK, now, details=ok_details)
    _log.info("Masuk (%s): pengguna id=%s, peran %s", purpose, user.id, user.role.value)
    return queries.get_user(user.id) or user


def confirm_own_password(
    actor: Actor, password: str, *, now: datetime | None = None, purpose: str = PURPOSE_CHANGE_PASSWORD
) -> Credentials:
    """Check the signed-in user's current password (to change it) under the sign-in rules:
    refused while the account is locked, a wrong password audited and counted toward the lockout.
    Success changes nothing; the caller records what it does."""
    now = now or utcnow()
    creds = queries.get_credentials(actor.username)
    if creds is None or creds.user.id != actor.id:
        raise NotFound("Pengguna {u} tidak ditemukan.".format(u=actor.username))
    _refuse_if_locked(creds, now, purpose)
    if not verify_password(password, creds.password_hash):
        _count_wrong_password(creds, now, purpose, WRONG_OLD_PASSWORD)
    return creds


def set_own_password(actor: Actor, checked: Credentials, digest: str, now: datetime) -> None:
    """Store a new hash for the user whose current password was just confirmed. Inside the write
    transaction: refused if the account was locked or the password changed since the check."""
    fresh = queries.get_credentials(checked.user.username, lock=True)
    if fresh is None or fresh.user.id != actor.id:
        raise NotFound("Pengguna {u} tidak ditemukan.".format(u=actor.username))
    if fresh.user.locked_until is not None and fresh.user.locked_until > now:
        raise AccountLocked(
            _locked_message(fresh.user.username, _minutes_left(fresh.user.locked_until, now)),
            _minutes_left(fresh.user.locked_until, now),
        )
    if fresh.password_hash != checked.password_hash:
        raise Conflict(
            "Kata sandi akun {u} baru saja diganti di tempat lain; ulangi dengan kata sandi yang sekarang.".format(
                u=actor.username
            )
        )
    queries.update_user(actor.id, password_hash=digest, failed_logins=0, locked_until=None)


def _refuse_if_locked(creds: Credentials, now: datetime, purpose: str) -> None:
    user = creds.user
    if user.locked_until is not None and user.locked_until > now:
        minutes = _minutes_left(user.locked_until, now)
        with connection.transaction():
            queries.append_audit(
                user.as_actor(),
                AuditAction.LOGIN_FAILED,
                now,
                details={"alasan": "akun terkunci", "keperluan": purpose},
            )
        _log.warning("Masuk ditolak (%s): pengguna id=%s terkunci", purpose, user.id)
        raise AccountLocked(_locked_message(user.username, minutes), minutes)


def _count_wrong_password(creds: Credentials, now: datetime, purpose: str, message: str) -> NoReturn:
    """Audit a wrong password, count it, lock the account at MAX_FAILED_LOGINS; always raises."""
    user = creds.user
    actor = user.as_actor()
    with connection.transaction():
        # Count on the stored value, inside the write lock: parallel attempts all count.
        fresh = queries.get_credentials(user.username, lock=True) or creds
        already = fresh.user.locked_until is not None and fresh.user.locked_until > now
        failed = fresh.failed_logins + 1
        locks = not already and failed >= MAX_FAILED_LOGINS
        # Counted only when the table counts it: a wrong password that meets a lockout made a
        # moment ago by a parallel attempt changes nothing in the table, and says so.
        counted: dict[str, object] = {"terkunci": True} if already else {"percobaan": failed}
        queries.append_audit(
            actor,
            AuditAction.LOGIN_FAILED,
            now,
            details={"alasan": "kata sandi salah", **counted, "keperluan": purpose},
        )
        if locks:
            until = now + timedelta(minutes=LOCK_MINUTES)
            queries.update_user(user.id, failed_logins=0, locked_until=until)
            queries.append_audit(
                actor,
                AuditAction.ACCOUNT_LOCKED,
                now,
                details={
                    "sampai": until.isoformat(timespec="seconds") + "Z",
                    "menit": LOCK_MINUTES,
                    "keperluan": purpose,
                },
            )
        elif not already:
            queries.update_user(user.id, failed_logins=failed)
    _log.warning(
        "Kata sandi salah (%s): pengguna id=%s, percobaan %s%s",
        purpose,
        user.id,
        failed,
        ", akun dikunci" if locks else "",
    )
    if locks:
        raise AccountLocked(
            "Kata sandi salah {n} kali. {m}".format(
                n=MAX_FAILED_LOGINS, m=_locked_message(user.username, LOCK_MINUTES)
            ),
            LOCK_MINUTES,
        )
    if already and fresh.user.locked_until is not None:
        minutes = _minutes_left(fresh.user.locked_until, now)
        raise AccountLocked(_locked_message(user.username, minutes), minutes)
    raise AuthenticationFailed(message)


def _locked_message(username: str, minutes: int) -> str:
    return "Akun {u} terkunci; coba lagi dalam {m} menit.".format(u=username, m=minutes)
