"""What the documents share: who issues them, the rows of the list tables, the DIK columns, the
place-and-date lines of a signature, and the reference block of a lampiran."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Table, TableStyle

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import DiktumStyle, PrintSettings
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.blocks import Signature, Styles, para
from dikecualikan_gui.reports.page import Layout, Letterhead

Progress = Callable[[int, int], None]

DIKTUM = {
    DiktumStyle.KESATU: ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN"),
    DiktumStyle.PERTAMA: ("PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN"),
}
LETTERS = "abcdefghijklmnopqrstuvwxyz"
PPID_TITLE = "Pejabat Pengelola Informasi dan Dokumentasi"


@dataclass(frozen=True)
class Agency:
    """Who issues the document, and how it is printed."""

    head: Letterhead
    nama: str
    unit_kerja: str
    kota: str
    settings: PrintSettings
    kode: str = ""  # verification code of the audit trail's head ('dikecualikan audit verify --kode')


@dataclass(frozen=True)
class ListRow:
    """One row of the DIK, the lampiran of a penetapan or the proposal list. ``dasar_hukum`` as it
    prints: the grounds, or the basis as written when it names none ("Pasal 17")."""

    nomor: str
    judul: str
    dasar_hukum: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    alasan: str = ""
    unit: str = ""  # the proposing unit (the proposal list)

    def informasi(self, nomor: bool) -> str:
        """The information, with its item number under it when ``nomor`` (the print setting
        ``show_nomor_usulan``: an internal number means nothing to the public)."""
        return "{j}\n({n})".format(j=self.judul, n=self.nomor) if nomor and self.nomor else self.judul


@dataclass(frozen=True)
class Citation:
    """A keputusan a list is the lampiran of: 'Keputusan <office> Nomor <nomor> tanggal <tanggal>'."""

    office: str
    nomor: str
    tanggal: date
    tempat: str = ""
    tentang: str = ""

    def text(self) -> str:
        return "Keputusan {o} Nomor {n} tanggal {t}{s}".format(
            o=self.office,
            n=self.nomor,
            t=format_date_id(self.tanggal),
            s=" tentang " + self.tentang if self.tentang else "",
        )


def layout(agency: Agency, wide: bool, footer: str = "", watermark: str = "") -> Layout:
    return Layout(
        agency.settings,
        agency.head,
        first_wide=wide,
        later_wide=wide,
        footer=footer,
        watermark=watermark,
        kode=agency.kode,
    )


def cells(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell) for text in texts]


def head(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell_bold, bold=True) for text in texts]


def place_date(kota: str, tanggal: date, issued: bool = True) -> tuple[str, ...]:
    if issued:
        return (
            "Ditetapkan di {k}".format(k=kota or "............"),
            "pada tanggal {t}".format(t=format_date_id(tanggal)),
        )
    return ("{k}, {t}".format(k=kota or "............", t=format_date_id(tanggal)),)


def signed(signer: Signature, kota: str, tanggal: date, issued: bool = True) -> Signature:
    return replace(signer, place_date=place_date(kota, tanggal, issued))


def printed_on(tanggal: date) -> str:
    return "Dicetak pada {t}".format(t=format_date_id(tanggal))


def reference(
    rows: Sequence[tuple[str, str]], st: Styles, width: float = 12 * cm, values: Mapping[int, Flowable] | None = None
) -> Table:
    """The block at the top right of a lampiran: LAMPIRAN / NOMOR / TANGGAL / TENTANG, colon-aligned
    (``values``: a flowable in place of the text of a row, e.g. a numbered list)."""
    values = values or {}
    table = Table(
        [
            [para(label, st.small), para(":", st.small), values.get(n) or para(value, st.small)]
            for n, (label, value) in enumerate(rows)
        ],
        colWidths=[2.3 * cm, 0.4 * cm, width - 2.7 * cm],
        hAlign="RIGHT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


#: The columns of the list tables: heading and relative width. "Dibuka" and "Ditutup" stand under
#: one heading, "Konsekuensi / Pertimbangan bagi Publik"; every other heading spans both header rows.
CONSEQUENCE = "Konsekuensi / Pertimbangan bagi Publik"
WEIGHTS = {
    "No.": 0.04,
    "unit": 0.12,
    "informasi": 0.2,
    "dasar": 0.24,
    "alasan": 0.17,
    "Dibuka": 0.19,
    "Ditutup": 0.19,
    "jangka": 0.11,
}


def dik_table(
    rows: Sequence[ListRow],
    st: Styles,
    page: Layout,
    closing: Sequence[Flowable],
    with_alasan: bool = False,
    proposal: bool = False,
) -> list[Flowable]:
    """The DIK columns — No. | Informasi | Dasar Hukum | (Alasan) | Dibuka | Ditutup | Jangka Waktu,
    two header rows, header on every page — then ``closing`` (the signature). ``proposal``: the
    proposal list, the proposing unit first and the item numbers always shown."""
    nomor = proposal or page.settings.show_nomor_usulan
    columns: list[tuple[str, str, Callable[[ListRow], str]]] = [("No.", "No.", lambda r: "")]
    if proposal:
        columns.append(("unit", "Unit Pengusul", lambda r: r.unit))
    columns += [
        (
            "informasi",
            "Informasi yang Akan Dikecualikan" if proposal else "Informasi yang Dikecualikan",
            lambda r: r.informasi(nomor),
        ),
        ("dasar", "Dasar Hukum Pengecualian", lambda r: r.dasar_hukum),
    ]
    if with_alasan:
        columns.append(("alasan", "Alasan Pengecualian", lambda r: r.alasan))
    columns += [
        ("Dibuka", CONSEQUENCE, lambda r: r.konsekuensi),
        ("Ditutup", "", lambda r: r.pertimbangan),
        ("jangka", "Usulan Jangka Waktu" if proposal else "Jangka Waktu", lambda r: r.jangka_waktu),
    ]
    keys = [key for key, _, _ in columns]
    total = sum(WEIGHTS[key] for key in keys)
    widths = [page.frame_width(True) * WEIGHTS[key] / total for key in keys]
    header = [
        head([heading for _, heading, _ in columns], st),
        head([key if key in ("Dibuka", "Ditutup") else "" for key in keys], st),
    ]
    opened = keys.index("Dibuka")
    spans = [("SPAN", (opened, 0), (opened + 1, 0))] + [
        ("SPAN", (c, 0), (c, 1)) for c, key in enumerate(keys) if key not in ("Dibuka", "Ditutup")
    ]
    body = [[str(number)] + [text(row) for _, _, text in columns[1:]] for number, row in enumerate(rows, start=1)]
    return blocks.long_table(header, body, st.cell, widths, spans, closing)
