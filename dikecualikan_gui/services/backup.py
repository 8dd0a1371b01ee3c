"""Backup to one zip (database, attachments, archived documents, and a manifest with the SHA-256
of every part) and restore.

The backup copies the database with SQLite's online backup, so it is consistent while the
application is open. Restore checks the whole file before it replaces anything and keeps the
replaced database aside.

Restore never leaves the database path empty (issue 10): the backup is unpacked and checked in a
work folder beside the database (``.pulihkan-*``), the restored file is folded into one file
(journal_mode=DELETE) there, the old database's WAL is folded into it and a copy is kept aside
(a hard link, or a copy where the file system has none: ``NAME.diganti-YYYYMMDD-HHMMSS``), the
old -wal/-shm are removed while no connection is open, and only then ``os.replace`` puts the
restored file on the path in one atomic step. At every instant the path holds the old register
or the restored one.

Each part's declared size is checked against a limit and against the free disk space before
anything is written, and every part is written with a byte counter, so a zip that lies in its
headers cannot write more than it declared.

Leftovers of an interrupted restore or backup are removed at the next start
(backup_leftovers.clean_leftovers). Writing a backup is backup_zip.py; on PostgreSQL the snapshot
and the restore into an empty database are backup_pg.py (the zip is the same on both engines).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries
from dikecualikan_gui.domain.model import Actor, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import BackupError, StorageError
from dikecualikan_gui.services import backup_seal, setup
from dikecualikan_gui.services.attachments import CHUNK
from dikecualikan_gui.services.backup_leftovers import clean_leftovers
from dikecualikan_gui.services.backup_zip import (
    ARCHIVE_PREFIX,
    ATTACHMENTS_PREFIX,
    BACKUP_WORKDIR,
    CLAIM,
    DB_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PARTIAL,
    RESTORE_WORKDIR,
    BackupInfo,
    _claimed,
    _stored_intact,
    _stored_root,
    create_backup,
)
from dikecualikan_gui.services.common import utcnow

#: Size limits for the parts of a backup, checked before a byte is written.
MAX_DATABASE_BYTES = 16 * 1024**3
MAX_ATTACHMENT_BYTES = 2 * 1024**3
DISK_RESERVE_BYTES = 64 * 1024**2  # left free after unpacking

__all__ = [
    "ARCHIVE_PREFIX",
    "ATTACHMENTS_PREFIX",
    "BACKUP_WORKDIR",
    "CLAIM",
    "DB_MEMBER",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "PARTIAL",
    "RESTORE_WORKDIR",
    "BackupInfo",
    "RestoreResult",
    "VerifiedBackup",
    "clean_leftovers",
    "create_backup",
    "restore_backup",
    "size_text",
    "verify_backup",
]


@dataclass(frozen=True)
class VerifiedBackup:
    manifest: dict[str, object]
    schema_version: int
    workdir: Path
    db_file: Path
    attachments: list[tuple[str, Path]]
    facts: migrations.FileFacts | None = None
    key: bytes | None = None  # the key that seals its audit trail (backup_seal)


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        not path.is_absolute()
        and ".." not in path.parts
        and (name in (MANIFEST, DB_MEMBER) or name.startswith((ATTACHMENTS_PREFIX, ARCHIVE_PREFIX)))
    )


def size_text(size: int) -> str:
    """A size as people read it: 3,5 MB, 2,98 GB."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return "{v} {u}".format(
                v="{x:.2f}".format(x=size / factor).rstrip("0").rstrip(".").replace(".", ","), u=unit
            )
    return "{n} byte".format(n=size)


def _check_sizes(archive: zipfile.ZipFile, files: dict[str, dict[str, object]], workdir: Path) -> None:
    """Every part's declared size within its limit and the zip's own header; their sum within the
    free disk space. Nothing has been written yet."""
    total = 0
    for name in sorted(files):
        declared = files[name].get("size")
        if not isinstance(declared, int) or isinstance(declared, bool) or declared < 0:
            raise BackupError("Manifest cadangan tidak mencantumkan ukuran bagian {n} dengan benar.".format(n=name))
        if archive.getinfo(name).file_size != declared:
            raise BackupError(
                "Bagian {n} di dalam cadangan rusak: ukurannya di zip ({z}) tidak sama dengan di "
                "manifest ({m}).".format(n=name, z=size_text(archive.getinfo(name).file_size), m=size_text(declared))
            )
        limit = MAX_DATABASE_BYTES if name == DB_MEMBER else MAX_ATTACHMENT_BYTES
        if declared > limit:
            what = "basis data" if name == DB_MEMBER else "berkas {n}".format(n=name)
            raise BackupError(
                "Cadangan ditolak: {w} di dalamnya berukuran {s}, melebihi batas {b}. Tidak ada yang "
                "ditulis atau diubah.".format(w=what, s=size_text(declared), b=size_text(limit))
            )
        total += declared
    free = shutil.disk_usage(workdir).free
    if total + DISK_RESERVE_BYTES > free:
        raise BackupError(
            "Ruang disk di {d} tidak cukup untuk memulihkan cadangan ini: perlu {p}, tersedia {f}. "
            "Kosongkan ruang disk lalu coba lagi; tidak ada yang diubah.".format(
                d=workdir.parent, p=size_text(total + DISK_RESERVE_BYTES), f=size_text(free)
            )
        )


