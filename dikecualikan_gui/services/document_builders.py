"""The printable documents gathered from the register: the DIK, the usulan list, the lembar uji, the
keputusan, the berita acara and an item's history, each as a ``Spec`` or built at once."""

from __future__ import annotations

from datetime import date

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.db import queries, register
from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import (
    AgencyProfile,
    Decision,
    ItemRecord,
    Paper,
    RowFilter,
    SessionInfo,
    Status,
    UjiContent,
)
from dikecualikan_gui.errors import NotFound
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.services import desk, items, sessions
from dikecualikan_gui.services import profile as profile_service
from dikecualikan_gui.services.common import load_item, local_today
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
from dikecualikan_gui.services.document_kinds import Progress, Spec

PROPOSED = (Status.DRAF, Status.DIUJI, Status.DIKEMBALIKAN)


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
    profile = profile_service.get_profile()
    held = sessions.get_session(chosen.sesi) if chosen.held and chosen.sesi else None
    atasan = _uji_atasan(item_id, chosen.id, profile)
    ppid = leader_signature(held.pemimpin, profile) if held else ppid_signature(profile)
    sheet = _uji_sheet(item, chosen.content, tests.index(chosen) + 1, held)

    def render(paper: Paper | None, progress: Progress | None) -> bytes:
        return docs.build_uji(agency(config, paper), sheet, ppid, atasan)

    if held is None:
        return Spec("draf-uji", item.nomor, render, item_id=item.id)
    return Spec("uji", item.nomor, render, kunci="uji:{t}".format(t=chosen.id), item_id=item.id)


def _uji_atasan(item_id: int, test_id: int, profile: AgencyProfile) -> docs.Signature | None:
    """Who signs for the atasan: the one who approved this test, as recorded; nobody when it was
    returned or refused; the office with no name while it is not decided (signed by hand)."""
    decided = [d for d in queries.approvals_of(item_id) if d.test_id == test_id]
    approved = [d for d in decided if d.decision is Decision.DISETUJUI]
    if approved:
        return person_signature(queries.get_user(approved[-1].decided_by_id), profile)
    if decided:
        return None
    office = atasan_signature(profile)
    return docs.Signature(office.jabatan, "", "", "", office.prefix, show_pangkat_nip=office.show_pangkat_nip)


def _uji_sheet(item: ItemRecord, test: UjiContent, urutan: int, held: SessionInfo | None) -> docs.UjiSheet:
    """The sheet's content: the item, the test as recorded, and where and when its session held it."""
    content = item.content
    return docs.UjiSheet(
        nomor=item.nomor,
        urutan=urutan,
        judul=content.judul,
        ringkasan=content.ringkasan,
        dokumen_sumber=content.dokumen_sumber,
        unit_pengusul=content.unit_pengusul,
        bentuk_lokasi=", ".join(p for p in (content.bentuk.label, content.lokasi_penyimpanan) if p),
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
            docs.SessionItem(
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
    names = desk.full_names()  # people by their names, as the screens show them (issue 11)
    lines = []
    for event in queries.item_history(item_id):
        line = history.describe(event)
        who = desk.full_name(line.who, names)
        lines.append(docs.HistoryLine(line.when, who, line.what, "\n".join(line.changes)))
    return docs.build_history(
        agency(config, paper),
        item.nomor,
        item.content.judul,
        item.status.label,
        lines,
        ppid_signature(profile_service.get_profile()),
        local_today(),
    )
