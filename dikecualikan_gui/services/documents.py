"""The printed documents: gather their data, have ReportLab build them, keep issued ones in the
softcopy archive (a copy in the data folder, its SHA-256, who and when), and export the DIK.

An issued document is frozen. A keputusan, the lembar uji of a held test and the berita acara of a
session are archived under the key of what they are of (``Spec.kunci``) when first printed, saved or
exported; every later print of that key gives the archived bytes, whatever changed since."""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries, register
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.issued import ArchivedDocument
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import Actor, AuditAction, Decision, Paper, RowFilter, Status
from dikecualikan_gui.errors import NotFound, StorageError
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.services import items, sessions
from dikecualikan_gui.services import profile as profile_service
from dikecualikan_gui.services.common import load_item, local_today, utcnow
from dikecualikan_gui.services.decrees import (
    agency,
    atasan_signature,
    decree,
    dik_basis,
    leader_signature,
    list_row,
    person_signature,
    ppid_signature,
)

Progress = Callable[[int, int], None]
Render = Callable[[Paper | None, Progress | None], bytes]
ARCHIVE = "arsip"
PROPOSED = (Status.DRAF, Status.DIUJI, Status.DIKEMBALIKAN)
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
#: The documents that are issued (and so archived) when printed or saved.
ISSUED_KINDS = frozenset({"dik", "penetapan", "uji", "berita-acara"})
KINDS = {
    "dik": "Daftar Informasi yang Dikecualikan",
    "penetapan": "Keputusan penetapan",
    "uji": "Lembar pengujian konsekuensi",
    "draf-uji": "Draf lembar pengujian konsekuensi",
    "berita-acara": "Berita acara pengujian konsekuensi",
    "usulan": "Daftar informasi yang akan dikecualikan",
    "riwayat": "Riwayat usulan",
}


@dataclass(frozen=True)
class Spec:
    """A document ready to build: what it is, how to build it, and — for an issued document — the key
    it is archived under (``earlier``: keys that named it before) and what it says about who signs."""

    jenis: str
    referensi: str
    render: Render
    kunci: str = ""
    earlier: tuple[str, ...] = ()
    item_id: int | None = None
    penetapan_id: int | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)

    @property
    def judul(self) -> str:
        return KINDS.get(self.jenis, self.jenis)

    @property
    def title(self) -> str:
        return "{j} {r}".format(j=self.judul, r=self.referensi).strip()

    @property
    def issued(self) -> bool:
        return self.jenis in ISSUED_KINDS

    @property
    def keys(self) -> tuple[str, ...]:
        return ((self.kunci,) + self.earlier) if self.kunci else ()


# --- the documents --------------------------------------------------------------------------


def dik_spec(config: Config, tanggal: date | None = None) -> Spec:
    """The DIK as it stands, printed on ``tanggal`` (today): not frozen, a print of the list in force."""

    def render(paper: Paper | None, progress: Progress | None) -> bytes:
        rows = items.in_force_rows()
        tahun, citations, signer = dik_basis(rows)
        printed = tanggal or local_today()
        return docs.build_dik(
            agency(config, paper),
            [list_row(r) for r in rows],
            tahun or printed.year,
            signer,
            printed,
            citations,
            progress=progress,
        )

    return Spec("dik", "", render)


def render_dik(
    config: Config, paper: Paper | None = None, tanggal: date | None = None, progress: Progress | None = None
) -> bytes:
    return dik_spec(config, tanggal).render(paper, progress)


def render_usulan(
    config: Config, paper: Paper | None = None, tanggal: date | None = None, progress: Progress | None = None
) -> bytes:
    tanggal = tanggal or local_today()
    profile = profile_service.get_profile()
    rows = [list_row(r) for r in register.list_rows(RowFilter(statuses=PROPOSED))]
    return docs.build_usulan(
        agency(config, paper),
        rows,
        tanggal.year,
        ppid_signature(profile),
        atasan_signature(profile),
        tanggal,
        progress=progress,
    )


