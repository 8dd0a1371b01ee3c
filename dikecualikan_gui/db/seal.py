"""The audit trail's key and anchor beside an SQLite database (domain/audit_seal explains why;
docs/architecture.md, "Tamper evidence").

``NAME.kunci-jejak`` holds the key (hex, owner-only); ``NAME.kepala-jejak`` the anchor: the chain's
head after the last commit, sealed with the key. The database stores only the key's fingerprint
(``audit_key_id``), never the key. Rules that keep this evidence rather than launder it:

- A register is sealed for the first time only when nothing says it was sealed before: no
  fingerprint, no sealed event, and no anchor other than one of exactly its present head (what a
  stop in the middle of the first seal leaves). Otherwise the register is reported as changed
  outside the application and opened read-only.
- While the key is missing, foreign or its fingerprint gone, nothing is written (every write
  transaction is refused with the reason): an unsealed event, a backup without its key or a code
  anyone could compute would each be worse than a register that waits for its key.
- The anchor only moves forward along the same chain and is never made anew over a deleted one.

On PostgreSQL there is no key (every PC would need the same file): the server's own rights keep the
trail append-only there. ``current_key()`` is then None, events carry no seal and codes are plain
digests.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timezone
from pathlib import Path

import peewee as pw

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import AppMeta, AuditEvent
from dikecualikan_gui.db.seal_store import (
    KEY_ID_META,
    NO_KEY,
    anchor_path,
    any_sealed,
    event_hash_at,
    key_path,
    meta,
    pending,
    read_anchor_text,
    read_key_file,
    stored_head,
    write_private,
)
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.domain.audit_seal import Anchor
from dikecualikan_gui.errors import StorageError

_key: bytes | None = None
_key_problem: str | None = None
_for: Path | None = None  # the database file the key and problem above belong to
_written: tuple[int, str] | None = None  # the head this process last saw in the anchor

KEY_MISSING = (
    "Kunci segel jejak audit register ini ({p}) tidak ada atau tidak terbaca, sehingga segel peristiwa tidak "
    "dapat diperiksa. Pulihkan dari cadangan terbaru (zip cadangan memuat kuncinya); bila tidak ada cadangan, "
    "administrator dapat menyegel ulang: dikecualikan audit segel-ulang --as ADMIN --password-stdin."
)
KEY_FOREIGN = (
    "Kunci segel jejak audit di {p} bukan kunci register ini (sidiknya berbeda): kunci diganti, atau basis data "
    "diganti dengan register lain. Pulihkan dari cadangan."
)
ID_GONE = (
    "Sidik kunci segel jejak audit hilang dari basis data, padahal peristiwanya bersegel: basis data diubah di luar "
    "aplikasi. Pulihkan dari cadangan."
)
RESEAL_REFUSED = (
    "Segel jejak audit hilang dari basis data, padahal kunci dan kepala jejak audit register ini ada di sampingnya "
    "dan kepala itu tidak cocok dengan isi basis data: basis data diubah di luar aplikasi. Pulihkan dari cadangan."
)
READ_ONLY = " Sampai itu dibereskan, register hanya dapat dibaca; tidak ada yang disimpan."


def add_mac_column(db: pw.Database) -> None:
    """Schema version 6: every audit event may carry the seal of its hash."""
    db.execute_sql("ALTER TABLE audit_event ADD COLUMN mac VARCHAR(64)")


def _loaded() -> bool:
    return _for is not None and _for == connection.sqlite_file()


def current_key() -> bytes | None:
    """The open register's key; None on PostgreSQL, in memory, or before ensure_key loaded it."""
    return _key if _loaded() and _key_problem is None else None


def key_problem() -> str | None:
    """Why this register's events cannot be checked against their seals here (None when they can)."""
    return _key_problem if _loaded() else None


def mac(event_hash: str) -> str | None:
    """The seal of a new event (None where the register has no key)."""
    key = current_key()
    return audit_seal.event_mac(key, event_hash) if key is not None else None


def forget() -> None:
    global _key, _key_problem, _written, _for
    _key, _key_problem, _written, _for = None, None, None, None


def refuse_writes_without_key() -> None:
    """Before every write transaction: a register whose key is missing or foreign stays unchanged."""
    problem = key_problem()
    if problem:
        raise StorageError(problem + READ_ONLY)


