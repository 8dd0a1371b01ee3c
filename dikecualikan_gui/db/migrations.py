"""Schema version and ordered upgrade steps, each atomic, with a file backup first.

A new database gets the current tables and is stamped with SCHEMA_VERSION. An older one is
copied to a timestamped backup beside it (SQLite) and upgraded one step at a time; each step
and the version bump commit together. A newer one is refused.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import ALL_MODELS, AppMeta
from dikecualikan_gui.domain.audit_chain import GENESIS
from dikecualikan_gui.errors import SchemaTooNew, StorageError

Step = Callable[[pw.Database], None]

SCHEMA_VERSION = 1

#: STEPS[n] upgrades a database from version n-1 to version n. Version 1 is the first schema
#: and is only ever created whole, so the first real step will be STEPS[2].
STEPS: dict[int, Step] = {}

VERSION_KEY = "schema_version"
AUDIT_HEAD_KEY = "audit_head"
EMPTY_AUDIT_HEAD = json.dumps({"count": 0, "hash": GENESIS, "last_id": 0})


@dataclass(frozen=True)
class SchemaResult:
    created: bool
    from_version: int
    to_version: int
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return not self.created and self.from_version != self.to_version


def current_version(db: pw.Database) -> int | None:
    """The stored version; None for an empty database. Refuses a foreign database."""
    with connection.storage_errors():
        tables = set(db.get_tables())
        if not tables:
            return None
        if AppMeta._meta.table_name not in tables:
            raise StorageError(
                "Basis data ini berisi tabel lain dan bukan milik aplikasi Dikecualikan. "
                "Pilih berkas lain dengan --db."
            )
        row = AppMeta.get_or_none(AppMeta.key == VERSION_KEY)
    if row is None:
        raise StorageError("Basis data tidak memiliki versi skema; berkas ini mungkin rusak.")
    return int(row.value)


def ensure_schema(
    db: pw.Database,
    *,
    latest: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] = STEPS,
    now: datetime | None = None,
) -> SchemaResult:
    """Create or upgrade the schema of the open database (idempotent)."""
    version = current_version(db)
    if version is None:
        with connection.transaction():
            db.create_tables(ALL_MODELS)
            AppMeta.put(VERSION_KEY, str(latest))
            AppMeta.put(AUDIT_HEAD_KEY, EMPTY_AUDIT_HEAD)
        return SchemaResult(True, 0, latest, None)
    if version > latest:
        raise SchemaTooNew(
            "Basis data ini dibuat oleh versi aplikasi yang lebih baru (skema versi {v}, "
            "aplikasi ini mengenal sampai versi {l}). Perbarui aplikasi; berkas tidak diubah.".format(
                v=version, l=latest
            )
        )
    if version == latest:
        return SchemaResult(False, version, version, None)
    missing = [v for v in range(version + 1, latest + 1) if v not in steps]
    if missing:
        raise StorageError("Langkah migrasi skema versi {m} tidak ada.".format(m=missing))
    backup = backup_before_upgrade(version, now or datetime.now())
    for target in range(version + 1, latest + 1):
        with connection.transaction():
            steps[target](db)
            AppMeta.put(VERSION_KEY, str(target))
    return SchemaResult(False, version, latest, backup)


def backup_before_upgrade(version: int, now: datetime) -> Path | None:
    """Copy the SQLite file beside itself, e.g. data.sqlite3.v1-20261125-093000.bak."""
    source = connection.sqlite_file()
    if source is None:
        return None
    target = source.with_name(
        "{n}.v{v}-{t}.bak".format(n=source.name, v=version, t=now.strftime("%Y%m%d-%H%M%S"))
    )
    connection.backup_sqlite_to(target)
    return target


def inspect_sqlite_file(path: Path) -> int:
    """Check a standalone SQLite file (e.g. inside a backup): intact, ours, not too new.

    Returns its schema version; raises StorageError saying what is wrong.
    """
    db = pw.SqliteDatabase(str(path))
    try:
        with connection.storage_errors():
            db.connect()
            result = db.execute_sql("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise StorageError("Basis data di dalam cadangan rusak (integrity_check: {r}).".format(
                    r=result[0] if result else "?"))
            tables = set(db.get_tables())
            if AppMeta._meta.table_name not in tables:
                raise StorageError("Berkas di dalam cadangan bukan basis data aplikasi Dikecualikan.")
            row = db.execute_sql("SELECT value FROM {t} WHERE key = ?".format(
                t=AppMeta._meta.table_name), (VERSION_KEY,)).fetchone()
    finally:
        db.close()
    if row is None:
        raise StorageError("Basis data di dalam cadangan tidak memiliki versi skema.")
    version = int(row[0])
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            "Cadangan ini dibuat oleh versi aplikasi yang lebih baru (skema versi {v}); perbarui aplikasi "
            "sebelum memulihkannya.".format(v=version))
    return version
