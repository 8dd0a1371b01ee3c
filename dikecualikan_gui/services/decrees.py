"""Who issues and who signs, and what a keputusan says: the data behind the keputusan (penetapan),
and behind the DIK as the lampiran of the keputusan in force.

A keputusan names the official who sets it — the PPID (Perki 1/2017 Pasal 4 ayat 4 huruf b), or the
head of the body when the print setting ``penetapan_signer`` says so — and the Atasan PPID who
approved, with the date, from the approval record. Once a keputusan is issued its signer is what the
archived copy says (kept with its issue event), not what the profile says later."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.db import queries
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import AgencyProfile, Ground, ItemRow, Paper, Signatory, Signer, UserInfo
from dikecualikan_gui.errors import NotFound
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.common import PPID_TITLE
from dikecualikan_gui.reports.page import Letterhead
from dikecualikan_gui.services import audit_seals, editions, sessions
from dikecualikan_gui.services import profile as profile_service
from dikecualikan_gui.services.common import local_today

SIGNER_FACT = "penandatangan"


def agency(config: Config, paper: Paper | None = None) -> docs.Agency:
    profile = profile_service.get_profile()
    settings = profile.print_settings if paper is None else dataclasses.replace(profile.print_settings, paper=paper)
    contact = " · ".join(
        p
        for p in (
            "Telepon " + profile.telepon if profile.telepon else "",
            "Surel " + profile.email if profile.email else "",
            "Laman " + profile.website if profile.website else "",
        )
        if p
    )
    head = Letterhead(
        pemerintah=profile.pemerintah,
        nama=profile.nama_badan_publik or "Badan Publik",
        unit_kerja=profile.unit_kerja,
        alamat=profile.alamat,
        kontak=contact,
        logo=profile_service.logo_file(config, profile),
    )
    return docs.Agency(
        head,
        profile.nama_badan_publik or "Badan Publik",
        profile.unit_kerja,
        profile.kota,
        settings,
        kode=audit_seals.current_code(),
    )


def _signature(person: Signatory, prefix: str, show: bool, fallback: str) -> docs.Signature:
    return docs.Signature(
        person.jabatan or fallback, person.nama, person.nip, person.pangkat, prefix, show_pangkat_nip=show
    )


def ppid_signature(profile: AgencyProfile) -> docs.Signature:
    s = profile.print_settings
    return _signature(profile.ppid, s.ppid_prefix, s.show_pangkat_nip, PPID_TITLE)


def atasan_signature(profile: AgencyProfile) -> docs.Signature:
    s = profile.print_settings
    return _signature(profile.atasan, s.atasan_prefix, s.show_pangkat_nip, "Atasan PPID")


def _same(person: Signatory, nama: str, nip: str) -> bool:
    """The same person: the same name, and the same NIP where both have one (a NIP alone is not
    enough: the profile's name may have been changed to someone else's since)."""
    return bool(person.nama) and nama == person.nama and (not nip or not person.nip or nip == person.nip)


def person_signature(user: UserInfo | None, profile: AgencyProfile) -> docs.Signature:
    """The Atasan PPID who actually decided; the profile's Atasan PPID when it is the same person."""
    base = atasan_signature(profile)
    if user is None or _same(profile.atasan, user.nama, user.nip):
        return base
    return docs.Signature(
        user.jabatan or base.jabatan,
        user.nama,
        user.nip,
        "",
        profile.print_settings.atasan_prefix,
        show_pangkat_nip=base.show_pangkat_nip,
    )


def leader_signature(leader: Signatory, profile: AgencyProfile) -> docs.Signature:
    """The PPID who led a session, as the session recorded them (the profile adds the pangkat when
    it is the same person; a leader not recorded is left blank to be written in, never the PPID of
    today)."""
    if (leader.nama or leader.nip) and _same(profile.ppid, leader.nama, leader.nip):
        # the pangkat comes from the profile; the name, NIP and jabatan as the session recorded them
        return dataclasses.replace(
            ppid_signature(profile),
            nip=leader.nip or profile.ppid.nip,
            jabatan=leader.jabatan or ppid_signature(profile).jabatan,
        )
    s = profile.print_settings
    return _signature(leader, s.ppid_prefix, s.show_pangkat_nip, PPID_TITLE)


# --- who sets a keputusan ------------------------------------------------------------------------


def _setter(pen: archive_queries.PenetapanRow, profile: AgencyProfile) -> tuple[str, docs.Signature]:
    """(office, signature) of who sets the keputusan, as it would be issued now."""
    if profile.print_settings.penetapan_signer is Signer.PPID:
        office = "{p} {b}".format(p=PPID_TITLE, b=profile.nama_badan_publik or "Badan Publik")
        return office, dataclasses.replace(ppid_signature(profile), jabatan=office)
    signer = person_signature(queries.get_user(pen.ditetapkan_oleh), profile)
    return signer.jabatan, signer


