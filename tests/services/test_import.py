"""Import from CSV and XLSX: encodings, delimiters, published headings, findings, bad rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dikecualikan_gui.db import queries, register
from dikecualikan_gui.domain.model import AuditAction, Ground, JangkaWaktuKind, RowFilter, Status
from dikecualikan_gui.errors import ImportRejected, PermissionDenied
from dikecualikan_gui.services import importer, items

from conftest import People

PUBLISHED = [
    [
        "No",
        "Informasi",
        "Dasar Hukum Pengecualian",
        "Konsekuensi Apabila Dibuka",
        "Pertimbangan Apabila Ditutup",
        "Jangka Waktu",
    ],
    [
        "1",
        "Biodata mahasiswa",
        "Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008",
        "Data pribadi mahasiswa dapat disalahgunakan",
        "Melindungi hak pribadi mahasiswa",
        "Sampai memperoleh persetujuan dari yang bersangkutan",
    ],
    [
        "2",
        "Dokumen Laporan Hasil Pengawasan (LHP) – Inspektorat",
        "UU 14/2008, PP 60/2008, PP 12/2017",
        "Potensi penyalahgunaan data",
        "Membantu keberhasilan kebijakan",
        "20 Tahun",
    ],
    [
        "3",
        "Harga Perkiraan Sendiri (HPS) pengadaan",
        "Pasal 17 huruf j UU 14/2008 jo. Perpres 54/2010",
        "Persaingan usaha tidak sehat",
        "Menjamin persaingan yang sehat",
        "Sampai pengumuman pemenang",
    ],
    ["4", "Rekam medis pegawai", "Pasal 17 huruf h", "Mengungkap riwayat kesehatan", "", "Tidak terbatas"],
]


def _write_csv(path: Path, rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    def quote(cell: str) -> str:
        if any(ch in cell for ch in (delimiter, '"', "\n")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = "\r\n".join(delimiter.join(quote(c) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def _write_xlsx(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for n in range(title_rows):
        sheet.append(["DAFTAR INFORMASI YANG DIKECUALIKAN" if n == 0 else ""])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _check_published_import(result: importer.ImportResult, people: People) -> None:
    assert result.count == 4
    by_row = {r.row_number: r for r in result.rows}
    assert (by_row[2].status, by_row[2].findings) == (Status.DRAF, ())
    assert by_row[4].status is Status.DRAF
    assert by_row[3].status is Status.DRAF and "Pasal 17" in " ".join(by_row[3].findings)
    assert by_row[5].status is Status.DRAF
    assert any("angka" in f for f in by_row[5].findings) and any("Pertimbangan" in f for f in by_row[5].findings)

    first = items.get_item_by_nomor(by_row[2].nomor)
    assert first.test is not None
    assert first.test.content.grounds == (Ground("h", 5),)
    assert first.test.recorded_by == people.petugas.username
    assert first.petugas == people.petugas.username
    assert first.test.content.jangka_waktu is not None
    assert first.test.content.jangka_waktu.kind is JangkaWaktuKind.PERISTIWA
    lhp = items.get_item_by_nomor(by_row[3].nomor)
    assert lhp.test is not None and lhp.test.content.uu_lain == ("PP 60/2008", "PP 12/2017")
    assert lhp.test.content.jangka_waktu is not None and lhp.test.content.jangka_waktu.years == 20
    assert lhp.test.content.dasar_hukum_asli == "UU 14/2008, PP 60/2008, PP 12/2017"
    assert lhp.test.import_findings == by_row[3].findings
    hps = items.get_item_by_nomor(by_row[4].nomor)
    assert hps.test is not None and hps.test.content.uu_lain == ("Perpres 54/2010",)
    # huruf j needs another Undang-Undang: a Perpres alone founds nothing (the HPS is even open by law)
    assert by_row[4].findings and "Undang-Undang (UU atau Perppu)" in " ".join(by_row[4].findings)
    assert register.count_rows(RowFilter(status=Status.DISETUJUI)) == 0  # import never approves


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_each_encoding_and_delimiter(people: People, tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = _write_csv(tmp_path / "dik.csv", PUBLISHED, delimiter, encoding)
    result = importer.import_file(people.petugas, path)
    _check_published_import(result, people)
    lhp = items.get_item_by_nomor(result.rows[1].nomor)
    assert lhp.content.judul == "Dokumen Laporan Hasil Pengawasan (LHP) – Inspektorat"  # en dash survives cp1252


def test_xlsx_with_title_rows_above_the_header(people: People, tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "dik.xlsx", PUBLISHED, title_rows=2)  # type: ignore[arg-type]
    result = importer.import_file(people.petugas, path)
    assert [r.row_number for r in result.rows] == [4, 5, 6, 7]


def test_xlsx_dates_and_numbers_are_read_as_written(people: People, tmp_path: Path) -> None:
    from datetime import datetime

    path = _write_xlsx(
        tmp_path / "usulan.xlsx",
        [
            ["Judul Informasi", "Tanggal Usulan", "Dasar Hukum", "Jangka Waktu"],
            ["Daftar gaji", datetime(2026, 3, 14), "Pasal 17 huruf h angka 3", 5],
        ],
    )
    result = importer.import_file(people.petugas, path)
    item = items.get_item_by_nomor(result.rows[0].nomor)
    assert item.content.tanggal_usulan == date(2026, 3, 14)
    assert item.test is not None and item.test.content.jangka_waktu is not None
    assert item.test.content.jangka_waktu.text == "5"


def test_two_row_header_with_dibuka_and_ditutup(people: People, tmp_path: Path) -> None:
    rows = [
        [
            "No.",
            "Informasi",
            "Dasar Hukum Pengecualian Informasi",
            "Konsekuensi / Pertimbangan bagi Publik",
            "",
            "Jangka Waktu",
        ],
        ["", "", "", "Dibuka", "Ditutup", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [
            "1",
            "Data rekening bank pegawai",
            "Pasal 17 huruf h angka 3",
            "Disalahgunakan",
            "Privasi terjaga",
            "Tidak Terbatas",
        ],
    ]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "dik.csv", rows))
    [row] = result.rows
    item = items.get_item_by_nomor(row.nomor)
    assert item.test is not None
    assert (item.test.content.konsekuensi, item.test.content.pertimbangan) == ("Disalahgunakan", "Privasi terjaga")
    assert (row.status, row.findings) == (Status.DRAF, ())


@pytest.mark.parametrize(
    "judul,harm,balance,period",
    [
        (
            "Judul Informasi",
            "Akibat Bila Informasi Dibuka",
            "Akibat Bila Informasi Ditutup",
            "Batas Waktu Pengecualian",
        ),
        (
            "Informasi yang Dikecualikan",
            "Konsekuensi Apabila Dibuka",
            "Manfaat Bila Ditutup",
            "Jangka Waktu Pengecualian",
        ),
        ("judul", "konsekuensi", "pertimbangan", "jangka_waktu"),
        ("JUDUL  INFORMASI", "AKIBAT BILA INFO DIBUKA", "AKIBAT BILA INFO DITUTUP", "BATAS WAKTU PENGECUALIAN"),
    ],
)
def test_published_heading_variants(
    people: People, tmp_path: Path, judul: str, harm: str, balance: str, period: str
) -> None:
    rows = [
        [judul, "Dasar Hukum", harm, balance, period],
        ["Nilai DP3/SKP pegawai", "Pasal 17 huruf h angka 4", "Merugikan pegawai", "Melindungi", "5 tahun"],
    ]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "x.csv", rows, ","))
    assert (result.rows[0].status, result.rows[0].findings) == (Status.DRAF, ())


def test_bad_rows_reject_the_whole_file_and_are_all_listed(people: People, tmp_path: Path) -> None:
    rows = [
        PUBLISHED[0],
        PUBLISHED[1],
        ["2", "", "Pasal 17 huruf h angka 1", "a", "b", "1 tahun"],
        ["3", "Data X", "Pasal 17 huruf k", "a", "b", "1 tahun"],
        ["4", "Data Y", "Pasal 17 huruf h angka 9", "a", "b", "1 tahun"],
        ["5", "Data Z", "Pasal 17 huruf b angka 2", "a", "b", "1 tahun"],
        ["6", "Data W", "Pasal 17 huruf h angka 1", "a", "b", "sampai 31/02/2027"],
    ]
    with pytest.raises(ImportRejected) as excinfo:
        importer.import_file(people.petugas, _write_csv(tmp_path / "buruk.csv", rows))
    listed = dict(excinfo.value.rows)
    assert sorted(listed) == [3, 4, 5, 6, 7]
    assert "judul" in listed[3]
    assert "huruf k" in listed[4]
    assert "angka 9" in listed[5]
    assert "tidak memiliki angka" in listed[6]
    assert "31/02/2027" in listed[7]
    assert register.count_rows() == 0
    assert queries.audit_head()[0] == 5  # only the five users were ever recorded


def test_unreadable_dates_are_bad_rows_unknown_words_are_findings(people: People, tmp_path: Path) -> None:
    rows = [
        [
            "judul",
            "tanggal_usulan",
            "bentuk",
            "kesimpulan",
            "dasar_hukum",
            "konsekuensi",
            "pertimbangan",
            "jangka_waktu",
        ],
        ["A", "32/13/2026", "", "", "", "", "", ""],
    ]
    with pytest.raises(ImportRejected) as excinfo:
        importer.import_file(people.petugas, _write_csv(tmp_path / "x.csv", rows))
    assert [n for n, _ in excinfo.value.rows] == [2]
    basis = ["Pasal 17 huruf h angka 2", "Bocor", "Terlindungi", "5 tahun"]
    rows = [
        rows[0],
        ["B", "", "mikrofilm", "", *basis],
        ["C", "", "Hardcopy/Softcopy", "mungkin", *basis],
        ["D", "", "Cetak dan elektronik", "Tertutup", *basis],
    ]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "y.csv", rows))
    b, c, d = result.rows
    assert (b.status, b.findings) == (Status.DRAF, ()) and "mikrofilm" in " ".join(b.warnings)
    assert c.status is Status.DRAF and "mungkin" in " ".join(c.findings)
    assert (d.status, d.findings) == (Status.DRAF, ()) and not d.warnings
    assert items.get_item_by_nomor(c.nomor).content.bentuk.value == "keduanya"


def test_control_characters_are_dropped(people: People, tmp_path: Path) -> None:
    rows = [["judul", "ringkasan"], ["Data\x00 pegawai\x07", "baris satu\r\nbaris dua"]]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "x.csv", rows))
    item = items.get_item_by_nomor(result.rows[0].nomor)
    assert (item.content.judul, item.content.ringkasan) == ("Data pegawai", "baris satu\nbaris dua")


def test_a_title_line_above_a_semicolon_table(people: People, tmp_path: Path) -> None:
    path = tmp_path / "judul.csv"
    text = "DAFTAR INFORMASI YANG DIKECUALIKAN, TAHUN 2025\n" + "\n".join(";".join(r) for r in PUBLISHED)
    path.write_text(text, encoding="utf-8")
    assert importer.import_file(people.petugas, path).count == 4


def test_section_headings_are_skipped_and_reported(people: People, tmp_path: Path) -> None:
    rows = [
        PUBLISHED[0],
        ["A.", "SEKRETARIAT", "", "", "", ""],
        PUBLISHED[1],
        ["", "II. BIDANG KOPERASI", "", "", "", ""],
        PUBLISHED[2],
    ]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "x.csv", rows))
    assert result.count == 2
    assert [n for n, _ in result.skipped] == [2, 4]
    assert any("SEKRETARIAT" in line for line in result.detail_lines())


@pytest.mark.parametrize(
    "harm,balance,period,value,years",
    [
        ("Konsekuensi Apabila Informasi Dibuka", "Manfaat Apabila Ditutup", "Jangka Waktu (Tahun)", "5", 5),
        ("Konsekuensi Jika Dibuka", "Akibat Jika Ditutup", "Batas Waktu", "10 tahun", 10),
    ],
)
def test_headings_recognised_by_their_words(
    people: People, tmp_path: Path, harm: str, balance: str, period: str, value: str, years: int
) -> None:
    rows = [
        ["Jenis Informasi yang Dikecualikan", "Dasar Hukum", harm, balance, period],
        ["Nilai SKP", "Pasal 17 huruf h angka 4", "Merugikan", "Melindungi", value],
    ]
    [row] = importer.import_file(people.petugas, _write_csv(tmp_path / "x.csv", rows)).rows
    item = items.get_item_by_nomor(row.nomor)
    assert (row.status, row.findings) == (Status.DRAF, ())
    assert item.test is not None and item.test.content.jangka_waktu is not None
    assert item.test.content.jangka_waktu.years == years


def test_xlsx_merged_cells_and_a_chart_sheet_first(people: People, tmp_path: Path) -> None:
    from openpyxl.chart import BarChart

    workbook = openpyxl.Workbook()
    chart = workbook.create_chartsheet("Grafik", 0)
    chart.add_chart(BarChart())
    workbook.active = 0
    sheet = workbook["Sheet"]
    sheet.append(["No", "Informasi", "Dasar Hukum", "Dibuka", "Ditutup", "Jangka Waktu"])
    for n in range(3):
        sheet.append(
            [
                n + 1,
                "Data pegawai {n}".format(n=n),
                "Pasal 17 huruf h angka 1" if n == 0 else None,
                "Bocor",
                "Terlindungi",
                "5 tahun",
            ]
        )
    sheet.merge_cells("C2:C4")
    path = tmp_path / "gabung.xlsx"
    workbook.save(path)
    result = importer.import_file(people.petugas, path)
    assert [(r.status, r.findings) for r in result.rows] == [(Status.DRAF, ())] * 3


def test_rows_without_a_test_become_drafts_and_the_import_is_audited(people: People, tmp_path: Path) -> None:
    rows = [["Judul", "Ringkasan", "Kolom Aneh"], ["Notulen rapat internal", "Rapat pimpinan", "abc"]]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "draf.csv", rows))
    assert result.ignored_columns == ("Kolom Aneh",)
    [row] = result.rows
    assert row.status is Status.DRAF
    history = items.history(items.get_item_by_nomor(row.nomor).id)
    assert [h.action for h in history] == [AuditAction.IMPORTED]
    assert history[0].details["sumber"] == "draf.csv, baris 2" and history[0].details["baris"] == 2
    assert queries.item_source(items.get_item_by_nomor(row.nomor).id) == "draf.csv, baris 2"


def test_only_a_petugas_imports(people: People, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "x.csv", PUBLISHED)
    with pytest.raises(PermissionDenied):
        importer.import_file(people.atasan, path)


@pytest.mark.parametrize(
    "content,message",
    [
        ("", "judul kolom"),
        ("a;b;c\n1;2;3\n", "judul kolom"),
        ("judul\n", "tidak berisi baris data"),
    ],
)
def test_files_without_usable_content(people: People, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "kosong.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRejected, match=message):
        importer.import_file(people.petugas, path)


def test_old_excel_and_damaged_workbooks_are_explained(people: People, tmp_path: Path) -> None:
    (tmp_path / "lama.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportRejected, match=".xls"):
        importer.import_file(people.petugas, tmp_path / "lama.xls")
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(ImportRejected, match="tidak dapat dibaca|utuh"):
        importer.import_file(people.petugas, tmp_path / "rusak.xlsx")
    with pytest.raises(ImportRejected, match="tidak ditemukan"):
        importer.import_file(people.petugas, tmp_path / "tidak-ada.csv")


def test_our_own_csv_export_imports_back(people: People, tmp_path: Path) -> None:
    import csv
    import io

    from dikecualikan_gui.cli import LIST_COLUMNS, row_csv

    first = importer.import_file(people.petugas, _write_csv(tmp_path / "dik.csv", PUBLISHED))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(LIST_COLUMNS)
    writer.writerows(row_csv(r) for r in items.list_items())
    (tmp_path / "ulang.csv").write_text(buffer.getvalue(), encoding="utf-8")
    second = importer.import_file(people.petugas, tmp_path / "ulang.csv")
    assert [r.status for r in second.rows] == [r.status for r in first.rows]
    for a, b in zip(first.rows, second.rows, strict=True):
        one, two = items.get_item_by_nomor(a.nomor), items.get_item_by_nomor(b.nomor)
        assert one.content.judul == two.content.judul
        assert one.test is not None and two.test is not None
        for name in ("grounds", "uu_lain", "konsekuensi", "pertimbangan"):
            assert getattr(one.test.content, name) == getattr(two.test.content, name)
        assert one.test.content.jangka_waktu == two.test.content.jangka_waktu


def test_a_cancelled_import_writes_nothing(people: People, tmp_path: Path) -> None:
    from dikecualikan_gui.errors import Cancelled

    seen: list[tuple[int, int]] = []
    path = _write_csv(tmp_path / "dik.csv", PUBLISHED)
    with pytest.raises(Cancelled):
        importer.import_file(
            people.petugas, path, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) > 0
        )
    assert register.count_rows() == 0
    done: list[tuple[int, int]] = []
    importer.import_file(people.petugas, path, progress=lambda d, t: done.append((d, t)))
    assert done[-1][0] == done[-1][1]


def test_import_records_what_the_file_says_and_invents_no_test(people: People, tmp_path: Path) -> None:
    """Both published tables: every row is a draf, no test date or place or conclusion is made up,
    and the lembar uji cannot be approved until a session holds the test."""
    path = _write_xlsx(tmp_path / "dik-2025.xlsx", PUBLISHED)
    result = importer.import_file(people.petugas, path)
    assert {r.status for r in result.rows} == {Status.DRAF}
    assert register.count_rows(RowFilter(status=Status.DIUJI)) == 0
    for row in result.rows:
        item = items.get_item_by_nomor(row.nomor)
        assert item.test is not None and item.test.content.tanggal is None and not item.test.held
        assert item.test.content.tempat == "" and item.test.content.peserta == ()
        assert item.content.tanggal_usulan is None
    first = items.get_item_by_nomor(result.rows[0].nomor)
    assert queries.item_source(first.id) == "dik-2025.xlsx, lembar Sheet, baris 2"
    assert "Dibuka setelah" not in " ".join(r.judul for r in items.list_items())


def test_a_dibuka_cell_that_says_when_it_opens_is_a_release_condition(people: People, tmp_path: Path) -> None:
    rows = [
        ["No", "Informasi", "Dasar Hukum", "Dibuka", "Ditutup", "Jangka Waktu"],
        [
            "1",
            "Dokumen evaluasi pegawai",
            "Pasal 17 huruf h angka 4",
            "Dibuka setelah ada persetujuan tertulis dari pimpinan",
            "Melindungi pegawai",
            "5 tahun",
        ],
        [
            "2",
            "Nilai seleksi jabatan",
            "Pasal 17 huruf h angka 4",
            "Dapat dibuka apabila diminta oleh yang bersangkutan",
            "Melindungi peserta",
            "1 tahun",
        ],
        ["3", "Rekam medis", "Pasal 17 huruf h angka 2", "Sampai pasien meninggal dunia", "Privasi", "Tidak terbatas"],
        [
            "4",
            "Data rekening",
            "Pasal 17 huruf h angka 3",
            "Dapat disalahgunakan pihak lain",
            "Privasi",
            "Tidak terbatas",
        ],
    ]
    result = importer.import_file(people.petugas, _write_csv(tmp_path / "dibuka.csv", rows))
    listed = {r.nomor: r for r in items.list_items()}
    for row in result.rows[:3]:
        item = listed[row.nomor]
        assert item.konsekuensi == "" and item.syarat_pembukaan == rows[row.row_number - 1][3]
        assert "Konsekuensi apabila informasi dibuka wajib diisi." in row.findings  # no harm stated: incomplete
    last = listed[result.rows[3].nomor]
    assert last.konsekuensi == "Dapat disalahgunakan pihak lain" and last.syarat_pembukaan == ""
    assert result.rows[3].findings == ()
    assert importer.is_release_condition("Hingga proses hukum selesai")
    assert importer.is_release_condition("Dapat dibuka pada waktu pemeriksaan")
    assert importer.is_release_condition("Dibuka atas persetujuan yang bersangkutan")
    for harm in (
        "Dibukanya data dapat merugikan pegawai",
        "Dibuka untuk umum dapat merugikan pegawai",
        "Terbuka bagi publik akan mengganggu penyidikan",
        "Dibuka dengan bebas dapat membahayakan saksi",
        "Dibuka atas permintaan pihak lain dapat membahayakan pelapor",
    ):
        assert not importer.is_release_condition(harm), harm


# --- issue 10.3/10.5: nothing changed silently, every refusal explained, nothing written ----------


def test_a_utf16_csv_imports(people: People, tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be"):
        path = tmp_path / "dik-{e}.csv".format(e=encoding)
        data = "\r\n".join(";".join(r) for r in PUBLISHED).encode(encoding)
        path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
        _check_published_import(importer.import_file(people.petugas, path), people)


@pytest.mark.parametrize(
    "content,message",
    [
        (b"Judul;Informasi;Dasar Hukum\nData A;Data B;Pasal 17 huruf h angka 1\n", "Judul kolom ganda"),
        ("Judul;Ringkasan\nData pegawai – satu;a\nData \u00e9".encode() + b"\xe9\n", "Baris 3 bukan UTF-8"),
        (b'No;Judul;Ringkasan;Unit\n1;"Data A;x;y\n2;Data B;x;y\n', "dibuka di baris 2 tidak pernah ditutup"),
    ],
)
def test_silent_changes_are_refused_and_nothing_is_written(
    people: People, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=message):
        importer.import_file(people.petugas, path)
    assert items.list_items() == []


def test_a_workbook_named_csv_or_an_old_excel_named_xlsx(people: People, tmp_path: Path) -> None:
    _write_xlsx(tmp_path / "dik.xlsx", PUBLISHED)  # type: ignore[arg-type]
    (tmp_path / "dik.csv").write_bytes((tmp_path / "dik.xlsx").read_bytes())
    assert importer.import_file(people.petugas, tmp_path / "dik.csv").count == 4
    (tmp_path / "sandi.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ImportRejected, match="dilindungi kata sandi"):
        importer.import_file(people.petugas, tmp_path / "sandi.xlsx")


def test_list_csv_with_formula_like_text_imports_back_exactly(people: People, tmp_path: Path) -> None:
    import csv
    import io

    from dikecualikan_gui.cli import LIST_COLUMNS, row_csv

    texts = [
        '=HYPERLINK("http://contoh.test","klik")',
        "+62 812 rahasia",
        "-Data gaji-",
        "@Data pegawai",
        "''=sudah dikutip",
    ]  # a neutralised cell in the file: read back as '=sudah dikutip
    rows = [
        ["Judul", "Ringkasan"],
        *[["Data {n}".format(n=n), t] for n, t in enumerate(texts)],
        ["=1+1 judul", "biasa"],
    ]
    importer.import_file(people.petugas, _write_csv(tmp_path / "rumus.csv", rows))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(LIST_COLUMNS)
    writer.writerows(row_csv(r) for r in items.list_items())
    assert "'=HYPERLINK" in buffer.getvalue() and "\n=" not in buffer.getvalue()
    before = sorted((r.judul, r.ringkasan) for r in items.list_items())
    (tmp_path / "ulang.csv").write_text(buffer.getvalue(), encoding="utf-8")
    importer.import_file(people.petugas, tmp_path / "ulang.csv")
    after = sorted((r.judul, r.ringkasan) for r in items.list_items())
    assert after == sorted(before * 2)
    assert ("=1+1 judul", "biasa") in before and ("Data 4", "'=sudah dikutip") in before
