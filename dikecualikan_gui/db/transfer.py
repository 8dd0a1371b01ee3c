"""Copying a register between two databases, table by table, and checking the copy row by row
(issue 13): a backup on PostgreSQL copies a snapshot into an SQLite file, a restore copies that file
into an empty PostgreSQL database, and ``dikecualikan migrate`` copies a register to another engine.

Both ends are connections of their own (``open_database``), never the models' bound database, so a
copy can run while the application keeps working. Rows are read in batches in primary-key order and
written in multi-row INSERTs; values are carried as the drivers give them, normalised where the
engines differ (SQLite keeps dates as text and booleans as 0/1). The files (stored_file and
file_chunk) are not copied here: services/storage.py moves them, chunk by chunk, between the data
folder and the database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee as pw
from playhouse import db_url

from dikecualikan_gui.config import sqlite_path_of
from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import ALL_MODELS, AppMeta, AuditEvent, BaseModel, FileChunk, StoredFile
from dikecualikan_gui.errors import StorageError

Row = tuple[Any, ...]
FILE_MODELS: tuple[type[BaseModel], ...] = (StoredFile, FileChunk)
REGISTER_MODELS: tuple[type[BaseModel], ...] = tuple(m for m in ALL_MODELS if m not in FILE_MODELS)
BATCH = 2000
MAX_PARAMS = 900  # per INSERT statement (SQLite's oldest limit is 999)
#: What a copy into SQLite leaves out when the source is not sealed with this file's key: the seals
#: of another key (db/seal.py); the new file gets a key of its own at its first open.
KEY_ID = "audit_key_id"


def open_database(target: str) -> pw.Database:
    """A connection of its own to ``target`` (an SQLite path or a URL); the models stay bound
    where they are."""
    file = sqlite_path_of(target)
    try:
        if file is not None:
            db: pw.Database = pw.SqliteDatabase(str(file), pragmas={"busy_timeout": 10_000, "foreign_keys": 1})
        else:
            db = db_url.connect(target)
    except (RuntimeError, ValueError, pw.ImproperlyConfigured) as exc:
        raise StorageError(
            "Alamat basis data tidak dikenali atau drivernya belum terpasang: {u}.".format(u=redact(target))
        ) from exc
    with connection.storage_errors():
        db.connect()
    return db


def redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return "{s}://***@{h}".format(s=scheme, h=rest.split("@", 1)[1])
    return url


def is_sqlite(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase)


@contextlib.contextmanager
def snapshot(db: pw.Database) -> Iterator[pw.Database]:
    """Read ``db`` as it stood at one instant while others keep writing: one REPEATABLE READ,
    READ ONLY transaction on PostgreSQL, one read transaction on SQLite (WAL)."""
    with connection.storage_errors():
        if is_sqlite(db):
            db.execute_sql("BEGIN")
        else:
            db.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        db.execute_sql("SELECT COUNT(*) FROM {t}".format(t=_table(AppMeta))).fetchone()  # the snapshot starts
    try:
        yield db
    finally:
        with contextlib.suppress(pw.DatabaseError, pw.InterfaceError):
            db.execute_sql("ROLLBACK")


def create_schema(db: pw.Database) -> None:
    """The current tables in an empty database (as migrations.ensure_schema makes them)."""
    with connection.storage_errors():
        for model in pw.sort_models(ALL_MODELS):
            pw.SchemaManager(model, database=db).create_all(safe=True)


def _table(model: type[BaseModel]) -> str:
    return '"{t}"'.format(t=model._meta.table_name)


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def _key(model: type[BaseModel]) -> list[pw.Field]:
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):
        return [model._meta.fields[name] for name in pk.field_names]
    assert isinstance(pk, pw.Field)
    return [pk]


def _position(fields: Sequence[pw.Field], field: pw.Field) -> int:
    """Where ``field`` is in ``fields`` (by identity: a field compared with == is an expression)."""
    return next(i for i, f in enumerate(fields) if f is field)


def _columns(fields: Sequence[pw.Field]) -> str:
    return ", ".join('"{c}"'.format(c=f.column_name) for f in fields)


def normal(field: pw.Field, value: Any) -> Any:
    """A value as both engines mean it (dates and times, booleans, bytes)."""
    if value is None:
        return None
    if isinstance(field, pw.BooleanField):
        return bool(value)
    if isinstance(field, pw.DateTimeField) and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    if isinstance(field, pw.DateField):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                return date.fromisoformat(value[:10])
    if isinstance(value, memoryview | bytearray):
        return bytes(value)
    return value


def _stored(db: pw.Database, value: Any) -> Any:
    """A normalised value as ``db`` keeps it (SQLite: text dates as the application writes them)."""
    if not is_sqlite(db):
        return value
    if isinstance(value, datetime | date):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def rows(db: pw.Database, model: type[BaseModel], batch: int = BATCH) -> Iterator[list[tuple[Any, ...]]]:
    """Every row of a table in batches, in primary-key order, normalised."""
    fields, key = _fields(model), _key(model)
    at = [_position(fields, k) for k in key]
    keys = _columns(key)
    after: tuple[Any, ...] | None = None
    while True:
        where = ""
        if after is not None:
            where = "WHERE ({k}) > ({p}) ".format(k=keys, p=", ".join([db.param] * len(key)))
        sql = "SELECT {c} FROM {t} {w}ORDER BY {k} LIMIT {n}".format(
            c=_columns(fields), t=_table(model), w=where, k=keys, n=batch
        )
        with connection.storage_errors():
            found = db.execute_sql(sql, after or ()).fetchall()
        if not found:
            return
        yield [tuple(normal(f, v) for f, v in zip(fields, row, strict=True)) for row in found]
        after = tuple(_stored(db, found[-1][i]) for i in at)


def _insert(db: pw.Database, model: type[BaseModel], batch: list[tuple[Any, ...]]) -> None:
    fields = _fields(model)
    per = max(1, MAX_PARAMS // len(fields))
    one = "({p})".format(p=", ".join([db.param] * len(fields)))
    for start in range(0, len(batch), per):
        part = batch[start : start + per]
        sql = "INSERT INTO {t} ({c}) VALUES {v}".format(
            t=_table(model), c=_columns(fields), v=", ".join([one] * len(part))
        )
        db.execute_sql(sql, [_stored(db, v) for row in part for v in row])


def _unsealed(model: type[BaseModel], row: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """A row as a copy without the source's key holds it (None: the row is left out)."""
    if model is AuditEvent:
        at = _position(_fields(AuditEvent), AuditEvent.mac)
        return row[:at] + (None,) + row[at + 1 :]
    if model is AppMeta and row[0] == KEY_ID:
        return None
    return row


