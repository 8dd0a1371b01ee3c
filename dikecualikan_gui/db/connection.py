"""Opening the database (SQLite file or URL) and the one way to run a write transaction."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import IO, Any, TypeVar

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from urllib.parse import unquote

import peewee
from playhouse import db_url

from dikecualikan_gui.config import sqlite_path_of
from dikecualikan_gui.errors import Conflict, StorageError

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    # FULL: every commit is synced to disk, so a power cut cannot lose an approval that was
    # reported saved (NORMAL in WAL mode may lose the last commits). Cost measured in issue 10.
    "synchronous": "full",
}

F = TypeVar("F", bound=Callable[..., Any])


LOCK_SUFFIX = ".kunci"
_lock: IO[str] | None = None


def lock_path(file: Path) -> Path:
    return file.with_name(file.name + LOCK_SUFFIX)


def _flock(file: Path, exclusive: bool) -> IO[str] | None:
    """An advisory lock beside the SQLite file: shared while a process works on the database,
    exclusive while a restore replaces it. (Where fcntl does not exist, Windows, the operating
    system itself refuses to replace a file that another program has open.)"""
    if fcntl is None:
        return None
    handle = lock_path(file).open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        if exclusive:
            raise StorageError(
                "Basis data {p} sedang dibuka oleh aplikasi atau perintah lain. Tutup aplikasi Dikecualikan "
                "di komputer ini lalu coba lagi.".format(p=file)
            ) from None
        raise StorageError(
            "Basis data {p} sedang dipulihkan dari cadangan; coba lagi sebentar lagi.".format(p=file)
        ) from None
    return handle


@contextlib.contextmanager
def exclusive_access(file: Path) -> Iterator[None]:
    """Hold the database file alone (for a restore); refused while anyone else has it open."""
    close_database()
    handle = _flock(file, exclusive=True)
    try:
        yield
    finally:
        if handle is not None:
            handle.close()


def claim(file: Path) -> IO[str]:
    """Mark a work folder as in use by this process: ``file`` stays open (and locked where flock
    exists) until the returned handle is closed; see in_use()."""
    handle = file.open("a+", encoding="utf-8")
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


def in_use(file: Path) -> bool:
    """Whether a process still holds ``file`` claimed (a file that is gone is not in use)."""
    if not file.exists():
        return False
    if fcntl is None:  # Windows: a file another program holds open cannot be renamed
        probe = file.with_name(file.name + ".cek")
        try:
            os.replace(file, probe)
        except PermissionError:
            return True
        except OSError:
            return False
        os.replace(probe, file)
        return False
    try:
        handle = file.open("a+", encoding="utf-8")
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        handle.close()
    return False


def fold_to_single_file(file: Path) -> None:
    """Write the WAL of a closed SQLite file into the file and leave it in rollback-journal mode
    (journal_mode=DELETE), so the file alone holds the whole database and no -wal belongs to it.

    Raises StorageError when the file cannot be opened or folded (e.g. it is damaged)."""
    try:
        db = sqlite3.connect(str(file), timeout=10)
    except sqlite3.Error as exc:
        raise StorageError("Basis data {p} tidak dapat dibuka: {e}.".format(p=file, e=exc)) from exc
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = db.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.Error as exc:
        raise StorageError("Basis data {p} tidak dapat dirapikan: {e}.".format(p=file, e=exc)) from exc
    finally:
        db.close()
    if not mode or str(mode[0]).lower() != "delete":
        raise StorageError("Jurnal WAL basis data {p} tidak dapat digabungkan ke berkasnya.".format(p=file))


def open_database(target: str) -> peewee.Database:
    """Bind the models to ``target`` (a file path, ':memory:' or a URL) and connect."""
    global _lock
    close_database()
    for hook in OPENED:
        hook()
    db = _make_database(target)
    file = sqlite_path_of(target) if target != ":memory:" else None
    if file is not None:
        _lock = _flock(file, exclusive=False)
    database.initialize(db)
    try:
        with storage_errors():
            db.connect()
    except peewee.ImproperlyConfigured as exc:
        close_database()
        raise StorageError(
            "Driver basis data untuk {u} belum terpasang. Untuk PostgreSQL pasang dengan: "
            "pip install 'dikecualikan[postgres]'.".format(u=_redact(target))
        ) from exc
    except StorageError:
        close_database()
        raise
    return db


def _make_database(target: str) -> peewee.Database:
    if target == ":memory:":
        return peewee.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    file = sqlite_path_of(target)
    if file is not None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "Folder basis data {p} tidak dapat dibuat: {e}.".format(p=file.parent, e=exc.strerror)
            ) from exc
        if file.is_dir():
            raise StorageError("{p} adalah folder, bukan berkas basis data.".format(p=file))
        return peewee.SqliteDatabase(str(file), pragmas=SQLITE_PRAGMAS, timeout=10, lock_type="IMMEDIATE")
    try:
        return _server_database(target)
    except (RuntimeError, ValueError) as exc:
        raise StorageError(
            "Alamat basis data tidak dikenali: {u}. Gunakan path berkas SQLite atau "
            "postgresql://pengguna:sandi@host/nama.".format(u=_redact(target))
        ) from exc
    except peewee.ImproperlyConfigured as exc:
        raise StorageError(
            "Driver basis data untuk {u} belum terpasang. Untuk PostgreSQL pasang dengan: "
            "pip install 'dikecualikan[postgres]'.".format(u=_redact(target))
        ) from exc


def _server_database(url: str) -> peewee.Database:
    """A server database from its URL; a quoted user name or password (``%40`` for ``@``) is read
    unquoted, and a server that does not answer is given up after CONNECT_TIMEOUT seconds."""
    params = db_url.parse(url)
    for key in ("user", "password"):
        if isinstance(params.get(key), str):
            params[key] = unquote(params[key])
    scheme = url.split("://", 1)[0].lower()
    if scheme.startswith("postgres"):
        from dikecualikan_gui.db import live  # noqa: F401 - its hook tells the other PCs of each commit

        params.setdefault("connect_timeout", CONNECT_TIMEOUT)
        return peewee.PostgresqlDatabase(**params)
    return db_url.connect(url)


#: Seconds before a server that does not answer is reported unreachable.
CONNECT_TIMEOUT = 8


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return "{s}://***@{h}".format(s=scheme, h=rest.split("@", 1)[1])
    return url


def close_database() -> None:
    global _lock
    if database.obj is not None and not database.is_closed():
        database.close()
    if _lock is not None:
        _lock.close()
        _lock = None


def close_thread_connection() -> None:
    """Close this thread's connection only (peewee keeps one per thread for SQLite)."""
    if database.obj is not None and not database.is_closed():
        database.close()


