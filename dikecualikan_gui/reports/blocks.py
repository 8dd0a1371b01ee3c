"""Building blocks of official documents: styles, titles, label/colon/value rows, signature
blocks, and long tables that split themselves page by page (so 10,000 rows stay linear in time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    body = ParagraphStyle(
        "body", fontName=BODY, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY, splitLongWords=1
    )
    cell_size = max(7.5, size - 2)
    return Styles(
        body=body,
        left=ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        bold=ParagraphStyle("bold", parent=body, fontName=BODY_BOLD),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title", parent=body, fontName=BODY_BOLD, fontSize=size + 1, leading=(size + 1) * 1.3, alignment=TA_CENTER
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_LEFT),
        cell_bold=ParagraphStyle(
            "cellbold",
            parent=body,
            fontName=BODY_BOLD,
            fontSize=cell_size,
            leading=cell_size * 1.25,
            alignment=TA_CENTER,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3, alignment=TA_LEFT),
    )


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold), style)


def titles(lines: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(line, st.title, bold=True) for line in lines if line] + [Spacer(1, 0.35 * cm)]


def label_rows(rows: Sequence[tuple[str, str]], st: Styles, width: float, label_width: float = 5 * cm) -> Table:
    """Borderless 'Label : value' rows with a hanging value column (values may be long; set flush
    left: a narrow column justified leaves wide gaps)."""
    data = [[para(label, st.left), para(":", st.left), para(value or "-", st.left)] for label, value in rows]
    table = Table(data, colWidths=[label_width, 0.4 * cm, width - label_width - 0.4 * cm], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def numbered(
    label: str,
    items: Sequence[str],
    st: Styles,
    width: float,
    marks: Sequence[str],
    label_width: float = 3.2 * cm,
    text_style: ParagraphStyle | None = None,
) -> Table:
    """'Menimbang : a. bahwa ...' and similar: label, colon, mark, hanging text (justified unless
    ``text_style`` says otherwise)."""
    data = []
    for number, (mark, text) in enumerate(zip(marks, items, strict=False)):
        data.append(
            [
                para(label if number == 0 else "", st.left),
                para(":" if number == 0 else "", st.left),
                para(mark, st.left),
                para(text, text_style or st.body),
            ]
        )
    table = Table(data, colWidths=[label_width, 0.4 * cm, 0.7 * cm, width - label_width - 1.1 * cm], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
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
        out.append(
            Paragraph("<u>{n}</u>".format(n=markup(self.nama or "....................................", True)), st.bold)
        )
        if self.show_pangkat_nip:
            if self.pangkat:
                out.append(para(self.pangkat, st.left))
            out.append(para("NIP. {n}".format(n=self.nip) if self.nip else "NIP. ....................", st.left))
        return out


#: The space between what is signed (a table, the last diktum) and the signature block.
SIGNATURE_GAP = 0.5 * cm


def signature_parts(left: Signature | None, right: Signature, st: Styles, width: float) -> list[Flowable]:
    """The signature area: ``right`` in the right half; ``left`` (e.g. 'Menyetujui') in the left half."""
    half = width / 2
    cells = [[left.flowables(st) if left else "", right.flowables(st)]]
    table = Table(cells, colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 0.8 * cm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, SIGNATURE_GAP), table]


def signatures(left: Signature | None, right: Signature, st: Styles, width: float) -> Flowable:
    """The signature area kept together (never nest it in another KeepTogether: ReportLab then
    always moves it to a new page)."""
    return KeepTogether(signature_parts(left, right, st, width))


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
]


class _Cell(Paragraph):
    """A table cell that breaks its lines once per width: the long table measures it, the Table
    lays it out and draws it, each with a wrap() at the same width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        if self._wrapped is None or self._wrapped[0] != availWidth:
            self._wrapped = (availWidth, super().wrap(availWidth, availHeight))
        return self._wrapped[1]


#: A cell of a long table: its text, or its text and the style to set it in.
Cell = str | tuple[str, ParagraphStyle]


def _row_height(row: Sequence[Flowable], widths: Sequence[float], bottom: float = CELL_PAD) -> float:
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        # the width the Table gives the cell, computed as it does (so _Cell finds it the same)
        tallest = max(tallest, cell.wrap(width - CELL_PAD - CELL_PAD, 1e7)[1])
    return tallest + CELL_PAD + bottom


