"""Files kept in the database (stored_file and file_chunk, schema version 7), read and written one
chunk at a time: a 200 MB attachment never has to fit in memory, on either side.

Every function takes the database to use (default: the open register), so that a backup's snapshot
reader and a migration's target, which are connections of their own, use the same code.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import datetime

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import FileChunk, StoredFile

#: The size of one stored piece: small enough for any driver, large enough to keep rows few.
CHUNK = 1024 * 1024

Database = pw.Database  # for the services' annotations (they do not import peewee)

FILES = StoredFile._meta.table_name
CHUNKS = FileChunk._meta.table_name


def _db(db: pw.Database | None) -> pw.Database:
    return db if db is not None else connection.current()


def size_of(sha256: str, db: pw.Database | None = None) -> int | None:
    """The stored size of a file, or None when it is not stored."""
    db = _db(db)
    with connection.storage_errors():
        row = db.execute_sql(
            "SELECT ukuran FROM {t} WHERE sha256 = {p}".format(t=FILES, p=db.param), (sha256,)
        ).fetchone()
    return int(row[0]) if row else None


def chunks(sha256: str, db: pw.Database | None = None) -> Iterator[bytes]:
    """The bytes of a stored file, one chunk per query (nothing is read ahead). Ends early when a
    chunk is missing: the caller's SHA-256 check then fails."""
    db = _db(db)
    position = 0
    while True:
        with connection.storage_errors():
            row = db.execute_sql(
                "SELECT data FROM {t} WHERE file_id = {p} AND position = {p}".format(t=CHUNKS, p=db.param),
                (sha256, position),
            ).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        position += 1


def insert(sha256: str, pieces: Iterable[bytes], now: datetime, db: pw.Database | None = None) -> int | None:
    """Store a file under ``sha256`` from its pieces (call inside a transaction: the file row and its
    chunks are one write). Returns the size written, or None when the file was stored already (then
    ``pieces`` is not read). The caller checks the pieces' SHA-256 and rolls back on a mismatch."""
    db = _db(db)
    param = db.param
    with connection.storage_errors():
        claimed = db.execute_sql(
            "INSERT INTO {t} (sha256, ukuran, created_at) VALUES ({p}, 0, {p}) ON CONFLICT DO NOTHING".format(
                t=FILES, p=param
            ),
            (sha256, now if not isinstance(db, pw.SqliteDatabase) else str(now)),
        ).rowcount
        if not claimed:
            return None
        size = 0
        insert_chunk = "INSERT INTO {t} (file_id, position, data) VALUES ({p}, {p}, {p})".format(t=CHUNKS, p=param)
        for position, piece in enumerate(pieces):
            db.execute_sql(insert_chunk, (sha256, position, piece))
            size += len(piece)
        db.execute_sql("UPDATE {t} SET ukuran = {p} WHERE sha256 = {p}".format(t=FILES, p=param), (size, sha256))
    return size


def stored(db: pw.Database | None = None) -> dict[str, int]:
    """Every stored file: SHA-256 -> size."""
    db = _db(db)
    with connection.storage_errors():
        return {str(s): int(n) for s, n in db.execute_sql("SELECT sha256, ukuran FROM {t}".format(t=FILES))}


def delete(sha256: str, db: pw.Database | None = None) -> None:
    """Remove a stored file (to store it again when its copy was found damaged)."""
    db = _db(db)
    with connection.storage_errors():
        db.execute_sql("DELETE FROM {t} WHERE file_id = {p}".format(t=CHUNKS, p=db.param), (sha256,))
        db.execute_sql("DELETE FROM {t} WHERE sha256 = {p}".format(t=FILES, p=db.param), (sha256,))


@contextlib.contextmanager
def transaction(db: pw.Database | None = None) -> Iterator[None]:
    """One write on ``db`` (the open register's transaction() when None)."""
    if db is None:
        with connection.transaction():
            yield
        return
    with connection.storage_errors(), db.atomic():
        yield
