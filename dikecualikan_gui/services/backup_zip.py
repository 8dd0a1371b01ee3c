"""Writing a backup: one zip with the database (as an SQLite file), the attachments, the archived
documents and a manifest with the SHA-256 and size of every part, the schema version and the head of
the audit trail (services/backup.py checks and restores it; its docstring tells the whole story).

The zip's parts are prepared in a work folder beside the database (``.mencadangkan-*``), claimed
while this process works, and the zip is written as a partial file renamed when complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from dikecualikan_gui import __version__
from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.domain.model import Actor, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import BackupError
from dikecualikan_gui.services import audit, backup_seal
from dikecualikan_gui.services.attachments import sha256_of
from dikecualikan_gui.services.common import authorize, utcnow

FORMAT = "dikecualikan-cadangan"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
PARTIAL = ".sebagian"  # a file being written; renamed when complete
RESTORE_WORKDIR = ".pulihkan-"  # beside the database: the backup unpacked and checked
BACKUP_WORKDIR = ".mencadangkan-"  # beside the database: the copy being zipped
CLAIM = ".dipakai"  # inside a work folder: held open (locked) while its process works
ATTACHMENTS_PREFIX = "lampiran/"
ARCHIVE_PREFIX = "arsip/"  # the issued documents (services.documents.ARCHIVE): arsip/YYYY/<sha256>.pdf
_ARCHIVE_ENTRY = re.compile(r"^[0-9]{4}/[0-9a-f]{64}\.pdf$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    created_at: str
    files: int
    size: int
    damaged: tuple[str, ...] = ()  # stored attachments that no longer match their SHA-256 (left out)
    missing: tuple[str, ...] = ()  # files the register refers to that are not in the data folder


def _stored_root(config: Config, prefix: str) -> Path:
    return config.attachments_dir if prefix == ATTACHMENTS_PREFIX else config.data_dir / ARCHIVE_PREFIX.rstrip("/")


def _attachment_files(config: Config) -> list[tuple[str, Path]]:
    """The attachments (xx/<sha256>) and the archived documents (YYYY/<sha256>.pdf); temporary
    copies are skipped."""
    found = []
    for prefix, finished in (
        (ATTACHMENTS_PREFIX, lambda r: len(r) == 67 and r[2] == "/"),
        (ARCHIVE_PREFIX, _ARCHIVE_ENTRY.match),
    ):
        root = _stored_root(config, prefix)
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.is_file() and finished(relative):
                found.append((prefix + relative, path))
    return found


def _stored_intact(name: str, path: Path) -> bool:
    """A stored file's name is its SHA-256; a file that no longer matches is damaged."""
    return sha256_of(path) == PurePosixPath(name).stem


def _missing_files(config: Config) -> list[str]:
    """Attachments and issued documents the register refers to whose file is gone."""
    expected = [(ATTACHMENTS_PREFIX + p, config.attachments_dir / p) for p in queries.all_attachment_paths()]
    expected += [(p, config.data_dir / p) for p in archive_queries.archive_paths()]
    return [name for name, path in expected if not path.is_file()]


def _checked_out(out: Path, live: Path | None) -> Path:
    out = Path(out)
    if out.exists() and out.is_dir():
        raise BackupError("{p} adalah folder; sebutkan nama berkas, misalnya {p}/cadangan.zip.".format(p=out))
    if live is not None:
        own = {live.resolve(), *(Path(str(live.resolve()) + s) for s in ("-wal", "-shm", connection.LOCK_SUFFIX))}
        if out.resolve() in own:
            raise BackupError(
                "{p} adalah berkas basis data itu sendiri; tulis cadangan ke berkas lain, misalnya "
                "cadangan.zip.".format(p=out)
            )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("Folder {d} tidak dapat dibuat: {e}.".format(d=out.parent, e=exc.strerror)) from exc
    return out


@dataclass(frozen=True)
class Gathered:
    """What goes into the zip: the database as one SQLite file and the stored files, by name."""

    db_file: Path
    members: list[tuple[str, Path]]
    damaged: list[str]
    missing: list[str]


def _gather_sqlite(config: Config, work: Path) -> Gathered:
    """SQLite: an online copy of the file, and the data folder's files (each checked by its name)."""
    db_copy = work / DB_MEMBER
    connection.backup_sqlite_to(db_copy)
    stored = _attachment_files(config)
    damaged = [name for name, path in stored if not _stored_intact(name, path)]
    members = [(n, p) for n, p in stored if n not in damaged]
    return Gathered(db_copy, members, damaged, _missing_files(config))


def _write_zip(out: Path, manifest: Mapping[str, object], members: list[tuple[str, Path]]) -> None:
    partial = out.with_name(out.name + PARTIAL)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # it holds the key
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            for name, path in members:
                archive.write(path, name)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError("Cadangan tidak dapat ditulis ke {p}: {e}.".format(p=out, e=exc.strerror or exc)) from exc


def create_backup(actor: Actor | None, config: Config, out: Path, *, now: datetime | None = None) -> BackupInfo:
    """One verified zip of the register: on SQLite an online copy of the file; on PostgreSQL a
    snapshot taken in one repeatable-read transaction while others keep working, copied into an
    SQLite file (services/backup_pg.py). The same format either way, restorable on either engine."""
    require(actor, Action.BACKUP)
    authorize(actor, Action.BACKUP)
    now = now or utcnow()
    live = connection.sqlite_file()
    key_fields = backup_seal.check_before_backup(audit.quick_check())  # the key travels (none on PostgreSQL)
    out = _checked_out(out, live)
    work_root = live.parent if live is not None else config.data_dir
    try:
        work_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("Folder {d} tidak dapat dibuat: {e}.".format(d=work_root, e=exc.strerror)) from exc
    if live is None:  # PostgreSQL: what an interrupted backup or restore left in the data folder
        from dikecualikan_gui.services.backup_leftovers import clean_workdirs

        clean_workdirs(work_root)
    with tempfile.TemporaryDirectory(prefix=BACKUP_WORKDIR, dir=work_root) as tmp, _claimed(Path(tmp)):
        if live is not None:
            gathered = _gather_sqlite(config, Path(tmp))
        else:
            from dikecualikan_gui.services.backup_pg import gather  # it needs this module

            gathered = gather(config, Path(tmp), DB_MEMBER)
        facts = migrations.inspect_sqlite_file(gathered.db_file)
        members = [(DB_MEMBER, gathered.db_file), *gathered.members]
        files = {name: {"sha256": sha256_of(path), "size": path.stat().st_size} for name, path in members}
        stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": facts.version,
            "created_at": stamp,
            "audit_head": facts.audit_head,
            **key_fields,
            "damaged_attachments": gathered.damaged,
            "files": files,
        }
        _write_zip(out, manifest, members)
    with connection.transaction():
        queries.append_audit(
            actor,
            AuditAction.BACKUP_CREATED,
            now,
            details={
                "berkas": str(out),
                "berkas_lampiran": len(members) - 1,
                "skema": facts.version,
                "lampiran_rusak": gathered.damaged,
            },
        )
    return BackupInfo(
        out, facts.version, stamp, len(members), out.stat().st_size, tuple(gathered.damaged), tuple(gathered.missing)
    )


@contextlib.contextmanager
def _claimed(workdir: Path) -> Iterator[None]:
    """The work folder is in use while this runs: clean_leftovers leaves it alone."""
    handle = connection.claim(workdir / CLAIM)
    try:
        yield
    finally:
        handle.close()
