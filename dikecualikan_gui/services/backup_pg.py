"""Backup and restore of a register on PostgreSQL (issue 13): the same verified zip as on SQLite.

Backup (``gather``): a snapshot read in one REPEATABLE READ, READ ONLY transaction on a connection
of its own, so the others keep working and the zip holds one instant. The tables are copied into
an SQLite file (the zip's ``database.sqlite3``) and every file the register refers to is streamed
from the database chunk by chunk into the work folder, each checked against its SHA-256 (a damaged
one is left out and named, as on SQLite). PostgreSQL holds no audit key: seals of another key (events
restored from an SQLite register) and its fingerprint are left out of the copy, and an SQLite
register restored from the zip gets a key of its own at its first start.

Restore (``restore``): into an EMPTY database only (a new one, or one holding only this
application's empty schema); anything else is refused before a byte is written. The zip is checked
exactly as on SQLite (backup.verify_backup: manifest, every SHA-256 and size, the database's
integrity, a foreign or newer backup refused); an older schema is upgraded in the work copy first.
Then every table, every file and the restore's own audit event are written in ONE transaction, and
the copy is compared with the backup row by row before it commits: a failure leaves the database as
empty as it was.
"""

from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files, migrations, queries, transfer
from dikecualikan_gui.domain.model import Actor, AuditAction
from dikecualikan_gui.errors import BackupError, StorageError
from dikecualikan_gui.services import storage
from dikecualikan_gui.services.attachments import relative_store_path, store_name
from dikecualikan_gui.services.backup import RestoreResult, verify_backup
from dikecualikan_gui.services.backup_leftovers import clean_workdirs
from dikecualikan_gui.services.backup_zip import RESTORE_WORKDIR, Gathered, _claimed

#: The names a stored file may have in a zip (anything else in the tables is not written anywhere).
_NAME = re.compile(r"^(lampiran/[0-9a-f]{2}/[0-9a-f]{64}|arsip/[0-9]{4}/[0-9a-f]{64}\.pdf)$")


def gather(config: Config, work: Path, member: str) -> Gathered:
    """The register as it stood at one instant: its tables in ``work/member`` and its files in
    ``work``, by name."""
    reader = transfer.open_database(config.db)
    db_file = work / member
    members: list[tuple[str, Path]] = []
    damaged: list[str] = []
    missing: list[str] = []
    try:
        with transfer.snapshot(reader):
            transfer.copy_into_new_file(reader, db_file, unseal=True)
            store = storage.DatabaseStore(work, reader)
            names = transfer.referenced_files(reader)
            referenced = {storage.sha_of(n) for n in names}
            names += [store_name(relative_store_path(s)) for s in sorted(files.stored(reader)) if s not in referenced]
            for name in names:
                if not _NAME.match(name) or store.size(name) is None:
                    missing.append(name)
                    continue
                target = work / name
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    store.copy_to(name, target)
                except StorageError:
                    damaged.append(name)
                    continue
                members.append((name, target))
    except OSError as exc:
        raise BackupError("Cadangan tidak dapat disiapkan di {d}: {e}.".format(d=work, e=exc.strerror or exc)) from exc
    finally:
        reader.close()
    return Gathered(db_file, members, damaged, missing)


def _not_empty(config: Config, tables: list[str]) -> BackupError:
    return BackupError(
        "Basis data PostgreSQL {u} tidak kosong (tabel {t} sudah berisi data). Pemulihan ke PostgreSQL hanya "
        "ke basis data kosong, supaya tidak ada yang tertimpa: buat basis data baru (misalnya CREATE DATABASE "
        "dikecualikan_pulih), lalu jalankan 'dikecualikan --db postgresql://pengguna@server/dikecualikan_pulih "
        "restore BERKAS'. Tidak ada yang diubah.".format(u=transfer.redact(config.db), t=", ".join(tables[:3]))
    )


def _upgrade(db_file: Path, config: Config) -> None:
    """Bring the backup's work copy to the current schema (the steps every register takes)."""
    connection.close_database()
    try:
        connection.open_database(str(db_file))
        migrations.ensure_schema(connection.current())
    finally:
        connection.close_database()
        connection.open_database(config.db)


def restore(actor: Actor | None, config: Config, path: Path, now: datetime) -> RestoreResult:
    """Restore the backup at ``path`` into the empty PostgreSQL database of ``config``."""
    db = connection.open_database(config.db)
    migrations.ensure_schema(db)  # a new database gets the schema; a foreign or newer one is refused
    busy = transfer.occupied(db)
    if busy:
        raise _not_empty(config, busy)
    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("Folder {d} tidak dapat dibuat: {e}.".format(d=config.data_dir, e=exc.strerror)) from exc
    clean_workdirs(config.data_dir)  # what an interrupted backup or restore left
    with tempfile.TemporaryDirectory(prefix=RESTORE_WORKDIR, dir=config.data_dir) as tmp, _claimed(Path(tmp)):
        verified = verify_backup(path, Path(tmp))
        upgraded = verified.schema_version < migrations.SCHEMA_VERSION
        if upgraded:
            _upgrade(verified.db_file, config)
        source = transfer.open_database(str(verified.db_file))
        try:
            with connection.transaction():
                db = connection.current()
                busy = transfer.occupied(db)  # written meanwhile from another PC
                if busy:
                    raise _not_empty(config, busy)
                transfer.copy_tables(source, db)
                store = storage.DatabaseStore(config.data_dir / storage.CACHE)
                for name, file in verified.attachments:
                    store.put_chunks(name, storage.read_chunks(file))
                problems = transfer.differences(source, db)
                if problems:
                    raise BackupError(
                        "Salinan di basis data tidak sama dengan cadangan ({p}); tidak ada yang dipulihkan.".format(
                            p="; ".join(problems[:3])
                        )
                    )
                queries.append_audit(
                    actor,
                    AuditAction.RESTORED,
                    now,
                    details={"berkas": str(path), "dibuat": verified.manifest.get("created_at"), "disimpan_di": None},
                )
        finally:
            source.close()
    return RestoreResult(None, verified.schema_version, len(verified.attachments), upgraded)
