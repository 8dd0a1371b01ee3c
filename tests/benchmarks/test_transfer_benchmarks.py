"""Issue 13 figures: backup, restore and migrate of a large register with attachments, on SQLite and
PostgreSQL (run: DIKECUALIKAN_TEST_PG_URL=... pytest tests/benchmarks -m perf -s -k transfer).

The register is seeded through the real import (DIKECUALIKAN_BENCH_ITEMS items, 10,000 by default)
with one large attachment (DIKECUALIKAN_BENCH_MB, 200 MB by default) and 50 small ones (100 KB).
Each operation runs in a child process that does only that, which reports its time and its peak
resident memory (VmHWM on Linux): a 200 MB attachment must not need 200 MB of memory on the way
into or out of the database (it moves in 1 MB chunks)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import attachments, importer, items, setup, users

from .conftest import write_csv
from conftest import PG_URL, _reset_postgres
from factories import sample_content

pytestmark = pytest.mark.perf
ITEMS = int(os.environ.get("DIKECUALIKAN_BENCH_ITEMS", "10000"))
BIG_MB = int(os.environ.get("DIKECUALIKAN_BENCH_MB", "200"))
SMALL = 50

CHILD = r"""
import json, resource, sys, time
from pathlib import Path

def rss_mb():
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)

from dikecualikan_gui.config import Config
from dikecualikan_gui.services import backup, migrate, setup

op, db, data, arg = sys.argv[1:5]
cfg = Config(db=db, data_dir=Path(data))
base = rss_mb()
start = time.perf_counter()
if op == "restore":
    result = backup.restore_backup(None, cfg, Path(arg))
else:
    setup.open_register(cfg)
    result = backup.create_backup(None, cfg, Path(arg)) if op == "backup" else migrate.migrate(None, cfg, arg)
seconds = time.perf_counter() - start
setup.close_register()
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb(), "base_mb": base}))
"""


def _run(op: str, db: str, data: Path, arg: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, op, db, str(data), arg], capture_output=True, text=True, timeout=3600
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _big_file(path: Path, megabytes: int) -> None:
    block = os.urandom(1024 * 1024)
    with path.open("wb") as sink:
        for n in range(megabytes):
            sink.write(block[n % 7 :] + block[: n % 7])  # every MB different, none compressible


def _seed(folder: Path) -> Config:
    cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
    setup.open_register(cfg)
    try:
        petugas = users.add_user(None, "petugas", "Petugas Benchmark", Role.PETUGAS, "rahasia-petugas").as_actor()
        users.add_user(None, "admin", "Admin Benchmark", Role.ADMIN, "rahasia-admin-1")
        for start in range(0, ITEMS, 10_000):
            source = write_csv(folder / "batch.csv", start, min(10_000, ITEMS - start), seed=start)
            importer.import_file(petugas, source)
        holder = items.create_item(petugas, sample_content("Berkas-berkas besar"))
        big = folder / "besar.bin"
        _big_file(big, BIG_MB)
        attachments.add_attachment(petugas, cfg, holder.id, big)
        big.unlink()
        for n in range(SMALL):
            small = folder / "kecil.bin"
            small.write_bytes(os.urandom(100 * 1024))
            attachments.add_attachment(petugas, cfg, holder.id, small, name="kecil-{n}.bin".format(n=n))
        small.unlink()
    finally:
        setup.close_register()
    return cfg


def test_transfer_backup_restore_and_migrate(tmp_path: Path) -> None:
    if not PG_URL:
        pytest.skip("DIKECUALIKAN_TEST_PG_URL is not set")
    source = _seed(tmp_path / "sqlite")
    size = sum(p.stat().st_size for p in (tmp_path / "sqlite").rglob("*") if p.is_file()) / 1024**2
    figures: list[tuple[str, dict[str, float]]] = []
    figures.append(("backup SQLite", _run("backup", source.db, source.data_dir, str(tmp_path / "sqlite.zip"))))
    _reset_postgres(PG_URL)
    figures.append(("migrate SQLite -> PostgreSQL", _run("migrate", source.db, source.data_dir, PG_URL)))
    pg_data = tmp_path / "pg-data"
    figures.append(("backup PostgreSQL", _run("backup", PG_URL, pg_data, str(tmp_path / "pg.zip"))))
    _reset_postgres(PG_URL)
    figures.append(("restore into PostgreSQL", _run("restore", PG_URL, pg_data, str(tmp_path / "pg.zip"))))
    back = tmp_path / "kembali" / "register.sqlite3"
    figures.append(("migrate PostgreSQL -> SQLite", _run("migrate", PG_URL, pg_data, str(back))))
    local = tmp_path / "pulih"
    figures.append(
        ("restore onto SQLite", _run("restore", str(local / "register.sqlite3"), local, str(tmp_path / "pg.zip")))
    )
    print(
        "\n[transfer] register of {n} items, one {b} MB attachment and {s} of 100 KB ({m:.0f} MB on disk); "
        "zip {z:.0f} MB".format(n=ITEMS, b=BIG_MB, s=SMALL, m=size, z=(tmp_path / "pg.zip").stat().st_size / 1024**2)
    )
    for label, figure in figures:
        print(
            "[transfer] {l}: {t:.1f} s, peak memory {r:.0f} MB (after imports {b:.0f} MB)".format(
                l=label, t=figure["seconds"], r=figure["rss_mb"], b=figure["base_mb"]
            )
        )
    shutil.rmtree(tmp_path, ignore_errors=True)
