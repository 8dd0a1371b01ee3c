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


@dataclass(frozen=True)
class ListRow:
    """One row of the DIK, the lampiran of a penetapan or the proposal list."""

    nomor: str
    judul: str
    dasar_hukum: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    alasan: str = ""
    ringkasan: str = ""
    keterangan: str = ""


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
            o=self.office, n=self.nomor, t=format_date_id(self.tanggal), s=" tentang " + self.tentang if self.tentang
            else "")


def layout(agency: Agency, wide: bool, footer: str = "", watermark: str = "") -> Layout:
    return Layout(agency.settings, agency.head, first_wide=wide, later_wide=wide, footer=footer,
                  watermark=watermark)


def cells(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell) for text in texts]


def head(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell_bold, bold=True) for text in texts]


def place_date(kota: str, tanggal: date, issued: bool = True) -> tuple[str, ...]:
    if issued:
        return ("Ditetapkan di {k}".format(k=kota or "............"),
                "pada tanggal {t}".format(t=format_date_id(tanggal)))
    return ("{k}, {t}".format(k=kota or "............", t=format_date_id(tanggal)),)


def signed(signer: Signature, kota: str, tanggal: date, issued: bool = True) -> Signature:
    return replace(signer, place_date=place_date(kota, tanggal, issued))


def printed_on(tanggal: date) -> str:
    return "Dicetak pada {t}".format(t=format_date_id(tanggal))


def reference(rows: Sequence[tuple[str, str]], st: Styles, width: float = 12 * cm,
              values: Mapping[int, Flowable] | None = None) -> Table:
    """The block at the top right of a lampiran: LAMPIRAN / NOMOR / TANGGAL / TENTANG, colon-aligned
    (``values``: a flowable in place of the text of a row, e.g. a numbered list)."""
    values = values or {}
    table = Table([[para(label, st.small), para(":", st.small), values.get(n) or para(value, st.small)]
                   for n, (label, value) in enumerate(rows)],
                  colWidths=[2.3 * cm, 0.4 * cm, width - 2.7 * cm], hAlign="RIGHT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def dik_table(rows: Sequence[ListRow], st: Styles, page: Layout, closing: Sequence[Flowable],
              with_alasan: bool = False) -> list[Flowable]:
    """The DIK columns (two header rows, Dibuka | Ditutup under one heading), header on every page,
    then ``closing`` (the signature)."""
    width = page.frame_width(True)
    shares: tuple[float, ...]
    if with_alasan:
        shares = (0.045, 0.17, 0.17, 0.16, 0.165, 0.165, 0.125)
        header = [head(["No.", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian", "Alasan Pengecualian",
                        "Konsekuensi / Pertimbangan bagi Publik", "", "Jangka Waktu"], st),
                  head(["", "", "", "", "Dibuka", "Ditutup", ""], st)]
        spans = [("SPAN", (4, 0), (5, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 6)]
    else:
        shares = (0.045, 0.22, 0.21, 0.195, 0.195, 0.135)
        header = [head(["No.", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian",
                        "Konsekuensi / Pertimbangan bagi Publik", "", "Jangka Waktu"], st),
                  head(["", "", "", "Dibuka", "Ditutup", ""], st)]
        spans = [("SPAN", (3, 0), (4, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 5)]
    widths = [width * share for share in shares]
    body = []
    for number, row in enumerate(rows, start=1):
        texts = [str(number), "{j}\n({n})".format(j=row.judul, n=row.nomor), row.dasar_hukum]
        if with_alasan:
            texts.append(row.alasan)
        texts += [row.konsekuensi, row.pertimbangan, row.jangka_waktu]
        body.append(texts)
    return blocks.long_table(header, body, st.cell, widths, spans, closing)