def _facts(office: str, signer: docs.Signature) -> dict[str, Any]:
    return {
        SIGNER_FACT: {
            "kantor": office,
            "jabatan": signer.jabatan,
            "nama": signer.nama,
            "nip": signer.nip,
            "pangkat": signer.pangkat,
            "prefix": signer.prefix,
            "show_pangkat_nip": signer.show_pangkat_nip,
        }
    }


def _keys(pen: archive_queries.PenetapanRow) -> tuple[str, ...]:
    """The archive key of a keputusan; an edition's also answers to the key older copies had."""
    if pen.jenis == "edisi":
        edition = editions.of_penetapan(pen.nomor)
        if edition is not None:
            return ("edisi:{n}".format(n=edition.nomor), "penetapan:" + pen.nomor)
    return ("penetapan:" + pen.nomor,)


def issued_setter(pen: archive_queries.PenetapanRow, profile: AgencyProfile) -> tuple[str, docs.Signature]:
    """Who set the keputusan as its issued copy says; as it would be issued now when not issued yet."""
    for kunci in _keys(pen):
        details = archive_queries.issue_details(kunci)
        fact = (details or {}).get(SIGNER_FACT)
        if isinstance(fact, dict):
            return str(fact.get("kantor", "")), docs.Signature(
                str(fact.get("jabatan", "")),
                str(fact.get("nama", "")),
                str(fact.get("nip", "")),
                str(fact.get("pangkat", "")),
                str(fact.get("prefix", "")),
                show_pangkat_nip=bool(fact.get("show_pangkat_nip", True)),
            )
    return _setter(pen, profile)


def _citation(pen: archive_queries.PenetapanRow, profile: AgencyProfile, tentang: str = "") -> docs.Citation:
    office, _ = issued_setter(pen, profile)
    return docs.Citation(office, pen.nomor, pen.tanggal, pen.tempat, tentang)


# --- the keputusan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecreeInfo:
    id: int
    nomor: str
    jenis: str
    decree: docs.Decree
    keys: tuple[str, ...]  # the archive key, then keys that named it before
    facts: dict[str, Any]  # who sets it, kept with its issue


def _snapshot_row(item_id: int, nomor: str, snapshot: dict[str, Any], alasan: str | None = None) -> docs.ListRow:
    """A row of the lampiran as approved. Its Alasan Pengecualian (Perki 1/2017 Pasal 4 ayat 4 huruf e)
    is the reason recorded with the test, or, where none was, the consequence recorded."""
    test = snapshot.get("uji") or {}
    grounds = [Ground(g["huruf"], g["angka"]) for g in test.get("pasal17", [])]
    jw = test.get("jangka_waktu") or {}
    return docs.ListRow(
        nomor,
        snapshot.get("judul", ""),
        legal_basis(item_id, grounds, test.get("uu_lain", []), test.get("dasar_hukum_asli", "")),
        test.get("konsekuensi", ""),
        test.get("pertimbangan", ""),
        jw.get("teks", ""),
        alasan if alasan is not None else test.get("alasan", "") or test.get("konsekuensi", ""),
    )


def _approved(user_id: int, when: date, profile: AgencyProfile) -> tuple[docs.Approved, docs.Signature]:
    person = person_signature(queries.get_user(user_id), profile)
    return docs.Approved(person.nama, person.jabatan, when), person


def _tests(pen: archive_queries.PenetapanRow, profile: AgencyProfile) -> dict[str, Any]:
    """What a classification or an opening sets, and the tests and approval it rests on."""
    decided = archive_queries.approvals_under(pen.id)
    rows, tested = [], set()
    for d in decided:
        data = json.loads(d.snapshot)
        if (data.get("uji") or {}).get("tanggal"):
            tested.add(date.fromisoformat(data["uji"]["tanggal"]))
        rows.append(_snapshot_row(d.item_id, d.item_nomor, data, d.catatan if d.decision == "dibuka" else None))
    held = sorted({d.sesi for d in decided if d.sesi})
    leaders = {sessions.get_session(n).pemimpin for n in held}
    # one leader: named as the session recorded them; several: each berita acara names its own, and
    # the keputusan names none (never today's PPID, who may have led none of them)
    ppid = leader_signature(leaders.pop(), profile) if len(leaders) == 1 else docs.Signature("", "", "", "", "")
    first = decided[0] if decided else None
    approved, person = _approved(
        first.decided_by if first else pen.ditetapkan_oleh,
        local_today(first.decided_at if first else pen.created_at),
        profile,
    )
    dates = archive_queries.session_dates(held)
    return {
        "rows": tuple(rows),
        "tanggal_uji": tuple(sorted(tested)),
        "ppid": ppid,
        "approved": approved,
        "person": person,
        "sesi": tuple(sorted(((n, dates[n]) for n in held if n in dates), key=lambda s: (s[1], s[0]))),
    }