def uji_spec(config: Config, item_id: int, test_id: int | None = None) -> Spec:
    """The lembar uji of the item's latest test (or ``test_id``): issued once the test was held in a
    session, a draft (never archived) before."""
    item = load_item(item_id)
    tests = list(reversed(queries.tests_of(item_id)))  # oldest first: the sheet says which test it is
    if not tests:
        raise NotFound("Usulan {n} belum memiliki uji konsekuensi untuk dicetak.".format(n=item.nomor))
    chosen = next((t for t in tests if t.id == test_id), tests[-1]) if test_id else tests[-1]
    test = chosen.content
    profile = profile_service.get_profile()
    held = sessions.get_session(chosen.sesi) if chosen.held and chosen.sesi else None
    decided = [d for d in queries.approvals_of(item_id) if d.test_id == chosen.id]
    approved = [d for d in decided if d.decision is Decision.DISETUJUI]
    atasan: docs.Signature | None
    if approved:  # who approved, as recorded
        atasan = person_signature(queries.get_user(approved[-1].decided_by_id), profile)
    elif decided:  # returned or refused: nobody approved this test
        atasan = None
    else:  # not decided yet: the office signs by hand; no name is printed for someone who has not approved
        office = atasan_signature(profile)
        atasan = docs.Signature(office.jabatan, "", "", "", office.prefix, show_pangkat_nip=office.show_pangkat_nip)
    ppid = leader_signature(held.pemimpin, profile) if held else ppid_signature(profile)
    sheet = docs.UjiSheet(
        nomor=item.nomor,
        urutan=tests.index(chosen) + 1,
        judul=item.content.judul,
        ringkasan=item.content.ringkasan,
        dokumen_sumber=item.content.dokumen_sumber,
        unit_pengusul=item.content.unit_pengusul,
        bentuk_lokasi=", ".join(p for p in (item.content.bentuk.label, item.content.lokasi_penyimpanan) if p),
        tanggal=held.tanggal if held else None,
        tempat=held.tempat if held else test.tempat,
        waktu=test.waktu.label,
        dasar_hukum=format_legal_basis(test.grounds, test.uu_lain) or test.dasar_hukum_asli,
        alasan=test.alasan,
        konsekuensi=test.konsekuensi,
        pertimbangan=test.pertimbangan,
        jangka_waktu=test.jangka_waktu.text if test.jangka_waktu else "",
        kesimpulan=test.kesimpulan.value,
        bagian=test.bagian_dikecualikan,
        syarat="\n".join(
            [c.label for c in test.syarat_pembukaan] + ([test.catatan_pembukaan] if test.catatan_pembukaan else [])
        ),
        peserta=tuple(
            docs.Participant(p.nama, p.jabatan, p.unit)
            for p in (held.peserta if held and held.peserta else test.peserta)
        ),
        sesi=held.nomor if held else "",
        pukul=held.waktu if held else "",
    )

    def render(paper: Paper | None, progress: Progress | None) -> bytes:
        return docs.build_uji(agency(config, paper), sheet, ppid, atasan)

    if held is None:
        return Spec("draf-uji", item.nomor, render, item_id=item.id)
    return Spec("uji", item.nomor, render, kunci="uji:{t}".format(t=chosen.id), item_id=item.id)


def render_uji(config: Config, item_id: int, test_id: int | None = None, paper: Paper | None = None) -> bytes:
    return uji_spec(config, item_id, test_id).render(paper, None)


def penetapan_spec(config: Config, nomor: str) -> Spec:
    """The keputusan as it would be issued now: the signer and their identity from the profile,
    what it sets from what was approved then. Once issued, its archived copy is the keputusan."""
    info = decree(nomor)

    def render(paper: Paper | None, progress: Progress | None) -> bytes:
        return docs.build_penetapan(agency(config, paper), info.decree)

    return Spec(
        "penetapan",
        info.nomor,
        render,
        kunci=info.keys[0],
        earlier=info.keys[1:],
        penetapan_id=info.id,
        facts=info.facts,
    )


