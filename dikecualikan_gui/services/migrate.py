"""Moving a register to another engine: ``dikecualikan migrate --to URL`` (issue 13).

The register open now (SQLite or PostgreSQL) is read as one snapshot on a connection of its own and
copied into an EMPTY target: a PostgreSQL database (a new one, or one holding only this
application's empty schema) or a new SQLite file. Every table is copied with its ids, the audit
trail as it is, and every file the register refers to (attachments, archived documents, the logo)
is moved between the data folder and the database chunk by chunk, checked against its SHA-256. The
copy is then compared with the source row by row, and only a copy that matches is kept:

- into PostgreSQL, the schema, the rows and the files are one transaction, committed after the
  comparison (a failure leaves the database as empty as it was);
- into SQLite, the file is written as ``NAME.sebagian`` and renamed when it matches; its files go
  to the folder beside it (``lampiran/``, ``arsip/``).

The source's own audit trail must verify first (``audit verify``: a trail changed outside the
application is not turned into a clean copy). Finally the copy is opened as the application opens a
register and its audit trail is verified. The source is only read: nothing is written to it, not
even an audit event.

The audit seals: events copied into PostgreSQL keep their seals as they are (PostgreSQL holds no key;
its chain is verified by the hashes). A copy into SQLite leaves out the seals of a key it does not
have and the key's fingerprint; the new file gets a key of its own at its first open, which seals
every event it holds (db/seal.py).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from dikecualikan_gui.config import Config, sqlite_path_of
from dikecualikan_gui.db import files, seal, transfer
from dikecualikan_gui.db.files import Database
from dikecualikan_gui.domain.model import Actor
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import AppError, StorageError
from dikecualikan_gui.services import audit, setup, storage
from dikecualikan_gui.services.attachments import relative_store_path, store_name
from dikecualikan_gui.services.backup_zip import _attachment_files

PARTIAL = ".sebagian"


class MigrateError(AppError):
    """The copy could not be made or does not match its source; the target was left as it was."""


@dataclass(frozen=True)
class MigrateResult:
    target: str  # the target as it may be shown (no password)
    data_dir: Path  # where an SQLite target keeps its files (the folder beside it)
    rows: dict[str, int]  # rows copied per table
    files: int  # files copied (or already there)
    missing: tuple[str, ...]  # files the register refers to that the source does not have intact
    events: int  # audit events in the copy, verified


def _source_names(config: Config, db: Database) -> list[str]:
    """Every file of the source register by name: those its rows refer to and any other stored."""
    names = set(transfer.referenced_files(db))
    if transfer.is_sqlite(db):
        names |= {name for name, _ in _attachment_files(config)}
    else:
        referenced = {storage.sha_of(n) for n in names}
        names |= {store_name(relative_store_path(s)) for s in files.stored(db) if s not in referenced}
    return sorted(names)


def _copy_files(source: storage.FileStore, target: storage.FileStore, names: list[str]) -> tuple[int, list[str]]:
    copied, missing = 0, []
    for name in names:
        if source.size(name) is None:
            missing.append(name)
            continue
        try:
            target.put_chunks(name, source.chunks(name))
        except StorageError:
            if target.size(name) is not None and target.intact(name):
                raise
            missing.append(name)  # damaged in the source: its SHA-256 does not match
            continue
        copied += 1
    return copied, missing


def _same(a: str, b: str) -> bool:
    fa, fb = sqlite_path_of(a), sqlite_path_of(b)
    if fa is not None and fb is not None:
        return fa.resolve() == fb.resolve()
    return a == b


def _into_postgres(config: Config, source: Database, to: str) -> tuple[dict[str, int], int, list[str]]:
    target = transfer.open_database(to)
    try:
        busy = transfer.occupied(target)
        if busy:
            raise MigrateError(
                "Basis data tujuan {u} tidak kosong (tabel {t} sudah berisi data). Pindahkan ke basis data baru "
                "yang kosong (CREATE DATABASE ...); tidak ada yang diubah.".format(
                    u=transfer.redact(to), t=", ".join(busy[:3])
                )
            )
        with transfer.writing(target):
            transfer.create_schema(target)
            rows = transfer.copy_tables(source, target)
            names = _source_names(config, source)
            copied, missing = _copy_files(
                _store(config, source), storage.DatabaseStore(config.data_dir / storage.CACHE, target), names
            )
            _check(transfer.differences(source, target))
    finally:
        target.close()
    return rows, copied, missing


def _into_sqlite(config: Config, source: Database, file: Path) -> tuple[dict[str, int], int, list[str]]:
    for beside in (file, seal.key_path(file), seal.anchor_path(file)):
        if beside.exists():
            raise MigrateError(
                "{p} sudah ada. Pindahkan ke berkas baru di folder yang belum berisi register; tidak ada yang "
                "diubah.".format(p=beside)
            )
    partial = file.with_name(file.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        rows = transfer.copy_into_new_file(source, partial, unseal=True)
        copy = transfer.open_database(str(partial))
        try:
            _check(transfer.differences(source, copy, unseal=True))
        finally:
            copy.close()
        names = _source_names(config, source)
        copied, missing = _copy_files(_store(config, source), storage.FolderStore(file.parent), names)
        os.replace(partial, file)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return rows, copied, missing


def _store(config: Config, db: Database) -> storage.FileStore:
    if transfer.is_sqlite(db):
        return storage.FolderStore(config.data_dir)
    return storage.DatabaseStore(config.data_dir / storage.CACHE, db)


def _check(problems: list[str]) -> None:
    if problems:
        raise MigrateError(
            "Salinan tidak sama dengan sumbernya: {p}. Salinan tidak disimpan; register sumber tidak diubah.".format(
                p="; ".join(problems[:5])
            )
        )


def migrate(actor: Actor | None, config: Config, to: str) -> MigrateResult:
    """Copy the register of ``config`` into the empty database ``to`` and verify the copy (module
    docstring). The register of ``config`` is open again when this returns."""
    require(actor, Action.BACKUP)
    if _same(config.db, to):
        raise MigrateError("Tujuan sama dengan register yang sedang dibuka; sebutkan basis data lain dengan --to.")
    file = sqlite_path_of(to)
    data_dir = file.resolve().parent if file is not None else config.data_dir
    _check_source()
    source = transfer.open_database(config.db)
    try:
        with transfer.snapshot(source):
            if file is not None:
                rows, copied, missing = _into_sqlite(config, source, file)
            else:
                rows, copied, missing = _into_postgres(config, source, to)
    finally:
        source.close()
    events = _verify_copy(config, Config(db=to, data_dir=data_dir))
    return MigrateResult(transfer.redact(to), data_dir, rows, copied, tuple(missing), events)


def _check_source() -> None:
    """Only a register whose audit trail holds (chain, state, and on SQLite its key's seals and
    anchor) is moved: a copy must not turn a trail changed outside the application into a clean one."""
    result = audit.verify()
    if not result.ok:
        raise MigrateError(
            "Jejak audit register ini tidak utuh ({p}), sehingga register tidak dipindahkan. Jalankan "
            "'dikecualikan audit verify', pulihkan dari cadangan yang utuh, lalu pindahkan.".format(
                p="; ".join(p.message for p in result.problems[:3])
            )
        )


def _verify_copy(config: Config, copy: Config) -> int:
    """Open the copy as the application would (an SQLite copy gets its key) and verify its trail."""
    setup.close_register()
    try:
        setup.open_register(copy)
        result = audit.verify()
        if not result.ok:
            raise MigrateError(
                "Salinan sudah dibuat di {t}, tetapi pemeriksaan jejak auditnya gagal: {p}. Jangan pakai salinan "
                "itu; register sumber tidak diubah.".format(
                    t=transfer.redact(copy.db), p="; ".join(p.message for p in result.problems[:3])
                )
            )
        return result.count
    finally:
        setup.close_register()
        with contextlib.suppress(AppError):
            setup.open_register(config)
