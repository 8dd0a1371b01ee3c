"""The printed documents: gather their data, have ReportLab build them, keep issued ones in the
softcopy archive (a copy in the data folder, its SHA-256, who and when), and export the DIK."""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import (
    Actor,
    AgencyProfile,
    AuditAction,
    Ground,
    Paper,
    RowFilter,
    Signatory,
    Status,
    UserInfo,
)
from dikecualikan_gui.errors import NotFound, StorageError
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.page import Letterhead
from dikecualikan_gui.services import items
from dikecualikan_gui.services import profile as profile_service
from dikecualikan_gui.services.common import load_item, local_today, utcnow

Progress = Callable[[int, int], None]
ARCHIVE = "arsip"
PROPOSED = (Status.DRAF, Status.DIUJI, Status.DIKEMBALIKAN)
DIK_COLUMNS = ("No", "Nomor Usulan", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian", "Alasan Pengecualian",
               "Konsekuensi Apabila Dibuka", "Pertimbangan Apabila Ditutup", "Jangka Waktu", "Berakhir",
               "Nomor Penetapan", "Tanggal Penetapan")
#: The documents that are issued (and so archived) when printed or saved.
ISSUED_KINDS = frozenset({"dik", "penetapan", "uji"})
KINDS = {"dik": "Daftar Informasi yang Dikecualikan", "penetapan": "Keputusan penetapan",
         "uji": "Lembar pengujian konsekuensi", "usulan": "Daftar informasi yang akan dikecualikan",
         "riwayat": "Riwayat usulan"}


# --- who issues and who signs ---------------------------------------------------------------

def agency(config: Config, paper: Paper | None = None) -> docs.Agency:
    profile = profile_service.get_profile()
    settings = profile.print_settings if paper is None else dataclasses.replace(profile.print_settings, paper=paper)
    contact = " · ".join(p for p in (
        "Telepon " + profile.telepon if profile.telepon else "", "Surel " + profile.email if profile.email else "",
        "Laman " + profile.website if profile.website else "") if p)
    head = Letterhead(pemerintah=profile.pemerintah, nama=profile.nama_badan_publik or "Badan Publik",
                      unit_kerja=profile.unit_kerja, alamat=profile.alamat, kontak=contact,
                      logo=profile_service.logo_file(config, profile))
    return docs.Agency(head, profile.nama_badan_publik or "Badan Publik", profile.unit_kerja, profile.kota, settings)


def _signature(person: Signatory, prefix: str, show: bool, fallback: str) -> docs.Signature:
    return docs.Signature(person.jabatan or fallback, person.nama, person.nip, person.pangkat, prefix,
                          show_pangkat_nip=show)


def ppid_signature(profile: AgencyProfile) -> docs.Signature:
    s = profile.print_settings
    return _signature(profile.ppid, s.ppid_prefix, s.show_pangkat_nip, "Pejabat Pengelola Informasi dan Dokumentasi")


def atasan_signature(profile: AgencyProfile) -> docs.Signature:
    s = profile.print_settings
    return _signature(profile.atasan, s.atasan_prefix, s.show_pangkat_nip, "Atasan PPID")


def _person_signature(user: UserInfo | None, profile: AgencyProfile) -> docs.Signature:
    """The official who actually decided; the profile's Atasan PPID when it is the same person."""
    base = atasan_signature(profile)
    if user is None or (profile.atasan.nip and user.nip == profile.atasan.nip) or user.nama == profile.atasan.nama:
        return base
    return docs.Signature(user.jabatan or base.jabatan, user.nama, user.nip, "", profile.print_settings.atasan_prefix,
                          show_pangkat_nip=base.show_pangkat_nip)


# --- the documents --------------------------------------------------------------------------

def dik_rows() -> list[docs.ListRow]:
    return [docs.ListRow(r.nomor, r.judul, format_legal_basis(r.grounds, r.uu_lain), r.konsekuensi, r.pertimbangan,
                         r.jangka_waktu, r.alasan) for r in items.in_force_rows()]


def render_dik(config: Config, paper: Paper | None = None, tanggal: date | None = None,
               progress: Progress | None = None) -> bytes:
    tanggal = tanggal or local_today()
    profile = profile_service.get_profile()
    return docs.build_dik(agency(config, paper), dik_rows(), tanggal.year, atasan_signature(profile), tanggal,
                          progress=progress)


