"""Reading an XLSX import file: the archive checked before openpyxl sees it, the first worksheet read
cell by cell as its XML holds them, merged cells repeated."""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services.table_cells import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_PART_BYTES,
    MAX_ROWS,
    clean_cell,
    column_name,
    too_long,
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if len(text) > MAX_CELL:
        raise too_long("Satu sel")
    return clean_cell(text)


def _damaged(reason: str) -> ImportRejected:
    return ImportRejected(
        "Berkas XLSX rusak: {r}. Buka di Excel lalu simpan ulang sebagai .xlsx, atau simpan sebagai CSV UTF-8.".format(
            r=reason
        )
    )


_DTD = (b"<!DOCTYPE", b"<!ENTITY")


def check_archive(path: Path) -> None:
    """Refuse what openpyxl must never be given: not a ZIP, an unknown compression, a part too large,
    damaged compressed data, or XML with a DTD (entities can expand without bound)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise _damaged(
                        "bagian {n} memakai metode kompresi yang tidak didukung (nomor {c})".format(
                            n=info.filename, c=info.compress_type
                        )
                    )
                if info.file_size > MAX_PART_BYTES:
                    raise _damaged(
                        "bagian {n} terlalu besar ({s:,} byte)".format(n=info.filename, s=info.file_size).replace(
                            ",", "."
                        )
                    )
            for info in archive.infolist():
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                tail = b""
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        window = tail + chunk
                        if any(mark in window for mark in _DTD):
                            raise _damaged(
                                "bagian {n} memuat deklarasi DTD/ENTITY, yang tidak diterima demi keamanan".format(
                                    n=info.filename
                                )
                            )
                        tail = window[-16:]
    except ImportRejected:
        raise
    except zipfile.BadZipFile as exc:
        raise _damaged("bukan arsip ZIP yang utuh ({e})".format(e=exc)) from exc
    except (zlib.error, EOFError, NotImplementedError, OSError, ValueError) as exc:
        raise _damaged("data terkompresi tidak dapat dibuka ({e})".format(e=exc)) from exc


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name) if name in archive.namelist() else b""


def read_xlsx(path: Path) -> list[list[str]]:
    return read_xlsx_sheet(path)[0]


def read_xlsx_sheet(path: Path) -> tuple[list[list[str]], str]:
    """The first worksheet (the active one when it is a worksheet)."""
    import warnings

    check_archive(path)
    try:
        with warnings.catch_warnings():  # openpyxl warns about what it does not read (extensions, validation)
            warnings.simplefilter("ignore")
            return _read_workbook(path)
    except (ImportRejected, MemoryError):
        raise
    except zipfile.BadZipFile as exc:
        raise _damaged("bukan arsip ZIP yang utuh ({e})".format(e=exc)) from exc
    except (
        zlib.error,
        EOFError,
        NotImplementedError,
        OSError,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        SyntaxError,
    ) as exc:  # xml.etree's ParseError is a SyntaxError
        if isinstance(exc, IndexError):
            raise _damaged("sel merujuk teks bersama atau gaya yang tidak ada") from exc
        raise _damaged("{t}: {e}".format(t=type(exc).__name__, e=exc)) from exc
    except Exception as exc:  # openpyxl's own (InvalidFileException, ...)
        if not type(exc).__module__.startswith("openpyxl"):
            raise
        raise _damaged("{t}: {e}".format(t=type(exc).__name__, e=exc)) from exc


def _read_workbook(path: Path) -> tuple[list[list[str]], str]:
    import openpyxl

    handle = path.open("rb")  # a handle, not the name: a workbook named .csv is read as well
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except BaseException:
        handle.close()
        raise
    try:
        sheet = _table_sheet(path, workbook)
        rows, merges = _sheet_rows(workbook, sheet)
        _square(rows)
        _repeat_merged(rows, merges)
        return rows, str(sheet.title)
    finally:
        workbook.close()
        handle.close()


def _table_sheet(path: Path, workbook: Any) -> Any:
    """The active sheet when it is a worksheet, else the first worksheet; refused when there is none."""
    sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    active = workbook.active
    sheet = active if active is not None and hasattr(active, "iter_rows") else (sheets[0] if sheets else None)
    if sheet is not None:
        return sheet
    declared = len(re.findall(rb"<(?:\w+:)?sheet\b", _part(path, "xl/workbook.xml")))
    if len(workbook.sheetnames) < declared:
        raise _damaged("lembar kerja yang disebut di xl/workbook.xml tidak ada di dalam arsip")
    raise ImportRejected(
        "Buku kerja {p} tidak memiliki lembar kerja berisi tabel (hanya grafik atau "
        "lembar kosong). Salin tabelnya ke lembar kerja biasa.".format(p=path.name)
    )


def _sheet_rows(workbook: Any, sheet: Any) -> tuple[list[list[str]], list[Any]]:
    """The sheet's rows of text (row n at index n-1; rows of different lengths) and its merged ranges,
    read from the cells as the XML holds them, never from the declared dimension."""
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.worksheet.cell_range import CellRange

    rows: list[list[str]] = []
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = _filled_cells(cells, number, str(sheet.title))
            if values:
                _place(rows, number, values)
        merges = [CellRange(m.ref) for m in (parser.merged_cells.mergeCell if parser.merged_cells else ())]
    return rows, merges


def _filled_cells(cells: list[dict[str, Any]], number: int, title: str) -> dict[int, str]:
    """The non-empty cells of row ``number`` by column (1-based), checked against the bounds."""
    try:
        values = {c["column"]: _cell(c["value"]) for c in cells}
    except ImportRejected:
        raise too_long("Sel di baris {n} lembar {s}".format(n=number, s=title)) from None
    filled = {column: value for column, value in values.items() if value}
    if not filled:
        return filled
    if number < 1:
        raise _damaged("lembar {s} memuat baris bernomor {n}".format(s=title, n=number))
    if number > MAX_ROWS:
        raise ImportRejected(
            "Lembar {s} berisi data di baris {n:,}; impor membaca paling banyak {m:,} baris. Hapus "
            "isi di bawah tabel atau pecah berkasnya.".format(s=title, n=number, m=MAX_ROWS).replace(",", ".")
        )
    if max(filled) > MAX_COLUMNS:
        raise ImportRejected(
            "Lembar {s} berisi data di sel {c}{n}; impor membaca paling banyak {m} kolom. Hapus isi "
            "di kanan tabel.".format(s=title, c=column_name(max(filled) - 1), n=number, m=MAX_COLUMNS)
        )
    return filled


def _place(rows: list[list[str]], number: int, filled: dict[int, str]) -> None:
    while len(rows) < number:
        rows.append([])
    row = rows[number - 1]
    row.extend([""] * (max(filled) - len(row)))
    for column, value in filled.items():
        row[column - 1] = value


def _square(rows: list[list[str]]) -> None:
    """Every row as wide as the widest."""
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))


def _repeat_merged(rows: list[list[str]], merges: list[Any]) -> None:
    """A merged cell's value in every cell of the merge, as a reader of the printed table sees it."""
    width = len(rows[0]) if rows else 0
    for merged in merges:
        top, left = merged.min_row - 1, merged.min_col - 1
        value = rows[top][left] if top < len(rows) and left < width else ""
        for r in range(top, min(merged.max_row, len(rows))):
            for c in range(left, min(merged.max_col, width)):
                rows[r][c] = value