def _extract(archive: zipfile.ZipFile, name: str, target: Path, declared: int) -> str:
    """Write one part with a byte counter: more bytes than declared stop the restore at once."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as source, target.open("wb") as sink:
        for block in iter(lambda: source.read(CHUNK), b""):
            size += len(block)
            if size > declared:
                raise BackupError(
                    "Bagian {n} di dalam cadangan lebih besar daripada ukuran yang tercantum ({s}); "
                    "cadangan ditolak.".format(n=name, s=size_text(declared))
                )
            digest.update(block)
            sink.write(block)
    if size != declared:
        raise BackupError(
            "Bagian {n} di dalam cadangan rusak: SHA-256 atau ukurannya tidak cocok dengan manifest.".format(n=name)
        )
    return digest.hexdigest()


def verify_backup(path: Path, workdir: Path) -> VerifiedBackup:
    """Check everything in the backup (manifest, every hash, the database) into ``workdir``."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("Berkas cadangan {p} tidak ditemukan.".format(p=path))
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive, path)
            files = manifest["files"]
            _check_members(archive.namelist(), set(files))
            _check_sizes(archive, files, workdir)
            extracted = [_extract_checked(archive, name, workdir, files[name]) for name in sorted(files)]
    except zipfile.BadZipFile as exc:
        raise BackupError("{p} bukan berkas zip yang utuh: {e}.".format(p=path, e=exc)) from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BackupError("Manifest cadangan tidak dapat dibaca: {e}.".format(e=exc)) from exc
    except OSError as exc:
        raise BackupError("Cadangan tidak dapat dibaca: {e}.".format(e=exc.strerror or exc)) from exc
    db_file = workdir / DB_MEMBER
    try:
        facts = migrations.inspect_sqlite_file(db_file)
    except StorageError as exc:
        raise BackupError(str(exc)) from exc
    key = backup_seal.backup_key(manifest, facts)
    attachments = [(n, p) for n, p in extracted if n != DB_MEMBER]
    return VerifiedBackup(manifest, facts.version, workdir, db_file, attachments, facts, key)


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    """The manifest: ours, not newer than this program, naming the database."""
    if MANIFEST not in archive.namelist():
        raise BackupError("{p} bukan cadangan aplikasi ini (tidak ada {m}).".format(p=path, m=MANIFEST))
    manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError("{p} bukan cadangan aplikasi Dikecualikan.".format(p=path))
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError("Cadangan ini memakai format yang lebih baru; perbarui aplikasi.")
    files = manifest.get("files")
    if not isinstance(files, dict) or DB_MEMBER not in files:
        raise BackupError("Manifest cadangan tidak lengkap (basis data tidak tercantum).")
    return dict(manifest)


def _check_members(names: list[str], listed: set[str]) -> None:
    """The zip holds exactly what the manifest lists, under safe names."""
    present = set(names) - {MANIFEST}
    if listed - present:
        raise BackupError(
            "Cadangan tidak lengkap; bagian yang hilang: {m}.".format(m=", ".join(sorted(listed - present)))
        )
    if present - listed:
        raise BackupError(
            "Cadangan berisi bagian yang tidak tercantum di manifest: {m}.".format(
                m=", ".join(sorted(present - listed))
            )
        )
    for name in names:
        if not _safe_member(name):
            raise BackupError("Cadangan berisi nama berkas yang tidak aman: {n}.".format(n=name))


def _extract_checked(archive: zipfile.ZipFile, name: str, workdir: Path, entry: dict[str, Any]) -> tuple[str, Path]:
    """One part written out, its SHA-256 held against the manifest and (a stored file) its name."""
    target = workdir / name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = _extract(archive, name, target, entry["size"])
    if digest != entry.get("sha256"):
        raise BackupError(
            "Bagian {n} di dalam cadangan rusak: SHA-256 atau ukurannya tidak cocok dengan manifest.".format(n=name)
        )
    if name != DB_MEMBER and PurePosixPath(name).stem != digest:
        raise BackupError("Berkas {n} di dalam cadangan tidak cocok dengan namanya.".format(n=name))
    return name, target


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


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_file(file: Path) -> None:
    with file.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sidecars(file: Path) -> list[Path]:
    return [Path(str(file) + suffix) for suffix in ("-wal", "-shm")]


