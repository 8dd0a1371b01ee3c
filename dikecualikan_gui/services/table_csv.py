"""Reading a CSV import file: its encoding, its delimiter, and quotes that swallow rows."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services.table_cells import HEADER_SEARCH_ROWS, MAX_ROWS, check_cells, clean_cell, too_long
from dikecualikan_gui.services.table_header import header_score, locate


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of the start is NUL (as in ASCII text)."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_csv(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], encoding)
    wide = _utf16_without_bom(data[:4096])
    if wide:
        return _decode_strict(data, wide)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole. Windows-1252 throughout (an older Excel "CSV"), unless some lines are
    # UTF-8 with letters beyond ASCII: then decoding the whole as cp1252 would garble them all.
    lines = data.splitlines()
    if any(not line.isascii() and _is_utf8(line) for line in lines):
        for number, line in enumerate(lines, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = exc.start
                raise ImportRejected(
                    "Baris {n} bukan UTF-8 yang sah (byte 0x{b:02X} setelah '{t}'), padahal baris lain berkode "
                    "UTF-8. Berkas ini mencampur dua pengodean; perbaiki huruf di baris itu lalu simpan ulang "
                    "sebagai 'CSV UTF-8'.".format(
                        n=number, b=line[bad], t=line[max(0, bad - 30) : bad].decode("utf-8", "replace")
                    )
                ) from None
    return data.decode("cp1252", errors="replace")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            "Berkas ini berkode {e} tetapi rusak pada byte ke-{p}. Buka di Excel atau editor teks lalu simpan "
            "sebagai 'CSV UTF-8'.".format(e=encoding.upper(), p=exc.start + 1)
        ) from exc


_SENTINEL = "\ue000dikecualikan-akhir-berkas\ue000"


def _csv_rows(text: str, delimiter: str) -> tuple[list[list[str]], list[int], ImportRejected | None]:
    """Rows, the (1-based) line each starts on, and why this reading is refused (a quote still open at
    the end of the file, a field over the limit), if it is."""
    ending = "" if not text or text.endswith(("\n", "\r")) else "\n"
    reader = csv.reader(io.StringIO(text + ending + _SENTINEL + "\n", newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    starts: list[int] = []
    line = 1
    try:
        for row in reader:
            if len(rows) > MAX_ROWS + 1 and any(row):
                raise ImportRejected(
                    "Tabel lebih dari {n:,} baris; impor paling banyak {n:,} baris sekali jalan. "
                    "Pecah berkas menjadi beberapa berkas.".format(n=MAX_ROWS).replace(",", ".")
                )
            rows.append(row)
            starts.append(line)
            line = reader.line_num + 1
    except ImportRejected as exc:
        return rows, starts, exc
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            return rows, starts, too_long("Baris {n}".format(n=line))
        return rows, starts, ImportRejected("Baris {n} tidak dapat dibaca sebagai CSV: {e}.".format(n=line, e=exc))
    if rows and rows[-1] == [_SENTINEL]:
        return rows[:-1], starts[:-1], None
    return (
        rows,
        starts,
        ImportRejected(
            'Tanda kutip (") yang dibuka di baris {n} tidak pernah ditutup, sehingga semua baris sesudahnya terbaca '
            "sebagai satu sel. Tutup atau hapus tanda kutip itu lalu impor ulang.".format(n=starts[-1] if starts else 1)
        ),
    )


def _swallowed_rows(rows: list[list[str]], starts: list[int], delimiter: str, width: int) -> None:
    """A quote opened by mistake and closed rows later takes whole rows into one cell: a cell with a
    line that holds exactly as many delimiters as a row of this table (of four columns or more) is such
    a mistake."""
    if width < 4:
        return
    for row, start in zip(rows, starts, strict=True):
        for cell in row:
            if "\n" not in cell and "\r" not in cell:
                continue
            for inner in cell.splitlines()[1:]:
                if inner.count(delimiter) == width - 1:
                    raise ImportRejected(
                        'Sel yang dimulai dengan tanda kutip (") di baris {n} memuat baris-baris tabel berikutnya '
                        "(tanda kutip tidak ditutup di tempatnya). Periksa tanda kutip di baris {n} lalu impor "
                        "ulang.".format(n=start)
                    )


def read_csv(path: Path) -> list[list[str]]:
    """Read with each plausible delimiter and keep the reading whose header is recognised best
    (a title line above the table says nothing about the delimiter)."""
    text = decode_csv(path.read_bytes())
    best: tuple[list[list[str]], list[int], str, ImportRejected | None] = ([], [], ";", None)
    best_score = -1
    for delimiter in (";", ",", "\t"):
        raw, starts, problem = _csv_rows(text, delimiter)
        score = header_score([[clean_cell(c) for c in row] for row in raw[: HEADER_SEARCH_ROWS + 1]])
        if score > best_score:
            best, best_score = (raw, starts, delimiter, problem), score
    raw, starts, delimiter, problem = best
    if problem is not None:
        raise problem
    check_cells(raw, starts)
    rows = [[clean_cell(cell) for cell in row] for row in raw]
    header = locate(rows)
    if header is not None:
        width = max((i + 1 for i, c in enumerate(rows[header.row_index]) if c), default=0)
        _swallowed_rows(raw[header.row_index + 1 :], starts[header.row_index + 1 :], delimiter, width)
    return rows
