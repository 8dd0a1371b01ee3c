"""Issue 2 figures on a register of 100,000 items (run: pytest tests/benchmarks -m perf -s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import RowFilter
from dikecualikan_gui.services import audit, importer, items, setup, users

from .conftest import REGISTER_ITEMS, write_csv

pytestmark = pytest.mark.perf
ROOT = Path(__file__).resolve().parents[2]


def _report(label: str, benchmark: Any, target: float) -> None:
    stats = benchmark.stats.stats
    print(
        "\n[{l}] median {m:.3f} s, min {n:.3f} s, max {x:.3f} s (target {t} s)".format(
            l=label, m=stats.median, n=stats.min, x=stats.max, t=target
        )
    )


def test_import_10000_rows_into_the_register(benchmark: Any, register_file: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "baru.csv", REGISTER_ITEMS, 10_000, seed=99)
    target = tmp_path / "register.sqlite3"
    cfg = Config(db=str(target), data_dir=tmp_path)

    def fresh_copy() -> tuple[tuple[Any, ...], dict[str, Any]]:
        setup.close_register()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(register_file, target)
        setup.open_register(cfg)
        return (users.get_by_username("petugas").as_actor(), source), {}

    result = benchmark.pedantic(importer.import_file, setup=fresh_copy, rounds=3, iterations=1)
    setup.close_register()
    assert result.count == 10_000
    _report("import 10,000-row CSV into 100,000 items", benchmark, 5.0)


def test_list_json_of_100000_items(benchmark: Any, register: Config) -> None:
    env = {**os.environ, "DIKECUALIKAN_DB": register.db}

    def run() -> int:
        with open(os.devnull, "w") as sink:
            return subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "list", "--format", "json"], stdout=sink, env=env, check=True
            ).returncode

    assert benchmark.pedantic(run, rounds=3, iterations=1) == 0
    _report("dikecualikan list --format json, 100,000 items (whole command)", benchmark, 3.0)


@pytest.mark.parametrize("word", ["rekening", "nomor 99999", "tidakadadimanapun"])
def test_one_page_of_200_filtered_by_a_search_word(benchmark: Any, register: Config, word: str) -> None:
    rows = benchmark(items.list_items, RowFilter(search=word), 200, 0)
    assert len(rows) <= 200
    _report("page of 200 filtered by {w!r} ({n} on the page)".format(w=word, n=len(rows)), benchmark, 0.05)


def test_audit_verify_over_the_register(benchmark: Any, register: Config) -> None:
    result = benchmark.pedantic(audit.verify, rounds=3, iterations=1)
    assert result.ok and result.count >= REGISTER_ITEMS
    _report("audit verify over {n} events".format(n=result.count), benchmark, 3.0)


def test_database_size_per_item(register_file: Path) -> None:
    size = register_file.stat().st_size + sum(
        Path(str(register_file) + s).stat().st_size for s in ("-wal",) if Path(str(register_file) + s).exists()
    )
    print(
        "\n[database size] {mb:.1f} MB for {n} items with tests and audit events: {b:.0f} bytes per item".format(
            mb=size / 1e6, n=REGISTER_ITEMS, b=size / REGISTER_ITEMS
        )
    )
    assert size > 0