def render_penetapan(config: Config, nomor: str, paper: Paper | None = None) -> bytes:
    return penetapan_spec(config, nomor).render(paper, None)


def berita_acara_spec(config: Config, nomor: str) -> Spec:
    """The berita acara of a session, from what the session recorded (its date, place, leader and
    participants, and every test it held)."""
    info = sessions.get_session(nomor)
    profile = profile_service.get_profile()
    session = docs.Session(
        nomor=info.nomor,
        tanggal=info.tanggal,
        pukul=info.waktu,
        tempat=info.tempat,
        pemimpin=leader_signature(info.pemimpin, profile),
        peserta=tuple(docs.Participant(p.nama, p.jabatan, p.unit) for p in info.peserta),
        items=tuple(
            docs.TestedItem(
                t.nomor,
                t.judul,
                format_legal_basis(t.grounds, t.uu_lain) or t.dasar_hukum_asli,
                t.konsekuensi,
                t.pertimbangan,
                t.kesimpulan,
                t.bagian,
                t.jangka_waktu,
            )
            for t in archive_queries.tests_held_in(info.id)
        ),
    )

    def render(paper: Paper | None, progress: Progress | None) -> bytes:
        return docs.build_berita_acara(agency(config, paper), session, progress)

    return Spec("berita-acara", info.nomor, render, kunci="berita-acara:{n}".format(n=info.nomor))


def render_berita_acara(
    config: Config, nomor: str, paper: Paper | None = None, progress: Progress | None = None
) -> bytes:
    return berita_acara_spec(config, nomor).render(paper, progress)


def render_history(config: Config, item_id: int, paper: Paper | None = None) -> bytes:
    item = load_item(item_id)
    lines = []
    for event in queries.item_history(item_id):
        line = history.describe(event)
        lines.append(docs.HistoryLine(line.when, line.who, line.what, "\n".join(line.changes)))
    return docs.build_history(
        agency(config, paper),
        item.nomor,
        item.content.judul,
        item.status.label,
        lines,
        ppid_signature(profile_service.get_profile()),
        local_today(),
    )


# --- the softcopy archive -------------------------------------------------------------------


