"""A PDF on the screen and on paper: load the bytes into Qt's PDF document, print every page onto a
QPrinter at its own orientation, and a file name from a document title."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.ui.text import tr

PRINT_DPI = 300
#: The paper of a document as Qt knows it (F4 is not a named Qt size).
QT_SIZES = {
    Paper.A4: QPageSize(QPageSize.PageSizeId.A4),
    Paper.F4: QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch),
}


def load_pdf(data: bytes, parent: QObject) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (the buffer must live as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page onto the printer, each page at the printer's paper and orientation;
    returns the number of pages printed."""
    painter = QPainter()
    pages = document.pageCount()
    for index in range(pages):
        size_pt = document.pagePointSize(index)
        landscape = size_pt.width() > size_pt.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        if index == 0:
            if not painter.begin(printer):
                raise AppError(tr("Pencetak tidak dapat dipakai. Periksa pencetak yang dipilih."))
        elif not printer.newPage():
            break
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
        width, height = size_pt.width() * scale, size_pt.height() * scale
        image = document.render(index, QSizeF(width, height).toSize())
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(width, height)), image)
    if painter.isActive():
        painter.end()
    return pages


def file_name(title: str) -> str:
    """A file name from a document title (no slashes from a nomor like 800/25/PPID)."""
    return "".join(c if c.isalnum() or c in " -_." else "-" for c in title).strip() + ".pdf"
