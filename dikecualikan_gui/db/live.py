"""Telling the other PCs on a PostgreSQL register that items changed (LISTEN/NOTIFY).

Every outermost write transaction ends (inside it, just before its commit) by looking at the audit
events it appended: the events of one transaction are the newest ones, because appending holds the
audit head locked. Their item ids and actor go out as one ``NOTIFY`` on CHANNEL, which the server
delivers to the listeners only when the commit succeeds (a rolled-back save tells nobody). No
trigger and no schema change: the register's rights stay those of the README.

A Listener is a connection of its own (psycopg2, autocommit) that LISTENs on CHANNEL; its socket
can be watched by the event loop (fileno) and ``poll()`` never waits. SQLite has no such thing:
there ``listen()`` returns None.
"""

from __future__ import annotations

import json
import select
import uuid
import weakref
from dataclasses import dataclass
from typing import Any

import peewee

from dikecualikan_gui.db import connection
from dikecualikan_gui.db.models import AuditEvent
from dikecualikan_gui.errors import StorageError

CHANNEL = "dikecualikan_register"
#: More events than this in one transaction (an import) tell "everything changed".
MAX_ITEMS = 200
#: This process's mark in its notices, so that it does not react to its own changes.
ORIGIN = uuid.uuid4().hex[:16]


@dataclass(frozen=True)
class Notice:
    """One committed transaction of another program: the items it touched (``everything`` when
    there were too many to name), who did it."""

    item_ids: frozenset[int]
    everything: bool
    actor: str
    origin: str


#: The newest audit events, each with whether this transaction wrote it. A row's ``xmin`` is the
#: 32-bit id of the (sub)transaction that inserted it: widened to 64 bits in this transaction's epoch,
#: it is ours when it is not older than our transaction and still "in progress" (events appended
#: inside a savepoint carry the savepoint's id, assigned after ours; another program's events that
#: committed in between are "committed"). txid_status is asked only for ids from ours to a million
#: after it (the savepoints of one transaction): never for an id not yet given out, which would be an
#: error that aborts the save (a row would need to be two billion transactions old to map there).
OURS_SQL = """
WITH me AS (
    SELECT txid_current_if_assigned() AS top
), ev AS (
    SELECT e.id, e.item_id, e.actor, xmin::text::bigint AS x, me.top,
           me.top - mod(me.top, 4294967296) AS base, mod(me.top, 4294967296) AS t32
    FROM {t} e, me ORDER BY e.id DESC LIMIT %s
), w AS (
    SELECT id, item_id, actor, top,
           base + x + CASE WHEN x - t32 > 2147483648 THEN -4294967296
                           WHEN t32 - x > 2147483648 THEN 4294967296 ELSE 0 END AS xid
    FROM ev
)
SELECT item_id, actor,
       CASE WHEN xid >= top AND xid <= top + 1048576 THEN txid_status(xid) = 'in progress' ELSE false END
FROM w ORDER BY id DESC
"""

#: Databases known to hold the audit trail (looked up once per database object).
_with_trail: weakref.WeakSet[peewee.Database] = weakref.WeakSet()


def _is_postgres(db: peewee.Database | None) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def _notify_before_commit() -> None:
    db = connection.database.obj
    if not _is_postgres(db):
        return
    assert db is not None
    table = AuditEvent._meta.table_name
    if db not in _with_trail:  # a database without the schema yet (a copy being made): nothing to tell
        if not db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]:
            return
        _with_trail.add(db)
    rows = db.execute_sql(OURS_SQL.format(t=table), (MAX_ITEMS + 1,)).fetchall()
    ours = []
    for item_id, actor, mine in rows:
        if not mine:
            break
        ours.append((item_id, actor))
    if not ours:
        return
    everything = len(ours) > MAX_ITEMS
    payload = {
        "o": ORIGIN,
        "a": ours[0][1],
        "i": [] if everything else sorted({i for i, _ in ours if i is not None}),
        "all": everything,
    }
    db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(payload)))


def parse(payload: str) -> Notice | None:
    """A notice from its payload; None for one this program cannot read (another version's)."""
    try:
        data = json.loads(payload)
        return Notice(
            item_ids=frozenset(int(i) for i in data.get("i", [])),
            everything=bool(data.get("all", False)),
            actor=str(data.get("a", "")),
            origin=str(data.get("o", "")),
        )
    except (ValueError, TypeError, AttributeError):
        return None


class Listener:
    """A LISTEN connection of its own to the open PostgreSQL register."""

    def __init__(self, params: dict[str, Any], database: str) -> None:
        import psycopg2  # the postgres extra; present wherever a PostgreSQL register was opened

        self.own = ORIGIN  # the mark of this program's own notices, which it does not need to hear
        self._conn: Any = psycopg2.connect(dbname=database, **params)
        self._conn.autocommit = True
        with self._conn.cursor() as cursor:
            cursor.execute("LISTEN {c}".format(c=CHANNEL))

    def fileno(self) -> int:
        return int(self._conn.fileno())

    @property
    def closed(self) -> bool:
        return bool(self._conn.closed)

    def poll(self, timeout: float = 0.0) -> list[Notice]:
        """The notices of other programs received so far (waiting at most ``timeout`` seconds for
        the first). Raises StorageError when the connection to the server is lost."""
        try:
            if timeout > 0 and not self._conn.notifies:
                select.select([self._conn], [], [], timeout)
            self._conn.poll()
        except Exception as exc:  # psycopg2.Error, or OSError from select on a closed socket
            raise StorageError(
                "Sambungan pemantau perubahan ke server basis data terputus: {e}".format(e=" ".join(str(exc).split()))
            ) from exc
        notices = []
        while self._conn.notifies:
            raw = self._conn.notifies.pop(0)
            notice = parse(raw.payload)
            if notice is not None and notice.origin != self.own:
                notices.append(notice)
        return notices

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a connection the server already dropped
            pass


def listen() -> Listener | None:
    """A listener on the open register, or None when it is not PostgreSQL. Raises StorageError
    when the server cannot be reached."""
    db = connection.database.obj
    if not _is_postgres(db):
        return None
    assert db is not None
    try:
        return Listener(dict(db.connect_params), str(db.database))
    except Exception as exc:  # psycopg2.OperationalError
        raise StorageError(connection._message_for(exc)) from exc


def install() -> None:
    if _notify_before_commit not in connection.BEFORE_COMMIT:
        connection.BEFORE_COMMIT.append(_notify_before_commit)


install()
