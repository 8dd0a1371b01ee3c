"""Print preview of a ReportLab PDF inside the application, printing it through the system
print dialog (each page rendered onto the QPrinter), and saving it as PDF."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QPushButton, QWidget

from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.text import tr

PRINT_DPI = 300
#: The paper of a document as Qt knows it (F4 is not a named Qt size).
QT_SIZES = {Paper.A4: QPageSize(QPageSize.PageSizeId.A4),
            Paper.F4: QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4",
                                QPageSize.SizeMatchPolicy.ExactMatch)}


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
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
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


class PreviewDialog(QDialog):
    """Shows a document; Cetak and Simpan PDF call ``on_issue`` first (the archive record)."""

    def __init__(self, title: str, render: Callable[[Paper], bytes], paper: Paper,
                 on_issue: Callable[[bytes, Paper], None] | None = None, parent: QWidget | None = None,
                 fixed: bytes | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 800)
        self._render = render
        self._on_issue = on_issue
        self.data = b""
        self.issued = 0
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.paper = QComboBox()
        self.paper.setObjectName("paperCombo")
        for option in Paper:
            self.paper.addItem(option.label, option)
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.paper.setEnabled(fixed is None)
        self.pages = QLabel()
        self.printButton = QPushButton(tr("Cetak…"))
        self.printButton.setObjectName("printButton")
        self.saveButton = QPushButton(tr("Simpan PDF…"))
        self.saveButton.setObjectName("savePdfButton")
        close = QPushButton(tr("Tutup"))
        note = layout.hint(tr("Salinan cetak ulang dari arsip, sama persis dengan yang diterbitkan.")
                           if fixed is not None else "")
        self.setLayout(layout.vbox(
            layout.hbox(QLabel(tr("Kertas")), self.paper, self.pages, note, None, self.saveButton, self.printButton,
                        close),
            self.view, margin=layout.MARGIN))
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.printButton.clicked.connect(self._on_print_clicked)
        self.saveButton.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.accept)
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        if fixed is not None:
            self.show_pdf(fixed)
        else:
            self._on_paper_changed()

    def current_paper(self) -> Paper:
        return Paper(self.paper.currentData().value)

    def show_pdf(self, data: bytes) -> None:
        self.data = data
        self.document, self._buffer = load_pdf(data, self)
        self.view.setDocument(self.document)
        self.pages.setText(tr("{n} halaman").format(n=self.document.pageCount()))

    def _on_paper_changed(self, *_args: object) -> None:
        try:
            self.show_pdf(self._render(self.current_paper()))
        except AppError as exc:
            messages.error(self, str(exc))

    def _issue(self) -> bool:
        if self._on_issue is None:
            return True
        try:
            self._on_issue(self.data, self.current_paper())
        except AppError as exc:
            messages.error(self, str(exc))
            return False
        self.issued += 1
        return True

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setPageSize(QT_SIZES[self.current_paper()])
        printer.setDocName(self.windowTitle())
        return printer

    def _on_print_clicked(self) -> None:
        if self.document is None:
            return
        printer = self.printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        if not self._issue():
            return
        try:
            print_pdf(self.document, printer)
        except AppError as exc:
            messages.error(self, str(exc))

    def _on_save_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, tr("Simpan PDF"), self.windowTitle() + ".pdf", tr("PDF (*.pdf)"))
        if not target:
            return
        if not self._issue():
            return
        try:
            Path(target).write_bytes(self.data)
        except OSError as exc:
            messages.error(self, tr("PDF tidak dapat disimpan: {e}").format(e=exc.strerror or exc))
            return
        messages.info(self, tr("PDF disimpan di {p}.").format(p=target))

