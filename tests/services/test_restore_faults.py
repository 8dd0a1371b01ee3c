"""Issue 10.2: a restore interrupted at any step leaves the old register or the restored one at
the path, never nothing; leftovers are cleaned at the next start; an oversized part is refused
before it is written."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.errors import BackupError, StorageError
from dikecualikan_gui.services import audit, backup, items, setup, users

from conftest import People, sqlite_config
from factories import sample_content

ROOT = Path(__file__).resolve().parents[2]
OLD = {"Biodata pegawai beserta riwayat kesehatan", "Dibuat setelah cadangan"}
RESTORED = {"Biodata pegawai beserta riwayat kesehatan"}


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Config]:
    cfg = sqlite_config(tmp_path)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


def _titles() -> set[str]:
    return {r.judul for r in items.list_items()}


def _register_state(cfg: Config) -> set[str]:
    """Open the register as the next start would; it must be whole."""
    setup.close_register()
    assert cfg.sqlite_path is not None and cfg.sqlite_path.is_file(), "no database at the path"
    setup.open_register(cfg)
    check = connection.current().execute_sql("PRAGMA integrity_check").fetchone()
    assert check[0] == "ok"
    assert audit.verify().ok
    return _titles()


def _old_and_backup(people: People, cfg: Config, tmp_path: Path) -> Path:
    items.create_item(people.petugas, sample_content())
    archive = tmp_path / "cadangan.zip"
    backup.create_backup(people.admin, cfg, archive)
    items.create_item(people.petugas, sample_content("Dibuat setelah cadangan"))
    return archive


class Crash(BaseException):
    """Stands for the process stopping: no `except OSError` handler sees it."""


class Faults:
    """Counts the file operations a restore makes and fails the k-th one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None, error: type[BaseException]) -> None:
        self.calls: list[str] = []
        self.fail_at = fail_at
        self.error = error
        self.fired = False
        for owner, name in (
            (os, "replace"),
            (os, "link"),
            (shutil, "copyfile"),
            (connection, "fold_to_single_file"),
            (backup, "_sync_folder"),
            (backup, "_sync_file"),
            (Path, "unlink"),
        ):
            monkeypatch.setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            if not self.fired and self.fail_at is not None and len(self.calls) == self.fail_at:
                self.fired = True
                self.calls.append(name)
                kind = StorageError if name == "fold_to_single_file" and self.error is OSError else self.error
                raise kind("gagal disimulasikan pada langkah {k} ({n})".format(k=self.fail_at, n=name))
            self.calls.append(name)
            return real(*args, **kwargs)

        return step