def expected(model: type[BaseModel], batch: list[tuple[Any, ...]], unseal: bool) -> list[tuple[Any, ...]]:
    if not unseal:
        return batch
    return [r for r in (_unsealed(model, row) for row in batch) if r is not None]


def copy_tables(src: pw.Database, dst: pw.Database, *, unseal: bool = False) -> dict[str, int]:
    """Copy every register table (not the files) from ``src`` into the empty tables of ``dst``
    (its app_meta is replaced); ``unseal``: the audit seals and key fingerprint are left out (a copy
    into SQLite from a register without this key). Call inside a transaction on ``dst``."""
    counts = {}
    with connection.storage_errors():
        dst.execute_sql("DELETE FROM {t}".format(t=_table(AppMeta)))
        for model in REGISTER_MODELS:
            copied = 0
            for batch in rows(src, model):
                kept = expected(model, batch, unseal)
                if kept:
                    _insert(dst, model, kept)
                copied += len(kept)
            counts[model._meta.table_name] = copied
        if not is_sqlite(dst):
            reset_sequences(dst)
    return counts


def reset_sequences(db: pw.Database) -> None:
    """After rows were written with their ids: the next id PostgreSQL gives follows the last."""
    for model in REGISTER_MODELS:
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            sql = "SELECT setval(pg_get_serial_sequence('{t}', '{c}'), MAX(\"{c}\")) FROM \"{t}\" HAVING COUNT(*) > 0"
            db.execute_sql(sql.format(t=model._meta.table_name, c=pk.column_name))