def _keep_aside(target: Path, aside: Path) -> None:
    """A copy of the old database under the aside name: a hard link (instant, no space), or a
    copy written as a partial file and renamed when complete."""
    try:
        os.link(target, aside)
    except OSError:  # no hard links here (FAT, some network shares)
        partial = aside.with_name(aside.name + PARTIAL)
        shutil.copyfile(target, partial)
        _sync_file(partial)
        os.replace(partial, aside)


def _swap(target: Path, restored: Path, now: datetime) -> Path | None:
    """Put ``restored`` (one file, no WAL) on ``target``; the old database is kept aside.

    Called holding the register alone and no connection. At every step the path holds the old
    database or the restored one."""
    if not target.exists():
        for sidecar in _sidecars(target):  # a WAL without its database must not join the new file
            sidecar.unlink(missing_ok=True)
        os.replace(restored, target)
        with contextlib.suppress(OSError):
            _sync_folder(target.parent)
        return None
    try:
        connection.fold_to_single_file(target)  # its WAL into the file: the aside copy stands alone
        folded = True
    except StorageError:
        folded = False  # damaged: kept aside as it is, with its WAL
    aside = _aside_name(target, now)
    _keep_aside(target, aside)
    moved_wal = False
    try:
        wal = _sidecars(target)[0]
        if not folded and wal.exists():
            os.replace(wal, Path(str(aside) + "-wal"))
            moved_wal = True
        for sidecar in _sidecars(target):
            sidecar.unlink(missing_ok=True)
        _sync_folder(target.parent)
        os.replace(restored, target)
    except OSError:
        # Nothing was replaced: the aside name goes (a hard link would follow the live file).
        if moved_wal:
            os.replace(Path(str(aside) + "-wal"), wal)
        aside.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # replaced already: the sync only hastens what the system does anyway
        _sync_folder(target.parent)
    return aside


def _prepare(db_file: Path) -> None:
    """The restored database as one durable file (no -wal beside it) before it is swapped in."""
    try:
        connection.fold_to_single_file(db_file)
    except StorageError as exc:
        raise BackupError(str(exc)) from exc
    for sidecar in _sidecars(db_file):
        sidecar.unlink(missing_ok=True)
    _sync_file(db_file)


def _put_attachments(config: Config, attachments: list[tuple[str, Path]]) -> int:
    added = 0
    for name, source in attachments:
        prefix = ATTACHMENTS_PREFIX if name.startswith(ATTACHMENTS_PREFIX) else ARCHIVE_PREFIX
        stored = _stored_root(config, prefix) / name[len(prefix) :]
        if not stored.exists() or not _stored_intact(name, stored):  # a damaged copy is mended too
            stored.parent.mkdir(parents=True, exist_ok=True)
            partial = stored.with_name(stored.name + PARTIAL)
            shutil.copyfile(source, partial)
            os.replace(partial, stored)
            added += 1
    return added


def restore_backup(actor: Actor | None, config: Config, path: Path, *, now: datetime | None = None) -> RestoreResult:
    require(actor, Action.BACKUP)  # the database may be damaged: the role is checked as signed in
    now = now or utcnow()
    target = config.sqlite_path
    if target is None:  # PostgreSQL: into an empty database, in one transaction
        from dikecualikan_gui.services import backup_pg

        return backup_pg.restore(actor, config, path, now)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=RESTORE_WORKDIR, dir=target.parent) as tmp, _claimed(Path(tmp)):
        verified = verify_backup(path, Path(tmp))
        try:
            _prepare(verified.db_file)
            with connection.exclusive_access(target):
                # Attachments first: they are stored by content, so the old register is not changed.
                added = _put_attachments(config, verified.attachments)
                assert verified.facts is not None
                backup_seal.stage(target, verified.key, verified.facts)
                try:
                    aside = _swap(target, verified.db_file, now)
                except OSError:  # nothing was replaced (a stop, not an error, is settled at the next start)
                    backup_seal.drop_pending(target)
                    raise
                with contextlib.suppress(OSError):  # restored already; the next start finishes it
                    backup_seal.finish(target, aside, verified.key)
        except StorageError as exc:
            raise BackupError(str(exc)) from exc
        except OSError as exc:
            raise BackupError(
                "Basis data tidak dapat diganti ({e}). Tutup aplikasi yang masih membuka "
                "basis data lalu coba lagi; basis data lama tetap di tempatnya.".format(e=exc.strerror or exc)
            ) from exc
    result = setup.open_register(config)
    with connection.transaction():
        queries.append_audit(
            actor,
            AuditAction.RESTORED,
            now,
            details={
                "berkas": str(path),
                "dibuat": verified.manifest.get("created_at"),
                "disimpan_di": str(aside) if aside else None,
                "kepala_sebelumnya": backup_seal.previous_anchor(aside),
            },
        )
    return RestoreResult(aside, verified.schema_version, added, result.upgraded)
