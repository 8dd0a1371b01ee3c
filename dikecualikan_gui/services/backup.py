"""Backup to one zip (database, attachments, archived documents, and a manifest with the SHA-256
of every part) and restore.

The backup copies the database with SQLite's online backup, so it is consistent while the
application is open. Restore checks the whole file before it replaces anything and keeps the
replaced database aside.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from dikecualikan_gui import __version__
from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.domain.model import Actor, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import BackupError, StorageError
from dikecualikan_gui.services import setup
from dikecualikan_gui.services.attachments import CHUNK, sha256_of
from dikecualikan_gui.services.common import authorize, utcnow

FORMAT = "dikecualikan-cadangan"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
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
    for prefix, finished in ((ATTACHMENTS_PREFIX, lambda r: len(r) == 67 and r[2] == "/"),
                             (ARCHIVE_PREFIX, _ARCHIVE_ENTRY.match)):
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


def create_backup(actor: Actor | None, config: Config, out: Path, *, now: datetime | None = None) -> BackupInfo:
    require(actor, Action.BACKUP)
    authorize(actor, Action.BACKUP)
    now = now or utcnow()
    live = connection.sqlite_file()
    if live is None:
        raise BackupError("Perintah backup menyalin basis data SQLite. Untuk PostgreSQL gunakan pg_dump "
                          "dan salin folder {d}.".format(d=config.attachments_dir))
    out = Path(out)
    if out.exists() and out.is_dir():
        raise BackupError("{p} adalah folder; sebutkan nama berkas, misalnya {p}/cadangan.zip.".format(p=out))
    own_files = {live.resolve(), *(Path(str(live.resolve()) + s) for s in ("-wal", "-shm", connection.LOCK_SUFFIX))}
    if out.resolve() in own_files:
        raise BackupError("{p} adalah berkas basis data itu sendiri; tulis cadangan ke berkas lain, misalnya "
                          "cadangan.zip.".format(p=out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("Folder {d} tidak dapat dibuat: {e}.".format(d=out.parent, e=exc.strerror)) from exc
    with tempfile.TemporaryDirectory(prefix="dikecualikan-backup-") as tmp:
        db_copy = Path(tmp) / DB_MEMBER
        connection.backup_sqlite_to(db_copy)
        facts = migrations.inspect_sqlite_file(db_copy)
        stored = _attachment_files(config)
        damaged = [name for name, path in stored if not _stored_intact(name, path)]
        missing = _missing_files(config)
        members = [(DB_MEMBER, db_copy), *((n, p) for n, p in stored if n not in damaged)]
        files = {name: {"sha256": sha256_of(path), "size": path.stat().st_size} for name, path in members}
        stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                    "schema_version": facts.version, "created_at": stamp, "audit_head": facts.audit_head,
                    "damaged_attachments": damaged, "files": files}
        partial = out.with_name(out.name + ".sebagian")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
                for name, path in members:
                    archive.write(path, name)
            os.replace(partial, out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupError("Cadangan tidak dapat ditulis ke {p}: {e}.".format(p=out, e=exc.strerror or exc)) from exc
    with connection.transaction():
        queries.append_audit(actor, AuditAction.BACKUP_CREATED, now, details={
            "berkas": str(out), "berkas_lampiran": len(members) - 1, "skema": facts.version,
            "lampiran_rusak": damaged})
    return BackupInfo(out, facts.version, stamp, len(members), out.stat().st_size, tuple(damaged), tuple(missing))


@dataclass(frozen=True)
class VerifiedBackup:
    manifest: dict[str, object]
    schema_version: int
    workdir: Path
    db_file: Path
    attachments: list[tuple[str, Path]]


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and (
        name in (MANIFEST, DB_MEMBER) or name.startswith((ATTACHMENTS_PREFIX, ARCHIVE_PREFIX)))


def verify_backup(path: Path, workdir: Path) -> VerifiedBackup:
    """Check everything in the backup (manifest, every hash, the database) into ``workdir``."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("Berkas cadangan {p} tidak ditemukan.".format(p=path))
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if MANIFEST not in names:
                raise BackupError("{p} bukan cadangan aplikasi ini (tidak ada {m}).".format(p=path, m=MANIFEST))
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            if manifest.get("format") != FORMAT:
                raise BackupError("{p} bukan cadangan aplikasi Dikecualikan.".format(p=path))
            if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
                raise BackupError("Cadangan ini memakai format yang lebih baru; perbarui aplikasi.")
            files = manifest.get("files")
            if not isinstance(files, dict) or DB_MEMBER not in files:
                raise BackupError("Manifest cadangan tidak lengkap (basis data tidak tercantum).")
            listed, present = set(files), set(names) - {MANIFEST}
            if listed - present:
                raise BackupError("Cadangan tidak lengkap; bagian yang hilang: {m}.".format(
                    m=", ".join(sorted(listed - present))))
            if present - listed:
                raise BackupError("Cadangan berisi bagian yang tidak tercantum di manifest: {m}.".format(
                    m=", ".join(sorted(present - listed))))
            for name in names:
                if not _safe_member(name):
                    raise BackupError("Cadangan berisi nama berkas yang tidak aman: {n}.".format(n=name))
            extracted = []
            for name in sorted(listed):
                target = workdir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                size = 0
                with archive.open(name) as source, target.open("wb") as sink:
                    for block in iter(lambda: source.read(CHUNK), b""):
                        digest.update(block)
                        size += len(block)
                        sink.write(block)
                expected = files[name]
                if digest.hexdigest() != expected.get("sha256") or size != expected.get("size"):
                    raise BackupError("Bagian {n} di dalam cadangan rusak: SHA-256 atau ukurannya tidak "
                                      "cocok dengan manifest.".format(n=name))
                if name != DB_MEMBER and PurePosixPath(name).stem != digest.hexdigest():
                    raise BackupError("Berkas {n} di dalam cadangan tidak cocok dengan namanya.".format(n=name))
                extracted.append((name, target))
    except zipfile.BadZipFile as exc:
        raise BackupError("{p} bukan berkas zip yang utuh: {e}.".format(p=path, e=exc)) from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BackupError("Manifest cadangan tidak dapat dibaca: {e}.".format(e=exc)) from exc
    except OSError as exc:
        raise BackupError("Cadangan tidak dapat dibaca: {e}.".format(e=exc.strerror or exc)) from exc
    db_file = workdir / DB_MEMBER
    try:
        version = migrations.inspect_sqlite_file(db_file).version
    except StorageError as exc:
        raise BackupError(str(exc)) from exc
    attachments = [(n, p) for n, p in extracted if n != DB_MEMBER]
    return VerifiedBackup(manifest, version, workdir, db_file, attachments)


