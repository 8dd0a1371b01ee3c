"""Berita Acara Pengujian Konsekuensi: one record of one session, however many items it tested.
The body and one signature table for every participant on portrait pages; the items tested in a
lampiran on landscape pages, its header on every page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from dikecualikan_gui.domain.dates import day_name_id, format_date_id
from dikecualikan_gui.domain.jangka_waktu import number_words
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.blocks import Signature, para
from dikecualikan_gui.reports.common import PPID_TITLE, Agency, Progress, head, place_date, reference
from dikecualikan_gui.reports.page import Layout, lampiran_break, render
from dikecualikan_gui.reports.uji import Participant

TITLE = "BERITA ACARA PENGUJIAN KONSEKUENSI"
SIGNING = "DAFTAR HADIR DAN TANDA TANGAN PESERTA"
CONCLUSIONS = {
    "dikecualikan_seluruhnya": "dikecualikan seluruhnya",
    "dikecualikan_sebagian": "dikecualikan sebagian",
    "terbuka": "terbuka",
}


@dataclass(frozen=True)
class SessionItem:
    """One item of the session, as its test was held."""

    nomor: str
    judul: str
    dasar_hukum: str
    konsekuensi: str
    pertimbangan: str
    kesimpulan: str  # the value of Kesimpulan
    bagian: str
    jangka_waktu: str

    def conclusion(self) -> str:
        text = CONCLUSIONS.get(self.kesimpulan, self.kesimpulan)
        text = text[:1].upper() + text[1:]
        return text + (": " + self.bagian if self.kesimpulan == "dikecualikan_sebagian" and self.bagian else "")


@dataclass(frozen=True)
class Session:
    nomor: str
    tanggal: date
    pukul: str
    tempat: str
    pemimpin: Signature  # the PPID who led the session, as recorded then
    peserta: tuple[Participant, ...] = field(default_factory=tuple)
    items: tuple[SessionItem, ...] = field(default_factory=tuple)


def counted(n: int) -> str:
    """'80 (delapan puluh)'; numbers of a thousand and more in figures only."""
    return "{n} ({w})".format(n=n, w=number_words(n)) if 0 <= n < 1000 else str(n)


def _leader(session: Session, agency: Agency) -> str:
    person = session.pemimpin
    office = "{p} {b}".format(p=PPID_TITLE, b=agency.nama)
    named = ", ".join(p for p in (person.nama, person.jabatan) if p)
    return "{n}, selaku {o},".format(n=named, o=office) if named else office


def _summary(items: Sequence[SessionItem]) -> str:
    counts = Counter(item.kesimpulan for item in items)
    parts = [
        "{c} informasi {k}".format(c=counted(counts[key]), k=label) for key, label in CONCLUSIONS.items() if counts[key]
    ]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " dan " + parts[-1]
    return "Kesimpulan pengujian: {j}.".format(j=joined)


def _body(agency: Agency, session: Session) -> list[str]:
    opening = (
        "Pada hari {h}, tanggal {t}, {j}bertempat di {p}, {l} bersama peserta yang namanya tercantum di bawah ini "
        "telah melaksanakan pengujian konsekuensi atas {n} informasi yang diusulkan untuk dikecualikan, "
        "sebagaimana tercantum dalam Lampiran berita acara ini (Pasal 19 Undang-Undang Nomor 14 Tahun 2008 "
        "tentang Keterbukaan Informasi Publik dan Pasal 4 Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang "
        "Pengklasifikasian Informasi Publik)."
    ).format(
        h=day_name_id(session.tanggal),
        t=format_date_id(session.tanggal),
        j="pukul {p}, ".format(p=session.pukul) if session.pukul else "",
        p=session.tempat or agency.kota or "kantor " + agency.nama,
        l=_leader(session, agency),
        n=counted(len(session.items)),
    )
    return [
        p
        for p in (
            opening,
            "Pengujian dilakukan dengan menimbang secara saksama konsekuensi yang timbul apabila setiap informasi "
            "dibuka kepada publik dan kepentingan umum yang lebih besar yang dilindungi apabila informasi tersebut "
            "ditutup (Pasal 2 ayat (4) Undang-Undang Nomor 14 Tahun 2008). Dasar hukum, konsekuensi, pertimbangan, "
            "kesimpulan dan jangka waktu pengecualian setiap informasi tercantum dalam Lampiran.",
            _summary(session.items),
            "Hasil pengujian ini disampaikan kepada Atasan {p} untuk memperoleh persetujuan dan ditetapkan dengan "
            "keputusan.".format(p=PPID_TITLE),
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
        )
        if p
    ]


def _signing_table(
    session: Session, agency: Agency, st: blocks.Styles, width: float, leader: Signature
) -> list[Flowable]:
    """One table for every participant to sign, the leader's signature after its last row."""
    header = [head(["No.", "Nama", "Jabatan / Unit", "Tanda Tangan"], st)]
    people = session.peserta or (Participant("", "", ""),) * 3
    body = [
        [
            str(n),
            p.nama,
            ", ".join(x for x in (p.jabatan, p.unit) if x),
            "\n{i}{n}. ....................".format(i="" if n % 2 else "\t\t\t\t", n=n),
        ]
        for n, p in enumerate(people, start=1)
    ]
    closing = blocks.signature_parts(None, leader, st, width)
    return blocks.long_table(header, body, st.cell, [width * s for s in (0.07, 0.33, 0.33, 0.27)], closing=closing)