def install_key(db_file: Path, key: bytes) -> None:
    """Put a register's key beside its database file (a restore brings the backup's key)."""
    write_private(key_path(db_file), key.hex() + "\n")


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def set_aside(db_file: Path) -> None:
    """A new register made where an old one's key and anchor still lie: those belonged to the old
    register and are kept under another name (``.lama-<time>``), never taken over."""
    for final in (key_path(db_file), anchor_path(db_file)):
        if final.exists():
            os.replace(final, final.with_name("{n}.lama-{t}".format(n=final.name, t=_stamp())))


def settle_pending(db_file: Path) -> None:
    """A restore writes the backup's key and anchor (or, for a backup made before seals, a marker)
    as ``*.baru`` before it swaps the database and renames them after; a stop in between is
    finished here when the database on the path is the restored one, and dropped when it is not."""
    key_file, anchor_file = key_path(db_file), anchor_path(db_file)
    with contextlib.suppress(OSError):
        staged = pending(key_file).read_text(encoding="ascii").strip() if pending(key_file).exists() else None
        head = stored_head()
        if staged is not None and staged.startswith(NO_KEY):
            if meta(KEY_ID_META) is None and head is not None and staged == _marker(head[0], head[2]):
                set_aside(db_file)
            pending(key_file).unlink()
        elif staged is not None:
            key = read_key_file(pending(key_file))
            if key is not None and audit_seal.key_id(key) == meta(KEY_ID_META):
                if key_file.exists() and read_key_file(key_file) != key:
                    os.replace(key_file, key_file.with_name("{n}.lama-{t}".format(n=key_file.name, t=_stamp())))
                os.replace(pending(key_file), key_file)
            else:
                pending(key_file).unlink()
        if pending(anchor_file).exists():
            key = read_key_file(key_file)
            try:
                anchor = audit_seal.load_anchor(pending(anchor_file).read_text(encoding="utf-8"), key) if key else None
            except (audit_seal.AnchorUnreadable, UnicodeDecodeError):
                anchor = None
            if anchor is not None and head is not None and (anchor.count, anchor.hash) == (head[0], head[2]):
                os.replace(pending(anchor_file), anchor_file)
            else:
                pending(anchor_file).unlink()


def _marker(count: int, head_hash: str) -> str:
    return "{m} {c} {h}".format(m=NO_KEY, c=count, h=head_hash)


def stage_restore(target: Path, key: bytes | None, head: tuple[int, int, str]) -> None:
    """Before a restore's swap: the backup's key and the anchor of its head, or the marker."""
    if key is None:
        write_private(pending(key_path(target)), _marker(head[0], head[2]) + "\n")
        return
    write_private(pending(key_path(target)), key.hex() + "\n")
    anchor = Anchor(head[0], head[1], head[2], datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    write_private(pending(anchor_path(target)), anchor.dumps(key))


def ensure_key(db_file: Path | None, create: bool = True) -> None:
    """Load the key of the register just opened; with ``create``, settle an interrupted restore and
    give a register that was never sealed its key (sealing the events it has)."""
    global _key, _key_problem, _for
    forget()
    if db_file is None:
        return
    _for = connection.sqlite_file()
    path = key_path(db_file)
    if create:
        settle_pending(db_file)
    stored_id = meta(KEY_ID_META)
    key = read_key_file(path)
    if stored_id is not None:
        if key is None:
            _key_problem = KEY_MISSING.format(p=path)
        elif audit_seal.key_id(key) != stored_id:
            _key_problem = KEY_FOREIGN.format(p=path)
        else:
            _key = key
        return
    if any_sealed():
        _key_problem = ID_GONE
    elif create:
        _key = _seal_first(db_file)


def _seal_first(db_file: Path) -> bytes | None:
    """The first seal: a key, a seal on every event so far, and the first anchor, all before the
    commit. Under the write lock, so that programs starting at once agree on one key."""
    global _key_problem
    path = key_path(db_file)
    with connection.transaction():
        stored_id = meta(KEY_ID_META)
        key = read_key_file(path)
        if stored_id is not None:  # another program sealed it a moment ago
            if key is None or audit_seal.key_id(key) != stored_id:
                _key_problem = KEY_MISSING.format(p=path)
                return None
            return key
        head = stored_head()
        text = read_anchor_text(db_file)
        if text is not None:
            try:
                anchor = audit_seal.load_anchor(text, key) if key else None
            except audit_seal.AnchorUnreadable:
                anchor = None
            if anchor is None or head is None or (anchor.count, anchor.hash) != (head[0], head[2]):
                _key_problem = RESEAL_REFUSED
                return None
        if key is None:
            key = audit_seal.new_key()
            install_key(db_file, key)  # a stop before the commit leaves a key the next start reuses
        rows = AuditEvent.select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.mac.is_null()).tuples()
        seals = [(audit_seal.event_mac(key, str(event_hash)), event_id) for event_id, event_hash in rows]
        connection.current().connection().executemany("UPDATE audit_event SET mac = ? WHERE id = ?", seals)
        AppMeta.put(KEY_ID_META, audit_seal.key_id(key))
        if head is not None:
            at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            write_private(anchor_path(db_file), Anchor(head[0], head[1], head[2], at).dumps(key))
    return key


