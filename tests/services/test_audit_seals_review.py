"""What an adversarial review of the audit seals found (issue 10), each held here: forged events
whose seals were wiped are not sealed afresh; a register without its key is read-only; stops at
the first seal or mid-restore, parallel wrong passwords and schema upgrades raise no false alarm;
the key is never left readable by others; odd bytes are reported, never a crash; a new register
does not adopt an old one's key; a rolled-back register is not laundered by a backup."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli_export import _seed

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries
from dikecualikan_gui.db import seal_store as store
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.audit_chain import password_seal
from dikecualikan_gui.errors import AccountLocked, AuthenticationFailed
from dikecualikan_gui.services import audit, auth, backup, backup_seal, items, setup
from dikecualikan_gui.services.common import utcnow

from factories import PASSWORD, sample_content
from test_cli import failed, ok, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def register(tmp_path: Path) -> Path:
    db = tmp_path / "dik.sqlite3"
    _seed(db, tmp_path)
    return db


def _append_forged(db: Path, action: str, details: dict[str, object]) -> None:
    """An event with a correct chain hash and head, written with only the database file."""
    con = sqlite3.connect(str(db))
    with con:
        last_id, last_hash = con.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        at, body = "2026-11-29T10:00:00.000000Z", json.dumps(details, sort_keys=True, separators=(",", ":"))
        digest = audit_chain.event_hash(last_hash, last_id + 1, at, None, "admin", action, None, "", body)
        con.execute(
            "INSERT INTO audit_event (id, at, actor_id, actor, action, item_id, item_nomor, details, prev_hash, hash)"
            " VALUES (?, ?, NULL, 'admin', ?, NULL, '', ?, ?, ?)",
            (last_id + 1, at, action, body, last_hash, digest),
        )
        count = con.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]
        con.execute(
            "UPDATE app_meta SET value = ? WHERE key = 'audit_head'",
            (json.dumps({"count": count, "hash": digest, "last_id": last_id + 1}),),
        )
    con.close()


def test_forged_events_with_every_seal_wiped_are_not_sealed_afresh(register: Path) -> None:
    """F1: a password set behind the trail, a forged event recording it, and every seal and the key's
    fingerprint deleted: the register is not taken for one never sealed."""
    anchor_before = store.anchor_path(register).read_bytes()
    forged_hash = auth.hash_password("sandi-penyerang-1")
    con = sqlite3.connect(str(register))
    with con:
        con.execute("UPDATE user SET password_hash = ? WHERE username = 'atasan'", (forged_hash,))
    con.close()
    details = {"oleh": "administrator", "sandi": password_seal(forged_hash), "username": "atasan"}
    _append_forged(register, "kata_sandi_diubah", details)
    con = sqlite3.connect(str(register))
    with con:
        con.execute("UPDATE audit_event SET mac = NULL")
        con.execute("DELETE FROM app_meta WHERE key = 'audit_key_id'")
    con.close()
    out = failed(run("audit", "verify", db=register), status=1)
    assert "Jejak audit utuh" not in out
    assert "diubah di luar aplikasi" in run("audit", "verify", db=register).stdout
    assert store.anchor_path(register).read_bytes() == anchor_before  # the evidence stays
    signed_in = run("user", "list", db=register)  # reading still works
    assert signed_in.returncode == 0, signed_in.stderr
    con = sqlite3.connect(str(register))
    assert con.execute("SELECT COUNT(*) FROM audit_event WHERE mac IS NOT NULL").fetchone()[0] == 0
    con.close()


def test_without_its_key_the_register_is_read_only_and_says_why(register: Path, tmp_path: Path) -> None:
    """F2: no event without a seal, no backup without the key, no code anyone could compute."""
    key = store.key_path(register)
    kept = tmp_path / "kunci-disimpan"
    shutil.move(key, kept)
    assert "tidak ada atau tidak terbaca" in failed(run("backup", "--out", str(tmp_path / "c.zip"), db=register))
    assert not (tmp_path / "c.zip").exists()
    err = failed(run("export", "dik", "--out", str(tmp_path / "dik.pdf"), db=register))
    assert "hanya dapat dibaca" in err and not (tmp_path / "dik.pdf").exists()
    ok(run("list", db=register))
    shutil.move(kept, key)
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=register))


def test_an_old_register_gets_its_key_and_first_anchor_in_one_step(tmp_path: Path) -> None:
    """F3: the first anchor is written before the first seal commits."""
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        assert store.anchor_path(path).exists() and store.key_path(path).exists()
        assert audit.verify().ok
    finally:
        setup.close_register()


def test_a_wrong_password_that_meets_a_parallel_lockout_is_no_tamper(register: Path, tmp_path: Path) -> None:
    """F5: the attempt that lost the race records that it counted nothing."""
    setup.open_register(Config(db=str(register), data_dir=tmp_path))
    try:
        stale = queries.get_credentials("atasan")
        assert stale is not None
        for _ in range(auth.MAX_FAILED_LOGINS):
            with pytest.raises((AuthenticationFailed, AccountLocked)):
                auth.authenticate("atasan", "bukan-sandinya")
        with pytest.raises(AccountLocked):
            auth._count_wrong_password(stale, utcnow(), "login", auth.WRONG_CREDENTIALS)
        result = audit.verify()
        assert result.ok, [p.message for p in result.problems]
    finally:
        setup.close_register()


def test_a_later_schema_upgrade_records_a_sealed_event(
    register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F6: the upgrade's event is written after the key is loaded."""
    latest = migrations.SCHEMA_VERSION + 1
    steps = {**migrations.STEPS, latest: lambda db: None}
    monkeypatch.setattr(
        migrations, "ensure_schema", functools.partial(migrations.ensure_schema, latest=latest, steps=steps)
    )
    monkeypatch.setattr(migrations, "backup_before_upgrade", lambda *a, **k: None)
    setup.open_register(Config(db=str(register), data_dir=tmp_path))
    try:
        assert audit.verify().ok
    finally:
        setup.close_register()


