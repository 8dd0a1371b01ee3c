"""The page of an official letter: paper, margins, the kop surat on the first page, and
"Halaman X dari Y" on every page."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, Paragraph

from dikecualikan_gui.domain.model import Paper, PrintSettings
from dikecualikan_gui.reports.blocks import LongTable
from dikecualikan_gui.reports.text import BODY, BODY_BOLD, markup, register_fonts

F4 = (215 * mm, 330 * mm)
PAPERS = {Paper.F4: F4, Paper.A4: A4}
LOGO_SIZE = 2.5 * cm
KOP_GAP = 0.45 * cm
FOOT_Y = 1.1 * cm
FOOT_SIZE = 8.5


class Cancelled(Exception):
    """Raised from the progress callback to stop a long build."""


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: government line, agency name (largest), unit, address, contacts, logo."""

    pemerintah: str
    nama: str
    unit_kerja: str
    alamat: str
    kontak: str
    logo: Path | None


def page_size(paper: Paper, wide: bool) -> tuple[float, float]:
    size = PAPERS[paper]
    return landscape(size) if wide else portrait(size)


def _kop_paragraphs(head: Letterhead, width: float) -> list[tuple[Paragraph, float]]:
    def style(size: float, bold: bool) -> ParagraphStyle:
        return ParagraphStyle(
            "kop", fontName=BODY_BOLD if bold else BODY, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
        )

    name = head.nama.upper()
    name_size = 15.5
    while name_size > 12 and pdfmetrics.stringWidth(name, BODY_BOLD, name_size) > width:
        name_size -= 0.5  # the agency name on one line where it can be, still the largest
    lines = [
        (head.pemerintah.upper(), min(12.5, name_size - 1), True),
        (name, name_size, True),
        (head.unit_kerja.upper(), min(12, name_size - 1), True),
        (head.alamat, 9.5, False),
        (head.kontak, 9, False),
    ]
    out = []
    for text, size, bold in lines:
        if text.strip():
            paragraph = Paragraph(markup(text, bold), style(size, bold))
            out.append((paragraph, paragraph.wrap(width, 1000)[1]))
    return out


def kop_height(head: Letterhead, width: float) -> float:
    text = sum(h for _, h in _kop_paragraphs(head, width - 2 * (LOGO_SIZE + 0.3 * cm)))
    return max(text, LOGO_SIZE if head.logo else 0) + KOP_GAP


