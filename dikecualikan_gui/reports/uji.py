"""The lembar pengujian konsekuensi of one item: the record of a test held in a session, or — for a
test not held yet — a draft marked as such on every page, with nothing printed as decided."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from dikecualikan_gui.domain.dates import day_name_id, format_date_id
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.blocks import Signature, Styles, para
from dikecualikan_gui.reports.common import Agency, head, layout, place_date
from dikecualikan_gui.reports.page import Layout, render

DRAFT_MARK = "DRAF — belum diuji"
CONCLUSIONS = (
    ("dikecualikan_seluruhnya", "Dikecualikan seluruhnya"),
    ("dikecualikan_sebagian", "Dikecualikan sebagian"),
    ("terbuka", "Terbuka"),
)


@dataclass(frozen=True)
class Participant:
    nama: str
    jabatan: str
    unit: str


@dataclass(frozen=True)
class UjiSheet:
    nomor: str
    urutan: int
    judul: str
    ringkasan: str
    dokumen_sumber: str
    unit_pengusul: str
    bentuk_lokasi: str
    tanggal: date | None  # the day the session held the test (None: not held)
    tempat: str
    waktu: str  # when it was tested (before a request, at a request, ...)
    dasar_hukum: str
    alasan: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    kesimpulan: str  # the value of Kesimpulan
    bagian: str
    syarat: str
    peserta: tuple[Participant, ...] = field(default_factory=tuple)
    sesi: str = ""  # the number of the session that held the test; "" for a draft
    pukul: str = ""  # the time of day of the session, as recorded

    @property
    def held(self) -> bool:
        return bool(self.sesi) and self.tanggal is not None


def session_line(nomor: str, tanggal: date, tempat: str) -> str:
    """'Sesi pengujian nomor UK-2026-001, Selasa, 10 November 2026, Pontianak'."""
    return "Sesi pengujian nomor {n}, {h}, {t}{p}".format(
        n=nomor, h=day_name_id(tanggal), t=format_date_id(tanggal), p=", " + tempat if tempat else ""
    )


def _conclusion(sheet: UjiSheet) -> str:
    def label(key: str, text: str) -> str:
        return text + (": " + sheet.bagian if key == "dikecualikan_sebagian" and sheet.bagian else "")

    if sheet.held:
        return "\n".join(
            "{m} {t}".format(m="[X]" if key == sheet.kesimpulan else "[  ]", t=label(key, text))
            for key, text in CONCLUSIONS
        )
    proposed = next((label(key, text) for key, text in CONCLUSIONS if key == sheet.kesimpulan), "")
    return "\n".join(
        ["[  ] {t}".format(t=text) for _, text in CONCLUSIONS]
        + ["Usulan: {p} (belum diputuskan).".format(p=proposed or "-")]
    )


def _signing(sheet: UjiSheet, st: Styles, page: Layout, closing: list[Flowable]) -> list[Flowable]:
    """The participants' table (signature places alternating left and right), then ``closing`` (the
    signatures): all on one page when they fit on one; else the table goes on over the pages, its
    header on each, and the signatures stay with its last row — never alone on a page."""
    width = page.frame_width(False)
    header = [head(["No.", "Nama", "Jabatan / Unit", "Tanda Tangan"], st)]
    right = ParagraphStyle("cellright", parent=st.cell, alignment=TA_RIGHT)
    people = sheet.peserta if sheet.held and sheet.peserta else (Participant("", "", ""),) * 3
    body: list[list[blocks.Cell]] = [
        [
            str(number),
            person.nama,
            ", ".join(p for p in (person.jabatan, person.unit) if p),
            ("{n}. ....................".format(n=number), st.cell if number % 2 else right),
        ]
        for number, person in enumerate(people, start=1)
    ]
    heading: list[Flowable] = [para("Peserta pengujian konsekuensi:", st.bold, bold=True), Spacer(1, 0.15 * cm)]
    table = blocks.long_table(
        header, body, st.cell, [width * s for s in (0.07, 0.33, 0.35, 0.25)], closing=closing, bottom=12
    )
    assert isinstance(table[0], blocks.LongTable)
    whole = blocks.closing_height(heading, width) + table[0].full_height()
    page_height = page.frame_height(False, first=False)
    # the heading never ends a page without the table's first rows
    return [CondPageBreak(whole if whole <= page_height else 3.5 * cm)] + heading + table


def build_uji(agency: Agency, sheet: UjiSheet, ppid: Signature, atasan: Signature | None) -> bytes:
    """``ppid``: the PPID who led the session; ``atasan``: who approved the test (a nameless office
    while undecided; None when it was returned or refused: no "Menyetujui")."""
    st = blocks.styles(agency.settings.font_size)
    page = layout(agency, False, watermark="" if sheet.held else DRAFT_MARK)
    width = page.frame_width(False)
    number = "Nomor Usulan {n}{u}".format(
        n=sheet.nomor, u=" (uji ke-{k})".format(k=sheet.urutan) if sheet.urutan > 1 else ""
    )
    unit = sheet.unit_pengusul or agency.unit_kerja or agency.nama
    if sheet.held and sheet.tanggal is not None:
        story: list[Flowable] = blocks.titles(["LEMBAR PENGUJIAN KONSEKUENSI", number], st)
        story.insert(-1, para(session_line(sheet.sesi, sheet.tanggal, sheet.tempat), st.center))
        story.append(
            para(
                "Pada hari {h}, tanggal {t}, {j}bertempat di {p}, Pejabat Pengelola Informasi dan Dokumentasi {b} "
                "melaksanakan pengujian konsekuensi {w} atas informasi yang diusulkan untuk dikecualikan oleh {u}, "
                "dengan hasil sebagai berikut:".format(
                    h=day_name_id(sheet.tanggal),
                    t=format_date_id(sheet.tanggal),
                    j="pukul {p}, ".format(p=sheet.pukul) if sheet.pukul else "",
                    p=sheet.tempat or agency.kota or "-",
                    b=agency.nama,
                    w=sheet.waktu.lower(),
                    u=unit,
                ),
                st.body,
            )
        )
    else:
        story = blocks.titles(["LEMBAR PENGUJIAN KONSEKUENSI", number, DRAFT_MARK.upper()], st)
        story.append(
            para(
                "Lembar ini adalah draf. Uji konsekuensi atas informasi yang diusulkan untuk dikecualikan oleh {u} "
                "belum diadakan: isian di bawah ini adalah usulan yang akan diuji dalam sesi pengujian konsekuensi "
                "Pejabat Pengelola Informasi dan Dokumentasi {b}, bukan hasil pengujian, dan belum dapat menjadi dasar "
                "penetapan informasi yang dikecualikan (Pasal 19 Undang-Undang Nomor 14 Tahun 2008).".format(
                    u=unit, b=agency.nama
                ),
                st.body,
            )
        )
    story.append(Spacer(1, 0.3 * cm))
    story.append(
        blocks.label_rows(
            [
                ("Badan Publik / Unit Kerja", ", ".join(p for p in (agency.nama, agency.unit_kerja) if p)),
                ("Unit pengusul", sheet.unit_pengusul),
                ("Informasi yang diuji", sheet.judul),
                ("Dokumen yang memuat", sheet.dokumen_sumber),
                ("Ringkasan isi", sheet.ringkasan),
                ("Bentuk dan lokasi", sheet.bentuk_lokasi),
                ("Dasar hukum pengecualian", sheet.dasar_hukum),
                ("Alasan pengecualian", sheet.alasan),
                ("Konsekuensi apabila dibuka", sheet.konsekuensi),
                ("Pertimbangan apabila ditutup", sheet.pertimbangan),
                ("Jangka waktu pengecualian", sheet.jangka_waktu),
                ("Syarat pembukaan informasi", sheet.syarat),
            ],
            st,
            width,
        )
    )
    story.append(blocks.label_rows([("Kesimpulan", _conclusion(sheet))], st, width))
    story.append(Spacer(1, 0.4 * cm))
    closing: list[Flowable] = []
    if sheet.held and sheet.tanggal is not None:
        left = replace(atasan, heading="Menyetujui,", place_date=("",)) if atasan is not None else None
        right = replace(ppid, place_date=place_date(agency.kota or sheet.tempat, sheet.tanggal, issued=False))
        closing = blocks.signature_parts(left, right, st, width)
    story += _signing(sheet, st, page, closing)
    return render(story, page, "Lembar Pengujian Konsekuensi {n}".format(n=sheet.nomor))
