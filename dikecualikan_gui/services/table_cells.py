"""The bounds every import file is read within, and what a cell becomes (CSV and XLSX alike)."""

from __future__ import annotations

import re

from dikecualikan_gui.errors import ImportRejected

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL = 100_000  # characters in one cell, CSV and XLSX alike (Excel itself stops at 32,767)
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PART_BYTES = 512 * 1024 * 1024  # one uncompressed part of a workbook
HEADER_SEARCH_ROWS = 10
#: First characters that make a spreadsheet treat a CSV cell as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell for a CSV export: one that a spreadsheet would run as a formula gets a leading ' (so does
    one already written '=..., so that :func:`undo_csv_safe` gives back exactly what was written)."""
    return "'" + value if value.lstrip("'").startswith(FORMULA_START) else value


def undo_csv_safe(value: str) -> str:
    """The inverse of :func:`csv_safe`: ' before = + - @ tab CR (after any other ') loses one '."""
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(FORMULA_START) else value


def squash(text: str) -> str:
    """A heading as compared: lower case, letters and digits only."""
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_cell(value: str) -> str:
    """Line breaks kept (as \\n), other control characters (NUL, ...) dropped, ends trimmed."""
    value = undo_csv_safe(value)
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def too_long(where: str) -> ImportRejected:
    return ImportRejected(
        "{w} berisi lebih dari {n:,} karakter; satu sel paling banyak {n:,} karakter (CSV dan XLSX). "
        "Periksa apakah ada tanda kutip yang tidak ditutup, atau pecah isinya.".format(w=where, n=MAX_CELL).replace(
            ",", "."
        )
    )


def column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def check_cells(rows: list[list[str]], starts: list[int] | None = None) -> None:
    for index, row in enumerate(rows):
        last = len(row)
        while last and not row[last - 1]:
            last -= 1
        if last > MAX_COLUMNS:
            raise ImportRejected(
                "Baris {n} berisi data di kolom ke-{c}; impor membaca paling banyak {m} kolom. Hapus kolom yang "
                "tidak dipakai.".format(n=starts[index] if starts else index + 1, c=last, m=MAX_COLUMNS)
            )
        for column, cell in enumerate(row):
            if len(cell) > MAX_CELL:
                raise too_long(
                    "Sel {c} di baris {n}".format(c=column_name(column), n=starts[index] if starts else index + 1)
                )