def render_usulan(config: Config, paper: Paper | None = None, tanggal: date | None = None,
                  progress: Progress | None = None) -> bytes:
    tanggal = tanggal or local_today()
    profile = profile_service.get_profile()
    rows = [docs.ListRow(r.nomor, r.judul, format_legal_basis(r.grounds, r.uu_lain), r.konsekuensi, r.pertimbangan,
                         r.jangka_waktu, r.alasan, r.ringkasan,
                         "{s}; {u}".format(s=r.status.label, u=r.unit_pengusul) if r.unit_pengusul else r.status.label)
            for r in queries.list_rows(RowFilter(statuses=PROPOSED))]
    return docs.build_usulan(agency(config, paper), rows, tanggal.year, ppid_signature(profile),
                             atasan_signature(profile), tanggal, progress=progress)


def render_uji(config: Config, item_id: int, test_id: int | None = None, paper: Paper | None = None) -> bytes:
    item = load_item(item_id)
    tests = list(reversed(queries.tests_of(item_id)))  # oldest first: the sheet says which test it is
    if not tests:
        raise NotFound("Usulan {n} belum memiliki uji konsekuensi untuk dicetak.".format(n=item.nomor))
    chosen = next((t for t in tests if t.id == test_id), tests[-1]) if test_id else tests[-1]
    test = chosen.content
    profile = profile_service.get_profile()
    sheet = docs.UjiSheet(
        nomor=item.nomor, urutan=tests.index(chosen) + 1, judul=item.content.judul, ringkasan=item.content.ringkasan,
        dokumen_sumber=item.content.dokumen_sumber, unit_pengusul=item.content.unit_pengusul,
        bentuk_lokasi=", ".join(p for p in (item.content.bentuk.label, item.content.lokasi_penyimpanan) if p),
        tanggal=test.tanggal, tempat=test.tempat, waktu=test.waktu.label,
        dasar_hukum=format_legal_basis(test.grounds, test.uu_lain) or test.dasar_hukum_asli,
        alasan=test.alasan, konsekuensi=test.konsekuensi, pertimbangan=test.pertimbangan,
        jangka_waktu=test.jangka_waktu.text if test.jangka_waktu else "", kesimpulan=test.kesimpulan.value,
        bagian=test.bagian_dikecualikan,
        syarat="\n".join([c.label for c in test.syarat_pembukaan] + ([test.catatan_pembukaan]
                                                                     if test.catatan_pembukaan else [])),
        peserta=tuple(docs.Participant(p.nama, p.jabatan, p.unit) for p in test.peserta))
    return docs.build_uji(agency(config, paper), sheet, ppid_signature(profile), atasan_signature(profile))


def _snapshot_row(nomor: str, snapshot: dict[str, Any], alasan: str | None = None) -> docs.ListRow:
    test = snapshot.get("uji") or {}
    grounds = [Ground(g["huruf"], g["angka"]) for g in test.get("pasal17", [])]
    jw = test.get("jangka_waktu") or {}
    return docs.ListRow(nomor, snapshot.get("judul", ""), format_legal_basis(grounds, test.get("uu_lain", [])),
                        test.get("konsekuensi", ""), test.get("pertimbangan", ""), jw.get("teks", ""),
                        alasan if alasan is not None else test.get("alasan", ""))


@dataclass(frozen=True)
class DecreeInfo:
    id: int
    nomor: str
    jenis: str
    decree: docs.Decree


def decree(nomor: str) -> DecreeInfo:
    """Everything a penetapan says, from what was approved then (not from later edits)."""
    found = queries.get_penetapan(nomor.strip())
    if found is None:
        raise NotFound("Penetapan nomor {n} tidak ditemukan.".format(n=nomor.strip()))
    penetapan_id, number, tanggal, tempat, jenis, by = found
    profile = profile_service.get_profile()
    rows: list[docs.ListRow] = []
    tested: set[date] = set()
    if jenis == "edisi":
        edition = next((e for e in queries.list_editions() if e.nomor_penetapan == number), None)
        for entry in json.loads(edition.snapshot) if edition else []:
            rows.append(docs.ListRow(entry["nomor"], entry["judul"], entry["dasar_hukum"], entry["konsekuensi"],
                                     entry["pertimbangan"], entry["jangka_waktu"]))
    else:
        for _item_id, item_nomor, decision, snapshot in queries.approvals_under(penetapan_id):
            data = json.loads(snapshot)
            if data.get("uji") and data["uji"].get("tanggal"):
                tested.add(date.fromisoformat(data["uji"]["tanggal"]))
            reason = None
            if decision == "dibuka":
                reason = next((d.catatan for d in queries.approvals_of(_item_id) if d.nomor_penetapan == number), "")
            rows.append(_snapshot_row(item_nomor, data, reason))
    signer = _person_signature(queries.get_user(by), profile)
    if profile.print_settings.penetapan_signer.value == "ppid":
        signer = ppid_signature(profile)
    return DecreeInfo(penetapan_id, number, jenis, docs.Decree(
        nomor=number, tanggal=tanggal, tempat=tempat or profile.kota, jenis=jenis, tahun=tanggal.year,
        rows=tuple(rows), ppid=ppid_signature(profile), signer=signer, tanggal_uji=tuple(sorted(tested))))


