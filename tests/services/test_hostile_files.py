"""Hostile and damaged workbooks (issue 10.3a/b): each refused with a clear message, in bounded memory,
and nothing written to the register. Every file is built here."""

from __future__ import annotations

import io
import re
import struct
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dikecualikan_gui.errors import ImportRejected
from dikecualikan_gui.services import importer, items
from dikecualikan_gui.services.table_reader import read_table, read_table_sheet

from conftest import People

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


def _workbook(rows: list[list[object]] | None = None) -> dict[str, bytes]:
    """The parts of a small valid workbook."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows or [
        ["Judul", "Dasar Hukum", "Jangka Waktu"],
        ["Data pegawai", "Pasal 17 huruf h angka 1", "5 tahun"],
    ]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _save(path: Path, parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _far_away(path: Path, dimension: str, cell: str | None) -> Path:
    parts = _workbook()
    text = parts[SHEET].decode()
    text = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="{d}"/>'.format(d=dimension), text)
    if cell:
        row = int(re.sub("[A-Z]", "", cell))
        text = text.replace(
            "</sheetData>",
            '<row r="{r}"><c r="{c}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'.format(r=row, c=cell),
        )
    parts[SHEET] = text.encode()
    return _save(path, parts)


@pytest.mark.parametrize(
    "dimension,cell,message",
    [
        ("A1:XFD1048576", "XFD1048576", "baris 1.048.576"),
        ("A1:C2", "XFD1", "sel XFD1; impor membaca paling banyak 200 kolom"),
        ("A1:C2", "A1048576", "paling banyak 200.000 baris"),
    ],
)
def test_a_cell_far_away_is_refused_in_bounded_memory(
    people: People, tmp_path: Path, dimension: str, cell: str, message: str
) -> None:
    path = _far_away(tmp_path / "jauh.xlsx", dimension, cell)
    assert path.stat().st_size < 10_000
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected, match=message):
            importer.import_file(people.petugas, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 300 * 1024 * 1024, peak
    assert items.list_items() == []  # nothing written


def test_a_declared_dimension_alone_costs_nothing(people: People, tmp_path: Path) -> None:
    path = _far_away(tmp_path / "dimensi.xlsx", "A1:XFD1048576", None)
    tracemalloc.start()
    try:
        result = importer.import_file(people.petugas, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.count == 1 and peak < 300 * 1024 * 1024


def test_merged_cells_are_repeated_also_in_the_last_column(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No", "Informasi", "Konsekuensi", None, "Jangka Waktu"])
    sheet.append([None, None, "Dibuka", "Ditutup", None])
    sheet.append([1, "Data A", "Bocor", "Terlindungi", "5 tahun"])
    sheet.append([2, "Data B", "Bocor", "Terlindungi", None])
    sheet.merge_cells("C1:D1")
    sheet.merge_cells("E3:E4")
    path = tmp_path / "gabung.xlsx"
    workbook.save(path)
    rows = read_table(path)
    assert rows[0] == ["No", "Informasi", "Konsekuensi", "Konsekuensi", "Jangka Waktu"]
    assert [r[4] for r in rows[2:]] == ["5 tahun", "5 tahun"]


def _bad_deflate(path: Path) -> Path:
    _save(path, _workbook())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    data[start : start + info.compress_size] = b"\xff" * info.compress_size
    path.write_bytes(bytes(data))
    return path


def _compression(path: Path, method: int) -> Path:
    _save(path, _workbook(), zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        for match in re.finditer(re.escape(signature), bytes(data)):
            data[match.start() + offset : match.start() + offset + 2] = struct.pack("<H", method)
    path.write_bytes(bytes(data))
    return path


def _chart_only(path: Path) -> Path:
    from openpyxl.chart import BarChart

    workbook = openpyxl.Workbook()
    chart = workbook.create_chartsheet("Grafik")
    chart.add_chart(BarChart())
    workbook.remove(workbook["Sheet"])
    workbook.save(path)
    return path


def _with_xml(path: Path, part: str, prolog: str) -> Path:
    parts = _workbook()
    text = parts.get(
        part,
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>Data pegawai</t></si></sst>',
    ).decode()
    body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
    parts[part] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog + body).encode()
    if "&lol9;" in prolog or "&ext;" in prolog:
        parts[part] = parts[part].replace(b"Data pegawai", b"&lol9;" if "&lol9;" in prolog else b"&ext;")
    return _save(path, parts)


LAUGHS = (
    '<!DOCTYPE sst [<!ENTITY lol "lol">'
    + "".join(
        '<!ENTITY lol{n} "{r}">'.format(n=n, r=("&lol{p};".format(p=n - 1) if n > 1 else "&lol;") * 10)
        for n in range(1, 10)
    )
    + "]><!-- &lol9; -->\n"
)


@pytest.mark.parametrize(
    "build,message",
    [
        (lambda p: _bad_deflate(p), "Berkas XLSX rusak: data terkompresi"),
        (lambda p: _compression(p, 99), "metode kompresi yang tidak didukung \\(nomor 99\\)"),
        (lambda p: _save(p, _workbook(), zipfile.ZIP_BZIP2), "metode kompresi yang tidak didukung \\(nomor 12\\)"),
        (lambda p: _chart_only(p), "tidak memiliki lembar kerja berisi tabel"),
        (
            lambda p: _with_xml(p, STRINGS, LAUGHS),
            "Berkas XLSX rusak: bagian xl/sharedStrings.xml memuat deklarasi DTD",
        ),
        (
            lambda p: _with_xml(p, SHEET, '<!DOCTYPE w [<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n'),
            "Berkas XLSX rusak: bagian xl/worksheets/sheet1.xml memuat deklarasi DTD",
        ),
        (lambda p: _with_xml(p, "xl/workbook.xml", "<!DOCTYPE workbook>\n"), "xl/workbook.xml memuat deklarasi DTD"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100) and p, "Berkas XLSX rusak: bukan arsip ZIP"),
        (lambda p: _save(p, {k: v for k, v in _workbook().items() if k != SHEET}), "Berkas XLSX rusak"),
        (lambda p: _save(p, {**_workbook(), SHEET: b"<worksheet><sheetData><row r='x'>"}), "Berkas XLSX rusak"),
        (
            lambda p: _save(p, {**_workbook(), SHEET: _workbook()[SHEET].replace(b"5 tahun", b"x" * 100_001)}),
            "Sel di baris 2 lembar Sheet berisi lebih dari 100.000 karakter",
        ),
        (
            lambda p: _save(p, {**_workbook(), SHEET: _workbook()[SHEET].replace(b'<row r="2"', b'<row r="0"')}),
            "baris bernomor 0",
        ),  # never written over the last row
        (
            lambda p: _save(
                p,
                {
                    **_workbook(),
                    SHEET: _workbook()[SHEET].replace(b't="inlineStr"><is><t>Judul</t></is>', b't="s"><v>5</v>'),
                },
            ),
            "Berkas XLSX rusak: sel merujuk teks bersama",
        ),
    ],
)
def test_damaged_and_hostile_workbooks_are_refused_clearly(
    people: People, tmp_path: Path, build: object, message: str
) -> None:
    path = tmp_path / "buruk.xlsx"
    build(path)  # type: ignore[operator]
    with pytest.raises(ImportRejected, match=message):
        importer.import_file(people.petugas, path)
    assert items.list_items() == []  # nothing written


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=20_000), st.binary(min_size=1, max_size=4)), min_size=1, max_size=4
    ),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
)
def test_fuzz_xlsx_reader_refuses_or_reads(tmp_path: Path, edits: list[tuple[int, bytes]], compression: int) -> None:
    """Mutated bytes of a valid workbook (stored parts let the mutations reach the XML itself)."""
    path = _save(tmp_path / "fuzz.xlsx", _workbook(), compression)
    data = bytearray(path.read_bytes())
    for position, replacement in edits:
        at = position % len(data)
        data[at : at + len(replacement)] = replacement
    path.write_bytes(bytes(data))
    try:
        rows, sheet = read_table_sheet(path)
    except ImportRejected as exc:
        assert str(exc)
    else:
        assert all(isinstance(c, str) for row in rows for c in row)
