"""kill -9 at random moments of import, approve, backup, restore and export (issue 10): after every
kill the next start finds a sound file, an audit trail that verifies (chain, seals, anchor, state)
and each operation done whole or not at all.

Each operation runs as the real command line in its own process on a fresh copy of one register
and is killed after a random delay within its measured duration; the delays come from a seeded
generator (the seed is printed, and DIKECUALIKAN_KILL_SEED replays a run). At least 50 kills that
landed while the process was still running; bounded by CAMPAIGN_SECONDS."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import state
from dikecualikan_gui.services import audit, backup, setup

from test_cli import ok, run

ROOT = Path(__file__).resolve().parents[2]
KILLS_PER_OPERATION = 10
CAMPAIGN_SECONDS = 240
ROWS = 60
IMPORT_ROWS = 200
HEADER = "No;Informasi;Dasar Hukum Pengecualian;Konsekuensi Apabila Dibuka;Pertimbangan Apabila Ditutup;Jangka Waktu\n"
AFTER_BACKUP = "Dibuat setelah cadangan"


def _csv(path: Path, rows: int, prefix: str) -> Path:
    lines = [
        "{n};{p} nomor {n};Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008;Disalahgunakan;Privasi;5 Tahun\n".format(
            n=n, p=prefix
        )
        for n in range(1, rows + 1)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register with users, tested items waiting for approval, a backup of it, and one more item
    made after that backup (so an old and a restored register can be told apart)."""
    folder = tmp_path_factory.mktemp("templat")
    db = folder / "register.sqlite3"
    ok(run("init", db=db))
    for name, role in (("admin", "admin"), ("petugas", "petugas"), ("kadis", "atasan")):
        ok(
            run(
                "user",
                *("add", name, "--role", role, "--name", name.title(), "--password-stdin"),
                stdin="rahasia-{n}-1\n".format(n=name),
                db=db,
            )
        )
    ok(run("import", str(_csv(folder / "awal.csv", ROWS, "Informasi awal")), "--as", "petugas", db=db))
    ok(
        run(
            "uji",
            *("--all-complete", "--as", "petugas", "--tanggal", "2026-11-18", "--tempat", "Aula"),
            *("--peserta", "Petugas;PPID;Sekretariat"),
            db=db,
        )
    )
    ok(run("backup", "--out", str(folder / "cadangan.zip"), db=db))
    ok(run("import", str(_csv(folder / "satu.csv", 1, AFTER_BACKUP)), "--as", "petugas", db=db))
    _csv(folder / "impor.csv", IMPORT_ROWS, "Informasi impor")
    return folder


@dataclass(frozen=True)
class Operation:
    name: str
    args: Callable[[Path], list[str]]
    stdin: str = ""


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(str(db))
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def _imported(folder: Path) -> None:
    count = _count(folder / "register.sqlite3", "SELECT COUNT(*) FROM item")
    assert count in (ROWS + 1, ROWS + 1 + IMPORT_ROWS), count


def _approved(folder: Path) -> None:
    db = folder / "register.sqlite3"
    approved = _count(db, "SELECT COUNT(*) FROM item WHERE status = 'disetujui'")
    assert approved in (0, ROWS) and _count(db, "SELECT COUNT(*) FROM penetapan") == (approved > 0), approved


def _backed_up(folder: Path) -> None:
    out = folder / "keluar" / "baru.zip"
    if out.exists():  # the final name only ever holds a whole, verified backup
        work = folder / "periksa"
        work.mkdir()
        backup.verify_backup(out, work)


def _restored(folder: Path) -> None:
    db = folder / "register.sqlite3"
    count = _count(db, "SELECT COUNT(*) FROM item")
    assert count in (ROWS, ROWS + 1), count  # the restored register, or the old one whole


def _exported(folder: Path) -> None:
    out = folder / "keluar" / "dik.pdf"
    if out.exists():
        assert len(PdfReader(str(out)).pages) >= 1


OPERATIONS = {
    "import": (
        Operation("import", lambda f: ["import", str(f / "impor.csv"), "--as", "petugas"]),
        _imported,
    ),
    "approve": (
        Operation(
            "approve",
            lambda f: ["approve", "--all-ready", "--as", "kadis", "--password-stdin", "--nomor-penetapan", "P/9/2026"],
            "rahasia-kadis-1\n",
        ),
        _approved,
    ),
    "backup": (Operation("backup", lambda f: ["backup", "--out", str(f / "keluar" / "baru.zip")]), _backed_up),
    "restore": (Operation("restore", lambda f: ["restore", str(f / "cadangan.zip")]), _restored),
    "export": (Operation("export", lambda f: ["export", "dik", "--out", str(f / "keluar" / "dik.pdf")]), _exported),
}


def _command(op: Operation, folder: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(folder / "register.sqlite3"), *op.args(folder)]


def _fresh(template: Path, into: Path) -> Path:
    shutil.copytree(template, into)
    (into / "keluar").mkdir()
    return into


def _duration(op: Operation, template: Path, into: Path) -> float:
    folder = _fresh(template, into)
    start = time.monotonic()
    result = subprocess.run(_command(op, folder), input=op.stdin, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - start


def _kill_during(op: Operation, folder: Path, delay: float) -> bool:
    """Run ``op`` and kill it after ``delay`` seconds; True when it was still running then."""
    process = subprocess.Popen(
        _command(op, folder), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    assert process.stdin is not None
    process.stdin.write(op.stdin.encode())
    process.stdin.close()
    time.sleep(delay)
    alive = process.poll() is None
    if alive:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    return alive


def _next_start_finds_it_whole(folder: Path) -> None:
    db = folder / "register.sqlite3"
    assert db.is_file(), "no database at the path"
    setup.open_register(Config(db=str(db), data_dir=folder))
    try:
        assert state.integrity_problems() == []
        result = audit.verify()
        assert result.ok, [p.message for p in result.problems]
    finally:
        setup.close_register()


def test_kill_9_at_random_moments_leaves_every_operation_whole_or_undone(template: Path, tmp_path: Path) -> None:
    seed = int(os.environ.get("DIKECUALIKAN_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print("\nkill campaign seed {s} (DIKECUALIKAN_KILL_SEED={s} replays it)".format(s=seed))
    started = time.monotonic()
    kills = 0
    finished_first = 0
    for name, (op, check) in OPERATIONS.items():
        duration = _duration(op, template, tmp_path / "{n}-ukur".format(n=name))
        landed = 0
        attempt = 0
        while landed < KILLS_PER_OPERATION and attempt < KILLS_PER_OPERATION * 3:
            assert time.monotonic() - started < CAMPAIGN_SECONDS, "campaign over its time bound"
            folder = _fresh(template, tmp_path / "{n}-{k}".format(n=name, k=attempt))
            delay = rng.uniform(0.2, 1.0) * duration
            attempt += 1
            if not _kill_during(op, folder, delay):
                finished_first += 1
                continue
            landed += 1
            try:
                _next_start_finds_it_whole(folder)
                check(folder)
            except AssertionError as exc:
                raise AssertionError(
                    "{n} killed after {d:.3f} s (seed {s}): {e}".format(n=name, d=delay, s=seed, e=exc)
                ) from exc
            shutil.rmtree(folder)
        kills += landed
        print("{n}: {d:.2f} s unkilled, {k} kills landed".format(n=name, d=duration, k=landed))
    print(
        "{k} kills survived of {k} ({f} runs finished before their kill) in {t:.0f} s".format(
            k=kills, f=finished_first, t=time.monotonic() - started
        )
    )
    assert kills >= 5 * KILLS_PER_OPERATION
