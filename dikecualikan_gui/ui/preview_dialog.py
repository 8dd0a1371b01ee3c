"""The print preview: a ReportLab PDF shown as it will print, with zoom, fit to the page width and
page navigation; printed through the system print dialog or straight to the default printer
("Cetak langsung"), or saved as PDF (the save dialog opens in the folder used last time, and the
saved file or its folder can be opened afterwards).

The dialog is on screen at once and builds the document in a background thread (a progress
dialog can cancel it). It opens at the size it was left at, never larger than the screen. A
document the SOP files is recorded in the archive when it is printed or saved; a frozen document
issued before previews as its archived copy, byte-identical.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QSize, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QWidget

from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError, Cancelled
from dikecualikan_gui.services import documents, profile
from dikecualikan_gui.services.documents import ArchivedDocument
from dikecualikan_gui.ui import dialog_fit, layout, messages, save_target
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.pdf_output import PRINT_DPI, QT_SIZES, file_name, load_pdf, print_pdf
from dikecualikan_gui.ui.preview_controls import PreviewControls
from dikecualikan_gui.ui.print_jobs import PrintJob, cancellable
from dikecualikan_gui.ui.text import tr, tr_label
from dikecualikan_gui.ui.workers import BackgroundTask

PAPERS = {p.value for p in Paper}
SETTINGS_KEY = "pratinjau"
DEFAULT_SIZE = QSize(1000, 820)


def use_default_printer(printer: QPrinter) -> bool:
    """Point ``printer`` at the system's default printer; False when there is none."""
    default = QPrinterInfo.defaultPrinter()
    if default.isNull():
        return False
    printer.setPrinterName(default.printerName())
    return True


