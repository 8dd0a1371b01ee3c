"""User accounts and their credentials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import User
from dikecualikan_gui.domain.model import Role, UserInfo
from dikecualikan_gui.errors import ValidationError


def _user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        nama=user.nama,
        nip=user.nip,
        jabatan=user.jabatan,
        role=Role(user.role),
        active=bool(user.active),
        locked_until=user.locked_until,
        last_login=user.last_login,
    )


@dataclass(frozen=True)
class Credentials:
    user: UserInfo
    password_hash: str
    failed_logins: int


@guarded
def get_credentials(username: str, lock: bool = False) -> Credentials | None:
    """The user with the password hash; ``lock`` (inside a write transaction) row-locks it on
    PostgreSQL, so that parallel attempts count one after another."""
    query = User.select().where(User.username == username)
    if lock and connection.current().for_update:
        query = query.for_update()
    user = query.first()
    if user is None:
        return None
    return Credentials(_user_info(user), user.password_hash, user.failed_logins)


@guarded
def get_user(user_id: int) -> UserInfo | None:
    user = User.get_or_none(User.id == user_id)
    return None if user is None else _user_info(user)


@guarded
def get_user_by_username(username: str) -> UserInfo | None:
    user = User.get_or_none(User.username == username)
    return None if user is None else _user_info(user)


@guarded
def list_users() -> list[UserInfo]:
    return [_user_info(u) for u in User.select().order_by(User.username)]


@guarded
def count_users() -> int:
    return int(User.select().count())


@guarded
def count_active_admins(excluding: int | None = None) -> int:
    """Inside a write transaction the admin rows are locked (PostgreSQL), so two administrators
    cannot disable each other at the same moment."""
    query = User.select(User.id).where((User.role == Role.ADMIN.value) & (User.active == True))  # noqa: E712
    if connection.current().for_update:
        query = query.for_update()
    return sum(1 for row in query.tuples() if row[0] != excluding)


def insert_user(username: str, nama: str, nip: str, jabatan: str, role: Role, password_hash: str, at: datetime) -> int:
    try:
        with connection.current().atomic():
            return int(
                User.insert(
                    username=username,
                    nama=nama,
                    nip=nip,
                    jabatan=jabatan,
                    role=role.value,
                    active=True,
                    password_hash=password_hash,
                    created_at=at,
                ).execute()
            )
    except pw.IntegrityError as exc:
        raise ValidationError(
            {"username": "Nama pengguna {u} sudah dipakai; pilih nama lain.".format(u=username)}
        ) from exc


def update_user(user_id: int, **fields: Any) -> None:
    if "role" in fields and isinstance(fields["role"], Role):
        fields["role"] = fields["role"].value
    User.update(**fields).where(User.id == user_id).execute()