def _edition(pen: archive_queries.PenetapanRow, profile: AgencyProfile) -> dict[str, Any]:
    """An edition: its list, the keputusan that set its items, and the keputusan it revokes."""
    edition = editions.of_penetapan(pen.nomor)
    entries = edition.entries if edition else ()
    approved, person = _approved(pen.ditetapkan_oleh, local_today(pen.created_at), profile)
    cites = archive_queries.penetapan_by_nomor(sorted({e.nomor_penetapan for e in entries if e.nomor_penetapan}))
    before = editions.previous(edition) if edition else None
    revoked = archive_queries.get_penetapan(before.nomor_penetapan) if before else None
    where = "Daftar Informasi yang Dikecualikan di Lingkungan {b} Tahun {t}".format(
        b=profile.nama_badan_publik or "Badan Publik", t=before.tahun if before else ""
    )
    return {
        "rows": tuple(
            docs.ListRow(e.nomor, e.judul, e.dasar_hukum, e.konsekuensi, e.pertimbangan, e.jangka_waktu)
            for e in entries
        ),
        "ppid": ppid_signature(profile),
        "approved": approved,
        "person": person,
        "tahun": edition.tahun if edition else pen.tanggal.year,
        "edisi": edition.nomor if edition else 0,
        "cites": tuple(_citation(c, profile) for c in cites),
        "revokes": _citation(revoked, profile, where) if revoked else None,
    }


def decree(nomor: str) -> DecreeInfo:
    """Everything a keputusan says, from what was approved then (not from later edits); who sets it
    from the profile, as it would be issued now (once issued, the archived copy is the keputusan)."""
    pen = archive_queries.get_penetapan(nomor.strip())
    if pen is None:
        raise NotFound("Penetapan nomor {n} tidak ditemukan.".format(n=nomor.strip()))
    profile = profile_service.get_profile()
    office, signer = _setter(pen, profile)
    parts = _edition(pen, profile) if pen.jenis == "edisi" else _tests(pen, profile)
    person = parts.pop("person")
    by_ppid = profile.print_settings.penetapan_signer is Signer.PPID
    made = docs.Decree(
        nomor=pen.nomor,
        tanggal=pen.tanggal,
        tempat=pen.tempat or profile.kota,
        jenis=pen.jenis,
        tahun=parts.pop("tahun", pen.tanggal.year),
        signer=signer,
        office=office,
        approver=person if by_ppid else None,
        **parts,
    )
    return DecreeInfo(pen.id, pen.nomor, pen.jenis, made, _keys(pen), _facts(office, signer))


# --- the rows of the lists -------------------------------------------------------------------------


def legal_basis(item_id: int, grounds: Sequence[Ground], uu_lain: Sequence[str], written: str = "") -> str:
    """The legal basis as it prints: the grounds and other statutes; where the item names none (a
    bare "Pasal 17" from an import), the basis as written, never an empty cell."""
    basis = format_legal_basis(grounds, uu_lain) or written
    if not basis:
        tests = queries.tests_of(item_id, latest_only=True)  # rare: only for a row without grounds
        basis = tests[0].content.dasar_hukum_asli if tests else ""
    return basis


def list_row(row: ItemRow) -> docs.ListRow:
    """A row of the DIK or of the proposal list."""
    return docs.ListRow(
        row.nomor,
        row.judul,
        legal_basis(row.id, row.grounds, row.uu_lain),
        row.konsekuensi,
        row.pertimbangan,
        row.jangka_waktu,
        row.alasan,
        row.unit_pengusul,
    )


# --- the DIK as the lampiran of the keputusan in force ----------------------------------------------


def dik_basis(rows: Sequence[ItemRow]) -> tuple[int | None, list[docs.Citation], docs.Signature | None]:
    """(year, keputusan cited oldest first, signer of the latest) of the list in force: the current
    edition's keputusan when the list is exactly that edition, else every keputusan that set a row."""
    if not rows:
        return None, [], None
    profile = profile_service.get_profile()
    edition = editions.matching_edition()
    if edition is not None:
        found = archive_queries.get_penetapan(edition.nomor_penetapan)
        pens = [found] if found else []
    else:
        pens = archive_queries.penetapan_by_nomor(sorted({r.nomor_penetapan for r in rows if r.nomor_penetapan}))
    if not pens:
        return None, [], None
    citations = [_citation(pen, profile) for pen in pens]
    _, signer = issued_setter(pens[-1], profile)
    return (edition.tahun if edition else pens[-1].tanggal.year), citations, signer