def test_odd_bytes_in_the_trail_are_reported_not_a_crash(register: Path) -> None:
    """F8: text that is not text, and an anchor nested beyond reason."""
    con = sqlite3.connect(str(register))
    with con:
        con.execute("UPDATE audit_event SET mac = X'00ff' WHERE id = 2")
        con.execute("UPDATE audit_event SET hash = 'é' WHERE id = 3")
    con.close()
    result = run("audit", "verify", db=register)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "tak terduga" not in result.stderr
    store.anchor_path(register).write_text("[" * 100_000, encoding="ascii")
    result = run("audit", "verify", db=register)
    assert result.returncode == 1 and "tak terduga" not in result.stderr


def test_a_new_register_beside_an_old_ones_files_makes_its_own_key(register: Path, tmp_path: Path) -> None:
    """F9: the old key and anchor are kept under another name, never adopted."""
    old_key = store.key_path(register).read_bytes()
    shutil.move(register, tmp_path / "dipindah.sqlite3")
    ok(run("init", db=register))
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=register))
    assert store.key_path(register).read_bytes() != old_key
    assert [p.read_bytes() for p in tmp_path.glob("dik.sqlite3.kunci-jejak.lama-*")] == [old_key]


def test_the_kept_key_of_a_replaced_register_is_readable_by_its_owner_only(register: Path, tmp_path: Path) -> None:
    """F7: the key copies a restore keeps, and the backup zip that carries the key."""
    archive = tmp_path / "cadangan.zip"
    ok(run("backup", "--out", str(archive), db=register))
    assert archive.stat().st_mode & 0o077 == 0
    ok(run("restore", str(archive), db=register))
    kept = list(tmp_path.glob("dik.sqlite3.diganti-*.kunci-jejak"))
    assert kept and all(p.stat().st_mode & 0o077 == 0 for p in kept)
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=register))


def test_a_rolled_back_register_is_not_laundered_by_a_backup(register: Path, tmp_path: Path) -> None:
    """F10: the backup refuses while the register's own check fails."""
    old = tmp_path / "lama.sqlite3"
    shutil.copyfile(register, old)
    setup.open_register(Config(db=str(register), data_dir=tmp_path))
    try:
        auth.authenticate("petugas", PASSWORD)
    finally:
        setup.close_register()
    shutil.copyfile(old, register)
    err = failed(run("backup", "--out", str(tmp_path / "cuci.zip"), db=register))
    assert "tidak utuh" in err and not (tmp_path / "cuci.zip").exists()


def test_an_anchor_is_not_rewritten_at_every_start(register: Path) -> None:
    before = json.loads(store.anchor_path(register).read_text(encoding="utf-8"))
    ok(run("audit", "verify", db=register))
    ok(run("list", db=register))
    assert json.loads(store.anchor_path(register).read_text(encoding="utf-8"))["at"] == before["at"]


class Stop(BaseException):
    """The process stopping (no `except OSError` sees it)."""