#: The least room (points, under the header) in which a row taller than a page is started.
MIN_PART = 48.0


class _Rows:
    """The rows of one long table, shared by the pieces it splits into. A row's cells are made
    when the row is first measured and let go once its page's table is made: wrapped paragraphs
    hold their lines, and 60,000 of them held to the end would take hundreds of megabytes."""

    def __init__(
        self,
        header: list[list[Flowable]],
        texts: Sequence[Sequence[Cell]],
        cell: ParagraphStyle,
        widths: Sequence[float],
        extra_style: Sequence[tuple],
        closing_height: float,
        bottom: float = CELL_PAD,
    ) -> None:
        self.header = header
        self.texts = texts
        self.cell = cell
        self.widths = list(widths)
        self.bottom = bottom  # the padding under the text of a body row (room to sign, say)
        shade = [("BACKGROUND", (0, 0), (-1, len(header) - 1), colors.HexColor("#e8e8e8"))]
        padded = [("BOTTOMPADDING", (0, len(header)), (-1, -1), bottom)]
        self.style = TableStyle(GRID + shade + list(extra_style) + padded)
        # a piece without the header rows (the spans are header spans)
        self.body_style = TableStyle(GRID + [("BOTTOMPADDING", (0, 0), (-1, -1), bottom)])
        self.closing_height = closing_height
        probe = Table(header, colWidths=self.widths)
        probe.setStyle(self.style)
        self.header_height = probe.wrap(sum(self.widths), 1e7)[1]
        self.heights: list[float] = []
        self._made: dict[int, list[Flowable]] = {}
        self.listener: Callable[[int], None] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def _cells(self, index: int) -> list[Flowable]:
        if index not in self._made:
            self._made[index] = [
                _Cell(markup(text), self.cell) if isinstance(text, str) else _Cell(markup(text[0]), text[1])
                for text in self.texts[index]
            ]
        return self._made[index]

    def height(self, index: int) -> float:
        while len(self.heights) <= index:
            self.heights.append(_row_height(self._cells(len(self.heights)), self.widths, self.bottom))
        return self.heights[index]

    def table(self, start: int, end: int, header: bool = True, split_last_row: bool = False) -> Table:
        """Rows ``start`` to ``end``; ``split_last_row``: the table is split inside its last row."""
        rows = [self._cells(index) for index in range(start, end)]
        for index in range(start, end):
            del self._made[index]  # the table holds them now, and lets them go when it is drawn
        if not header:
            table = Table(rows, colWidths=self.widths, splitInRow=1)
            table.setStyle(self.body_style)
            return table
        table = Table(
            self.header + rows,
            colWidths=self.widths,
            repeatRows=len(self.header),
            splitByRow=0 if split_last_row else 1,
            splitInRow=1,
        )
        table.setStyle(self.style)
        return table

    def placed(self, count: int) -> None:
        if self.listener is not None and count:
            self.listener(count)  # may raise Cancelled


