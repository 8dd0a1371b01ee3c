"""Building blocks of official documents: styles, titles, label/colon/value rows, signature
blocks, and long tables packed page by page (so 10,000 rows stay linear in time)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dikecualikan_gui.reports.text import BODY, BODY_BOLD, markup

CELL_PAD = 3


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    left: ParagraphStyle
    bold: ParagraphStyle
    center: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle


def styles(size: float) -> Styles:
    body = ParagraphStyle("body", fontName=BODY, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY,
                          splitLongWords=1)
    cell_size = max(7.5, size - 2)
    return Styles(
        body=body,
        left=ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        bold=ParagraphStyle("bold", parent=body, fontName=BODY_BOLD),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        title=ParagraphStyle("title", parent=body, fontName=BODY_BOLD, fontSize=size + 1, leading=(size + 1) * 1.3,
                             alignment=TA_CENTER),
        cell=ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_LEFT),
        cell_bold=ParagraphStyle("cellbold", parent=body, fontName=BODY_BOLD, fontSize=cell_size,
                                 leading=cell_size * 1.25, alignment=TA_CENTER),
        small=ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3, alignment=TA_LEFT),
    )


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold), style)


def titles(lines: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(line, st.title, bold=True) for line in lines if line] + [Spacer(1, 0.5 * cm)]


def label_rows(rows: Sequence[tuple[str, str]], st: Styles, width: float, label_width: float = 5 * cm) -> Table:
    """Borderless 'Label : value' rows with a hanging value column (values may be long)."""
    data = [[para(label, st.left), para(":", st.left), para(value or "-", st.body)] for label, value in rows]
    table = Table(data, colWidths=[label_width, 0.4 * cm, width - label_width - 0.4 * cm], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def numbered(label: str, items: Sequence[str], st: Styles, width: float, marks: Sequence[str],
             label_width: float = 3.2 * cm) -> Table:
    """'Menimbang : a. bahwa ...' and similar: label, colon, mark, hanging text."""
    data = []
    for number, (mark, text) in enumerate(zip(marks, items, strict=False)):
        data.append([para(label if number == 0 else "", st.left), para(":" if number == 0 else "", st.left),
                     para(mark, st.left), para(text, st.body)])
    table = Table(data, colWidths=[label_width, 0.4 * cm, 0.7 * cm, width - label_width - 1.1 * cm], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


@dataclass(frozen=True)
class Signature:
    """One signature: optional heading ('Menyetujui,'), prefix ('a.n.', 'Plt.'), jabatan, name,
    pangkat and NIP; ``place_date`` lines go above it."""

    jabatan: str
    nama: str
    nip: str = ""
    pangkat: str = ""
    prefix: str = ""
    heading: str = ""
    place_date: tuple[str, ...] = ()
    show_pangkat_nip: bool = True

    def flowables(self, st: Styles) -> list[Flowable]:
        out: list[Flowable] = [para(line, st.left) for line in self.place_date]
        if self.heading:
            out.append(para(self.heading, st.left))
        if self.prefix:
            out.append(para(self.prefix, st.left))
        out.append(para((self.jabatan or "") + ",", st.left))
        out.append(Spacer(1, 2.0 * cm))
        out.append(Paragraph("<u>{n}</u>".format(n=markup(self.nama or "....................................", True)),
                             st.bold))
        if self.show_pangkat_nip:
            if self.pangkat:
                out.append(para(self.pangkat, st.left))
            out.append(para("NIP. {n}".format(n=self.nip) if self.nip else "NIP. ....................", st.left))
        return out


def signatures(left: Signature | None, right: Signature, st: Styles, width: float) -> Flowable:
    """The signature area: ``right`` in the right half; ``left`` (e.g. 'Menyetujui') in the left half."""
    half = width / 2
    cells = [[left.flowables(st) if left else "", right.flowables(st)]]
    table = Table(cells, colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), 0.8 * cm)]))
    return KeepTogether([Spacer(1, 0.6 * cm), table])


GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD)]


def _row_height(row: Sequence[Flowable], widths: Sequence[float]) -> float:
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        tallest = max(tallest, cell.wrap(width - 2 * CELL_PAD, 1e7)[1])
    return tallest + 2 * CELL_PAD


def packed_tables(header: list[list[Flowable]], rows: Sequence[list[Flowable]], widths: Sequence[float],
                  extra_style: Sequence[tuple], first_height: float, page_height: float) -> list[Flowable]:
    """A long table as one Table per page, each with the header rows: ReportLab splits a single
    long table in time that grows with the square of its rows. A row taller than a page still
    splits across pages (splitInRow), with the header repeated."""
    style = TableStyle(GRID + [("BACKGROUND", (0, 0), (-1, len(header) - 1), colors.HexColor("#e8e8e8"))]
                       + list(extra_style))
    probe = Table(header, colWidths=list(widths))
    probe.setStyle(style)
    header_height = probe.wrap(sum(widths), 1e7)[1]
    out: list[Flowable] = []
    group: list[list[Flowable]] = []
    room = first_height - header_height - 2
    used = 0.0
    for row in rows:
        height = _row_height(row, widths)
        if group and used + height > room:
            out.append(_table(header, group, widths, style))
            group, used, room = [], 0.0, page_height - header_height - 2
        group.append(row)
        used += height
    if group or not out:
        out.append(_table(header, group, widths, style))
    return out


def _table(header: list[list[Flowable]], rows: list[list[Flowable]], widths: Sequence[float],
           style: TableStyle) -> Table:
    table = Table(header + rows, colWidths=list(widths), repeatRows=len(header), splitInRow=1)
    table.setStyle(style)
    return table
