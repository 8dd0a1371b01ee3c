"""Issue 10.3a figure: a 5 KB workbook with one cell at XFD1048576 (declared A1:XFD1048576) is refused
at once (run: pytest tests/benchmarks -m perf -s). It once took 7.9 GB and 114 s before MemoryError."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services.table_reader import read_table_sheet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_hostile_files import _far_away  # noqa: E402

pytestmark = pytest.mark.perf


def test_a_far_away_cell_is_refused_at_once(benchmark: Any, tmp_path: Path) -> None:
    path = _far_away(tmp_path / "jauh.xlsx", "A1:XFD1048576", "XFD1048576")

    def refuse() -> str:
        try:
            read_table_sheet(path)
        except ImportRejected as exc:
            return str(exc)
        raise AssertionError("not refused")

    message = benchmark.pedantic(refuse, rounds=5, iterations=1)
    assert "1.048.576" in message
    tracemalloc.start()
    refuse()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    stats = benchmark.stats.stats
    print(
        "\n[far-away cell, {s} bytes] median {m:.3f} s, max {x:.3f} s, peak {p:.1f} MB (target 5 s, 300 MB)".format(
            s=path.stat().st_size, m=stats.median, x=stats.max, p=peak / 1e6
        )
    )
    assert stats.max < 5.0 and peak < 300e6