def current() -> peewee.Database:
    if database.obj is None:
        raise StorageError("Basis data belum dibuka.")
    return database.obj


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


def sqlite_file() -> Path | None:
    """The open SQLite file, or None for in-memory and server databases."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        return Path(db.database)
    return None


def _message_for(exc: BaseException) -> str:
    detail = " ".join(str(exc).split())
    text = detail.lower()
    if "locked" in text or "busy" in text:
        return "Basis data sedang dipakai proses lain dan tidak dapat ditulis. Tunggu sebentar lalu coba lagi."
    if "not a database" in text or "malformed" in text:
        return (
            "Berkas basis data rusak atau bukan basis data aplikasi ini. "
            "Pulihkan dari cadangan (perintah: dikecualikan restore BERKAS)."
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return (
            "Berkas basis data tidak dapat dibuka untuk ditulis. "
            "Periksa bahwa folder dan berkasnya ada dan boleh ditulis."
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return "Penyimpanan penuh atau rusak; kosongkan ruang disk lalu coba lagi."
    if "password authentication failed" in text or "no password supplied" in text:
        return (
            "Server basis data menolak nama pengguna atau kata sandinya. Periksa alamat basis data "
            "(--db, DIKECUALIKAN_DB atau pilihan pada layar penyiapan pertama)."
        )
    if "permission denied" in text or "must be owner" in text:
        return (
            "Akun basis data ini tidak berhak melakukan langkah ini ({e}). Bila skema perlu dibuat atau "
            "ditingkatkan, jalankan 'dikecualikan init' dengan akun pemilik basis data.".format(e=detail)
        )
    if "connection" in text or "could not connect" in text or "server" in text or "timeout" in text:
        return (
            "Server basis data tidak dapat dihubungi dari komputer ini. Periksa jaringan dan bahwa server "
            "menyala, lalu coba lagi. (Rincian: {e})".format(e=detail)
        )
    return "Kesalahan basis data: {e}".format(e=detail)


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn driver errors into StorageError with a message the user can act on."""
    try:
        yield
    except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        if _connection_lost():
            _drop_connection()  # the next query connects afresh (the server may be back by then)
        raise StorageError(_message_for(exc)) from exc


