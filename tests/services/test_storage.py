"""The file store (services/storage.py): one interface, two implementations, the same behaviour.
The folder store runs on the data folder; the database store on the open register (SQLite, and
PostgreSQL when DIKECUALIKAN_TEST_PG_URL is set)."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files
from dikecualikan_gui.domain.model import AgencyProfile
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.services import attachments, documents, profile, storage

from conftest import People

BIG = bytes(range(256)) * (4096 * 3 + 100)  # 3.1 MB: four chunks, the last one short


@pytest.fixture(params=["folder", "database"])
def store(request: pytest.FixtureRequest, config: Config, tmp_path: Path) -> storage.FileStore:
    if request.param == "folder":
        return storage.FolderStore(tmp_path / "data")
    return storage.DatabaseStore(tmp_path / "cache")


def _name(data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    return "lampiran/{a}/{s}".format(a=sha[:2], s=sha)


def _damage(store: storage.FileStore, name: str) -> None:
    if isinstance(store, storage.FolderStore):
        store.path(name).write_bytes(b"diubah di luar aplikasi")
    else:
        db = connection.current()
        db.execute_sql(
            "UPDATE file_chunk SET data = {p} WHERE file_id = {p} AND position = 1".format(p=db.param),
            (b"diubah", storage.sha_of(name)),
        )


def test_a_file_goes_in_and_comes_out_in_chunks(store: storage.FileStore, tmp_path: Path) -> None:
    source = tmp_path / "besar.bin"
    source.write_bytes(BIG)
    stored = store.put_file(source, lambda sha: attachments.store_name(attachments.relative_store_path(sha)))
    assert (stored.sha256, stored.size, stored.name) == (hashlib.sha256(BIG).hexdigest(), len(BIG), _name(BIG))
    pieces = list(store.chunks(stored.name))
    assert b"".join(pieces) == BIG and max(len(p) for p in pieces) <= storage.CHUNK
    assert store.size(stored.name) == len(BIG) and store.intact(stored.name)
    assert store.put_file(source, lambda sha: stored.name) == stored  # stored once
    assert not store.put_chunks(stored.name, iter(()))  # an intact copy is not written again
    target = tmp_path / "keluar.bin"
    store.copy_to(stored.name, target)
    assert target.read_bytes() == BIG
    local = store.local_file(stored.name)
    assert local is not None and local.read_bytes() == BIG


def test_the_database_keeps_a_file_as_chunks_with_its_size(config: Config, tmp_path: Path) -> None:
    store = storage.DatabaseStore(tmp_path / "cache")
    assert store.put_bytes(_name(BIG), BIG)
    sha = hashlib.sha256(BIG).hexdigest()
    assert files.stored() == {sha: len(BIG)}
    db = connection.current()
    count, longest = db.execute_sql(
        "SELECT COUNT(*), MAX(LENGTH(data)) FROM file_chunk WHERE file_id = {p}".format(p=db.param), (sha,)
    ).fetchone()
    assert (count, longest) == (math.ceil(len(BIG) / files.CHUNK), files.CHUNK)
    assert not (tmp_path / "cache").exists()  # nothing on this PC's disk until a program needs a path


def test_content_that_does_not_match_its_name_is_not_stored(store: storage.FileStore) -> None:
    name = _name(b"yang seharusnya")
    with pytest.raises(StorageError, match="tidak cocok"):
        store.put_bytes(name, b"yang lain")
    assert store.size(name) is None
    with pytest.raises(StorageError, match="tidak ada"):
        list(store.chunks(name))
    assert store.local_file(name) is None


def test_a_damaged_copy_is_found_refused_and_mended(store: storage.FileStore, tmp_path: Path) -> None:
    name = _name(BIG)
    store.put_bytes(name, BIG)
    _damage(store, name)
    assert not store.intact(name)
    target = tmp_path / "punya-pengguna.bin"
    target.write_bytes(b"isi lama")
    with pytest.raises(StorageError, match="SHA-256"):
        store.copy_to(name, target)
    assert target.read_bytes() == b"isi lama" and not list(tmp_path.glob("*.sebagian"))
    assert store.put_bytes(name, BIG)  # the same bytes mend it
    assert store.intact(name) and store.read_bytes(name) == BIG


def test_the_store_follows_the_database(config: Config) -> None:
    kind = storage.FolderStore if config.sqlite_path is not None else storage.DatabaseStore
    assert isinstance(storage.store_for(config), kind)


def test_the_logo_and_the_archive_live_in_the_register_store(people: People, config: Config, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"logo" * 50
    source = tmp_path / "logo.png"
    source.write_bytes(png)
    relative = profile.store_logo(config, source)
    source.unlink()
    found = profile.logo_file(config, AgencyProfile(logo_path=relative))
    assert found is not None and found.read_bytes() == png
    issued = documents.issue(people.petugas, config, "dik", b"%PDF-1.4 DIK", "DIK")
    assert documents.archived_bytes(issued) == documents.archived_bytes(issued, config) == b"%PDF-1.4 DIK"
    in_folder = (config.data_dir / "arsip").exists()
    assert in_folder == (config.sqlite_path is not None)  # on PostgreSQL: no shared folder needed
    if config.sqlite_path is None:
        assert set(files.stored()) == {hashlib.sha256(png).hexdigest(), issued.sha256}
