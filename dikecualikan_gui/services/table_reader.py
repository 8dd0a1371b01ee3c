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

import codecs
import csv
import io
import re
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

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


def _too_long(where: str) -> ImportRejected:
    return ImportRejected(
        "{w} berisi lebih dari {n:,} karakter; satu sel paling banyak {n:,} karakter (CSV dan XLSX). "
        "Periksa apakah ada tanda kutip yang tidak ditutup, atau pecah isinya.".format(w=where, n=MAX_CELL).replace(
            ",", "."
        )
    )


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


# --- CSV ---------------------------------------------------------------------------------------


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
            return rows, starts, _too_long("Baris {n}".format(n=line))
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


def _check_cells(rows: list[list[str]], starts: list[int] | None = None) -> None:
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
                raise _too_long(
                    "Sel {c} di baris {n}".format(c=_column_name(column), n=starts[index] if starts else index + 1)
                )


def read_csv(path: Path) -> list[list[str]]:
    """Read with each plausible delimiter and keep the reading whose header is recognised best
    (a title line above the table says nothing about the delimiter)."""
    text = decode_csv(path.read_bytes())
    best: tuple[list[list[str]], list[int], str, ImportRejected | None] = ([], [], ";", None)
    best_score = -1
    for delimiter in (";", ",", "\t"):
        raw, starts, problem = _csv_rows(text, delimiter)
        score = _header_score([[clean_cell(c) for c in row] for row in raw[: HEADER_SEARCH_ROWS + 1]])
        if score > best_score:
            best, best_score = (raw, starts, delimiter, problem), score
    raw, starts, delimiter, problem = best
    if problem is not None:
        raise problem
    _check_cells(raw, starts)
    rows = [[clean_cell(cell) for cell in row] for row in raw]
    header = _locate(rows)
    if header is not None:
        width = max((i + 1 for i, c in enumerate(rows[header.row_index]) if c), default=0)
        _swallowed_rows(raw[header.row_index + 1 :], starts[header.row_index + 1 :], delimiter, width)
    return rows


