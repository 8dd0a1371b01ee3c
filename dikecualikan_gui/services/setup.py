"""Opening the register: connect, create or upgrade the schema, record the upgrade."""

from __future__ import annotations

import contextlib
import dataclasses
import glob
from datetime import datetime
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries, seal
from dikecualikan_gui.domain.model import AgencyProfile, AuditAction, Role, UserInfo
from dikecualikan_gui.errors import InvalidState, StorageError
from dikecualikan_gui.services import profile as profile_service
from dikecualikan_gui.services import users
from dikecualikan_gui.services.common import utcnow

SchemaResult = migrations.SchemaResult


def open_register(config: Config) -> SchemaResult:
    """Open ``config.db``; a new database gets the schema, an older one is backed up and upgraded.

    What an interrupted restore or backup left beside an SQLite file is removed once the file is
    open (held shared, so no restore is swapping it): see services.backup.clean_leftovers; none of
    it is anyone's only copy. A leftover that cannot be removed now is tried again next start."""
    if config.sqlite_path is not None and not config.sqlite_path.exists():
        _refuse_an_empty_register_beside_a_replaced_one(config.sqlite_path)
    db = connection.open_database(config.db)
    if config.sqlite_path is not None:
        from dikecualikan_gui.services import backup  # backup opens the register after a restore

        with contextlib.suppress(OSError):
            backup.clean_leftovers(config.sqlite_path, config)
    result = migrations.ensure_schema(db)
    if result.created and config.sqlite_path is not None:
        seal.set_aside(config.sqlite_path)  # an earlier register's key and anchor are not this one's
    seal.ensure_key(config.sqlite_path)  # before any event of this start, so that it is sealed
    if result.upgraded and not seal.key_problem():
        with connection.transaction():
            queries.append_audit(
                None,
                AuditAction.SCHEMA_UPGRADED,
                utcnow(),
                details={
                    "dari": result.from_version,
                    "ke": result.to_version,
                    "cadangan": str(result.backup) if result.backup else None,
                },
            )
    return result


def read_only_reason() -> str | None:
    """Why the open register may not be written (its audit key is missing or foreign), or None."""
    return seal.key_problem()


def _refuse_an_empty_register_beside_a_replaced_one(path: Path) -> None:
    """No database at the path but one set aside by a restore beside it: an older version could
    be stopped in the middle of a restore and leave exactly this. That file may be the only copy
    of the register, so nothing new is made over it; the user decides."""
    asides = sorted(
        (
            p
            for p in path.parent.glob(glob.escape(path.name) + ".diganti-*")
            if p.is_file() and not p.name.endswith(("-wal", "-shm", ".sebagian"))
        ),
        key=lambda p: p.stat().st_mtime,
    )
    if asides:
        raise StorageError(
            "Basis data {p} tidak ada, tetapi di foldernya ada basis data yang disisihkan saat pemulihan dari "
            "cadangan: {a}. Mungkin pemulihan terhenti di tengah jalan. Jika itu register Anda, ganti namanya "
            "menjadi {n} (beserta berkas -wal di sampingnya bila ada) lalu buka lagi. Jika memang ingin membuat "
            "register baru, pindahkan dulu berkas {n}.diganti-* ke folder lain.".format(
                p=path, a=asides[-1], n=path.name
            )
        )


def close_register() -> None:
    connection.close_database()


def close_thread_connection() -> None:
    """A worker thread's own connection, closed when its work ends (the main one stays open)."""
    connection.close_thread_connection()


def describe_target(config: Config) -> str:
    return str(config.sqlite_path) if config.sqlite_path else config.db.split("@")[-1]


def first_run(
    config: Config,
    profile: AgencyProfile,
    username: str,
    nama: str,
    password: str,
    *,
    nip: str = "",
    jabatan: str = "",
    logo: Path | None = None,
    now: datetime | None = None,
) -> UserInfo:
    """The first start: the agency profile and the first administrator, together or not at all."""
    if users.has_users():
        raise InvalidState("Aplikasi ini sudah memiliki pengguna; masuk dengan akun yang ada.")
    if logo is not None:
        profile = dataclasses.replace(profile, logo_path=profile_service.store_logo(config, logo))
    with connection.transaction():
        user = users.add_user(None, username, nama, Role.ADMIN, password, nip=nip, jabatan=jabatan, now=now)
        profile_service.update_profile(None, profile, now=now)
    return user
