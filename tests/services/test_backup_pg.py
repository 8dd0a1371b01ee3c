"""Backup and restore on PostgreSQL (issue 13, point 2): the same verified zip as on SQLite, a
snapshot while others write, restored only into an empty database, in one transaction; damaged,
foreign and newer backups refused with nothing written."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files, register, transfer
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.errors import BackupError, StorageError
from dikecualikan_gui.services import approval, attachments, audit, backup, documents, items, profile, setup, storage

from conftest import PG_URL, People, _reset_postgres, sqlite_config
from factories import sample_content, submitted

pytestmark = pytest.mark.postgres


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Config]:
    """A register on PostgreSQL (these tests need the server)."""
    if not PG_URL:
        pytest.skip("DIKECUALIKAN_TEST_PG_URL is not set")
    _reset_postgres(PG_URL)
    cfg = Config(db=PG_URL, data_dir=tmp_path / "data")
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


def _emptied(cfg: Config) -> Config:
    """The same server database, emptied (as a new database on a new server would be)."""
    setup.close_register()
    _reset_postgres(PG_URL)
    return Config(db=cfg.db, data_dir=cfg.data_dir.parent / "pc-baru")


def _register(people: People, config: Config, tmp_path: Path) -> dict[str, object]:
    item_id = submitted(people.petugas)
    approval.approve(people.atasan, [item_id], "PEN/PG/1", tanggal=date(2026, 11, 12))
    draft = items.create_item(people.petugas, sample_content("Draf dengan lampiran"))
    source = tmp_path / "surat.pdf"
    source.write_bytes(b"%PDF-1.4 surat " * 200_000)  # 3 MB: several chunks
    info = attachments.add_attachment(people.petugas, config, draft.id, source)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"logo" * 100)
    current = profile.get_profile()
    updated = profile.update_profile(
        people.admin,
        current.__class__(
            **{**current.__dict__, "nama_badan_publik": "Dinas Uji", "logo_path": profile.store_logo(config, logo)}
        ),
    )
    issued = documents.issue(people.petugas, config, "dik", b"%PDF-1.4 DIK yang diterbitkan", "DIK")
    return {"draft": draft.id, "attachment": info, "issued": issued, "logo": updated.logo_path}


def test_round_trip_into_an_empty_database(people: People, config: Config, tmp_path: Path) -> None:
    made = _register(people, config, tmp_path)
    titles = sorted(r.judul for r in items.list_items())
    events = audit.verify().count
    out = tmp_path / "cadangan.zip"
    info = backup.create_backup(people.admin, config, out)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    attached = made["attachment"]
    assert isinstance(attached, attachments.AttachmentInfo)
    issued = made["issued"]
    assert isinstance(issued, documents.ArchivedDocument)
    assert set(manifest["files"]) == {
        "database.sqlite3",
        "lampiran/" + attached.stored_path,
        made["logo"],
        "arsip/{y}/{s}.pdf".format(y=issued.created_at.year, s=issued.sha256),
    }
    assert manifest["schema_version"] == 7 and manifest["audit_head"]["count"] == events
    assert "audit_key" not in manifest  # PostgreSQL holds no key
    assert info.files == 4 and info.damaged == () and info.missing == ()

    target = _emptied(config)
    result = backup.restore_backup(None, target, out)
    assert (result.replaced_aside, result.schema_version, result.attachments_added) == (None, 7, 3)
    assert sorted(r.judul for r in items.list_items()) == titles
    check = audit.verify()
    assert check.ok, [p.message for p in check.problems]
    assert check.count == events + 1 and audit.recent(1)[0].action is AuditAction.RESTORED
    [restored] = attachments.list_attachments(int(str(made["draft"])))
    exported = tmp_path / "keluar.pdf"
    attachments.export_attachment(target, restored, exported)
    assert exported.read_bytes() == b"%PDF-1.4 surat " * 200_000
    assert documents.archived_bytes(documents.archive(target)[0], target) == b"%PDF-1.4 DIK yang diterbitkan"
    logo = profile.logo_file(target, profile.get_profile())
    assert logo is not None and logo.read_bytes().startswith(b"\x89PNG")
    # The ids go on after the restored ones: new work is saved as before.
    assert items.create_item(people.petugas, sample_content("Sesudah pemulihan")).nomor


def test_a_register_that_is_not_empty_is_refused_and_left_as_it_was(
    people: People, config: Config, tmp_path: Path
) -> None:
    items.create_item(people.petugas, sample_content())
    out = backup.create_backup(people.admin, config, tmp_path / "c.zip").path
    items.create_item(people.petugas, sample_content("Sesudah cadangan"))
    events = audit.verify().count
    with pytest.raises(BackupError, match="tidak kosong.*CREATE DATABASE.*Tidak ada yang diubah"):
        backup.restore_backup(people.admin, config, out)
    assert len(items.list_items()) == 2 and audit.verify().count == events


def test_the_backup_is_one_snapshot_while_another_connection_writes(
    people: People, config: Config, tmp_path: Path
) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            n = 0
            while not stop.is_set() and n < 150:
                items.create_item(people.petugas, sample_content("Tulis {n}".format(n=n)))
                n += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            setup.close_thread_connection()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        outs = [backup.create_backup(people.admin, config, tmp_path / "c{n}.zip".format(n=n)) for n in range(3)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    target = _emptied(config)
    backup.restore_backup(None, target, outs[1].path)
    assert audit.verify().ok
    rows = register.count_rows()
    created = sum(1 for e in audit.recent(10_000) if e.action is AuditAction.ITEM_CREATED)
    assert rows == created  # every item and its event, or neither: one instant


def _rezipped(source: Path, target: Path, change: dict[str, bytes | None], manifest_edit: dict[str, object]) -> Path:
    """A copy of a backup with members changed (None: left out) and the manifest edited; the
    manifest's hashes follow the changed members unless the edit says otherwise."""
    with zipfile.ZipFile(source) as src:
        manifest = json.loads(src.read("manifest.json"))
        parts = {n: src.read(n) for n in src.namelist() if n != "manifest.json"}
    for name, data in change.items():
        if data is None:
            parts.pop(name, None)
            manifest["files"].pop(name, None)
        else:
            parts[name] = data
            manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest.update(manifest_edit)
    with zipfile.ZipFile(target, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        for name, data in parts.items():
            dst.writestr(name, data)
    return target


def _database_with(source: Path, tmp_path: Path, sql: str) -> bytes:
    with zipfile.ZipFile(source) as src:
        (tmp_path / "db.sqlite3").write_bytes(src.read("database.sqlite3"))
    db = sqlite3.connect(tmp_path / "db.sqlite3")
    db.execute(sql)
    db.commit()
    db.close()
    return (tmp_path / "db.sqlite3").read_bytes()


@pytest.mark.parametrize(
    "kind,message",
    [
        ("rusak", "rusak"),
        ("hash", "SHA-256"),
        ("asing", "bukan cadangan aplikasi Dikecualikan"),
        ("bukan-register", "bukan basis data aplikasi"),
        ("lebih-baru", "versi aplikasi yang lebih baru"),
        ("tanpa-basis-data", "tidak lengkap"),
    ],
)
def test_damaged_foreign_and_newer_backups_are_refused_with_nothing_written(
    people: People, config: Config, tmp_path: Path, kind: str, message: str
) -> None:
    _register(people, config, tmp_path)
    good = backup.create_backup(people.admin, config, tmp_path / "baik.zip").path
    member = "database.sqlite3"
    bad = tmp_path / "buruk.zip"
    if kind == "rusak":
        _rezipped(good, bad, {member: b"SQLite format 3\x00" + b"\x00" * 100}, {})
    elif kind == "hash":
        with zipfile.ZipFile(good) as src:
            data = src.read(member)
        _rezipped(good, bad, {member: data[:-1] + b"\x01"}, {})
        manifest_files = json.loads(zipfile.ZipFile(good).read("manifest.json"))["files"]
        _rezipped(bad, bad.with_name("b2.zip"), {}, {"files": {**manifest_files, member: manifest_files[member]}})
        bad = bad.with_name("b2.zip")
    elif kind == "asing":
        _rezipped(good, bad, {}, {"format": "cadangan-lain"})
    elif kind == "bukan-register":
        _rezipped(good, bad, {member: _database_with(good, tmp_path, "DROP TABLE app_meta")}, {})
    elif kind == "lebih-baru":
        sql = "UPDATE app_meta SET value = '99' WHERE key = 'schema_version'"
        _rezipped(good, bad, {member: _database_with(good, tmp_path, sql)}, {"schema_version": 99})
    else:
        _rezipped(good, bad, {member: None}, {})
    target = _emptied(config)
    with pytest.raises(BackupError, match=message):
        backup.restore_backup(None, target, bad)
    assert transfer.occupied(connection.current()) == []  # nothing was written
    assert files.stored() == {}
    assert not list(target.data_dir.glob(".pulihkan-*"))


def test_a_restore_that_fails_halfway_leaves_the_database_empty(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(people, config, tmp_path)
    out = backup.create_backup(people.admin, config, tmp_path / "c.zip").path
    target = _emptied(config)
    calls = []

    def fail_on_the_second(self: storage.FileStore, name: str, pieces: object) -> bool:
        calls.append(name)
        if len(calls) == 2:
            raise StorageError("penyimpanan gagal disimulasikan")
        return real(self, name, pieces)  # type: ignore[arg-type]

    real = storage.FileStore.put_chunks
    monkeypatch.setattr(storage.FileStore, "put_chunks", fail_on_the_second)
    with pytest.raises(StorageError, match="disimulasikan"):
        backup.restore_backup(None, target, out)
    monkeypatch.undo()
    assert len(calls) == 2  # the tables and a file were written, then it stopped
    assert transfer.occupied(connection.current()) == [] and files.stored() == {}
    backup.restore_backup(None, target, out)  # and the same restore then goes through
    assert audit.verify().ok


def test_backups_cross_engines(people: People, config: Config, tmp_path: Path) -> None:
    """A PostgreSQL backup restores onto SQLite (the file gets a key of its own) and an SQLite
    backup into PostgreSQL: one format."""
    _register(people, config, tmp_path)
    titles = sorted(r.judul for r in items.list_items())
    from_pg = backup.create_backup(people.admin, config, tmp_path / "dari-pg.zip").path
    setup.close_register()
    local = sqlite_config(tmp_path / "pc")
    backup.restore_backup(None, local, from_pg)
    assert sorted(r.judul for r in items.list_items()) == titles
    check = audit.verify()
    assert check.ok, [p.message for p in check.problems]
    from_sqlite = backup.create_backup(None, local, tmp_path / "dari-sqlite.zip").path
    with zipfile.ZipFile(from_sqlite) as archive:
        assert "audit_key" in json.loads(archive.read("manifest.json"))  # the new key travels
    target = _emptied(config)
    backup.restore_backup(None, target, from_sqlite)
    assert sorted(r.judul for r in items.list_items()) == titles
    check = audit.verify()
    assert check.ok, [p.message for p in check.problems]


def test_a_backup_of_an_older_schema_is_upgraded_on_the_way_in(people: People, config: Config, tmp_path: Path) -> None:
    """Backups made before version 7 (no file tables) restore into PostgreSQL at the current schema."""
    _register(people, config, tmp_path)
    titles = sorted(r.judul for r in items.list_items())
    good = backup.create_backup(people.admin, config, tmp_path / "baik.zip").path
    with zipfile.ZipFile(good) as src:
        (tmp_path / "v6.sqlite3").write_bytes(src.read("database.sqlite3"))
    db = sqlite3.connect(tmp_path / "v6.sqlite3")
    db.executescript(
        "DROP TABLE file_chunk; DROP TABLE stored_file; UPDATE app_meta SET value = '6' WHERE key = 'schema_version';"
    )
    db.close()
    old = _rezipped(good, tmp_path / "v6.zip", {"database.sqlite3": (tmp_path / "v6.sqlite3").read_bytes()}, {})
    target = _emptied(config)
    result = backup.restore_backup(None, target, old)
    assert (result.schema_version, result.upgraded) == (6, True)
    assert sorted(r.judul for r in items.list_items()) == titles
    check = audit.verify()
    assert check.ok, [p.message for p in check.problems]
    assert (
        connection.current().execute_sql("SELECT value FROM app_meta WHERE key = 'schema_version'").fetchone()[0] == "7"
    )


def test_work_folders_left_by_an_interrupted_backup_are_removed_by_the_next(
    people: People, config: Config, tmp_path: Path
) -> None:
    """On PostgreSQL the work folders live in the data folder; a stopped backup's is cleared by the
    next backup or restore, one still claimed by a running process is left alone."""
    items.create_item(people.petugas, sample_content())
    config.data_dir.mkdir(parents=True, exist_ok=True)
    stale = config.data_dir / ".mencadangkan-terhenti"
    (stale / "lampiran").mkdir(parents=True)
    os.utime(stale, (1, 1))
    running = config.data_dir / ".pulihkan-berjalan"
    running.mkdir()
    claim = connection.claim(running / backup.CLAIM)
    try:
        backup.create_backup(people.admin, config, tmp_path / "c.zip")
        assert not stale.exists() and running.is_dir()
    finally:
        claim.close()
    assert sorted(p.name for p in config.data_dir.glob(".*")) == [".pulihkan-berjalan"]