def _lampiran(session: Session, agency: Agency, st: blocks.Styles, page: Layout, leader: Signature) -> list[Flowable]:
    wide = page.frame_width(True)
    story = lampiran_break() + [
        reference((("LAMPIRAN", TITLE), ("NOMOR", session.nomor), ("TANGGAL", format_date_id(session.tanggal))), st),
        Spacer(1, 0.5 * cm),
    ]
    story += blocks.titles(
        [
            "INFORMASI YANG DIUJI DALAM SESI PENGUJIAN KONSEKUENSI",
            agency.nama.upper(),
            "NOMOR {n}".format(n=session.nomor),
        ],
        st,
    )
    header = [
        head(
            [
                "No.",
                "Nomor Usulan",
                "Informasi",
                "Dasar Hukum",
                "Konsekuensi apabila Dibuka",
                "Pertimbangan (Kepentingan Umum)",
                "Kesimpulan",
                "Jangka Waktu",
            ],
            st,
        )
    ]
    body = [
        [
            str(n),
            item.nomor,
            item.judul,
            item.dasar_hukum,
            item.konsekuensi,
            item.pertimbangan,
            item.conclusion(),
            item.jangka_waktu,
        ]
        for n, item in enumerate(session.items, start=1)
    ]
    if not body:
        story.append(para("Tidak ada informasi yang tercatat diuji dalam sesi ini.", st.body))
    closing = blocks.signature_parts(None, leader, st, wide)
    return story + blocks.long_table(
        header, body, st.cell, [wide * s for s in (0.04, 0.08, 0.16, 0.15, 0.17, 0.17, 0.1, 0.13)], closing=closing
    )


def build_berita_acara(agency: Agency, session: Session, progress: Progress | None = None) -> bytes:
    st = blocks.styles(agency.settings.font_size)
    page = Layout(agency.settings, agency.head, first_wide=False, later_wide=False, kode=agency.kode)
    width = page.frame_width(False)
    leader = replace(
        session.pemimpin,
        heading="Pemimpin pengujian konsekuensi,",
        place_date=place_date(agency.kota or session.tempat, session.tanggal, issued=False),
    )
    if not leader.jabatan:
        leader = replace(leader, jabatan="{p} {b}".format(p=PPID_TITLE, b=agency.nama))
    story: list[Flowable] = blocks.titles([TITLE, "Nomor: {n}".format(n=session.nomor)], st)
    for text in _body(agency, session):
        story += [para(text, st.body), Spacer(1, 0.25 * cm)]
    story += [Spacer(1, 0.2 * cm), CondPageBreak(4 * cm), para(SIGNING, st.title, bold=True), Spacer(1, 0.2 * cm)]
    story += _signing_table(session, agency, st, width, leader)
    story += _lampiran(session, agency, st, page, leader)
    return render(story, page, "Berita Acara Pengujian Konsekuensi {n}".format(n=session.nomor), progress)
