"""Reading and writing what the audit seals rest on: the key and anchor files beside an SQLite
database, the head stored in it, and the hashes and seals of its events (db/seal.py decides).

Everything read from the database here is read as bytes and decoded leniently: a hash or seal
written as something that is not text is then reported as not matching, never a crash."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import AppMeta
from dikecualikan_gui.domain import audit_seal

KEY_SUFFIX = ".kunci-jejak"
ANCHOR_SUFFIX = ".kepala-jejak"
PENDING = ".baru"  # a restore's key and anchor, put in place once its database is
KEY_ID_META = "audit_key_id"
HEAD_META = "audit_head"
#: A restore of a backup made before seals existed stages this instead of a key.
NO_KEY = "tanpa-kunci"
_ANCHOR_LIMIT = 4096


def key_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + KEY_SUFFIX)


def anchor_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ANCHOR_SUFFIX)


def pending(path: Path) -> Path:
    return path.with_name(path.name + PENDING)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step (a temporary file readable by the owner only, flushed
    to disk, then renamed)."""
    partial = path.with_name("{n}.{p}.sebagian".format(n=path.name, p=os.getpid()))
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def read_key_file(path: Path, attempts: int = 3) -> bytes | None:
    """The key in ``path``; None when there is none or it is not a key. A file that exists but
    cannot be read at this moment (a virus scanner, a network share) is tried again."""
    for attempt in range(attempts):
        try:
            text = path.read_text(encoding="ascii")
            break
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            if attempt == attempts - 1:
                return None
            time.sleep(0.2)
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return key if len(key) == audit_seal.KEY_BYTES else None


def read_anchor_text(db_file: Path) -> str | None:
    """The anchor file's text (at most 4 KB), None when there is none."""
    try:
        with anchor_path(db_file).open("rb") as handle:
            return handle.read(_ANCHOR_LIMIT).decode("utf-8", "replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise audit_seal.AnchorUnreadable("berkasnya tidak terbaca") from exc


def meta(key: str) -> str | None:
    with connection.storage_errors():
        row = AppMeta.get_or_none(AppMeta.key == key)
    return row.value if row else None


def stored_head() -> tuple[int, int, str] | None:
    """(count, last id, hash) of the head stored in the database, None when unreadable."""
    try:
        head = json.loads(meta(HEAD_META) or "")
        return int(head["count"]), int(head["last_id"]), str(head["hash"])
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def _columns(*names: str) -> str:
    as_bytes = "CAST({c} AS BLOB)" if connection.is_sqlite() else "{c}"
    return ", ".join(as_bytes.format(c=name) for name in names)


def _rows(sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
    with connection.storage_errors():
        return list(connection.current().execute_sql(sql, params).fetchall())


def iter_seals(batch: int = 20_000) -> Iterator[tuple[int, str, str | None]]:
    """(id, hash, mac) of every event in id order."""
    last = -1
    sql = "SELECT id, {c} FROM audit_event WHERE id > %s ORDER BY id LIMIT %s".format(c=_columns("hash", "mac"))
    sql = sql.replace("%s", "?") if connection.is_sqlite() else sql
    while True:
        rows = _rows(sql, (last, batch))
        if not rows:
            return
        for event_id, event_hash, mac in rows:
            yield int(str(event_id)), _text(event_hash) or "", _text(mac)
        last = int(str(rows[-1][0]))


def last_seals(count: int) -> list[tuple[int, str, str | None]]:
    """(id, hash, mac) of the newest ``count`` events."""
    sql = "SELECT id, {c} FROM audit_event ORDER BY id DESC LIMIT {n}".format(c=_columns("hash", "mac"), n=int(count))
    return [(int(str(i)), _text(h) or "", _text(m)) for i, h, m in _rows(sql, ())]


def event_hash_at(event_id: int) -> tuple[str, str, str] | None:
    """(hash, at, action) of one event, for a document's verification code."""
    sql = "SELECT {c} FROM audit_event WHERE id = {i}".format(c=_columns("hash", "at", "action"), i=int(event_id))
    rows = _rows(sql, ())
    return (_text(rows[0][0]) or "", _text(rows[0][1]) or "", _text(rows[0][2]) or "") if rows else None


def any_sealed() -> bool:
    return bool(_rows("SELECT 1 FROM audit_event WHERE mac IS NOT NULL LIMIT 1", ()))
