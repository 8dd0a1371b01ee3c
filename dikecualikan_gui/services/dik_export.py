"""The DIK as CSV and XLSX for the PPID website (the same columns import reads back)."""

from __future__ import annotations

import csv
import io

from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.services import items

DIK_COLUMNS = (
    "No",
    "Nomor Usulan",
    "Informasi yang Dikecualikan",
    "Dasar Hukum Pengecualian",
    "Alasan Pengecualian",
    "Konsekuensi Apabila Dibuka",
    "Pertimbangan Apabila Ditutup",
    "Jangka Waktu",
    "Berakhir",
    "Nomor Penetapan",
    "Tanggal Penetapan",
)


def _dik_table_rows() -> list[list[str]]:
    out = []
    for number, row in enumerate(items.in_force_rows(), start=1):
        out.append(
            [
                str(number),
                row.nomor,
                row.judul,
                format_legal_basis(row.grounds, row.uu_lain),
                row.alasan,
                row.konsekuensi,
                row.pertimbangan,
                row.jangka_waktu,
                row.berakhir.isoformat() if row.berakhir else "",
                row.nomor_penetapan or "",
                row.tanggal_penetapan.isoformat() if row.tanggal_penetapan else "",
            ]
        )
    return out


def dik_csv() -> bytes:
    """UTF-8 with BOM (Excel opens it right), comma separated; imports back with the same columns. A cell
    a spreadsheet would run as a formula (= + - @ tab CR first) starts with ' (undone on import)."""
    from dikecualikan_gui.services.table_reader import csv_safe

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(DIK_COLUMNS)
    writer.writerows([csv_safe(cell) for cell in row] for row in _dik_table_rows())
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def dik_xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "DIK"
    sheet.append(list(DIK_COLUMNS))
    for row in _dik_table_rows():
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text as typed, never a formula the spreadsheet would run
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGHIJK", (5, 12, 40, 40, 30, 40, 40, 20, 12, 22, 14), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