def _holds(path: Path, sha: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha
    except OSError:
        return False


def _store(target: Path, pdf: bytes, sha: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not _holds(target, sha):  # a copy that was damaged or changed since is written anew
            partial = target.with_suffix(".sebagian")
            partial.write_bytes(pdf)
            os.replace(partial, target)
    except OSError as exc:
        raise StorageError(
            "Salinan dokumen tidak dapat disimpan di {d}: {e}.".format(d=target.parent, e=exc.strerror or exc)
        ) from exc


def issue(
    actor: Actor | None,
    config: Config,
    jenis: str,
    pdf: bytes,
    judul: str,
    referensi: str = "",
    *,
    kunci: str = "",
    earlier: tuple[str, ...] = (),
    facts: Mapping[str, Any] | None = None,
    item_id: int | None = None,
    penetapan_id: int | None = None,
    paper: Paper = Paper.F4,
    now: datetime | None = None,
) -> ArchivedDocument:
    """Record an issued document: a copy in the data folder, its SHA-256, who and when. Under a
    ``kunci`` only the first issue is recorded: when the key was issued before (on this desk or
    another), that record is returned and nothing is added (compare its SHA-256 with ``pdf``)."""
    now = now or utcnow()
    sha = hashlib.sha256(pdf).hexdigest()
    with connection.transaction():
        audit = queries.AuditBatch()  # holds the audit chain head: two desks issuing one key take turns
        first = archive_queries.first_issued(config.data_dir, kunci, *earlier) if kunci else None
        if first is not None:
            if first.sha256 == sha:
                _store(first.path, pdf, sha)  # the same bytes mend a damaged copy
            return first
        relative = "{a}/{y}/{h}.pdf".format(a=ARCHIVE, y=now.year, h=sha)
        _store(config.data_dir / relative, pdf, sha)
        document_id = archive_queries.insert_document(
            jenis,
            judul,
            referensi,
            item_id,
            penetapan_id,
            paper.value,
            actor.id if actor else None,
            now,
            sha,
            len(pdf),
            relative,
            kunci,
        )
        details = {
            "jenis": KINDS.get(jenis, jenis),
            "judul": judul,
            "referensi": referensi,
            "sha256": sha,
            "ukuran": len(pdf),
            "kertas": paper.value,
            **({"kunci": kunci} if kunci else {}),
            **(facts or {}),
        }
        audit.append(
            actor,
            AuditAction.DOCUMENT_ISSUED,
            now,
            details,
            item_id=item_id,
            item_nomor=referensi if jenis == "uji" else "",
        )
        audit.flush()
    found = archive_queries.get_document(config.data_dir, document_id)
    assert found is not None
    return found


def issue_spec(actor: Actor | None, config: Config, spec: Spec, pdf: bytes, paper: Paper) -> ArchivedDocument:
    return issue(
        actor,
        config,
        spec.jenis,
        pdf,
        spec.judul,
        spec.referensi,
        kunci=spec.kunci,
        earlier=spec.earlier,
        facts=spec.facts,
        item_id=spec.item_id,
        penetapan_id=spec.penetapan_id,
        paper=paper,
    )


def issued_copy(config: Config, keys: Sequence[str]) -> ArchivedDocument | None:
    """The archived copy of a document issued under one of ``keys`` (a Spec's keys) before (None: not
    issued yet, or not a frozen kind)."""
    return archive_queries.first_issued(config.data_dir, *keys) if keys else None


@dataclass(frozen=True)
class Published:
    data: bytes
    record: ArchivedDocument | None  # None: a working paper, not archived
    reprint: bool  # the archived copy of a document issued before


def publish(
    actor: Actor | None,
    config: Config,
    spec: Spec,
    paper: Paper | None,
    paper_used: Paper,
    write: Callable[[bytes], None],
) -> Published:
    """Print or export ``spec``: a document issued before gives its archived bytes; otherwise it is
    built, written, and (an issued kind) archived. ``write`` runs before anything is archived."""
    first = issued_copy(config, spec.keys)
    if first is not None:
        data = archived_bytes(first)
        write(data)
        return Published(data, first, True)
    pdf = spec.render(paper, None)
    write(pdf)
    if not spec.issued:
        return Published(pdf, None, False)
    record = issue_spec(actor, config, spec, pdf, paper_used)
    if record.sha256 == hashlib.sha256(pdf).hexdigest():
        return Published(pdf, record, False)
    data = archived_bytes(record)  # another desk issued it a moment earlier: that copy is the document
    write(data)
    return Published(data, record, True)


def archive(config: Config, item_id: int | None = None) -> list[ArchivedDocument]:
    """Issued documents, newest first (of one item, or all)."""
    return archive_queries.list_documents(config.data_dir, item_id)


def archived_bytes(document: ArchivedDocument) -> bytes:
    """The stored copy, checked against its SHA-256: a reprint is byte-identical."""
    try:
        data = document.path.read_bytes()
    except OSError as exc:
        raise StorageError(
            "Salinan dokumen {j} {r} yang diterbitkan tidak ada di {p}. Pulihkan folder arsip dari "
            "cadangan; dokumen yang sudah diterbitkan tidak disusun ulang.".format(
                j=document.judul, r=document.referensi, p=document.path
            )
        ) from exc
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise StorageError(
            "Salinan dokumen {j} {r} telah berubah sejak diterbitkan (SHA-256 tidak cocok): {p}. "
            "Pulihkan folder arsip dari cadangan; dokumen yang sudah diterbitkan tidak disusun "
            "ulang.".format(j=document.judul, r=document.referensi, p=document.path)
        )
    return data


# --- exports for the PPID website -----------------------------------------------------------


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
