"""Passwords (scrypt with per-user salt) and login with lockout, every attempt audited."""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import math
import secrets
from datetime import datetime, timedelta

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain.model import AuditAction, UserInfo
from dikecualikan_gui.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ValidationError,
)
from dikecualikan_gui.services.common import utcnow

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15

WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=256 * 1024 * 1024)


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


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Compared against when the username is unknown, so both cases take the same time."""
    return hash_password(secrets.token_hex(8))


def check_password_policy(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({field: "Kata sandi paling sedikit {n} karakter.".format(n=MIN_PASSWORD_LENGTH)})
    if not password.strip():
        raise ValidationError({field: "Kata sandi tidak boleh hanya berisi spasi."})


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def authenticate(username: str, password: str, *, now: datetime | None = None,
                 purpose: str = "login") -> UserInfo:
    """Check a username and password; count failures, lock after MAX_FAILED_LOGINS, audit all.

    ``purpose`` is recorded with the event ('login', or e.g. 'persetujuan' for a sign-off).
    """
    now = now or utcnow()
    _dummy_hash()  # made before the first attempt, so unknown and known users take the same time
    name = normalize_username(username)
    creds = queries.get_credentials(name)
    if creds is None:
        verify_password(password, _dummy_hash())
        with connection.transaction():
            queries.append_audit(None, AuditAction.LOGIN_FAILED, now, actor_name=name[:64] or "?",
                                 details={"alasan": "pengguna tidak dikenal", "keperluan": purpose})
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    user = creds.user
    actor = user.as_actor()
    if user.locked_until is not None and user.locked_until > now:
        minutes = _minutes_left(user.locked_until, now)
        with connection.transaction():
            queries.append_audit(actor, AuditAction.LOGIN_FAILED, now,
                                 details={"alasan": "akun terkunci", "keperluan": purpose})
        raise AccountLocked(_locked_message(user.username, minutes), minutes)
    if not verify_password(password, creds.password_hash):
        with connection.transaction():
            # Count on the stored value, inside the write lock: parallel attempts all count.
            fresh = queries.get_credentials(name, lock=True) or creds
            already = fresh.user.locked_until is not None and fresh.user.locked_until > now
            failed = fresh.failed_logins + 1
            locks = not already and failed >= MAX_FAILED_LOGINS
            queries.append_audit(actor, AuditAction.LOGIN_FAILED, now, details={
                "alasan": "kata sandi salah", "percobaan": failed, "keperluan": purpose})
            if locks:
                until = now + timedelta(minutes=LOCK_MINUTES)
                queries.update_user(user.id, failed_logins=0, locked_until=until)
                queries.append_audit(actor, AuditAction.ACCOUNT_LOCKED, now, details={
                    "sampai": until.isoformat(timespec="seconds") + "Z", "menit": LOCK_MINUTES})
            elif not already:
                queries.update_user(user.id, failed_logins=failed)
        if locks:
            raise AccountLocked(
                "Kata sandi salah {n} kali. {m}".format(
                    n=MAX_FAILED_LOGINS, m=_locked_message(user.username, LOCK_MINUTES)),
                LOCK_MINUTES)
        if already and fresh.user.locked_until is not None:
            minutes = _minutes_left(fresh.user.locked_until, now)
            raise AccountLocked(_locked_message(user.username, minutes), minutes)
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    if not user.active:
        with connection.transaction():
            queries.append_audit(actor, AuditAction.LOGIN_FAILED, now,
                                 details={"alasan": "akun nonaktif", "keperluan": purpose})
        raise AccountDisabled("Akun {u} telah dinonaktifkan. Hubungi administrator.".format(u=user.username))
    with connection.transaction():
        queries.update_user(user.id, failed_logins=0, locked_until=None, last_login=now)
        queries.append_audit(actor, AuditAction.LOGIN_OK, now, details={"keperluan": purpose})
    return queries.get_user(user.id) or user


def _locked_message(username: str, minutes: int) -> str:
    return "Akun {u} terkunci; coba lagi dalam {m} menit.".format(u=username, m=minutes)