def _steps(people: People, cfg: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    archive = _old_and_backup(people, cfg, tmp_path)
    with monkeypatch.context() as patch:
        faults = Faults(patch, None, OSError)
        backup.restore_backup(people.admin, cfg, archive)
    return faults.calls


@pytest.mark.parametrize("error", [OSError, Crash], ids=["error", "crash"])
def test_a_restore_interrupted_at_every_step_leaves_the_old_or_the_restored_register(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[BaseException]
) -> None:
    steps = _steps(people, config, tmp_path / "ukur", monkeypatch)
    assert {"fold_to_single_file", "link", "replace"} <= set(steps)
    outcomes = []
    for k in range(len(steps)):
        folder = tmp_path / "langkah-{k}".format(k=k)
        folder.mkdir()
        cfg = sqlite_config(folder)
        setup.close_register()
        setup.open_register(cfg)
        admin = users.add_user(None, "admin", "Admin", Role.ADMIN, "rahasia-sekali-1").as_actor()
        petugas = users.add_user(None, "petugas", "Petugas", Role.PETUGAS, "rahasia-sekali-1").as_actor()
        actors = People(admin, petugas, petugas, admin, admin)
        archive = _old_and_backup(actors, cfg, folder)
        with monkeypatch.context() as patch:
            faults = Faults(patch, k, error)
            raised = False
            try:
                backup.restore_backup(actors.admin, cfg, archive)
            except (BackupError, Crash):
                raised = True
        assert faults.fired, "step {k} was not reached".format(k=k)
        titles = _register_state(cfg)
        assert titles in (OLD, RESTORED), "step {k}: {t}".format(k=k, t=titles)
        outcomes.append(titles == RESTORED)
        if error is OSError:  # an error the user is told about replaced nothing; no error means restored
            assert (titles == RESTORED) == (not raised), "step {k} ({s})".format(k=k, s=steps[k])
        if error is OSError and titles == OLD:  # a refused restore leaves nothing behind
            assert not list(folder.glob(".pulihkan-*"))
            asides = list(folder.glob("register.sqlite3.diganti-*"))
            assert all(not os.path.samefile(a, cfg.sqlite_path) for a in asides)  # type: ignore[arg-type]
        setup.close_register()
    print("\n{n} steps {s}; restored after {r} of them".format(n=len(steps), s=steps, r=sum(outcomes)))
    assert not all(outcomes) and any(outcomes)


def test_leftovers_are_cleaned_at_the_next_start_and_work_in_progress_is_left_alone(
    people: People, config: Config, tmp_path: Path
) -> None:
    live = config.sqlite_path
    assert live is not None
    setup.close_register()
    old = time.time() - 7200
    dead = tmp_path / ".pulihkan-mati"
    (dead / "lampiran").mkdir(parents=True)
    (dead / "database.sqlite3").write_bytes(b"x" * 100)
    (dead / backup.CLAIM).touch()
    dead_backup = tmp_path / ".mencadangkan-mati"
    dead_backup.mkdir()
    (dead_backup / "database.sqlite3").write_bytes(b"x")
    busy = tmp_path / ".pulihkan-jalan"
    busy.mkdir()
    held = connection.claim(busy / backup.CLAIM)
    partial_aside = tmp_path / "register.sqlite3.diganti-20261101-000000.sebagian"
    partial_aside.write_bytes(b"setengah")
    partial_attachment = config.attachments_dir / "ab" / ("ab" + "0" * 62 + ".sebagian")
    partial_attachment.parent.mkdir(parents=True)
    partial_attachment.write_bytes(b"setengah")
    fresh_partial = config.attachments_dir / "cd" / ("cd" + "0" * 62 + ".sebagian")
    fresh_partial.parent.mkdir(parents=True)
    fresh_partial.write_bytes(b"sedang ditulis")
    for path in (partial_aside, partial_attachment, dead, dead_backup):
        os.utime(path, (old, old))
    kept_aside = tmp_path / "register.sqlite3.diganti-20261101-000001"
    shutil.copyfile(live, kept_aside)
    try:
        setup.open_register(config)
        assert busy.is_dir() and fresh_partial.exists() and kept_aside.is_file()
        assert not dead.exists() and not dead_backup.exists()
        assert not partial_aside.exists() and not partial_attachment.exists()
        # A hard link made just before an interrupted swap is not left while a restore still runs ...
        link = tmp_path / "register.sqlite3.diganti-20261101-000002"
        os.link(live, link)
        setup.open_register(config)
        assert link.exists()
    finally:
        held.close()
    # ... and removed once nothing runs (it is the live file itself, not a copy).
    setup.open_register(config)
    assert not link.exists() and not busy.exists() and kept_aside.is_file()
    assert len(items.list_items()) == 0


# --- sizes -------------------------------------------------------------------------------------


def _zip_with(target: Path, parts: dict[str, bytes], declared: dict[str, int] | None = None) -> Path:
    import hashlib

    files = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": (declared or {}).get(name, len(data))}
        for name, data in parts.items()
    }
    manifest = {
        "format": backup.FORMAT,
        "format_version": 1,
        "schema_version": 5,
        "created_at": "2026-11-29T00:00:00Z",
        "files": files,
    }
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(backup.MANIFEST, json.dumps(manifest))
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every part restore writes, with how many bytes ended up on disk."""
    log: list[tuple[str, int]] = []
    real = backup._extract

    def spy(archive: zipfile.ZipFile, name: str, target: Path, declared: int) -> str:
        try:
            return real(archive, name, target, declared)
        finally:
            log.append((name, target.stat().st_size if target.exists() else 0))

    monkeypatch.setattr(backup, "_extract", spy)
    return log


def test_an_oversized_attachment_is_refused_before_a_byte_is_written(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: list[tuple[str, int]]
) -> None:
    import hashlib

    items.create_item(people.petugas, sample_content())
    good = backup.create_backup(people.admin, config, tmp_path / "baik.zip").path
    with zipfile.ZipFile(good) as src:
        database = src.read(backup.DB_MEMBER)
    bomb = b"\0" * (8 * 1024 * 1024)  # 8 MB of zeros: a few KB in the zip
    sha = hashlib.sha256(bomb).hexdigest()
    name = "lampiran/{a}/{s}".format(a=sha[:2], s=sha)
    archive = _zip_with(tmp_path / "bom.zip", {backup.DB_MEMBER: database, name: bomb})
    assert archive.stat().st_size < 100_000
    monkeypatch.setattr(backup, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    with pytest.raises(BackupError, match="melebihi batas 1 MB"):
        backup.restore_backup(people.admin, config, archive)
    assert written == []
    assert _register_state(config) == RESTORED | set()
    assert not list(tmp_path.glob(".pulihkan-*"))


def test_an_oversized_database_and_a_full_disk_are_refused(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: list[tuple[str, int]]
) -> None:
    archive = backup.create_backup(people.admin, config, tmp_path / "c.zip").path
    monkeypatch.setattr(backup, "MAX_DATABASE_BYTES", 10_000)
    with pytest.raises(BackupError, match="basis data di dalamnya berukuran .* melebihi batas"):
        backup.restore_backup(people.admin, config, archive)
    monkeypatch.undo()
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**12, 10**12, 1000))  # type: ignore[attr-defined]
    with pytest.raises(BackupError, match="Ruang disk .* tidak cukup"):
        backup.restore_backup(people.admin, config, archive)
    assert written == []


def test_a_part_larger_than_declared_stops_at_the_declared_size(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: list[tuple[str, int]]
) -> None:
    """A zip whose headers and manifest both say 1,000 bytes while the stream holds 4 MB."""
    import hashlib

    items.create_item(people.petugas, sample_content())
    good = backup.create_backup(people.admin, config, tmp_path / "baik.zip").path
    with zipfile.ZipFile(good) as src:
        database = src.read(backup.DB_MEMBER)
    payload = b"\0" * (4 * 1024 * 1024)
    sha = hashlib.sha256(payload).hexdigest()
    name = "lampiran/{a}/{s}".format(a=sha[:2], s=sha)
    archive = _zip_with(tmp_path / "bohong.zip", {backup.DB_MEMBER: database, name: payload}, {name: 1000})
    # Make the zip's own headers lie the same way (local header and central directory).
    data = bytearray(archive.read_bytes())
    true_size = len(payload).to_bytes(4, "little")
    assert data.count(true_size) >= 2
    data = data.replace(true_size, (1000).to_bytes(4, "little"))
    archive.write_bytes(bytes(data))
    with zipfile.ZipFile(archive) as check:
        assert check.getinfo(name).file_size == 1000
    with pytest.raises(BackupError):
        backup.restore_backup(people.admin, config, archive)
    assert [size for part, size in written if part == name] and all(
        size <= 1000 for part, size in written if part == name
    )
    assert _register_state(config) == RESTORED


def test_the_byte_counter_refuses_more_than_declared(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("x", b"y" * 5000)
    with zipfile.ZipFile(archive) as source, pytest.raises(BackupError, match="lebih besar"):
        backup._extract(source, "x", tmp_path / "x", 1000)
    assert (tmp_path / "x").stat().st_size <= 1000


# --- a real kill -9 ----------------------------------------------------------------------------


def _cli(cfg: Config, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", cfg.db, *args]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="kill -9 is POSIX")
def test_kill_9_during_restore_never_leaves_the_path_empty(people: People, config: Config, tmp_path: Path) -> None:
    archive = _old_and_backup(people, config, tmp_path)
    setup.close_register()
    env = {**os.environ, "DIKECUALIKAN_DATA": str(tmp_path / "data")}
    started = time.monotonic()
    subprocess.run(_cli(config, "restore", str(archive)), env=env, check=True, capture_output=True, timeout=60)
    duration = time.monotonic() - started
    assert _register_state(config) == RESTORED
    # Back to the old register with two items, then kill restores at random moments.
    items.create_item(people.petugas, sample_content("Dibuat setelah cadangan"))
    setup.close_register()
    rng = random.Random(10)
    deadline = time.monotonic() + 30
    kills = completed = 0
    outcomes: list[str] = []
    while kills + completed < 10 and time.monotonic() < deadline:
        process = subprocess.Popen(
            _cli(config, "restore", str(archive)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        if process.poll() is None:
            process.kill()  # SIGKILL
            kills += 1
        else:
            completed += 1
            duration *= 0.8  # this machine is faster now: aim earlier
        process.wait(timeout=30)
        titles = _register_state(config)
        assert titles in (OLD, RESTORED)
        outcomes.append("dipulihkan" if titles == RESTORED else "lama")
        assert not [w for w in config.data_dir.glob(".pulihkan-*") if (w / backup.CLAIM).exists()]
        if titles == RESTORED:  # the next round starts from the old register again
            items.create_item(people.petugas, sample_content("Dibuat setelah cadangan"))
        setup.close_register()
    print(
        "\nkill -9 during restore: {k} killed, {c} finished (one restore takes {d:.2f} s); after each: {o}".format(
            k=kills, c=completed, d=duration, o=outcomes
        )
    )
    assert kills >= 3
    result = subprocess.run(_cli(config, "audit", "verify"), env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    with sqlite3.connect(config.db) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_no_new_register_is_made_over_a_database_set_aside_by_an_interrupted_restore(
    config: Config, tmp_path: Path
) -> None:
    """What an older version left when stopped while moving the database aside: the aside copy may
    be the only one, so opening (e.g. init) refuses and says what to do."""
    live = config.sqlite_path
    assert live is not None
    setup.close_register()
    aside = live.with_name(live.name + ".diganti-20261129-101010")
    os.replace(live, aside)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    with pytest.raises(StorageError, match="disisihkan saat pemulihan"):
        setup.open_register(config)
    assert not live.exists()
    result = subprocess.run(
        _cli(config, "init"),
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DIKECUALIKAN_DATA": str(tmp_path / "data")},
    )
    assert result.returncode != 0 and aside.name in result.stderr and not live.exists()
    os.replace(aside, live)
    setup.open_register(config)
    assert audit.verify().ok