class PreviewDialog(QDialog):
    """Shows a document as it will print; Kertas rebuilds it on the other paper. Cetak and
    Simpan PDF record the document in the archive first when the SOP files it."""

    rendered = Signal()

    def __init__(
        self,
        ctx: AppContext,
        job: PrintJob,
        paper: Paper | None = None,
        parent: QWidget | None = None,
        fixed: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job = job
        self.setWindowTitle(job.title)
        self.setObjectName("previewDialog")
        self._settings = dialog_fit.settings(ctx)
        dialog_fit.restore(self, self._settings, SETTINGS_KEY, DEFAULT_SIZE)
        self.data = b""
        self.archived: list[ArchivedDocument] = []
        self.outcome = ""  # what was done with the document, for the status bar
        self._issued_for = b""
        self._task: BackgroundTask | None = None
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.controls = PreviewControls(self.view)
        self.paper = QComboBox()
        self.paper.setObjectName("paperCombo")
        for option in Paper:
            self.paper.addItem(tr_label(option.label), option)
        self.issued_before: ArchivedDocument | None = None
        if fixed is None and job.kunci:
            fixed = self._archived_copy()
        self.paper.setCurrentIndex(
            self.paper.findData(
                Paper(self.issued_before.paper)
                if self.issued_before and self.issued_before.paper in PAPERS
                else paper or profile.get_profile().print_settings.paper
            )
        )
        self.paper.setEnabled(fixed is None and self.issued_before is None)
        self.pages = QLabel()
        self.pages.setObjectName("pageCountLabel")
        self.printButton = QPushButton(tr("Cetak…"))
        self.printButton.setObjectName("printButton")
        self.printNowButton = QPushButton(tr("Cetak langsung"))
        self.printNowButton.setObjectName("printNowButton")
        self.printNowButton.setToolTip(tr("Cetak di pencetak bawaan tanpa membuka dialog cetak"))
        self.saveButton = QPushButton(tr("Simpan PDF…"))
        self.saveButton.setObjectName("savePdfButton")
        close = QPushButton(tr("Tutup"))
        if self.issued_before is not None:
            note = tr(
                "Dokumen ini sudah diterbitkan {t} oleh {u}: yang ditampilkan dan dicetak adalah salinan "
                "arsipnya, sama persis. Perubahan profil sesudahnya hanya berlaku untuk dokumen yang "
                "diterbitkan kemudian."
            ).format(
                t=history.local_time(self.issued_before.created_at).strftime("%d/%m/%Y %H:%M"),
                u=self.issued_before.created_by,
            )
        elif fixed is not None:
            note = tr("Cetak ulang dari arsip: sama persis dengan dokumen yang diterbitkan.")
        elif job.issued:
            note = tr("Dokumen dicatat di arsip dokumen saat dicetak atau disimpan.")
        else:
            note = ""
        self.note = layout.hint(note)
        self.setLayout(
            layout.vbox(
                layout.hbox(
                    QLabel(tr("Kertas")),
                    self.paper,
                    None,
                    self.saveButton,
                    self.printButton,
                    self.printNowButton,
                    close,
                ),
                self.note,
                layout.hbox(self.controls, self.pages),
                self.view,
                margin=layout.MARGIN,
            )
        )
        self.view.setMinimumHeight(200)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.printButton.clicked.connect(self._on_print_clicked)
        self.printNowButton.clicked.connect(self._on_print_now_clicked)
        self.saveButton.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.accept)
        self._set_ready(False)
        if fixed is not None:
            self.show_pdf(fixed)
        elif self.issued_before is None:
            self._build()
        else:  # issued, but its copy is missing or changed: nothing is built in its place
            self.pages.setText(tr("Salinan arsip tidak dapat dipakai"))

    def _archived_copy(self) -> bytes | None:
        """The archived bytes of a frozen document issued before (None: not issued yet, or its copy
        is unusable — then the user is told, and nothing is built in its place)."""
        try:
            self.issued_before = documents.issued_copy(self.ctx.config, self.job.keys)
            return documents.archived_bytes(self.issued_before) if self.issued_before else None
        except AppError as exc:
            messages.error(self, str(exc), tr("Salinan arsip bermasalah"))
            return None

    def current_paper(self) -> Paper:
        return Paper(self.paper.currentData().value)

    def _set_ready(self, ready: bool) -> None:
        self.printButton.setEnabled(ready)
        self.printNowButton.setEnabled(ready)
        self.saveButton.setEnabled(ready)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._set_ready(False)
        self.pages.setText(tr("Menyusun dokumen…"))
        task = BackgroundTask(
            self,
            self.job.title,
            tr("Menyusun {t}…").format(t=self.job.title),
            cancellable(self.job.render, self.current_paper()),
        )
        task.done.connect(self.show_pdf)
        task.error.connect(self._on_build_failed)
        self._task = task
        task.start()

    def show_pdf(self, data: bytes) -> None:
        self.data = data
        self.document, self._buffer = load_pdf(data, self)
        self.view.setDocument(self.document)
        self.pages.setText(tr("{n} halaman").format(n=self.document.pageCount()))
        self.controls.refresh()
        self._set_ready(True)
        self.rendered.emit()

    def _on_build_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.pages.setText("")
        if isinstance(exc, Cancelled):
            messages.info(self, str(exc))
        else:
            messages.error(self, str(exc), tr("Dokumen tidak dapat disusun"))
        if not self.data:
            self.reject()

    def _on_paper_changed(self, *_args: object) -> None:
        self._build()

    # --- issuing, printing, saving ----------------------------------------------------------

    def _issue(self) -> bool:
        """Record the document in the archive (once per built document; a frozen document issued
        before is not recorded again). When another desk issued the same document a moment earlier,
        its archived copy is the document: it is shown and printed instead."""
        if not self.job.issued or self._issued_for == self.data or self.issued_before is not None:
            return True
        try:
            record = documents.issue(
                self.ctx.actor,
                self.ctx.config,
                self.job.jenis,
                self.data,
                self.job.title,
                self.job.referensi,
                kunci=self.job.kunci,
                earlier=self.job.earlier,
                facts=self.job.facts,
                item_id=self.job.item_id,
                penetapan_id=self.job.penetapan_id,
                paper=self.current_paper(),
            )
            if record.sha256 != hashlib.sha256(self.data).hexdigest():
                stored = documents.archived_bytes(record)
                self.issued_before = record
                self.paper.setEnabled(False)
                self.show_pdf(stored)
                messages.info(
                    self,
                    tr(
                        "Dokumen ini baru saja diterbitkan dari komputer lain; yang dicetak atau "
                        "disimpan adalah salinan arsip yang diterbitkan itu."
                    ),
                )
        except AppError as exc:
            messages.error(self, str(exc), tr("Dokumen tidak dapat diarsipkan"))
            return False
        self.archived.append(record)
        self._issued_for = self.data
        return True

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setPageSize(QT_SIZES[self.current_paper()])
        printer.setDocName(self.windowTitle())
        return printer

    def print_to(self, printer: QPrinter) -> bool:
        if self.document is None or not self._issue():
            return False
        try:
            print_pdf(self.document, printer)
        except AppError as exc:
            messages.error(self, str(exc))
            return False
        self.outcome = tr("{t} dikirim ke pencetak {p}.").format(t=self.windowTitle(), p=printer.printerName())
        return True

    def _on_print_clicked(self) -> None:
        printer = self.printer()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_print_now_clicked(self) -> None:
        """Straight to the default printer, no dialog."""
        printer = self.printer()
        if not use_default_printer(printer):
            messages.error(
                self,
                tr(
                    "Tidak ada pencetak bawaan di komputer ini. Pilih pencetak dengan Cetak…, atau tetapkan "
                    "pencetak bawaan di pengaturan sistem."
                ),
            )
            return
        self.print_to(printer)

    def save_to(self, target: Path) -> bool:
        if not self.data or not self._issue():
            return False
        try:
            target.write_bytes(self.data)
        except OSError as exc:
            messages.error(self, tr("PDF tidak dapat disimpan di {p}: {e}").format(p=target, e=exc.strerror or exc))
            return False
        self.outcome = tr("{t} disimpan sebagai PDF di {p}.").format(t=self.windowTitle(), p=target)
        return True

    def _on_save_clicked(self) -> None:
        target = save_target.ask_path(
            self, self.ctx, tr("Simpan PDF"), file_name(self.windowTitle()), tr("PDF (*.pdf)")
        )
        if target is not None and self.save_to(target):
            save_target.tell_saved(self, tr("PDF disimpan di {p}.").format(p=target), target)

    def done(self, result: int) -> None:
        dialog_fit.save(self, self._settings, SETTINGS_KEY)
        self.stop_building()
        super().done(result)

    def stop_building(self) -> None:
        """Closed while still building: the build stops with the window."""
        if self._task is not None:
            self._task.stop()

    @classmethod
    def show_job(cls, ctx: AppContext, job: PrintJob, parent: QWidget | None = None) -> PreviewDialog:
        dialog = cls(ctx, job, parent=parent)
        dialog.exec()
        dialog.stop_building()
        return dialog