class LongTable(Flowable):
    """A table of any length that splits itself page by page: each page gets one Table of the
    header and the rows that fit there, every row measured once, so 10,000 rows stay linear in
    time (ReportLab splits one long Table in time that grows with the square of its rows).

    A row that does not fit goes to the next page, where it starts under the header; a row
    taller than a whole page starts in the room left and ReportLab splits it inside the row, the
    header repeated, the rows after it going on right under its end. With a closing (the
    signature that follows), the last row is carried over with it rather than leave the
    signature alone on a page without the table."""

    #: what this piece continues: a table that went on over a page ("page"), a row split over
    #: pages ("split_row": no header under its end), or a row held back for the closing ("held")
    def __init__(self, rows: _Rows, start: int = 0, after: str = "page") -> None:
        super().__init__()
        self.rows = rows
        self.start = start
        self.after = after
        self._table: Table | None = None

    @property
    def rows_left(self) -> int:
        return len(self.rows) - self.start

    def full_height(self) -> float:
        """The height of the whole table on one page, with the closing after it."""
        return (
            self.rows.header_height
            + sum(self.rows.height(i) for i in range(self.start, len(self.rows)))
            + self.rows.closing_height
        )

    def listen(self, listener: Callable[[int], None]) -> None:
        """``listener(count)`` is told each time ``count`` more rows are laid out."""
        self.rows.listener = listener

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)  # set by the frame before wrap() and split()
        return frame is None or bool(frame._atTop)

    def _header(self) -> bool:
        return self.after != "split_row" or self._at_top()

    def _fit(self, height: float, header: bool) -> tuple[int, float]:
        """How many of the remaining rows fit in ``height`` (under the header), and their height."""
        if self.after == "held" and not self._at_top():
            return 0, 0.0
        room = height - (self.rows.header_height if header else 0)
        used = 0.0
        count = 0
        for index in range(self.start, len(self.rows)):
            row = self.rows.height(index)
            if used + row > room:
                break
            used += row
            count += 1
        return count, used

    def _hold_last_row(self, count: int, used: float, height: float) -> bool:
        """All rows fit, but not the closing after them: the last row goes over with the closing
        (when something stays on this page: another row, or the end of a row split over pages)."""
        something_stays = count >= 2 or (count == 1 and self.after == "split_row" and not self._at_top())
        return (
            count == self.rows_left
            and something_stays
            and self.rows.closing_height > 0
            and self.rows.header_height + used + self.rows.closing_height > height
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        header = self._header()
        count, used = self._fit(availHeight, header)
        if count < self.rows_left or self._hold_last_row(count, used, availHeight):
            self._table = None
            return sum(self.rows.widths), availHeight + 1  # too tall here: the frame asks split() for pieces
        self._table = self.rows.table(self.start, len(self.rows), header)
        return self._table.wrap(availWidth, availHeight)

    def _taller_than_page(self, index: int) -> bool:
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else float("inf")
        return self.rows.header_height + self.rows.height(index) > page

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        header = self._header()
        count, used = self._fit(availHeight, header)
        after = "page"
        if self._hold_last_row(count, used, availHeight):
            count, after = count - 1, "held"
        end = self.start + count
        if (
            after == "page"
            and header
            and end < len(self.rows)
            and self._taller_than_page(end)
            and availHeight - self.rows.header_height - used >= MIN_PART
        ):
            # A row taller than a whole page starts in the room left here; ReportLab splits it
            # inside the row, over as many pages as it needs, the header on each.
            parts: list[Flowable] = self.rows.table(self.start, end + 1, split_last_row=True).split(
                availWidth, availHeight
            )
            if parts:
                self.rows.placed(count + 1)
                if end + 1 < len(self.rows):
                    parts.append(LongTable(self.rows, end + 1, "split_row"))
                return parts
        if not count:
            return []  # the next row starts on a fresh page, under the header
        self.rows.placed(count)
        rest: list[Flowable] = [LongTable(self.rows, end, after)] if end < len(self.rows) else []
        return [self.rows.table(self.start, end, header)] + rest

    def draw(self) -> None:
        if self._table is None:  # wrap() comes first and made it; only the whole remainder is drawn here
            self._table = self.rows.table(self.start, len(self.rows), self._header())
            self._table.wrap(sum(self.rows.widths), 1e7)
        self._table.drawOn(self.canv, 0, 0)
        self.rows.placed(self.rows_left)


def closing_height(closing: Sequence[Flowable], width: float) -> float:
    """The height of what follows a table on its page (the signature)."""
    return sum(f.wrap(width, 1e7)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in closing)


def long_table(
    header: list[list[Flowable]],
    rows: Sequence[Sequence[Cell]],
    cell: ParagraphStyle,
    widths: Sequence[float],
    extra_style: Sequence[tuple] = (),
    closing: Sequence[Flowable] = (),
    bottom: float = CELL_PAD,
) -> list[Flowable]:
    """A table of ``rows`` (the texts of their cells, set in ``cell`` unless a cell names its own
    style) with ``header`` on top of every page, then ``closing`` (the signature: kept together,
    and on a page with at least the last row). ``bottom``: the padding under a body row's text."""
    table = LongTable(_Rows(header, rows, cell, widths, extra_style, closing_height(closing, sum(widths)), bottom))
    return [table] + ([KeepTogether(list(closing))] if closing else [])