def differences(src: pw.Database, dst: pw.Database, *, unseal: bool = False, limit: int = 20) -> list[str]:
    """The copy checked row by row against its source: each table's rows, looked up by their key
    in the copy and compared value by value, and the counts. Empty when they are the same."""
    problems: list[str] = []
    for model in REGISTER_MODELS:
        fields, key = _fields(model), _key(model)
        at = [_position(fields, k) for k in key]
        total = 0
        for batch in rows(src, model):
            wanted = expected(model, batch, unseal)
            total += len(wanted)
            copies = _lookup(dst, model, [tuple(row[i] for i in at) for row in wanted])
            for row in wanted:
                ident = tuple(row[i] for i in at)
                if copies.get(ident) != row:
                    problems.append(
                        "Tabel {t}, baris {k}: salinan {w}.".format(
                            t=model._meta.table_name,
                            k=", ".join(str(v) for v in ident),
                            w="tidak ada" if ident not in copies else "berbeda dengan sumbernya",
                        )
                    )
                    if len(problems) >= limit:
                        return problems
        with connection.storage_errors():
            count = dst.execute_sql("SELECT COUNT(*) FROM {t}".format(t=_table(model))).fetchone()[0]
        if count != total:
            problems.append(
                "Tabel {t}: salinan berisi {n} baris, sumbernya {m}.".format(t=model._meta.table_name, n=count, m=total)
            )
    return problems


def _lookup(
    db: pw.Database, model: type[BaseModel], idents: list[tuple[Any, ...]]
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The rows of ``db`` with these keys, by key."""
    if not idents:
        return {}
    fields, key = _fields(model), _key(model)
    at = [_position(fields, k) for k in key]
    found: dict[Row, Row] = {}
    per = max(1, MAX_PARAMS // len(key))
    for start in range(0, len(idents), per):
        part = idents[start : start + per]
        one = "({p})".format(p=", ".join([db.param] * len(key)))
        sql = "SELECT {c} FROM {t} WHERE ({k}) IN ({v})".format(
            c=_columns(fields), t=_table(model), k=_columns(key), v=", ".join([one] * len(part))
        )
        with connection.storage_errors():
            for raw in db.execute_sql(sql, [_stored(db, v) for ident in part for v in ident]).fetchall():
                row = tuple(normal(f, v) for f, v in zip(fields, raw, strict=True))
                found[tuple(row[i] for i in at)] = row
    return found


def tables(db: pw.Database) -> set[str]:
    with connection.storage_errors():
        return set(db.get_tables())


def occupied(db: pw.Database) -> list[str]:
    """The register tables of ``db`` that hold rows (app_meta apart: a new schema has its own). An
    empty list: the database is empty, or holds only an empty schema of this application."""
    present = tables(db)
    ours = {m._meta.table_name for m in ALL_MODELS}
    foreign = sorted(present - ours)
    if foreign:
        raise StorageError(
            "Basis data tujuan berisi tabel lain ({t}) dan bukan basis data kosong.".format(t=", ".join(foreign[:5]))
        )
    found = []
    with connection.storage_errors():
        for model in ALL_MODELS:
            name = model._meta.table_name
            if model is AppMeta or name not in present:
                continue
            if db.execute_sql("SELECT 1 FROM {t} LIMIT 1".format(t=_table(model))).fetchone():
                found.append(name)
    return found


def meta(db: pw.Database) -> dict[str, str]:
    with connection.storage_errors():
        return {str(k): str(v) for k, v in db.execute_sql('SELECT "key", "value" FROM {t}'.format(t=_table(AppMeta)))}


def referenced_files(db: pw.Database) -> list[str]:
    """The names (relative to the data folder) of the files the register refers to: attachments,
    archived documents and the logo."""
    names: list[str] = []
    with connection.storage_errors():
        for (path,) in db.execute_sql('SELECT DISTINCT "stored_path" FROM "attachment"').fetchall():
            names.append("lampiran/" + str(path))
        for (path,) in db.execute_sql('SELECT DISTINCT "stored_path" FROM "document"').fetchall():
            names.append(str(path))
        for (path,) in db.execute_sql('SELECT "logo_path" FROM "profile" WHERE "logo_path" <> \'\'').fetchall():
            names.append(str(path))
    return sorted(set(names))


def copy_into_new_file(src: pw.Database, file: Path, *, unseal: bool) -> dict[str, int]:
    """Copy the register tables of ``src`` into a new SQLite file (one rollback-journal file, no
    WAL beside it); ``src`` may be a snapshot. Returns the rows copied per table."""
    if file.exists():
        raise StorageError("Berkas {p} sudah ada; salinan tidak ditulis di atasnya.".format(p=file))
    dst = open_database(str(file))
    try:
        create_schema(dst)
        with connection.storage_errors(), dst.atomic():
            counts = copy_tables(src, dst, unseal=unseal)
    finally:
        dst.close()
    return counts


@contextlib.contextmanager
def writing(db: pw.Database) -> Iterator[None]:
    """One transaction on ``db`` (a target of its own): committed when the block ends, rolled back
    when it raises."""
    with connection.storage_errors(), db.atomic():
        yield
