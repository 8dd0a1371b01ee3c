"""The data rows of an import table under its header: each parsed and checked; any bad row refuses
the whole file, listing every bad row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.model import Status
from dikecualikan_gui.errors import Cancelled, ImportRejected
from dikecualikan_gui.services import table_reader
from dikecualikan_gui.services.import_rows import ParsedRow, parse_row
from dikecualikan_gui.services.table_reader import Header


@dataclass(frozen=True)
class ParsedTable:
    header: Header
    rows: list[ParsedRow]
    skipped: list[tuple[int, str]]


Progress = Callable[[int, int], None]


def never_cancelled() -> bool:
    return False


def no_progress(done: int, total: int) -> None:
    return None


def parse_table(
    rows: list[list[str]],
    today: date,
    tempat: str,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ParsedTable:
    header = table_reader.find_header(rows)
    parsed: list[ParsedRow] = []
    bad: list[tuple[int, str]] = []
    skipped: list[tuple[int, str]] = []
    for index in range(header.row_index + 1, len(rows)):
        if index % 250 == 0:
            if cancelled():
                raise Cancelled("Impor dibatalkan; tidak ada yang diimpor.")
            progress(index, len(rows) * 2)
        values, number = _cells(rows[index], header)
        if not any(values.values()) or table_reader.is_numbering_row(values):
            continue
        row_number = index + 1
        if table_reader.is_section_heading(values, number):
            title = " ".join(p for p in (number, values.get("judul", "")) if p)
            skipped.append((row_number, "judul bagian tabel '{j}' dilewati".format(j=title)))
            continue
        try:
            row = parse_row(row_number, values, today, tempat, header.years_unit)
        except ValueError as exc:
            bad.append((row_number, str(exc)))
            continue
        problem = _structural_problem(row)
        if problem:
            bad.append((row_number, problem))
            continue
        parsed.append(_with_findings(row, today))
    _refuse(bad, parsed)
    return ParsedTable(header, parsed, skipped)


def _cells(cells: list[str], header: Header) -> tuple[dict[str, str], str]:
    """The row's value for each recognised field, and what its "No" column says."""
    values = {name: (cells[col].strip() if col < len(cells) else "") for name, col in header.columns.items()}
    number = cells[header.no_column] if header.no_column is not None and header.no_column < len(cells) else ""
    return values, number


def _structural_problem(row: ParsedRow) -> str:
    """What makes the proposed test impossible as written ("" when nothing does)."""
    structural = validation.test_problems(row.test) if row.test else []
    return " ".join(f.message for f in structural)


def _with_findings(row: ParsedRow, today: date) -> ParsedRow:
    """What the row still lacks (it stays a draft) and the warnings its submission would show."""
    row.findings = row.blocking + validation.gaps(row.content, row.test)
    if row.test is not None:
        row.warnings = row.notes + [
            f.message for f in validation.warnings(validation.submission_findings(row.content, row.test, today))
        ]
    else:
        row.warnings = list(row.notes)
    row.status = Status.DRAF  # a file is no consequence test: only a session makes an item diuji
    return row


def _refuse(bad: list[tuple[int, str]], parsed: list[ParsedRow]) -> None:
    if bad:
        raise ImportRejected(
            "Tidak ada yang diimpor: {n} baris tidak dapat dibaca. Perbaiki baris berikut "
            "lalu impor ulang berkas yang sama.".format(n=len(bad)),
            bad,
        )
    if not parsed:
        raise ImportRejected("Berkas tidak berisi baris data di bawah judul kolom.")
