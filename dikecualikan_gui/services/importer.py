"""Import of last year's DIK or a unit's proposals from CSV or XLSX (read by ``table_reader``).

Import records what the file says and nothing more: every row becomes a draf (a file is no
consequence test: no meeting is invented, whatever dates it mentions), with its source (file, sheet,
row) and what it still lacks. A "Dibuka" cell saying when or on which condition the information
opens is a release condition, never the harm of opening. A row that cannot be what it says (empty
judul, huruf k, an unreadable date) rejects the whole file, listing every bad row. Import never
approves and never tests.

The work is in steps, one module each: ``table_reader`` reads the file into rows of text (with
``table_csv`` and ``table_xlsx``), ``table_header`` finds the header, ``import_rows`` parses one row,
``import_table`` parses and checks every row; this module writes them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain.model import Actor, AuditAction, Status
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import Cancelled, PermissionDenied
from dikecualikan_gui.services import table_reader
from dikecualikan_gui.services.common import authorize, local_today, utcnow
from dikecualikan_gui.services.import_rows import TEST_FIELDS, ParsedRow, is_release_condition, parse_row
from dikecualikan_gui.services.import_table import ParsedTable, Progress, never_cancelled, no_progress, parse_table

__all__ = [
    "TEST_FIELDS",
    "ImportResult",
    "ImportedRow",
    "ParsedRow",
    "ParsedTable",
    "Progress",
    "import_file",
    "is_release_condition",
    "parse_row",
    "parse_table",
    "source_text",
]

_log = logging.getLogger(__name__)


def source_text(berkas: str, lembar: str, baris: int) -> str:
    """Where an imported item came from, as its summary and history show it."""
    return ", ".join(p for p in (berkas, "lembar " + lembar if lembar else "", "baris {n}".format(n=baris)) if p)


@dataclass(frozen=True)
class ImportedRow:
    row_number: int
    nomor: str
    status: Status
    findings: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: tuple[ImportedRow, ...]
    ignored_columns: tuple[str, ...]
    skipped: tuple[tuple[int, str], ...] = ()

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def complete(self) -> int:
        return sum(1 for r in self.rows if not r.findings)

    def summary(self) -> str:
        return (
            "{n} baris diimpor dari {s} sebagai draf: {c} lengkap (siap diuji dalam sesi pengujian "
            "konsekuensi), {d} perlu dilengkapi."
        ).format(n=self.count, s=self.source, c=self.complete, d=self.count - self.complete)

    def detail_lines(self) -> Iterator[str]:
        if self.ignored_columns:
            yield "Kolom yang tidak dikenal dan diabaikan: {c}.".format(c=", ".join(self.ignored_columns))
        for number, reason in self.skipped:
            yield "  baris {r}: {m}".format(r=number, m=reason)
        for row in self.rows:
            for message in row.findings:
                yield "  baris {r} -> {n} (perlu dilengkapi): {m}".format(r=row.row_number, n=row.nomor, m=message)
            for message in row.warnings:
                yield "  baris {r} -> {n} (catatan): {m}".format(r=row.row_number, n=row.nomor, m=message)


def import_file(
    actor: Actor,
    path: Path,
    *,
    now: datetime | None = None,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportResult:
    """Read, check every row, then write all rows in one transaction (or nothing).

    ``progress(done, total)`` is told how far it got; when ``cancelled()`` turns true the import
    stops with Cancelled and nothing is written."""
    require(actor, Action.IMPORT)
    if actor is None:
        raise PermissionDenied("Impor harus atas nama seorang petugas (--as).")
    now = now or utcnow()
    today = local_today(now)
    path = Path(path)
    rows, sheet = table_reader.read_table_sheet(path)
    table = parse_table(rows, today, "", progress, cancelled)
    header, parsed = table.header, table.rows
    if cancelled():
        raise Cancelled("Impor dibatalkan; tidak ada yang diimpor.")
    progress(len(parsed), len(parsed) * 2)
    source = path.name
    imported: list[ImportedRow] = []
    with connection.transaction():
        authorize(actor, Action.IMPORT)
        first = queries.reserve_nomors(today.year, len(parsed))
        nomors = [queries.format_nomor(today.year, first + n) for n in range(len(parsed))]
        ids = queries.insert_items(
            [
                queries.NewItem(
                    today.year,
                    first + n,
                    nomor,
                    row.content,
                    actor.id,
                    row.status,
                    content_rules.register_columns(nomor, row.content, row.test),
                    None,
                    source_text(source, sheet, row.row_number),
                )
                for n, (nomor, row) in enumerate(zip(nomors, parsed, strict=True))
            ],
            now,
        )
        queries.insert_tests(
            [
                (item_id, row.test, row.findings)
                for item_id, row in zip(ids, parsed, strict=True)
                if row.test is not None
            ],
            actor.id,
            now,
        )
        audit = queries.AuditBatch()
        for item_id, nomor, row in zip(ids, nomors, parsed, strict=True):
            details: dict[str, Any] = {
                "sumber": source_text(source, sheet, row.row_number),
                "berkas": source,
                "lembar": sheet,
                "baris": row.row_number,
                "status": row.status.value,
                "after": content_rules.item_dict(row.content),
            }
            if row.test is not None:
                details["uji"] = content_rules.test_dict(row.test)
            if row.findings:
                details["temuan"] = row.findings
            audit.append(actor, AuditAction.IMPORTED, now, details, item_id=item_id, item_nomor=nomor)
            imported.append(ImportedRow(row.row_number, nomor, row.status, tuple(row.findings), tuple(row.warnings)))
        audit.append(
            actor,
            AuditAction.IMPORTED,
            now,
            {
                "sumber": source,
                "baris": len(parsed),
                "nomor": [nomors[0], nomors[-1]],
                "lengkap": sum(1 for r in imported if not r.findings),
            },
        )
        if cancelled():
            raise Cancelled("Impor dibatalkan; tidak ada yang diimpor.")
        audit.flush()
    progress(len(parsed) * 2, len(parsed) * 2)
    _log.info("Impor oleh pengguna id=%s: %s baris menjadi draf", actor.id, len(imported))
    return ImportResult(source, tuple(imported), header.ignored, tuple(table.skipped))
