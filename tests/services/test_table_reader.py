"""Reading CSV files (issue 10.3c/d, 10.5): nothing changed silently, every refusal says what is wrong."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services import table_reader
from dikecualikan_gui.services.table_reader import MAX_CELL, csv_safe, read_table, read_table_sheet, undo_csv_safe

HEADER = "No;Informasi;Dasar Hukum;Konsekuensi Apabila Dibuka;Pertimbangan Apabila Ditutup;Jangka Waktu"
ROWS = [
    "1;Biodata pegawai;Pasal 17 huruf h angka 1;Bocor;Terlindungi;5 tahun",
    "2;Rekam medis;Pasal 17 huruf h angka 2;Mengungkap;Privasi;Tidak terbatas",
    "3;Nilai seleksi;Pasal 17 huruf h angka 4;Merugikan;Melindungi;1 tahun",
]


def _file(tmp_path: Path, data: bytes, name: str = "x.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_utf8_file_with_one_windows_1252_line_is_refused_naming_the_line(tmp_path: Path) -> None:
    lines = [
        HEADER,
        "1;Data pegawai Dinas Koperasi;Pasal 17 huruf h angka 1;Bocor;Privasi;5 tahun",
        "2;Sertifikat tanah milik Bapak José;Pasal 17 huruf h angka 1;Bocor;Privasi;5 tahun",
    ]
    data = ("\r\n".join(lines[:2]) + "\r\n").encode("utf-8") + lines[2].encode("cp1252") + b"\r\n"
    data = data.replace(b"Dinas Koperasi", "Dinas Koperasi – Pontianak".encode())  # real UTF-8 elsewhere
    with pytest.raises(ImportRejected, match=r"Baris 3 bukan UTF-8 yang sah \(byte 0xE9 setelah '.*Jos'\)"):
        read_table(_file(tmp_path, data))


def test_a_windows_1252_file_and_a_utf8_file_each_decode_whole(tmp_path: Path) -> None:
    text = HEADER + "\n1;Sertifikat tanah – José;Pasal 17 huruf h angka 1;Bocor;Privasi;5 tahun\n"
    for encoding in ("cp1252", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        rows = read_table(_file(tmp_path, text.encode(encoding)))
        assert rows[1][1] == "Sertifikat tanah – José", encoding


def test_a_broken_utf16_file_asks_for_utf8(tmp_path: Path) -> None:
    data = b"\xff\xfe" + HEADER.encode("utf-16-le") + b"\x00\xd8\x41"  # a lone surrogate, odd length
    with pytest.raises(ImportRejected, match="CSV UTF-8"):
        read_table(_file(tmp_path, data))


def test_an_unterminated_quote_is_refused_naming_the_line(tmp_path: Path) -> None:
    lines = [HEADER, ROWS[0], '2;"Rekam medis;Pasal 17 huruf h angka 2;Mengungkap;Privasi;Tidak terbatas', ROWS[2]]
    with pytest.raises(ImportRejected, match="dibuka di baris 3 tidak pernah ditutup"):
        read_table(_file(tmp_path, "\n".join(lines).encode()))
    # closed rows later: the rows in between would vanish into one cell
    lines = [
        HEADER,
        '1;"Biodata pegawai;Pasal 17 huruf h angka 1;Bocor;Terlindungi;5 tahun',
        ROWS[1],
        '3;Nilai "seleksi";Pasal 17 huruf h angka 4;"Merugikan";Melindungi;1 tahun',
    ]
    with pytest.raises(ImportRejected, match="baris 2 memuat baris-baris tabel berikutnya"):
        read_table(_file(tmp_path, "\n".join(lines).encode()))


def test_a_quoted_cell_on_several_lines_is_kept(tmp_path: Path) -> None:
    text = HEADER + '\n1;"Biodata pegawai\nbaris kedua; dengan titik koma";Pasal 17 huruf h angka 1;a;b;5 tahun\n'
    rows = read_table(_file(tmp_path, text.encode()))
    assert rows[1][1] == "Biodata pegawai\nbaris kedua; dengan titik koma"


def test_duplicate_headings_are_refused_naming_them(tmp_path: Path) -> None:
    text = "Judul;Informasi;Dasar Hukum\nData A;Data B;Pasal 17 huruf h angka 1\n"
    with pytest.raises(ImportRejected, match="Judul kolom ganda.*'Informasi' berarti sama dengan 'Judul'"):
        from dikecualikan_gui.services.table_reader import find_header

        find_header(read_table(_file(tmp_path, text.encode())))


def test_what_is_not_a_regular_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="folder"):
        read_table(tmp_path)
    if os.path.exists("/dev/null"):
        with pytest.raises(ImportRejected, match="bukan berkas biasa"):
            read_table(Path("/dev/null"))
    with pytest.raises(ImportRejected, match="tidak ditemukan"):
        read_table(tmp_path / "tidak-ada.csv")


@pytest.mark.parametrize("size", [MAX_CELL + 1, 200_000])
def test_a_cell_over_the_limit_is_refused_with_the_limit(tmp_path: Path, size: int) -> None:
    text = HEADER + "\n1;" + "x" * size + ";Pasal 17 huruf h angka 1;a;b;5 tahun\n"
    with pytest.raises(ImportRejected, match="lebih dari 100.000 karakter"):
        read_table(_file(tmp_path, text.encode()))


def test_too_many_columns_is_refused(tmp_path: Path) -> None:
    text = HEADER + "\n1;Data" + ";x" * 300 + "\n"
    with pytest.raises(ImportRejected, match="paling banyak 200 kolom"):
        read_table(_file(tmp_path, text.encode()))


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://x","klik")',
        "+62 812",
        "-5 tahun",
        "@SUM(A1)",
        "\tdiawali tab",
        "'kutip biasa",
        "'=sudah dikutip",
        "biasa",
    ],
)
def test_formula_neutralisation_round_trips(tmp_path: Path, text: str) -> None:
    safe = csv_safe(text)
    assert undo_csv_safe(safe) == text
    if text[:1] in "=+-@\t" or text.startswith("'="):  # a ' the export would add is itself kept
        assert safe == "'" + text
    else:
        assert safe == text
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([["Judul", "Ringkasan"], ["Data", safe]])
    rows = read_table(_file(tmp_path, buffer.getvalue().encode()))
    assert rows[1][1] == text.strip()


def _valid_csv() -> bytes:
    return ("\n".join([HEADER, *ROWS, '4;"Data ""kutip""\nbaris dua";Pasal 17 huruf h;a;b;5 tahun']) + "\n").encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.binary(min_size=0, max_size=4)), max_size=6),
    st.integers(min_value=0, max_value=10_000),
)
def test_fuzz_csv_reader_refuses_or_reads(tmp_path: Path, edits: list[tuple[int, bytes]], cut: int) -> None:
    data = bytearray(_valid_csv())
    for position, replacement in edits:
        at = position % (len(data) + 1)
        data[at : at + len(replacement) // 2 + 1] = replacement
    data = data[: max(cut, len(data) // 2)]
    path = tmp_path / "fuzz.csv"
    path.write_bytes(bytes(data))
    try:
        rows, sheet = read_table_sheet(path)
    except ImportRejected as exc:
        assert str(exc)
    else:
        assert sheet == "" and all(isinstance(c, str) for row in rows for c in row)


def test_the_limits_are_the_documented_ones() -> None:
    assert (table_reader.MAX_ROWS, table_reader.MAX_COLUMNS, table_reader.MAX_CELL) == (200_000, 200, 100_000)
