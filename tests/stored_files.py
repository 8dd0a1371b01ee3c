"""Reaching a register's stored files the way damage would (tests only): the data folder on SQLite,
the stored_file/file_chunk rows on PostgreSQL (services/storage.py)."""

from __future__ import annotations

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.domain.issued import ArchivedDocument
from dikecualikan_gui.services import storage


def _name(config: Config, record: ArchivedDocument) -> str:
    return record.path.relative_to(config.data_dir).as_posix()


def archived_copy(config: Config, record: ArchivedDocument) -> bytes:
    """The bytes the store holds for an archived document, unchecked."""
    if connection.is_sqlite():
        return record.path.read_bytes()
    db = connection.current()
    rows = db.execute_sql(
        "SELECT data FROM file_chunk WHERE file_id = {p} ORDER BY position".format(p=db.param), (record.sha256,)
    ).fetchall()
    return b"".join(bytes(r[0]) for r in rows)


def damage_archived(config: Config, record: ArchivedDocument, data: bytes | None) -> None:
    """Replace an archived document's stored bytes with ``data``, or remove them (None)."""
    if isinstance(storage.store_for(config), storage.FolderStore):
        if data is None:
            record.path.unlink()
        else:
            record.path.write_bytes(data)
        return
    db = connection.current()
    if data is None:
        db.execute_sql("DELETE FROM file_chunk WHERE file_id = {p}".format(p=db.param), (record.sha256,))
        db.execute_sql("DELETE FROM stored_file WHERE sha256 = {p}".format(p=db.param), (record.sha256,))
    else:
        db.execute_sql(
            "DELETE FROM file_chunk WHERE file_id = {p} AND position > 0".format(p=db.param), (record.sha256,)
        )
        db.execute_sql(
            "UPDATE file_chunk SET data = {p} WHERE file_id = {p} AND position = 0".format(p=db.param),
            (data, record.sha256),
        )
