"""Issue 8 figure: one consequence-test session over 500 items (run: pytest tests/benchmarks -m perf -s)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Participant, Role, RowFilter, Status
from dikecualikan_gui.services import importer, items, sessions, setup, users
from dikecualikan_gui.services.sessions import SessionEntry

from .conftest import write_csv

pytestmark = pytest.mark.perf
SESSION_ITEMS = 500
PESERTA = tuple(
    Participant("Peserta {n}".format(n=n), "Jabatan {n}".format(n=n), "Unit {n}".format(n=n)) for n in range(1, 11)
)


@pytest.fixture(scope="module")
def drafts_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sesi")
    setup.open_register(Config(db=str(folder / "sesi.sqlite3"), data_dir=folder))
    try:
        petugas = users.add_user(None, "petugas", "Petugas Benchmark", Role.PETUGAS, "rahasia-petugas")
        importer.import_file(petugas.as_actor(), write_csv(folder / "usulan.csv", 0, SESSION_ITEMS, seed=8))
    finally:
        setup.close_register()
    return folder / "sesi.sqlite3"


def test_a_session_of_500_items(benchmark: Any, drafts_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "sesi.sqlite3"
    cfg = Config(db=str(target), data_dir=tmp_path)

    def fresh_copy() -> tuple[tuple[Any, ...], dict[str, Any]]:
        setup.close_register()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(drafts_file, target)
        setup.open_register(cfg)
        entries = [SessionEntry(row.id) for row in items.list_items(RowFilter(status=Status.DRAF))]
        assert len(entries) == SESSION_ITEMS
        return (users.get_by_username("petugas").as_actor(), date(2026, 11, 20), entries, PESERTA), {"tempat": "Aula"}

    result = benchmark.pedantic(sessions.record_session, setup=fresh_copy, rounds=3, iterations=1)
    assert len(result.items) == SESSION_ITEMS
    assert items.count_items(RowFilter(status=Status.DIUJI)) == SESSION_ITEMS
    setup.close_register()
    stats = benchmark.stats.stats
    print(
        "\n[session of {n} items recorded] median {m:.3f} s, min {a:.3f} s, max {b:.3f} s (target 2 s)".format(
            n=SESSION_ITEMS, m=stats.median, a=stats.min, b=stats.max
        )
    )