# --- XLSX --------------------------------------------------------------------------------------


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
        raise _too_long("Satu sel")
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
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.worksheet.cell_range import CellRange

    handle = path.open("rb")  # a handle, not the name: a workbook named .csv is read as well
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except BaseException:
        handle.close()
        raise
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        active = workbook.active
        sheet = active if active is not None and hasattr(active, "iter_rows") else (sheets[0] if sheets else None)
        declared = len(re.findall(rb"<(?:\w+:)?sheet\b", _part(path, "xl/workbook.xml")))
        if sheet is None and len(workbook.sheetnames) < declared:
            raise _damaged("lembar kerja yang disebut di xl/workbook.xml tidak ada di dalam arsip")
        if sheet is None:
            raise ImportRejected(
                "Buku kerja {p} tidak memiliki lembar kerja berisi tabel (hanya grafik atau "
                "lembar kosong). Salin tabelnya ke lembar kerja biasa.".format(p=path.name)
            )
        rows: list[list[str]] = []
        with sheet._get_source() as source:  # the cells as the XML holds them, never the declared dimension
            parser = WorkSheetParser(
                source,
                sheet._shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                try:
                    values = {c["column"]: _cell(c["value"]) for c in cells}
                except ImportRejected:
                    raise _too_long("Sel di baris {n} lembar {s}".format(n=number, s=sheet.title)) from None
                filled = [column for column, value in values.items() if value]
                if not filled:
                    continue
                if number < 1:
                    raise _damaged("lembar {s} memuat baris bernomor {n}".format(s=sheet.title, n=number))
                if number > MAX_ROWS:
                    raise ImportRejected(
                        "Lembar {s} berisi data di baris {n:,}; impor membaca paling banyak {m:,} baris. Hapus "
                        "isi di bawah tabel atau pecah berkasnya.".format(s=sheet.title, n=number, m=MAX_ROWS).replace(
                            ",", "."
                        )
                    )
                if max(filled) > MAX_COLUMNS:
                    raise ImportRejected(
                        "Lembar {s} berisi data di sel {c}{n}; impor membaca paling banyak {m} kolom. Hapus isi "
                        "di kanan tabel.".format(
                            s=sheet.title, c=_column_name(max(filled) - 1), n=number, m=MAX_COLUMNS
                        )
                    )
                while len(rows) < number:
                    rows.append([])
                row = rows[number - 1]
                width = max(filled)
                row.extend([""] * (width - len(row)))
                for column in filled:
                    row[column - 1] = values[column]
            merges = [CellRange(m.ref) for m in (parser.merged_cells.mergeCell if parser.merged_cells else ())]
        width = max((len(r) for r in rows), default=0)
        for row in rows:
            row.extend([""] * (width - len(row)))
        for merged in merges:
            top, left = merged.min_row - 1, merged.min_col - 1
            value = rows[top][left] if top < len(rows) and left < width else ""
            for r in range(top, min(merged.max_row, len(rows))):
                for c in range(left, min(merged.max_col, width)):
                    rows[r][c] = value
        return rows, str(sheet.title)
    finally:
        workbook.close()
        handle.close()


# --- any file ----------------------------------------------------------------------------------


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


# --- the header --------------------------------------------------------------------------------

#: Our own column names first (documented in README), then headings of published tables.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "judul": (
        "judul",
        "judul informasi",
        "informasi",
        "informasi yang dikecualikan",
        "jenis informasi",
        "uraian informasi",
        "konten informasi",
        "jenis klasifikasi informasi yang dikecualikan",
        "informasi publik yang dikecualikan",
        "jenis informasi yang dikecualikan",
        "uraian informasi yang dikecualikan",
        "judul informasi yang dikecualikan",
        "nama informasi",
        "rincian informasi",
    ),
    "ringkasan": ("ringkasan", "ringkasan isi informasi", "deskripsi", "uraian"),
    "dokumen_sumber": ("dokumen sumber", "dokumen", "sumber dokumen"),
    "unit_pengusul": (
        "unit pengusul",
        "unit",
        "bidang",
        "unit/bidang",
        "unit/bidang pengusul",
        "unit kerja",
        "pejabat/unit/satuan kerja yang menguasai informasi",
    ),
    "penanggung_jawab": ("penanggung jawab", "penanggung jawab informasi"),
    "bentuk": ("bentuk", "bentuk informasi", "format informasi"),
    "lokasi_penyimpanan": ("lokasi penyimpanan", "tempat penyimpanan", "lokasi"),
    "tanggal_usulan": ("tanggal usulan",),
    "dasar_hukum": (
        "dasar hukum",
        "dasar hukum pengecualian",
        "dasar hukum pengecualian informasi",
        "pasal17",
        "pasal 17",
    ),
    "uu_lain": ("uu lain", "peraturan lain", "undang-undang lain"),
    "alasan": ("alasan", "alasan pengecualian", "alasan informasi yang dikecualikan"),
    "konsekuensi": (
        "konsekuensi",
        "konsekuensi apabila dibuka",
        "konsekuensi bila dibuka",
        "akibat bila informasi dibuka",
        "akibat bila info dibuka",
        "akibat jika informasi dibuka",
        "dibuka",
        "konsekuensi dibuka",
    ),
    "pertimbangan": (
        "pertimbangan",
        "pertimbangan apabila ditutup",
        "pertimbangan bila ditutup",
        "akibat bila informasi ditutup",
        "akibat bila info ditutup",
        "manfaat bila ditutup",
        "manfaat jika informasi ditutup",
        "manfaat bila informasi ditutup",
        "ditutup",
        "konsekuensi ditutup",
    ),
    "kesimpulan": ("kesimpulan",),
    "bagian_dikecualikan": ("bagian dikecualikan", "bagian yang dikecualikan"),
    "jangka_waktu": ("jangka waktu", "jangka waktu pengecualian", "batas waktu pengecualian", "batas waktu"),
    "tanggal_uji": ("tanggal uji", "tanggal pengujian"),
    "tempat_uji": ("tempat uji", "tempat pengujian"),
    "waktu_pengujian": ("waktu pengujian",),
    "syarat_pembukaan": ("syarat pembukaan",),
}
#: Columns that are read back from our own exports but never imported (numbers are assigned anew,
#: status and approval are never imported).
IGNORED_COLUMNS = frozenset(
    squash(c)
    for c in (
        "no",
        "no.",
        "nomor",
        "nomor urut",
        "nomor usulan",
        "status",
        "berakhir",
        "disetujui oleh",
        "nomor penetapan",
        "tanggal penetapan",
    )
)
#: Group headings over the Dibuka/Ditutup pair in two-row table headers.
GROUP_HEADINGS = frozenset(
    squash(c)
    for c in (
        "konsekuensi / pertimbangan bagi publik",
        "konsekuensi/pertimbangan bagi publik",
        "konsekuensi",
        "konsekuensi/pertimbangan",
        "pertimbangan bagi publik",
        "akibat",
        "konsekuensi (akibat)",
    )
)

