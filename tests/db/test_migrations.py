"""Schema versions: create, upgrade step by step (atomically, with a backup first), refuse newer."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee as pw
import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations
from dikecualikan_gui.db.models import ALL_MODELS, AppMeta, Item
from dikecualikan_gui.domain.model import AuditAction, Status
from dikecualikan_gui.errors import SchemaTooNew, StorageError
from dikecualikan_gui.services import audit, auth, items, setup

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = datetime(2026, 11, 25, 9, 30, 0)


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT value FROM app_meta WHERE key='schema_version'").fetchone()[0])


def test_a_new_database_gets_every_table_and_the_current_version(tmp_path: Path) -> None:
    db = connection.open_database(str(tmp_path / "baru.sqlite3"))
    result = migrations.ensure_schema(db)
    assert (result.created, result.to_version, result.backup) == (True, migrations.SCHEMA_VERSION, None)
    assert {m._meta.table_name for m in ALL_MODELS} <= set(db.get_tables())
    again = migrations.ensure_schema(db)  # init is idempotent
    assert (again.created, again.upgraded) == (False, False)
    connection.close_database()


def test_sqlite_is_opened_with_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    db = connection.open_database(str(tmp_path / "pragma.sqlite3"))
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    connection.close_database()


def _upgrade_steps(calls: list[int]) -> dict[int, migrations.Step]:
    def add_column(db: pw.Database) -> None:
        calls.append(2)
        db.execute_sql("ALTER TABLE item ADD COLUMN catatan_v2 TEXT DEFAULT ''")

    def add_index(db: pw.Database) -> None:
        calls.append(3)
        db.execute_sql("CREATE INDEX item_catatan_v2 ON item (catatan_v2)")

    return {2: add_column, 3: add_index}


def test_an_older_database_is_backed_up_then_upgraded_step_by_step(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    db = connection.open_database(str(path))
    calls: list[int] = []
    result = migrations.ensure_schema(db, latest=3, steps=_upgrade_steps(calls), now=NOW)
    assert calls == [2, 3]
    assert (result.from_version, result.to_version, result.upgraded) == (1, 3, True)
    assert result.backup == tmp_path / "lama.sqlite3.v1-20261125-093000.bak"
    assert _version(result.backup) == 1  # the copy is the database as it was
    connection.close_database()
    assert _version(path) == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM item WHERE catatan_v2 = ''").fetchone()[0] == 3


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    db = connection.open_database(str(path))

    def broken(db: pw.Database) -> None:
        db.execute_sql("ALTER TABLE item ADD COLUMN setengah TEXT")
        raise pw.OperationalError("langkah gagal di tengah jalan")

    steps = {2: _upgrade_steps([])[2], 3: broken}
    with pytest.raises(StorageError):
        migrations.ensure_schema(db, latest=3, steps=steps, now=NOW)
    connection.close_database()
    assert _version(path) == 1  # the upgrade is one transaction: all steps or none
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(item)")}
    assert "catatan_v2" not in columns and "setengah" not in columns
    assert [_version(copy) for copy in tmp_path.glob("*.bak")] == [1]


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite3"
    db = connection.open_database(str(path))
    migrations.ensure_schema(db)
    AppMeta.update(value="99").where(AppMeta.key == migrations.VERSION_KEY).execute()
    with pytest.raises(SchemaTooNew, match="versi 99"):
        migrations.ensure_schema(db)
    connection.close_database()
    assert _version(path) == 99
    assert not list(tmp_path.glob("*.bak"))


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER)")
    db = connection.open_database(str(path))
    with pytest.raises(StorageError, match="bukan milik aplikasi"):
        migrations.ensure_schema(db)
    connection.close_database()


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "rusak.sqlite3"
    path.write_bytes(b"ini bukan basis data" * 100)
    with pytest.raises(StorageError, match="rusak atau bukan basis data"):
        setup.open_register(Config(db=str(path), data_dir=tmp_path))
    connection.close_database()


def test_the_v1_fixture_opens_with_the_current_code(tmp_path: Path) -> None:
    """A real database written by version 1 keeps working (whatever steps were added since)."""
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    before = _counts(path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        assert _version(path) == migrations.SCHEMA_VERSION
        assert [i.judul for i in Item.select().order_by(Item.id)][0] == "Biodata mahasiswa"
        assert items.get_item_by_nomor("2026/001").test is not None
        assert auth.authenticate("petugas", "rahasia-petugas").username == "petugas"
        assert audit.verify().ok
    finally:
        setup.close_register()
    after = _counts(path)
    # + the upgrade, the login, and one "uji tidak tercatat" for each of the three imported tests
    # app_meta: + the fingerprint of the key that now seals the trail (schema v6)
    assert {t: after[t] for t in before} == {
        **before,
        "audit_event": before["audit_event"] + 5,
        "app_meta": before["app_meta"] + 1,
    }


def test_v5_takes_the_invented_date_from_imported_tests(tmp_path: Path) -> None:
    """Version 1 imports dated every row's test on the import day and made it diuji: after the
    upgrade those tests have no date, the items are draf, and their history says why."""
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        for nomor in ("2026/001", "2026/002", "2026/003"):
            item = items.get_item_by_nomor(nomor)
            assert item.status is Status.DRAF
            assert item.test is not None and item.test.content.tanggal is None and not item.test.held
            events = [e for e in items.history(item.id) if e.action is AuditAction.TEST_UNRECORDED]
            assert len(events) == 1 and events[0].details["tanggal_semula"] == "2026-11-25"
        assert [
            e.details.get("status")
            for e in items.history(items.get_item_by_nomor("2026/001").id)
            if e.action is AuditAction.TEST_UNRECORDED
        ] == [["diuji", "draf"]]
        assert audit.verify().ok
    finally:
        setup.close_register()


def _counts(path: Path) -> dict[str, int]:
    """Rows per table: an upgrade must not lose any (the upgrade and the login add audit events)."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute('SELECT count(*) FROM "{t}"'.format(t=t)).fetchone()[0] for t in tables}


