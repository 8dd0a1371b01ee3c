"""The audit trail's key and anchor files beside an SQLite database (domain/audit_seal explains why).

``NAME.kunci-jejak`` holds the key (hex, readable by the owner only); ``NAME.kepala-jejak`` the
anchor: the chain's head after the last commit, sealed with the key. Both travel in backups.
The database stores only the key's fingerprint (``audit_key_id``), never the key.

On PostgreSQL there is no key (every PC would need the same file): the server's own rights keep
the trail append-only there (see README, shared register). ``current_key()`` is then None, events
carry no seal and documents' codes are plain digests.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import AppMeta, AuditEvent
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.domain.audit_seal import Anchor

KEY_SUFFIX = ".kunci-jejak"
ANCHOR_SUFFIX = ".kepala-jejak"
KEY_ID_META = "audit_key_id"
HEAD_META = "audit_head"

_key: bytes | None = None
_key_problem: str | None = None
_for: Path | None = None  # the database file the key and problem above belong to
_written: tuple[int, str] | None = None  # the head last written to the anchor by this process
_may_create = False  # the register was sealed just now: its first anchor may be made


def key_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + KEY_SUFFIX)


def anchor_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ANCHOR_SUFFIX)


def add_mac_column(db: pw.Database) -> None:
    """Schema version 6: every audit event may carry the seal of its hash."""
    db.execute_sql("ALTER TABLE audit_event ADD COLUMN mac VARCHAR(64)")


def _loaded() -> bool:
    return _for is not None and _for == connection.sqlite_file()


def current_key() -> bytes | None:
    """The open register's key; None on PostgreSQL, in memory, or before ensure_key loaded it."""
    return _key if _loaded() else None


def key_problem() -> str | None:
    """Why this register's events cannot be checked against their seals here (None when they can)."""
    return _key_problem if _loaded() else None


def mac(event_hash: str) -> str | None:
    """The seal of a new event (None where the register has no key)."""
    key = current_key()
    return audit_seal.event_mac(key, event_hash) if key is not None else None