def begin_reseal(db_file: Path) -> bytes:
    """An administrator replaces a lost or foreign key (services/audit_reseal.py): a new key is put
    beside the database (the file it replaces kept as ``.lama-<time>``) and taken as this register's,
    so that the transaction that reseals every event may write. Call reseal_all inside it."""
    global _key, _key_problem, _for, _written
    key = audit_seal.new_key()
    old = key_path(db_file)
    if old.exists():
        os.replace(old, old.with_name("{n}.lama-{t}".format(n=old.name, t=_stamp())))
    install_key(db_file, key)
    _key, _key_problem, _for, _written = key, None, connection.sqlite_file(), None
    return key


def reseal_all(db_file: Path, key: bytes) -> None:
    """Inside the reseal's transaction, after its own event: every event sealed with the new key,
    its fingerprint stored, and the anchor of the head as it will be committed (the old anchor was
    sealed with the old key; it is kept as ``.lama-<time>``)."""
    rows = AuditEvent.select(AuditEvent.id, AuditEvent.hash).tuples()
    seals = [(audit_seal.event_mac(key, str(event_hash)), event_id) for event_id, event_hash in rows]
    connection.current().connection().executemany("UPDATE audit_event SET mac = ? WHERE id = ?", seals)
    AppMeta.put(KEY_ID_META, audit_seal.key_id(key))
    head = stored_head()
    anchor = anchor_path(db_file)
    if anchor.exists():
        os.replace(anchor, anchor.with_name("{n}.lama-{t}".format(n=anchor.name, t=_stamp())))
    if head is not None:
        at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        write_private(anchor, Anchor(head[0], head[1], head[2], at).dumps(key))


def read_anchor(db_file: Path) -> Anchor | None:
    """The anchor beside the file; None when there is none. Raises AnchorUnreadable when it is not
    one this register's key sealed."""
    key = current_key()
    if key is None:
        return None
    text = read_anchor_text(db_file)
    return audit_seal.load_anchor(text, key) if text is not None else None


def write_anchor() -> None:
    """After a commit: move the anchor on to the head as committed now. It only ever moves forward
    along the same chain: an anchor this chain no longer contains (a database rolled back or
    rewritten), or that cannot be read, stays as it is for `audit verify` to report, and a missing
    one is not made anew."""
    global _written
    db_file = connection.sqlite_file()
    key = current_key()
    head = stored_head()
    if key is None or db_file is None or head is None or _written == (head[0], head[2]):
        return
    try:
        existing = read_anchor(db_file)
    except audit_seal.AnchorUnreadable:
        return
    if existing is None:
        return
    if (existing.count, existing.hash) == (head[0], head[2]):
        _written = (head[0], head[2])
        return
    if existing.count > head[0] or (existing.count and (event_hash_at(existing.last_id) or ("",))[0] != existing.hash):
        return
    at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with contextlib.suppress(OSError):  # a read-only folder: verify then reports the anchor behind
        write_private(anchor_path(db_file), Anchor(head[0], head[1], head[2], at).dumps(key))
        _written = (head[0], head[2])


connection.AFTER_COMMIT.append(write_anchor)
connection.BEFORE_WRITE.append(refuse_writes_without_key)
connection.OPENED.append(forget)