def test_v2_fills_the_register_columns_from_the_latest_test(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    setup.close_register()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT nomor, hurufs, dasar_hukum, jangka_waktu FROM item ORDER BY id").fetchall()
        idle = conn.execute("SELECT idle_lock_minutes FROM profile").fetchall()
    assert rows == [
        ("2026/001", "h", "Pasal 17 huruf h angka 5", "Tidak terbatas"),
        ("2026/002", "", "PP 60/2008; PP 12/2017", "20 Tahun"),
        ("2026/003", "j", "Pasal 17 huruf j", "Sampai pengumuman pemenang"),
    ]
    assert idle in ([], [(10,)])


def _schema(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as conn:
        tables = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        columns = {
            t: sorted((c[1], c[2].upper(), c[3]) for c in conn.execute('PRAGMA table_info("{t}")'.format(t=t)))
            for t in tables
        }
        indexes = sorted(
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
        )
    return {"tables": tables, "columns": columns, "indexes": indexes}


def test_an_upgraded_database_has_the_same_schema_as_a_new_one(tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", old)
    for path in (old, tmp_path / "baru.sqlite3"):
        setup.open_register(Config(db=str(path), data_dir=tmp_path))
        setup.close_register()
    upgraded, fresh = _schema(old), _schema(tmp_path / "baru.sqlite3")
    assert upgraded["tables"] == fresh["tables"]
    assert upgraded["indexes"] == fresh["indexes"]
    assert upgraded["columns"] == fresh["columns"]  # name, type, not null (SQL defaults may differ)


def test_several_programs_upgrading_at_once_upgrade_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "bersama.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    with sqlite3.connect(path) as conn:  # as the application left it: WAL is a lasting setting of the file
        conn.execute("PRAGMA journal_mode=wal")
    before = _counts(path)
    code = (
        "import sys, pathlib; from dikecualikan_gui.config import Config; "
        "from dikecualikan_gui.services import setup; "
        "print(setup.open_register(Config(db=sys.argv[1], data_dir=pathlib.Path(sys.argv[2]))).upgraded)"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(path), str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    results = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), "\n".join(err for _, err in results)
    assert sorted(out.strip() for out, _ in results).count("True") >= 1
    assert _version(path) == migrations.SCHEMA_VERSION
    after = _counts(path)
    assert all(after[t] >= before[t] for t in before)
    copies = list(tmp_path.glob("*.bak"))
    assert copies and all(_version(copy) == 1 for copy in copies)


def test_v5_on_a_mixed_v4_register_keeps_what_stands(tmp_path: Path) -> None:
    """A register written by version 4: imported items diuji, approved, returned, approved and then
    re-tested, amended and submitted; typed-in items approved, drafted, rejected."""
    from dikecualikan_gui.domain.model import RowFilter

    path = tmp_path / "v4.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v4_mixed.sqlite3", path)
    before = _counts(path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        state = {r.nomor: (r.status, r.sesi_uji is not None) for r in items.list_items()}
        assert state == {
            "2026/001": (Status.DRAF, False),  # imported, invented test: back to draf
            "2026/002": (Status.DISETUJUI, False),  # approved on an invented test: stands, marked
            "2026/003": (Status.DIKEMBALIKAN, False),
            "2026/004": (Status.DIUJI, True),  # approved, then re-tested: the re-test is a session
            "2026/005": (Status.DIUJI, True),  # imported, amended by an officer, submitted
            "2026/006": (Status.DISETUJUI, True),
            "2026/007": (Status.DRAF, False),  # typed-in draft: its test waits for a session
            "2026/008": (Status.DITOLAK, True),
        }
        assert sorted(r.nomor for r in items.in_force_rows()) == ["2026/002", "2026/004", "2026/006"]
        draft = items.get_item_by_nomor("2026/001")
        assert draft.berakhir is None and draft.test is not None and draft.test.content.tanggal is None
        marked = {e.item_nomor for e in audit.recent(50, AuditAction.TEST_UNRECORDED)}
        assert marked == {"2026/001", "2026/002", "2026/003", "2026/004"}
        assert items.count_items(RowFilter(incomplete=True)) == 0
        assert audit.verify().ok
    finally:
        setup.close_register()
    after = _counts(path)
    assert all(after[t] >= n for t, n in before.items())
