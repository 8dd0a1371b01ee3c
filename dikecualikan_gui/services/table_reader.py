"""Reading an import file into rows of text and finding its header, within fixed bounds.

CSV: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or Windows-1252 as a whole; a file that is
UTF-8 except for some lines is refused naming the first such line (no line is guessed). The
delimiter (; , or tab) is the one whose reading has the best recognised header. A quote that is
never closed, or that swallows whole rows of the table, is refused naming the line.

XLSX: read in read-only mode, cell by cell as the sheet's XML holds them, so a declared dimension or
one cell placed far away costs nothing; a table larger than ``MAX_ROWS`` rows or ``MAX_COLUMNS``
columns of real data is refused. Parts with a DTD (entity declarations, "billion laughs") are
refused before any XML is parsed; a damaged archive says so. A merged cell's value is repeated in
every cell of the merge, as a reader of the printed table sees it.

Both: a cell is at most ``MAX_CELL`` characters; a cell the CSV export neutralised against
spreadsheet formulas (``'=...``) is read back as written (``=...``).
"""

from __future__ import annotations

import stat
from pathlib import Path

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services.table_cells import (
    FORMULA_START,
    HEADER_SEARCH_ROWS,
    MAX_CELL,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_PART_BYTES,
    MAX_ROWS,
    clean_cell,
    csv_safe,
    squash,
    undo_csv_safe,
)
from dikecualikan_gui.services.table_csv import decode_csv, read_csv
from dikecualikan_gui.services.table_header import (
    COLUMN_ALIASES,
    Header,
    field_of,
    find_header,
    is_numbering_row,
    is_section_heading,
)
from dikecualikan_gui.services.table_xlsx import check_archive, read_xlsx, read_xlsx_sheet

__all__ = [
    "COLUMN_ALIASES",
    "FORMULA_START",
    "HEADER_SEARCH_ROWS",
    "MAX_CELL",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_PART_BYTES",
    "MAX_ROWS",
    "Header",
    "check_archive",
    "clean_cell",
    "csv_safe",
    "decode_csv",
    "field_of",
    "find_header",
    "is_numbering_row",
    "is_section_heading",
    "read_csv",
    "read_table",
    "read_table_sheet",
    "read_xlsx",
    "read_xlsx_sheet",
    "squash",
    "undo_csv_safe",
]


def read_table(path: Path) -> list[list[str]]:
    return read_table_sheet(path)[0]


def read_table_sheet(path: Path) -> tuple[list[list[str]], str]:
    """The rows and the name of the sheet they came from ("" for CSV)."""
    suffix = path.suffix.casefold()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ImportRejected("Berkas {p} tidak ditemukan.".format(p=path)) from None
    except OSError as exc:
        raise ImportRejected("Berkas {p} tidak dapat dibuka: {e}.".format(p=path, e=exc.strerror or exc)) from exc
    if not stat.S_ISREG(mode):
        what = "sebuah folder" if stat.S_ISDIR(mode) else "sebuah perangkat atau saluran, bukan berkas biasa"
        raise ImportRejected("{p} adalah {w}. Pilih berkas CSV atau XLSX.".format(p=path, w=what))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportRejected(
            "Berkas {p} lebih dari {m} MB; pecah menjadi beberapa berkas.".format(
                p=path.name, m=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
        if magic.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: an old .xls, or a workbook with a password
            raise ImportRejected(
                "Berkas {p} berformat Excel lama (.xls) atau dilindungi kata sandi; keduanya "
                "tidak dapat dibaca. Buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi "
                "atau CSV UTF-8.".format(p=path.name)
            )
        if suffix in (".xlsx", ".xlsm") or magic.startswith(b"PK\x03\x04"):  # a workbook named .csv too
            return read_xlsx_sheet(path)
        if suffix == ".xls":
            raise ImportRejected(
                "Format Excel lama (.xls) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx atau CSV."
            )
        return read_csv(path), ""
    except OSError as exc:
        raise ImportRejected("Berkas {p} tidak dapat dibaca: {e}.".format(p=path, e=exc.strerror or exc)) from exc