def forget() -> None:
    global _key, _key_problem, _written, _for, _may_create
    _key, _key_problem, _written, _for, _may_create = None, None, None, None, False


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step (a temporary file, flushed to disk, then renamed)."""
    partial = path.with_name("{n}.{p}.sebagian".format(n=path.name, p=os.getpid()))
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def read_key_file(path: Path) -> bytes | None:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return key if len(key) == audit_seal.KEY_BYTES else None


def install_key(db_file: Path, key: bytes) -> None:
    """Put a register's key beside its database file (a restore brings the backup's key)."""
    write_private(key_path(db_file), key.hex() + "\n")


def _meta(key: str) -> str | None:
    row = AppMeta.get_or_none(AppMeta.key == key)
    return row.value if row else None


PENDING = ".baru"  # a restore's key and anchor, put in place once its database is


def _promote_pending(db_file: Path) -> None:
    """A restore writes the backup's key and anchor as ``*.baru`` before it swaps the database and
    renames them after; a stop in between is finished here: they are promoted when the database on
    the path is the restored one (its fingerprint and head match), and dropped when it is not."""
    for final in (key_path(db_file), anchor_path(db_file)):
        pending = final.with_name(final.name + PENDING)
        if not pending.exists():
            continue
        with contextlib.suppress(OSError):
            if _pending_matches(final, pending):
                os.replace(pending, final)
            else:
                pending.unlink()


def _pending_matches(final: Path, pending: Path) -> bool:
    if final.name.endswith(KEY_SUFFIX):
        key = read_key_file(pending)
        return key is not None and audit_seal.key_id(key) == _meta(KEY_ID_META)
    key = read_key_file(final.with_name(final.name[: -len(ANCHOR_SUFFIX)] + KEY_SUFFIX))
    head = stored_head()
    try:
        anchor = audit_seal.load_anchor(pending.read_text(encoding="ascii"), key) if key else None
    except (audit_seal.AnchorUnreadable, OSError, UnicodeDecodeError):
        return False
    return anchor is not None and head is not None and (anchor.count, anchor.hash) == (head[0], head[2])


def ensure_key(db_file: Path | None, create: bool = True) -> None:
    """Load the key of the register just opened, or (``create``) make one for a register that has
    none yet and seal the events it already has.

    A register whose fingerprint names a key that is not beside it (the file was copied without
    its key, or the key was deleted or replaced) keeps working; ``audit verify`` then says that
    the seals cannot be checked here and how to bring the key back from a backup."""
    global _key, _key_problem, _for, _may_create
    forget()
    if db_file is None:
        return
    _for = connection.sqlite_file()
    path = key_path(db_file)
    with connection.storage_errors():
        if create:
            _promote_pending(db_file)
        stored_id = _meta(KEY_ID_META)
        key = read_key_file(path)
        if stored_id is not None:
            if key is None:
                _key_problem = (
                    "Kunci segel jejak audit register ini ({p}) tidak ada atau tidak terbaca, sehingga segel "
                    "peristiwa tidak dapat diperiksa. Salin berkas itu dari cadangan (ada di dalam zip "
                    "cadangan) ke samping basis data."
                ).format(p=path)
            elif audit_seal.key_id(key) != stored_id:
                _key_problem = (
                    "Kunci segel jejak audit di {p} bukan kunci register ini (sidiknya berbeda): kunci diganti, "
                    "atau basis data diganti dengan register lain."
                ).format(p=path)
            else:
                _key = key
            return
        if AuditEvent.select().where(AuditEvent.mac.is_null(False)).exists():
            _key_problem = (
                "Sidik kunci segel jejak audit hilang dari basis data, padahal peristiwanya bersegel: "
                "basis data diubah di luar aplikasi."
            )
            _key = key
            return
    if create:
        _key = _seal_everything(path)
        _may_create = not anchor_path(db_file).exists()


def _seal_everything(path: Path) -> bytes:
    """The first seal of a register: a key, and a seal on every event so far (their chain was kept
    by the hash alone). Under the write lock, so that programs starting at once agree on one key."""
    with connection.transaction():
        stored_id = _meta(KEY_ID_META)
        key = read_key_file(path)
        if stored_id is not None and key is not None and audit_seal.key_id(key) == stored_id:
            return key  # another program sealed it a moment ago
        if key is None:
            key = audit_seal.new_key()
            install_key(path.with_name(path.name[: -len(KEY_SUFFIX)]), key)  # a stop after it: reused
        rows = AuditEvent.select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.mac.is_null()).tuples()
        seals = [(audit_seal.event_mac(key, event_hash), event_id) for event_id, event_hash in rows]
        connection.current().connection().executemany("UPDATE audit_event SET mac = ? WHERE id = ?", seals)
        AppMeta.put(KEY_ID_META, audit_seal.key_id(key))
    return key


def iter_seals(batch: int = 20_000) -> Iterator[tuple[int, str, str | None]]:
    """(id, hash, mac) of every event in id order."""
    last = -1
    while True:
        with connection.storage_errors():
            rows = list(
                AuditEvent.select(AuditEvent.id, AuditEvent.hash, AuditEvent.mac)
                .where(AuditEvent.id > last)
                .order_by(AuditEvent.id)
                .limit(batch)
                .tuples()
            )
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def last_seals(count: int) -> list[tuple[int, str, str | None]]:
    """(id, hash, mac) of the newest ``count`` events."""
    with connection.storage_errors():
        rows = AuditEvent.select(AuditEvent.id, AuditEvent.hash, AuditEvent.mac).order_by(AuditEvent.id.desc())
        return list(rows.limit(count).tuples())


def stored_head() -> tuple[int, int, str] | None:
    """(count, last id, hash) of the head stored in the database, None when unreadable."""
    with connection.storage_errors():
        value = _meta(HEAD_META)
    try:
        head = json.loads(value or "")
        return int(head["count"]), int(head["last_id"]), str(head["hash"])
    except (ValueError, KeyError, TypeError):
        return None


def write_anchor() -> None:
    """Move the anchor file on to the head as committed now (after a commit; never inside one).

    The anchor is evidence, so it is only ever moved forward along the same chain: an anchor that
    this chain no longer contains (a database rolled back or rewritten), or that cannot be read,
    stays as it is for `audit verify` to report; a missing one is only made right after the first
    seal (and by a restore), never to replace one that was deleted."""
    global _written, _may_create
    db_file = connection.sqlite_file()
    if _key is None or db_file is None or not _loaded():
        return
    head = stored_head()
    if head is None or _written == (head[0], head[2]):
        return
    try:
        existing = read_anchor(db_file)
    except audit_seal.AnchorUnreadable:
        return
    if existing is None and not _may_create:
        return
    if (
        existing is not None
        and existing.count
        and (existing.count > head[0] or (event_hash_at(existing.last_id) or ("",))[0] != existing.hash)
    ):
        return
    at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with contextlib.suppress(OSError):  # a read-only folder: verify then reports the anchor behind
        write_private(anchor_path(db_file), Anchor(head[0], head[1], head[2], at).dumps(_key))
        _written, _may_create = (head[0], head[2]), False


def read_anchor(db_file: Path) -> Anchor | None:
    """The anchor beside the file; None when there is none. Raises AnchorUnreadable when it is
    not one this register's key sealed."""
    key = current_key()
    if key is None:
        return None
    try:
        text = anchor_path(db_file).read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise audit_seal.AnchorUnreadable("berkasnya tidak terbaca") from exc
    return audit_seal.load_anchor(text, key)


def event_hash_at(event_id: int) -> tuple[str, str, str] | None:
    """(hash, at, action) of one event, for a document's verification code."""
    with connection.storage_errors():
        row = (
            AuditEvent.select(AuditEvent.hash, AuditEvent.at, AuditEvent.action)
            .where(AuditEvent.id == event_id)
            .tuples()
            .first()
        )
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


connection.AFTER_COMMIT.append(write_anchor)
