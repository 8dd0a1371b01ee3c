"""Import of last year's DIK or a unit's proposals from CSV or XLSX (read by ``table_reader``).

Import records what the file says and nothing more: every row becomes a draf (a file is no
consequence test: no meeting is invented, whatever dates it mentions), with its source (file, sheet,
row) and what it still lacks. A "Dibuka" cell saying when or on which condition the information
opens is a release condition, never the harm of opening. A row that cannot be what it says (empty
judul, huruf k, an unreadable date) rejects the whole file, listing every bad row. Import never
approves and never tests.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.dates import parse_date
from dikecualikan_gui.domain.jangka_waktu import parse_jangka_waktu
from dikecualikan_gui.domain.legal_basis import (
    NOTE_EMPTY,
    NOTE_NO_GROUNDS,
    LegalBasisError,
    parse_legal_basis,
)
from dikecualikan_gui.domain.model import (
    Actor,
    AuditAction,
    Bentuk,
    ItemContent,
    JangkaWaktu,
    Kesimpulan,
    ReleaseCondition,
    Status,
    TestContent,
    WaktuPengujian,
)
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import Cancelled, ImportRejected, PermissionDenied
from dikecualikan_gui.services import table_reader
from dikecualikan_gui.services.common import authorize, local_today, utcnow
from dikecualikan_gui.services.table_reader import Header, squash

_log = logging.getLogger(__name__)

TEST_FIELDS = (
    "dasar_hukum",
    "uu_lain",
    "alasan",
    "konsekuensi",
    "pertimbangan",
    "kesimpulan",
    "bagian_dikecualikan",
    "jangka_waktu",
    "tanggal_uji",
    "tempat_uji",
    "waktu_pengujian",
    "syarat_pembukaan",
)


# --- the rows ----------------------------------------------------------------------------------


@dataclass
class ParsedRow:
    row_number: int
    content: ItemContent
    test: TestContent | None
    notes: list[str] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)  # notes that keep the row a draft
    status: Status = Status.DRAF
    findings: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _enum(cls: Any, text: str, aliases: dict[str, Any]) -> Any:
    """The member named by ``text`` (value, label or a common spelling), or None."""
    key = squash(text)
    if key in aliases:
        return aliases[key]
    try:
        return cls.parse(text)
    except ValueError:
        return None


_BENTUK_ALIASES = {
    squash(k): v
    for k, v in {
        "hardcopy/softcopy": Bentuk.KEDUANYA,
        "softcopy/hardcopy": Bentuk.KEDUANYA,
        "softcopy dan hardcopy": Bentuk.KEDUANYA,
        "hardcopy dan softcopy": Bentuk.KEDUANYA,
        "cetak dan elektronik": Bentuk.KEDUANYA,
        "elektronik dan cetak": Bentuk.KEDUANYA,
        "cetak/elektronik": Bentuk.KEDUANYA,
        "elektronik/cetak": Bentuk.KEDUANYA,
        "elektronik": Bentuk.SOFTCOPY,
        "digital": Bentuk.SOFTCOPY,
        "soft copy": Bentuk.SOFTCOPY,
        "file": Bentuk.SOFTCOPY,
        "berkas elektronik": Bentuk.SOFTCOPY,
        "cetak": Bentuk.HARDCOPY,
        "tercetak": Bentuk.HARDCOPY,
        "fisik": Bentuk.HARDCOPY,
        "kertas": Bentuk.HARDCOPY,
        "hard copy": Bentuk.HARDCOPY,
    }.items()
}
_KESIMPULAN_ALIASES = {
    squash(k): v
    for k, v in {
        "dikecualikan": Kesimpulan.SELURUHNYA,
        "seluruhnya": Kesimpulan.SELURUHNYA,
        "tertutup": Kesimpulan.SELURUHNYA,
        "ditutup": Kesimpulan.SELURUHNYA,
        "tertutup seluruhnya": Kesimpulan.SELURUHNYA,
        "sebagian": Kesimpulan.SEBAGIAN,
        "dikecualikan sebagian": Kesimpulan.SEBAGIAN,
        "dibuka sebagian": Kesimpulan.SEBAGIAN,
        "terbuka sebagian": Kesimpulan.SEBAGIAN,
        "dibuka": Kesimpulan.TERBUKA,
        "tidak dikecualikan": Kesimpulan.TERBUKA,
        "informasi terbuka": Kesimpulan.TERBUKA,
    }.items()
}
_WAKTU_ALIASES = {
    squash(k): v
    for k, v in {
        "sebelum": WaktuPengujian.SEBELUM_PERMOHONAN,
        "sebelum permohonan": WaktuPengujian.SEBELUM_PERMOHONAN,
        "saat": WaktuPengujian.SAAT_PERMOHONAN,
        "saat permohonan": WaktuPengujian.SAAT_PERMOHONAN,
        "majelis": WaktuPengujian.PERINTAH_MAJELIS,
        "perintah majelis": WaktuPengujian.PERINTAH_MAJELIS,
        "perintah majelis komisioner": WaktuPengujian.PERINTAH_MAJELIS,
    }.items()
}
_SYARAT_ALIASES = {
    squash(k): v
    for k, v in {
        "persetujuan tertulis": ReleaseCondition.PERSETUJUAN,
        "consent": ReleaseCondition.PERSETUJUAN,
        "jabatan publik": ReleaseCondition.JABATAN_PUBLIK,
        "putusan pengadilan": ReleaseCondition.PUTUSAN,
        "putusan komisi informasi": ReleaseCondition.PUTUSAN,
    }.items()
}


#: A cell that says when or on which condition the information opens ("Dibuka setelah ...",
#: "Dapat dibuka apabila ...", "Sampai ..."): some published tables put it under "Dibuka".
_RELEASE_WORDS = re.compile(
    r"^\W*(?:(?:dapat|akan|boleh|bisa|baru)\s+)?(?:di\s*buka|terbuka)\s+(?:kembali\s+)?"
    r"(?:setelah|sesudah|apabila|jika|bila|manakala|sampai|hingga|ketika|saat|"
    r"pada\s+(?:saat|waktu|tahun|tanggal|akhir)|dalam\s+hal|atas\s+(?:persetujuan|putusan|izin|perintah))\b"
    r"|^\W*(?:sampai|hingga)\b",
    re.IGNORECASE,
)


def is_release_condition(text: str) -> bool:
    """True for words about when the information opens, not about the harm of opening it."""
    return bool(_RELEASE_WORDS.search(text))


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[\n;]+", text) if part.strip()]


def parse_row(
    row_number: int, values: dict[str, str], today: date, tempat: str = "", years_unit: bool = False
) -> ParsedRow:
    """One data row -> content and the proposed test (undated: nothing was held); raises
    ValueError with the reason for a bad row.

    Words this importer does not know in the bentuk, kesimpulan, waktu and syarat columns are
    not a reason to refuse the file: they become findings (an unknown kesimpulan keeps the row a
    draft, to be settled at the re-test)."""
    judul = values.get("judul", "")
    if not judul:
        raise ValueError("judul informasi kosong")
    notes: list[str] = []
    blocking: list[str] = []
    bentuk = Bentuk.KEDUANYA
    if values.get("bentuk"):
        bentuk = _enum(Bentuk, values["bentuk"], _BENTUK_ALIASES) or Bentuk.KEDUANYA
        if _enum(Bentuk, values["bentuk"], _BENTUK_ALIASES) is None:
            notes.append(
                "Bentuk '{t}' tidak dikenal; dicatat sebagai softcopy dan hardcopy.".format(t=values["bentuk"])
            )
    content = ItemContent(
        judul=judul,
        ringkasan=values.get("ringkasan", ""),
        dokumen_sumber=values.get("dokumen_sumber", ""),
        unit_pengusul=values.get("unit_pengusul", ""),
        penanggung_jawab=values.get("penanggung_jawab", ""),
        bentuk=bentuk,
        lokasi_penyimpanan=values.get("lokasi_penyimpanan", ""),
        tanggal_usulan=parse_date(values["tanggal_usulan"]) if values.get("tanggal_usulan") else None,
    )
    if not any(values.get(name) for name in TEST_FIELDS):
        return ParsedRow(row_number, content, None, notes)
    basis_text = values.get("dasar_hukum", "")
    grounds: tuple[Any, ...] = ()
    uu_lain: list[str] = []
    if basis_text:
        try:
            basis = parse_legal_basis(basis_text)
        except LegalBasisError as exc:
            raise ValueError("dasar hukum: {e}".format(e=exc)) from None
        grounds, uu_lain = basis.grounds, list(basis.uu_lain)
        # "no ground" and "empty" are reported by the submission rules in their own words.
        notes += [n for n in basis.notes if n not in (NOTE_NO_GROUNDS, NOTE_EMPTY)]
    for statute in _split_list(values.get("uu_lain", "")):
        if statute not in uu_lain:
            uu_lain.append(statute)
    jangka: JangkaWaktu | None = None
    period = values.get("jangka_waktu", "")
    if years_unit and re.fullmatch(r"\d{1,3}", period):
        period = "{n} tahun".format(n=period)
    if period:
        try:
            jangka = parse_jangka_waktu(period)
        except ValueError as exc:
            raise ValueError("jangka waktu: {e}".format(e=exc)) from None
    conditions = []
    catatan: list[str] = []
    for part in re.split(r"[,;\n]+", values.get("syarat_pembukaan", "")):
        if part.strip():
            condition = _enum(ReleaseCondition, part, _SYARAT_ALIASES)
            if condition is None:
                catatan.append(part.strip())
            elif condition not in conditions:
                conditions.append(condition)
    waktu = WaktuPengujian.SEBELUM_PERMOHONAN
    if values.get("waktu_pengujian"):
        found = _enum(WaktuPengujian, values["waktu_pengujian"], _WAKTU_ALIASES)
        if found is None:
            notes.append(
                "Waktu pengujian '{t}' tidak dikenal; dicatat sebagai sebelum permohonan.".format(
                    t=values["waktu_pengujian"]
                )
            )
        waktu = found or waktu
    kesimpulan = Kesimpulan.SELURUHNYA
    if values.get("kesimpulan"):
        found = _enum(Kesimpulan, values["kesimpulan"], _KESIMPULAN_ALIASES)
        if found is None:
            blocking.append(
                "Kesimpulan '{t}' tidak dikenal; tetapkan kesimpulan saat uji ulang.".format(t=values["kesimpulan"])
            )
        kesimpulan = found or kesimpulan
    if values.get("tanggal_uji") or values.get("tempat_uji"):
        held = parse_date(values["tanggal_uji"]) if values.get("tanggal_uji") else None
        notes.append(
            "Berkas menyebut uji konsekuensi{d}{t}; uji itu tidak tercatat di sini. Catat pengujiannya "
            "dalam sesi pengujian konsekuensi.".format(
                d=" tanggal " + held.isoformat() if held else "",
                t=" di " + values["tempat_uji"] if values.get("tempat_uji") else "",
            )
        )
    konsekuensi = values.get("konsekuensi", "")
    if konsekuensi and is_release_condition(konsekuensi):
        catatan.append(konsekuensi)
        notes.append(
            "Kolom konsekuensi berisi syarat pembukaan ('{t}'); dicatat sebagai syarat pembukaan. "
            "Konsekuensi apabila dibuka perlu diisi.".format(t=konsekuensi)
        )
        konsekuensi = ""
    test = TestContent(
        tanggal=None,
        tempat="",
        waktu=waktu,
        grounds=tuple(grounds),
        uu_lain=tuple(uu_lain),
        alasan=values.get("alasan", ""),
        konsekuensi=konsekuensi,
        pertimbangan=values.get("pertimbangan", ""),
        kesimpulan=kesimpulan,
        bagian_dikecualikan=values.get("bagian_dikecualikan", ""),
        jangka_waktu=jangka,
        syarat_pembukaan=tuple(conditions),
        catatan_pembukaan="\n".join(catatan),
        dasar_hukum_asli=basis_text,
    )
    return ParsedRow(row_number, content, test, notes, blocking)


@dataclass(frozen=True)
class ParsedTable:
    header: Header
    rows: list[ParsedRow]
    skipped: list[tuple[int, str]]


Progress = Callable[[int, int], None]


def _never() -> bool:
    return False


def _quiet(done: int, total: int) -> None:
    return None


def parse_table(
    rows: list[list[str]], today: date, tempat: str, progress: Progress = _quiet, cancelled: Callable[[], bool] = _never
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
        cells = rows[index]
        values = {name: (cells[col].strip() if col < len(cells) else "") for name, col in header.columns.items()}
        if not any(values.values()) or table_reader.is_numbering_row(values):
            continue
        row_number = index + 1
        number = cells[header.no_column] if header.no_column is not None and header.no_column < len(cells) else ""
        if table_reader.is_section_heading(values, number):
            skipped.append(
                (
                    row_number,
                    "judul bagian tabel '{j}' dilewati".format(
                        j=" ".join(p for p in (number, values.get("judul", "")) if p)
                    ),
                )
            )
            continue
        try:
            row = parse_row(row_number, values, today, tempat, header.years_unit)
        except ValueError as exc:
            bad.append((row_number, str(exc)))
            continue
        structural = validation.test_problems(row.test) if row.test else []
        if structural:
            bad.append((row_number, " ".join(f.message for f in structural)))
            continue
        row.findings = row.blocking + validation.gaps(row.content, row.test)
        if row.test is not None:
            row.warnings = row.notes + [
                f.message for f in validation.warnings(validation.submission_findings(row.content, row.test, today))
            ]
        else:
            row.warnings = list(row.notes)
        row.status = Status.DRAF  # a file is no consequence test: only a session makes an item diuji
        parsed.append(row)
    if bad:
        raise ImportRejected(
            "Tidak ada yang diimpor: {n} baris tidak dapat dibaca. Perbaiki baris berikut "
            "lalu impor ulang berkas yang sama.".format(n=len(bad)),
            bad,
        )
    if not parsed:
        raise ImportRejected("Berkas tidak berisi baris data di bawah judul kolom.")
    return ParsedTable(header, parsed, skipped)


# --- writing -----------------------------------------------------------------------------------


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
    progress: Progress = _quiet,
    cancelled: Callable[[], bool] = _never,
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