@dataclass(frozen=True)
class RestoreResult:
    replaced_aside: Path | None
    schema_version: int
    attachments_added: int
    upgraded: bool


def _aside_name(target: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name("{n}.diganti-{t}".format(n=target.name, t=stamp))
    number = 2
    while candidate.exists():
        candidate = target.with_name("{n}.diganti-{t}-{k}".format(n=target.name, t=stamp, k=number))
        number += 1
    return candidate


def _move_aside(target: Path, now: datetime) -> Path | None:
    """Move the current database (and its WAL files) aside untouched, even when it is damaged."""
    if not target.exists():
        return None
    aside = _aside_name(target, now)
    os.replace(target, aside)
    moved = []
    try:
        for suffix in ("-wal", "-shm"):
            sidecar = Path(str(target) + suffix)
            if sidecar.exists():
                os.replace(sidecar, Path(str(aside) + suffix))
                moved.append(suffix)
    except OSError:
        for suffix in moved:
            os.replace(Path(str(aside) + suffix), Path(str(target) + suffix))
        os.replace(aside, target)
        raise
    migrations.fold_wal(aside)
    return aside


def restore_backup(actor: Actor | None, config: Config, path: Path, *,
                   now: datetime | None = None) -> RestoreResult:
    require(actor, Action.BACKUP)  # the database may be damaged: the role is checked as signed in
    now = now or utcnow()
    target = config.sqlite_path
    if target is None:
        raise BackupError("Pemulihan dari cadangan hanya untuk basis data SQLite; untuk PostgreSQL "
                          "gunakan pg_restore.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pulihkan-", dir=target.parent) as tmp:
        verified = verify_backup(path, Path(tmp))
        try:
            with connection.exclusive_access(target):
                aside = _move_aside(target, now)
                os.replace(verified.db_file, target)
        except StorageError as exc:
            raise BackupError(str(exc)) from exc
        except OSError as exc:
            raise BackupError("Basis data tidak dapat diganti ({e}). Tutup aplikasi yang masih membuka "
                              "basis data lalu coba lagi; tidak ada yang diubah.".format(
                                  e=exc.strerror or exc)) from exc
        added = 0
        for name, source in verified.attachments:
            prefix = ATTACHMENTS_PREFIX if name.startswith(ATTACHMENTS_PREFIX) else ARCHIVE_PREFIX
            stored = _stored_root(config, prefix) / name[len(prefix):]
            if not stored.exists() or not _stored_intact(name, stored):  # a damaged copy is mended too
                stored.parent.mkdir(parents=True, exist_ok=True)
                partial = stored.with_name(stored.name + ".sebagian")
                shutil.copyfile(source, partial)
                os.replace(partial, stored)
                added += 1
    result = setup.open_register(config)
    with connection.transaction():
        queries.append_audit(actor, AuditAction.RESTORED, now, details={
            "berkas": str(path), "dibuat": verified.manifest.get("created_at"),
            "disimpan_di": str(aside) if aside else None})
    return RestoreResult(aside, verified.schema_version, added, result.upgraded)
