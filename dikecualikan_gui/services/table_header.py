"""Finding the header of an import table: which column is which field, and the rows that are only
part of the table's layout (the numbering row, section headings)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services.table_cells import HEADER_SEARCH_ROWS, squash

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


def locate(rows: list[list[str]]) -> Header | None:
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
    header = locate(rows)
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


def header_score(rows: list[list[str]]) -> int:
    header = locate(rows)
    return len(header.columns) if header is not None else 0


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
