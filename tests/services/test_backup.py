"""Backup and restore round trip; a damaged backup is refused before anything is replaced."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import register
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.errors import BackupError
from dikecualikan_gui.services import attachments, audit, backup, documents, items, setup

from conftest import People, sqlite_config
from factories import sample_content


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Config]:
    """These tests hold the SQLite side (the file swapped in one step, the data folder); the same zip
    on PostgreSQL is tests/services/test_backup_pg.py."""
    cfg = sqlite_config(tmp_path)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


def _with_attachment(people: People, config: Config, tmp_path: Path) -> tuple[int, str]:
    item = items.create_item(people.petugas, sample_content())
    source = tmp_path / "surat.pdf"
    source.write_bytes(b"%PDF-1.4 isi surat " * 100)
    info = attachments.add_attachment(people.petugas, config, item.id, source)
    return item.id, info.sha256


def test_round_trip_restores_database_attachments_and_archive(people: People, config: Config, tmp_path: Path) -> None:
    item_id, sha = _with_attachment(people, config, tmp_path)
    issued = documents.issue(people.petugas, config, "dik", b"%PDF-1.4 DIK yang diterbitkan", "DIK")
    out = tmp_path / "arsip" / "cadangan.zip"
    info = backup.create_backup(people.admin, config, out)
    assert info.files == 3 and out.is_file()
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert set(manifest["files"]) == {
            "database.sqlite3",
            "lampiran/{a}/{s}".format(a=sha[:2], s=sha),
            "arsip/{y}/{s}.pdf".format(y=issued.created_at.year, s=issued.sha256),
        }

    # Work goes on after the backup, and the attachment store and the archive are lost.
    items.create_item(people.petugas, sample_content("Dibuat setelah cadangan"))
    for stored in [*config.attachments_dir.rglob("*"), issued.path]:
        if stored.is_file():
            stored.unlink()

    result = backup.restore_backup(people.admin, config, out)
    assert result.attachments_added == 2
    [restored] = documents.archive(config)
    assert documents.archived_bytes(restored) == b"%PDF-1.4 DIK yang diterbitkan"
    assert result.replaced_aside is not None and result.replaced_aside.is_file()
    assert [r.judul for r in items.list_items()] == ["Biodata pegawai beserta riwayat kesehatan"]
    [attached] = attachments.list_attachments(item_id)
    assert attachments.attachment_file(config, attached, verify=True).read_bytes().startswith(b"%PDF")
    assert audit.verify().ok
    assert audit.recent(1)[0].action is AuditAction.RESTORED

    # The database that was replaced is kept aside, complete.
    setup.close_register()
    setup.open_register(Config(db=str(result.replaced_aside), data_dir=config.data_dir))
    assert len(items.list_items()) == 2
    setup.close_register()


def _tampered(source: Path, target: Path, member: str, data: bytes | None) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            if name == member:
                if data is not None:
                    dst.writestr(name, data)
            else:
                dst.writestr(name, src.read(name))
    return target


@pytest.mark.parametrize(
    "member,data,message",
    [
        ("database.sqlite3", b"SQLite format 3\x00" + b"\x00" * 100, "rusak"),
        ("database.sqlite3", None, "tidak lengkap"),
        ("manifest.json", b"{bukan json", "Manifest"),
        ("manifest.json", None, "bukan cadangan"),
    ],
)
def test_a_damaged_backup_replaces_nothing(
    people: People, config: Config, tmp_path: Path, member: str, data: bytes | None, message: str
) -> None:
    _with_attachment(people, config, tmp_path)
    good = tmp_path / "baik.zip"
    backup.create_backup(people.admin, config, good)
    items.create_item(people.petugas, sample_content("Tetap ada"))
    bad = _tampered(good, tmp_path / "rusak.zip", member, data)
    with pytest.raises(BackupError, match=message):
        backup.restore_backup(people.admin, config, bad)
    setup.open_register(config)
    assert len(items.list_items()) == 2
    assert not list(config.data_dir.glob("*.diganti-*"))


def test_a_file_that_is_not_a_zip_is_refused(people: People, config: Config, tmp_path: Path) -> None:
    bogus = tmp_path / "bukan.zip"
    bogus.write_text("halo", encoding="utf-8")
    with pytest.raises(BackupError, match="zip"):
        backup.restore_backup(people.admin, config, bogus)


def test_backup_is_consistent_while_another_connection_writes(people: People, config: Config, tmp_path: Path) -> None:
    """The online backup copies a consistent state while a second thread keeps writing."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            n = 0
            while not stop.is_set() and n < 200:
                items.create_item(people.petugas, sample_content("Tulis {n}".format(n=n)))
                n += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        outs = [backup.create_backup(people.admin, config, tmp_path / "c{n}.zip".format(n=n)) for n in range(3)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    target = Config(db=str(tmp_path / "pulih.sqlite3"), data_dir=tmp_path / "pulih")
    backup.restore_backup(people.admin, target, outs[-1].path)
    assert audit.verify().ok
    rows = register.count_rows()
    assert rows > 0
    created = sum(1 for e in audit.recent(10_000) if e.action is AuditAction.ITEM_CREATED)
    assert created == rows


def test_restore_is_refused_while_another_program_has_the_database_open(
    people: People, config: Config, tmp_path: Path
) -> None:
    import subprocess
    import sys

    archive = tmp_path / "c.zip"
    backup.create_backup(people.admin, config, archive)
    items.create_item(people.petugas, sample_content("Sesudah cadangan"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys; from dikecualikan_gui.config import Config; from dikecualikan_gui.services import setup;"
                "setup.open_register(Config(db=sys.argv[1], data_dir=__import__('pathlib').Path(sys.argv[2])));"
                "print('siap', flush=True); sys.stdin.read()"
            ),
            config.db,
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "siap"
        if sys.platform.startswith("win"):
            pytest.skip("Windows refuses to replace an open file by itself")
        with pytest.raises(BackupError, match="sedang dibuka"):
            backup.restore_backup(people.admin, config, archive)
    finally:
        holder.communicate("", timeout=30)
    setup.open_register(config)
    assert [r.judul for r in items.list_items()] == ["Sesudah cadangan"]  # nothing was replaced


def test_a_damaged_live_database_can_still_be_restored(people: People, config: Config, tmp_path: Path) -> None:
    archive = tmp_path / "c.zip"
    backup.create_backup(people.admin, config, archive)
    setup.close_register()
    live = Path(config.db)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    live.write_bytes(b"rusak" * 1000)
    result = backup.restore_backup(people.admin, config, archive)
    assert result.replaced_aside is not None and result.replaced_aside.read_bytes().startswith(b"rusak")
    assert audit.verify().ok


def test_two_restores_in_one_second_keep_both_replaced_databases(
    people: People, config: Config, tmp_path: Path
) -> None:
    from datetime import datetime

    archive = tmp_path / "c.zip"
    backup.create_backup(people.admin, config, archive)
    moment = datetime(2026, 11, 25, 10, 0, 0)
    first = backup.restore_backup(people.admin, config, archive, now=moment)
    second = backup.restore_backup(people.admin, config, archive, now=moment)
    assert first.replaced_aside != second.replaced_aside
    assert first.replaced_aside is not None and first.replaced_aside.is_file()
    assert second.replaced_aside is not None and second.replaced_aside.is_file()


def test_backup_refuses_to_overwrite_the_database_itself(people: People, config: Config) -> None:
    with pytest.raises(BackupError, match="basis data itu sendiri"):
        backup.create_backup(people.admin, config, Path(config.db))
    assert audit.verify().ok


def test_a_damaged_attachment_is_left_out_and_reported(people: People, config: Config, tmp_path: Path) -> None:
    item_id, sha = _with_attachment(people, config, tmp_path)
    stored = config.attachments_dir / sha[:2] / sha
    stored.write_bytes(b"diubah di luar aplikasi")
    info = backup.create_backup(people.admin, config, tmp_path / "c.zip")
    assert info.damaged == ("lampiran/{a}/{s}".format(a=sha[:2], s=sha),) and info.files == 1
    result = backup.restore_backup(people.admin, config, tmp_path / "c.zip")
    assert result.schema_version >= 1
    assert [a.nama for a in attachments.list_attachments(item_id)] == ["surat.pdf"]


def test_a_damaged_archive_copy_is_mended_by_restore_and_a_missing_one_is_reported(
    people: People, config: Config, tmp_path: Path
) -> None:
    """The softcopy archive is the issued record: a backup says what it could not take, and a
    restore puts back the good copy of a document that was altered since."""
    from datetime import date

    from dikecualikan_gui.domain.model import Paper
    from dikecualikan_gui.services import approval

    from factories import submitted

    if config.sqlite_path is None:
        pytest.skip("the backup command copies SQLite files")
    item_id = submitted(people.petugas)
    approval.approve(people.atasan, [item_id], "PEN/ARSIP", tanggal=date(2026, 11, 12))
    spec = documents.penetapan_spec(config, "PEN/ARSIP")
    issued = documents.issue_spec(None, config, spec, spec.render(Paper.F4, None), Paper.F4)
    archive = tmp_path / "cadangan.zip"
    backup.create_backup(None, config, archive)
    copy = issued.path
    good = copy.read_bytes()
    copy.write_bytes(good + b"x")
    result = backup.restore_backup(None, config, archive)
    assert result.attachments_added >= 1 and copy.read_bytes() == good
    copy.unlink()
    info = backup.create_backup(None, config, tmp_path / "kedua.zip")
    assert [name for name in info.missing if name.endswith(copy.name)]