def draw_kop(canvas: Canvas, head: Letterhead, left: float, top: float, width: float) -> float:
    """Draw the letterhead with its top at ``top``; returns its height (rule included)."""
    text_width = width - 2 * (LOGO_SIZE + 0.3 * cm)
    paragraphs = _kop_paragraphs(head, text_width)
    text_height = sum(h for _, h in paragraphs)
    block = max(text_height, LOGO_SIZE if head.logo else 0)
    if head.logo is not None:
        try:
            canvas.drawImage(
                str(head.logo),
                left,
                top - LOGO_SIZE - (block - LOGO_SIZE) / 2,
                LOGO_SIZE,
                LOGO_SIZE,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
        except (OSError, ValueError):
            pass  # a damaged logo file does not stop the letter; the text still identifies the agency
    y = top - (block - text_height) / 2
    for paragraph, height in paragraphs:
        y -= height
        paragraph.drawOn(canvas, left + (width - text_width) / 2, y)
    rule = top - block - 0.12 * cm
    canvas.setLineWidth(2.2)
    canvas.line(left, rule, left + width, rule)
    canvas.setLineWidth(0.6)
    canvas.line(left, rule - 0.1 * cm, left + width, rule - 0.1 * cm)
    return block + KOP_GAP


def draw_watermark(canvas: Canvas, text: str, size: tuple[float, float]) -> None:
    """``text`` in large light letters across the page, corner to corner, under the content."""
    width, height = size
    diagonal = math.hypot(width, height)
    font_size = min(96.0, 0.75 * diagonal / max(1.0, pdfmetrics.stringWidth(text, BODY_BOLD, 1)))
    canvas.saveState()
    canvas.setFillGray(0.84)
    canvas.setFont(BODY_BOLD, font_size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -font_size / 3, text)
    canvas.restoreState()


class NumberedCanvas(Canvas):
    """Holds every page until the end, so each can say 'Halaman X dari Y'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(BODY, FOOT_SIZE)
            self.setFillGray(0.35)
            self.drawCentredString(width / 2, FOOT_Y, "Halaman {n} dari {t}".format(n=number, t=total))
            super().showPage()
        super().save()


@dataclass(frozen=True)
class Layout:
    settings: PrintSettings
    head: Letterhead
    first_wide: bool = False  # the first page (with the kop) in landscape
    later_wide: bool = False  # following pages in landscape (lampiran, long tables)
    footer: str = ""  # a note at the left of the foot of every page ("Dicetak pada ...")
    watermark: str = ""  # large diagonal text under every page ("DRAF — belum diuji")
    kode: str = ""  # the register's verification code at printing, at the right of every page's foot

    def margins(self) -> tuple[float, float, float, float]:
        s = self.settings
        return s.margin_top_cm * cm, s.margin_right_cm * cm, s.margin_bottom_cm * cm, s.margin_left_cm * cm

    def frame_width(self, wide: bool) -> float:
        _, right, _, left = self.margins()
        return page_size(self.settings.paper, wide)[0] - left - right

    def frame_height(self, wide: bool, first: bool) -> float:
        top, _, bottom, _ = self.margins()
        height = page_size(self.settings.paper, wide)[1] - top - bottom
        return height - (kop_height(self.head, self.frame_width(wide)) if first else 0)


def _template(layout: Layout, name: str, wide: bool, first: bool, next_name: str) -> PageTemplate:
    top, right, bottom, left = layout.margins()
    size = page_size(layout.settings.paper, wide)
    frame = Frame(
        left,
        bottom,
        layout.frame_width(wide),
        layout.frame_height(wide, first),
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if layout.watermark:
            draw_watermark(canvas, layout.watermark, size)
        if first:
            draw_kop(canvas, layout.head, left, size[1] - top, layout.frame_width(wide))
        canvas.saveState()
        canvas.setFont(BODY, FOOT_SIZE)
        canvas.setFillGray(0.35)
        if layout.footer:
            canvas.drawString(left, FOOT_Y, layout.footer)
        if layout.kode:
            canvas.drawRightString(size[0] - right, FOOT_Y, "Kode verifikasi {k}".format(k=layout.kode))
        canvas.restoreState()

    return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size, autoNextPageTemplate=next_name)


def lampiran_break() -> list[Flowable]:
    """What starts the lampiran: landscape pages from the next page on."""
    from reportlab.platypus import PageBreak

    return [NextPageTemplate("lampiran"), PageBreak()]


def render(
    story: Sequence[Flowable], layout: Layout, title: str, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """Build the PDF in memory. The output is deterministic (no time stamps), so the same data
    gives the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size(layout.settings.paper, layout.first_wide),
        title=title,
        author="Dikecualikan",
        creator="Dikecualikan",
        invariant=1,
        leftMargin=layout.margins()[3],
        rightMargin=layout.margins()[1],
        topMargin=layout.margins()[0],
        bottomMargin=layout.margins()[2],
    )
    later = "later"
    doc.addPageTemplates(
        [
            _template(layout, "first", layout.first_wide, True, later),
            _template(layout, later, layout.later_wide, False, later),
            _template(layout, "lampiran", True, False, "lampiran"),
        ]
    )
    flowables = list(story)
    if progress is not None:
        # Done = flowables handled + table rows laid out: a long table is one flowable that
        # splits itself page by page, so its rows tell how far the build is.
        tables = [f for f in flowables if isinstance(f, LongTable)]
        total = max(1, len(flowables) + sum(t.rows_left for t in tables))
        done = {"flowables": 0, "rows": 0}

        def report() -> None:
            progress(min(done["flowables"] + done["rows"], total), total)  # may raise Cancelled

        def on_rows(count: int) -> None:
            done["rows"] += count
            report()

        def on_progress(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                done["flowables"] = max(done["flowables"], value)
                report()

        for table in tables:
            table.listen(on_rows)
        doc.setProgressCallBack(on_progress)
    doc.build(flowables, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