_LOOKUP = {squash(alias): name for name, aliases in COLUMN_ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class Header:
    row_index: int  # 0-based index of the (last) header row
    columns: dict[str, int]
    ignored: tuple[str, ...]
    no_column: int | None = None  # the "No" column, to tell section headings from items
    years_unit: bool = False  # "Jangka Waktu (Tahun)": a bare number means years
    duplicates: tuple[tuple[str, str], ...] = ()  # (heading, the earlier heading of the same field)


#: Headings not listed above are recognised by their words.
_KEYWORD_RULES: tuple[tuple[str, str, str], ...] = (
    # (field, a word the squashed heading contains, a word it must not contain)
    ("pertimbangan", "ditutup", "\x00"),
    ("konsekuensi", "dibuka", "ditutup"),
    ("jangka_waktu", "jangkawaktu", "\x00"),
    ("jangka_waktu", "bataswaktu", "\x00"),
    ("dasar_hukum", "dasarhukum", "\x00"),
    ("alasan", "alasan", "\x00"),
    ("unit_pengusul", "unitkerja", "\x00"),
    ("penanggung_jawab", "penanggungjawab", "\x00"),
)


def field_of(heading: str) -> str | None:
    key = squash(heading)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    for name, word, unless in _KEYWORD_RULES:
        if word in key and unless not in key:
            return name
    return None


@dataclass
class _Mapped:
    columns: dict[str, int]
    unknown: list[str]
    no_column: int | None
    years_unit: bool
    duplicates: list[tuple[str, str]]


def _map_row(cells: Sequence[str]) -> _Mapped:
    found = _Mapped({}, [], None, False, [])
    for index, heading in enumerate(cells):
        key = squash(heading)
        if not key:
            continue
        name = field_of(heading)
        if name is not None and name not in found.columns:
            found.columns[name] = index
            if name == "jangka_waktu" and "tahun" in key:
                found.years_unit = True
        elif name is not None:
            found.duplicates.append((heading, cells[found.columns[name]]))
        elif key in IGNORED_COLUMNS and key in ("no", "nomor", "nomorurut") and found.no_column is None:
            found.no_column = index
        elif key not in IGNORED_COLUMNS and key not in GROUP_HEADINGS:
            found.unknown.append(heading)
    return found


def _locate(rows: list[list[str]]) -> Header | None:
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _map_row(cells)
        if "judul" not in found.columns:
            continue
        last = index
        if index + 1 < len(rows):
            below = _map_row(rows[index + 1])
            extra = {
                k: v
                for k, v in below.columns.items()
                if k not in found.columns and k in ("konsekuensi", "pertimbangan")
            }
            if extra and "judul" not in below.columns:
                found.columns.update(extra)
                last = index + 1
        return Header(
            last, found.columns, tuple(found.unknown), found.no_column, found.years_unit, tuple(found.duplicates)
        )
    return None


def find_header(rows: list[list[str]]) -> Header:
    """The first row (of the first few) that names the judul column; a second header row
    under a group heading ('Konsekuensi / Pertimbangan bagi Publik' over 'Dibuka | Ditutup') is merged.
    Two headings that mean the same column are refused: one of them would be dropped unread."""
    header = _locate(rows)
    if header is None:
        raise ImportRejected(
            "Baris judul kolom tidak ditemukan. Baris pertama harus memuat kolom judul informasi, misalnya "
            "'judul', 'Informasi' atau 'Informasi yang Dikecualikan'."
        )
    if header.duplicates:
        raise ImportRejected(
            "Judul kolom ganda di baris {n}: {d}. Setiap isian hanya boleh punya satu kolom; "
            "hapus atau ganti nama salah satunya lalu impor ulang.".format(
                n=header.row_index + 1,
                d="; ".join("'{a}' berarti sama dengan '{b}'".format(a=a, b=b) for a, b in header.duplicates),
            )
        )
    return header


def _header_score(rows: list[list[str]]) -> int:
    header = _locate(rows)
    return len(header.columns) if header is not None else 0


# --- rows that are part of the table's layout -------------------------------------------------


def is_numbering_row(values: dict[str, str]) -> bool:
    """The '(1) (2) (3) ...' row that Indonesian tables put under the header."""
    filled = [v for v in values.values() if v]
    return bool(filled) and all(re.fullmatch(r"\(?\d{1,2}\)?", v) for v in filled)


_SECTION_MARK = re.compile(r"[A-Z]{1,2}\.?|[IVXLC]{1,5}\.?")
_SECTION_TITLE = re.compile(r"(?:[A-Z]|[IVX]{1,5})\.\s+\S.*")


def is_section_heading(values: dict[str, str], number: str) -> bool:
    """'A. | SEKRETARIAT' or 'I. SEKRETARIAT' with nothing else on the row: a heading, not an item."""
    others = [v for k, v in values.items() if k != "judul" and v]
    if others:
        return False
    judul = values.get("judul", "")
    return bool(judul) and (bool(_SECTION_MARK.fullmatch(number.strip())) or bool(_SECTION_TITLE.fullmatch(judul)))
