"""User administration: add, change, disable, reset password; never lose the last admin."""

from __future__ import annotations

import re
from datetime import datetime

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain.audit_chain import password_seal
from dikecualikan_gui.domain.model import Actor, AuditAction, Role, UserInfo
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import InvalidState, NotFound, ValidationError
from dikecualikan_gui.services.auth import (
    check_password_policy,
    confirm_own_password,
    hash_password,
    normalize_username,
    set_own_password,
)
from dikecualikan_gui.services.common import authorize, utcnow

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


def normalize_nip(nip: str) -> str:
    """NIP without spaces; empty, or exactly 18 digits."""
    value = re.sub(r"\s+", "", nip or "")
    if value and not (len(value) == 18 and value.isdigit()):
        raise ValidationError({"nip": "NIP harus 18 angka (tanpa huruf); yang diisi: {v}.".format(v=nip.strip())})
    return value


def _validate_person(nama: str) -> str:
    if not nama.strip():
        raise ValidationError({"nama": "Nama lengkap wajib diisi."})
    return nama.strip()


def add_user(
    actor: Actor | None,
    username: str,
    nama: str,
    role: Role,
    password: str,
    *,
    nip: str = "",
    jabatan: str = "",
    now: datetime | None = None,
) -> UserInfo:
    require(actor, Action.MANAGE_USERS)
    now = now or utcnow()
    name = normalize_username(username)
    if not USERNAME_RE.match(name):
        raise ValidationError(
            {
                "username": (
                    "Nama pengguna {u!r} tidak sah: 3-32 karakter, huruf kecil, angka, titik, garis bawah "
                    "atau tanda hubung, diawali huruf atau angka."
                ).format(u=username)
            }
        )
    nama = _validate_person(nama)
    nip = normalize_nip(nip)
    check_password_policy(password)
    digest = hash_password(password)
    with connection.transaction():
        authorize(actor, Action.MANAGE_USERS)
        user_id = queries.insert_user(name, nama, nip, jabatan.strip(), role, digest, now)
        queries.append_audit(
            actor,
            AuditAction.USER_ADDED,
            now,
            details={
                "after": {"username": name, "nama": nama, "nip": nip, "jabatan": jabatan.strip(), "role": role.value},
                "sandi": password_seal(digest),
            },
        )
    return _get(user_id)


def _get(user_id: int) -> UserInfo:
    user = queries.get_user(user_id)
    if user is None:
        raise NotFound("Pengguna dengan id {i} tidak ditemukan.".format(i=user_id))
    return user


def get_by_username(username: str) -> UserInfo:
    user = queries.get_user_by_username(normalize_username(username))
    if user is None:
        raise NotFound("Pengguna {u} tidak ditemukan.".format(u=username))
    return user


def list_users() -> list[UserInfo]:
    return queries.list_users()


def has_users() -> bool:
    return queries.count_users() > 0


def update_user(
    actor: Actor | None,
    user_id: int,
    *,
    nama: str | None = None,
    nip: str | None = None,
    jabatan: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
    now: datetime | None = None,
) -> UserInfo:
    """Change a user's details, role or active flag. The last active admin stays an active admin."""
    require(actor, Action.MANAGE_USERS)
    now = now or utcnow()
    user = _get(user_id)
    changes: dict[str, object] = {}
    if nama is not None and nama.strip() != user.nama:
        changes["nama"] = _validate_person(nama)
    if nip is not None and normalize_nip(nip) != user.nip:
        changes["nip"] = normalize_nip(nip)
    if jabatan is not None and jabatan.strip() != user.jabatan:
        changes["jabatan"] = jabatan.strip()
    if role is not None and role is not user.role:
        changes["role"] = role
    if active is not None and active != user.active:
        changes["active"] = active
    if not changes:
        return user
    stays_admin = changes.get("role", user.role) is Role.ADMIN and changes.get("active", user.active)
    with connection.transaction():
        authorize(actor, Action.MANAGE_USERS)
        if (
            user.role is Role.ADMIN
            and user.active
            and not stays_admin
            and queries.count_active_admins(excluding=user.id) == 0
        ):
            raise InvalidState(
                "{u} adalah satu-satunya administrator aktif; tambahkan administrator lain dahulu.".format(
                    u=user.username
                )
            )
        queries.update_user(user.id, **changes)
        before = {k: _plain(getattr(user, k)) for k in changes}
        after = {k: _plain(v) for k, v in changes.items()}
        queries.append_audit(
            actor, AuditAction.USER_CHANGED, now, details={"username": user.username, "before": before, "after": after}
        )
    return _get(user_id)


def _plain(value: object) -> object:
    return value.value if isinstance(value, Role) else value


def reset_password(actor: Actor | None, user_id: int, new_password: str, *, now: datetime | None = None) -> None:
    """An administrator sets a new password; this also lifts a lockout."""
    require(actor, Action.MANAGE_USERS)
    now = now or utcnow()
    user = _get(user_id)
    check_password_policy(new_password)
    digest = hash_password(new_password)
    with connection.transaction():
        authorize(actor, Action.MANAGE_USERS)
        queries.update_user(user.id, password_hash=digest, failed_logins=0, locked_until=None)
        queries.append_audit(
            actor,
            AuditAction.PASSWORD_CHANGED,
            now,
            details={"username": user.username, "oleh": "administrator", "sandi": password_seal(digest)},
        )


def change_own_password(actor: Actor, old_password: str, new_password: str, *, now: datetime | None = None) -> None:
    """The signed-in user replaces their own password. The current password is checked like a
    sign-in: refused while the account is locked, and a wrong one is audited and counts toward
    the lockout (it is the password that signs approvals)."""
    now = now or utcnow()
    check_password_policy(new_password, field="new_password")  # before the check: costs no attempt
    authorize(actor, None)  # a disabled account gets no password check at all
    checked = confirm_own_password(actor, old_password, now=now)
    digest = hash_password(new_password)
    with connection.transaction():
        authorize(actor, None)
        set_own_password(actor, checked, digest, now)
        queries.append_audit(
            actor,
            AuditAction.PASSWORD_CHANGED,
            now,
            details={"username": actor.username, "oleh": "pemilik akun", "sandi": password_seal(digest)},
        )