def _connection_lost() -> bool:
    """Whether the server connection of this thread is broken (psycopg2 marks it closed)."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase) or db.is_closed():
        return False
    conn = db._state.conn
    return bool(getattr(conn, "closed", 0))


def _drop_connection() -> None:
    db = database.obj
    if db is None:
        return
    with contextlib.suppress(Exception):
        db._state.conn.close()
    db._state.reset()


def guarded(fn: F) -> F:
    """Decorator form of storage_errors() for read queries."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with storage_errors():
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """One atomic write (BEGIN IMMEDIATE on SQLite, so concurrent writers queue, not fail).

    A uniqueness clash nobody foresaw (two desks writing the same row in the same instant) is
    rolled back and reported as a conflict to try again, not as a program error."""
    outermost = not current().in_transaction()
    if outermost:
        for check in BEFORE_WRITE:
            check()
    try:
        with storage_errors(), current().atomic():
            yield
            if outermost:
                for hook in BEFORE_COMMIT:
                    hook()
    except peewee.IntegrityError as exc:
        raise Conflict(
            "Data yang sama baru saja disimpan dari komputer lain, sehingga penyimpanan ini "
            "dibatalkan tanpa mengubah apa pun. Muat ulang, lalu coba lagi."
        ) from exc
    if not current().in_transaction():
        for hook in AFTER_COMMIT:
            try:
                hook()
            except Exception:  # committed already: what follows a commit never turns it into a failure
                logging.getLogger(__name__).exception("Langkah setelah penyimpanan gagal")


#: Called after each outermost transaction commits (db/seal.py writes the audit anchor).
AFTER_COMMIT: list[Callable[[], None]] = []
#: Called before each outermost transaction begins; raising refuses the write (db/seal.py: a
#: register whose audit key is missing stays unchanged).
BEFORE_WRITE: list[Callable[[], None]] = []
#: Called whenever a database is opened (db/seal.py forgets the previous register's key).
OPENED: list[Callable[[], None]] = []
#: Called at the end of each outermost transaction, inside it, just before it commits (db/live.py
#: queues the NOTIFY that tells the other PCs, delivered by the server only if the commit succeeds).
BEFORE_COMMIT: list[Callable[[], None]] = []


@contextlib.contextmanager
def read_snapshot() -> Iterator[None]:
    """Several reads that must see one committed state, taking no write lock (SQLite: a deferred
    transaction, whose first read fixes the snapshot in WAL mode; PostgreSQL: a read-only
    REPEATABLE READ transaction)."""
    db = current()
    if db.in_transaction():
        yield
        return
    if isinstance(db, peewee.SqliteDatabase):
        with storage_errors(), db.atomic(lock_type="DEFERRED"):
            yield
        return
    with storage_errors(), db.atomic():  # PostgreSQL: one snapshot for the whole transaction
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def backup_sqlite_to(target: Path) -> None:
    """A consistent copy of the open SQLite database (online backup API, WAL included)."""
    db = current()
    if not isinstance(db, peewee.SqliteDatabase):
        raise StorageError("Salinan berkas hanya tersedia untuk basis data SQLite; untuk PostgreSQL gunakan pg_dump.")
    source = sqlite_file()
    try:
        dest = sqlite3.connect(str(target))
    except sqlite3.Error as exc:
        raise StorageError("Salinan basis data tidak dapat ditulis ke {p}: {e}.".format(p=target, e=exc)) from exc
    try:
        with storage_errors():
            if source is None:  # in memory (tests)
                db.connection().backup(dest)
            else:
                # A reader of its own: copies the last committed state even while this program holds
                # the write lock (the schema upgrade copies the file inside its transaction).
                reader = sqlite3.connect(str(source), timeout=30)
                try:
                    reader.backup(dest)
                finally:
                    reader.close()
    finally:
        dest.close()
