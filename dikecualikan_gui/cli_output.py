"""Plain text output of the command line: tables cut to the terminal, and the bug report file."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from typing import IO

from dikecualikan_gui import logs


def print_table(out: IO[str], headers: Sequence[str], rows: list[list[str]], shrink: int | None = None) -> None:
    """A plain text table; column ``shrink`` is cut to fit the terminal width."""
    cells = [[str(c).replace("\n", " ") for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if shrink is not None:
        room = shutil.get_terminal_size((160, 24)).columns - (sum(widths) - widths[shrink]) - 2 * len(headers)
        widths[shrink] = max(20, min(widths[shrink], room))

    def line(values: Sequence[str]) -> str:
        parts = []
        for value, width in zip(values, widths, strict=True):
            parts.append(value if len(value) <= width else value[: width - 1] + "…")
        return "  ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip()

    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in cells:
        print(line(row), file=out)


def report_bug(exc: BaseException) -> str:
    """Write the report through the one crash-report writer (logs.py, shared with the window's crash
    dialog); return where it went."""
    _, path = logs.write_crash_report(exc)
    return str(path) if path is not None else "(laporan tidak dapat ditulis)"