def _keyless_backup(register: Path, tmp_path: Path) -> Path:
    """A backup as the version before seals wrote it: no key, no seals, no fingerprint."""
    archive = tmp_path / "cadangan.zip"
    ok(run("backup", "--out", str(archive), db=register))
    work = tmp_path / "ubah"
    work.mkdir()
    with zipfile.ZipFile(archive) as source:
        source.extractall(work)
    con = sqlite3.connect(str(work / backup.DB_MEMBER))
    with con:
        con.execute("UPDATE audit_event SET mac = NULL")
        con.execute("DELETE FROM app_meta WHERE key = 'audit_key_id'")
    con.close()
    manifest = json.loads((work / backup.MANIFEST).read_text(encoding="utf-8"))
    manifest.pop("audit_key")
    data = (work / backup.DB_MEMBER).read_bytes()
    manifest["files"][backup.DB_MEMBER] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    old = tmp_path / "lama.zip"
    with zipfile.ZipFile(old, "w") as target:
        target.writestr(backup.MANIFEST, json.dumps(manifest))
        for name in manifest["files"]:
            target.write(work / name, name)
    return old


def test_a_stop_after_the_swap_of_a_backup_made_before_seals_is_settled(
    register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F4: the old register's key and anchor do not stay beside the restored one."""
    old = _keyless_backup(register, tmp_path)
    config = Config(db=str(register), data_dir=tmp_path)

    def stop(*args: object) -> None:
        raise Stop()

    setup.open_register(config)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(backup_seal, "finish", stop)
            with pytest.raises(Stop):
                backup.restore_backup(None, config, old)
    finally:
        setup.close_register()
    setup.open_register(config)
    try:
        result = audit.verify()
        assert result.ok, [p.message for p in result.problems]
    finally:
        setup.close_register()
    assert list(tmp_path.glob("dik.sqlite3.kunci-jejak.lama-*"))


def test_an_administrator_reseals_a_register_whose_key_is_lost(register: Path, tmp_path: Path) -> None:
    """The way out of read-only when no backup holds the key: recorded, and the old codes say no."""
    pdf = tmp_path / "dik.pdf"
    ok(run("export", "dik", "--out", str(pdf), db=register))
    old_code = PdfReader(str(pdf)).pages[0].extract_text().split("Kode verifikasi ")[1].split()[0]
    store.key_path(register).unlink()
    wrong = run("audit", "segel-ulang", "--as", "admin", "--password-stdin", stdin="salah\n", db=register)
    assert wrong.returncode == 1 and "salah" in wrong.stderr
    assert "tidak ada atau tidak terbaca" in run("audit", "verify", db=register).stdout
    not_admin = run("audit", "segel-ulang", "--as", "petugas", "--password-stdin", stdin=PASSWORD + "\n", db=register)
    assert not_admin.returncode == 1 and "administrator" in not_admin.stderr
    assert "disegel ulang" in ok(
        run("audit", "segel-ulang", "--as", "admin", "--password-stdin", stdin=PASSWORD + "\n", db=register)
    )
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=register))
    con = sqlite3.connect(str(register))
    assert con.execute("SELECT COUNT(*) FROM audit_event WHERE action = 'jejak_disegel_ulang'").fetchone()[0] == 1
    con.close()
    assert "TIDAK ada dalam riwayat" in failed(run("audit", "verify", "--kode", old_code, db=register))
    ok(run("export", "dik", "--out", str(tmp_path / "baru.pdf"), db=register))  # writes again
    again = run("audit", "segel-ulang", "--as", "admin", "--password-stdin", stdin=PASSWORD + "\n", db=register)
    assert again.returncode == 1 and "tidak perlu" in again.stderr


def test_checks_while_another_desk_writes_raise_no_false_alarm(register: Path, tmp_path: Path) -> None:
    """The anchor is read before the database snapshot it is held against, and the head and events in
    one snapshot: a commit landing between two reads is no 'tidak utuh' (a backup refused it once)."""
    config = Config(db=str(register), data_dir=tmp_path)
    setup.open_register(config)
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            petugas = auth.authenticate("petugas", PASSWORD).as_actor()
            while not stop.is_set():
                items.create_item(petugas, sample_content("Ditulis bersamaan"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close_thread_connection()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        quick = [audit.quick_check() for _ in range(400)]
        full = [audit.verify() for _ in range(3)]
    finally:
        stop.set()
        thread.join()
        setup.close_register()
    assert not errors
    assert all(found == [] for found in quick), [f for f in quick if f][:1]
    assert all(result.ok for result in full), [[p.message for p in r.problems] for r in full if not r.ok][:1]