def render_penetapan(config: Config, nomor: str, paper: Paper | None = None) -> bytes:
    return docs.build_penetapan(agency(config, paper), decree(nomor).decree)


def render_history(config: Config, item_id: int, paper: Paper | None = None) -> bytes:
    item = load_item(item_id)
    lines = []
    for event in queries.item_history(item_id):
        line = history.describe(event)
        lines.append(docs.HistoryLine(line.when, line.who, line.what, "\n".join(line.changes)))
    return docs.build_history(agency(config, paper), item.nomor, item.content.judul, item.status.label, lines,
                              ppid_signature(profile_service.get_profile()), local_today())


# --- the softcopy archive -------------------------------------------------------------------

@dataclass(frozen=True)
class ArchivedDocument:
    id: int
    jenis: str
    judul: str
    referensi: str
    item_id: int | None
    paper: str
    created_by: str
    created_at: datetime
    sha256: str
    ukuran: int
    path: Path


def _archived(config: Config, row: queries.DocumentRow) -> ArchivedDocument:
    return ArchivedDocument(row.id, row.jenis, row.judul, row.referensi, row.item_id, row.paper, row.created_by,
                            row.created_at, row.sha256, row.ukuran, config.data_dir / row.stored_path)


def _holds(path: Path, sha: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha
    except OSError:
        return False


def issue(actor: Actor | None, config: Config, jenis: str, pdf: bytes, judul: str, referensi: str = "", *,
          item_id: int | None = None, penetapan_id: int | None = None, paper: Paper = Paper.F4,
          now: datetime | None = None) -> ArchivedDocument:
    """Record an issued document: a copy in the data folder, its SHA-256, who and when."""
    now = now or utcnow()
    sha = hashlib.sha256(pdf).hexdigest()
    relative = "{a}/{y}/{h}.pdf".format(a=ARCHIVE, y=now.year, h=sha)
    target = config.data_dir / relative
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not _holds(target, sha):  # a copy that was damaged or changed since is written anew
            partial = target.with_suffix(".sebagian")
            partial.write_bytes(pdf)
            os.replace(partial, target)
    except OSError as exc:
        raise StorageError("Salinan dokumen tidak dapat disimpan di {d}: {e}.".format(
            d=target.parent, e=exc.strerror or exc)) from exc
    with connection.transaction():
        document_id = queries.insert_document(jenis, judul, referensi, item_id, penetapan_id, paper.value,
                                              actor.id if actor else None, now, sha, len(pdf), relative)
        queries.append_audit(actor, AuditAction.DOCUMENT_ISSUED, now, item_id=item_id,
                             item_nomor=referensi if jenis == "uji" else "", details={
                                 "jenis": KINDS.get(jenis, jenis), "judul": judul, "referensi": referensi,
                                 "sha256": sha, "ukuran": len(pdf), "kertas": paper.value})
    return next(d for d in archive(config) if d.id == document_id)


def archive(config: Config, item_id: int | None = None) -> list[ArchivedDocument]:
    """Issued documents, newest first (of one item, or all)."""
    return [_archived(config, row) for row in queries.list_documents(item_id)]


def archived_bytes(document: ArchivedDocument) -> bytes:
    """The stored copy, checked against its SHA-256: a reprint is byte-identical."""
    try:
        data = document.path.read_bytes()
    except OSError as exc:
        raise StorageError("Salinan dokumen {j} tidak ada di {p}. Pulihkan folder arsip dari cadangan.".format(
            j=document.judul, p=document.path)) from exc
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise StorageError("Salinan dokumen {j} telah berubah sejak diterbitkan (SHA-256 tidak cocok).".format(
            j=document.judul))
    return data


# --- exports for the PPID website -----------------------------------------------------------

def _dik_table_rows() -> list[list[str]]:
    out = []
    for number, row in enumerate(items.in_force_rows(), start=1):
        out.append([str(number), row.nomor, row.judul, format_legal_basis(row.grounds, row.uu_lain), row.alasan,
                    row.konsekuensi, row.pertimbangan, row.jangka_waktu,
                    row.berakhir.isoformat() if row.berakhir else "", row.nomor_penetapan or "",
                    row.tanggal_penetapan.isoformat() if row.tanggal_penetapan else ""])
    return out


def dik_csv() -> bytes:
    """UTF-8 with BOM (Excel opens it right), comma separated; imports back with the same columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(DIK_COLUMNS)
    writer.writerows(_dik_table_rows())
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
