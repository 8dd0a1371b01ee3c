"""Print preview of a ReportLab PDF inside the application, printing it through the system
print dialog (each page rendered onto the QPrinter), saving it as PDF, and the softcopy archive
of issued documents.

Long documents are built in a background thread with a progress dialog that can cancel them.
A document the SOP files (DIK, keputusan, lembar uji, berita acara) is recorded in the archive when
it is printed or saved. A keputusan, lembar uji or berita acara issued before is never built again:
its preview shows the archived copy, byte-identical, whatever changed in the profile since.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError, Cancelled
from dikecualikan_gui.services import documents, profile
from dikecualikan_gui.services.documents import ArchivedDocument, Spec
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.pages.attachments_panel import human_size
from dikecualikan_gui.ui.pdf_output import PRINT_DPI, QT_SIZES, file_name, load_pdf, print_pdf
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.workers import BackgroundTask, Progress

PAPERS = {p.value for p in Paper}

Render = Callable[[Paper, Progress], bytes]


@dataclasses.dataclass(frozen=True)
class PrintJob:
    """A document to preview: how to build it and, for the documents the SOP files, what to
    record in the archive when it is printed or saved (``jenis`` one of documents.ISSUED_KINDS;
    ``kunci``: the key a frozen document is archived under, see services.documents.Spec)."""

    title: str
    render: Render
    jenis: str = ""
    referensi: str = ""
    item_id: int | None = None
    penetapan_id: int | None = None
    kunci: str = ""
    earlier: tuple[str, ...] = ()
    facts: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def issued(self) -> bool:
        return self.jenis in documents.ISSUED_KINDS

    @classmethod
    def of(cls, spec: Spec) -> PrintJob:
        return cls(
            spec.title,
            lambda paper, progress: spec.render(paper, progress),
            spec.jenis,
            spec.referensi,
            spec.item_id,
            spec.penetapan_id,
            spec.kunci,
            spec.earlier,
            spec.facts,
        )

    @property
    def keys(self) -> tuple[str, ...]:
        return ((self.kunci,) + self.earlier) if self.kunci else ()


def _cancellable(render: Render, paper: Paper) -> Callable[[Progress, Callable[[], bool]], bytes]:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> bytes:
        def report(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled(tr("Pencetakan dibatalkan; tidak ada yang dicetak atau diarsipkan."))
            progress(done, total)

        return render(paper, report)

    return work


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
        self.resize(1000, 820)
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
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.paper = QComboBox()
        self.paper.setObjectName("paperCombo")
        for option in Paper:
            self.paper.addItem(tr(option.label), option)
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
                    QLabel(tr("Kertas")), self.paper, self.pages, None, self.saveButton, self.printButton, close
                ),
                self.note,
                self.view,
                margin=layout.MARGIN,
            )
        )
        self.view.setMinimumHeight(400)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.printButton.clicked.connect(self._on_print_clicked)
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
        self.saveButton.setEnabled(ready)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._set_ready(False)
        self.pages.setText(tr("Menyusun dokumen…"))
        task = BackgroundTask(
            self,
            self.job.title,
            tr("Menyusun {t}…").format(t=self.job.title),
            _cancellable(self.job.render, self.current_paper()),
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
        suggested = str(Path.home() / file_name(self.windowTitle()))
        target, _ = QFileDialog.getSaveFileName(self, tr("Simpan PDF"), suggested, tr("PDF (*.pdf)"))
        if target and self.save_to(Path(target)):
            messages.info(self, tr("PDF disimpan di {p}.").format(p=target))

    @classmethod
    def show_job(cls, ctx: AppContext, job: PrintJob, parent: QWidget | None = None) -> PreviewDialog:
        dialog = cls(ctx, job, parent=parent)
        dialog.exec()
        return dialog


# --- the documents, ready to preview -----------------------------------------------------------


def dik_job(ctx: AppContext) -> PrintJob:
    return PrintJob.of(documents.dik_spec(ctx.config))


def usulan_job(ctx: AppContext) -> PrintJob:
    config = ctx.config
    return PrintJob(
        documents.KINDS["usulan"],
        lambda paper, progress: documents.render_usulan(config, paper, progress=progress),
        jenis="usulan",
    )


def uji_job(ctx: AppContext, item_id: int, nomor: str) -> PrintJob:
    """The lembar uji of the item's latest test: a draft (never archived) until a session held it."""
    return PrintJob.of(documents.uji_spec(ctx.config, item_id))


def history_job(ctx: AppContext, item_id: int, nomor: str) -> PrintJob:
    config = ctx.config
    return PrintJob(
        "{t} {n}".format(t=documents.KINDS["riwayat"], n=nomor),
        lambda paper, progress: documents.render_history(config, item_id, paper),
        jenis="riwayat",
        referensi=nomor,
        item_id=item_id,
    )


def penetapan_job(ctx: AppContext, nomor_penetapan: str) -> PrintJob:
    """A keputusan (also a DIK edition's): built once, then always its archived copy."""
    return PrintJob.of(documents.penetapan_spec(ctx.config, nomor_penetapan))


def berita_acara_job(ctx: AppContext, nomor_sesi: str) -> PrintJob:
    """The berita acara of a consequence-test session: built once, then always its archived copy."""
    return PrintJob.of(documents.berita_acara_spec(ctx.config, nomor_sesi))


# --- the softcopy archive ------------------------------------------------------------------


class ArchiveDialog(QDialog):
    """Every issued document: which, when, by whom, its SHA-256; view, reprint or save the
    stored copy (byte-identical to what was issued)."""

    COLUMNS = ("Waktu", "Dokumen", "Referensi", "Oleh", "Kertas", "Ukuran", "SHA-256")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, item_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.setWindowTitle(tr("Arsip dokumen"))
        self.setObjectName("archiveDialog")
        self.resize(1000, 560)
        self.documents: list[ArchivedDocument] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("archiveTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.viewButton = QPushButton(tr("Lihat / cetak ulang…"))
        self.viewButton.setObjectName("viewArchivedButton")
        self.saveButton = QPushButton(tr("Simpan salinan…"))
        self.saveButton.setObjectName("saveArchivedButton")
        close = QPushButton(tr("Tutup"))
        self.summary = layout.hint("")
        self.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Salinan lunak setiap dokumen yang diterbitkan (DIK, keputusan, lembar uji, berita acara), "
                        "disimpan di folder data beserta SHA-256-nya. Cetak ulang memakai salinan ini, sama "
                        "persis."
                    )
                ),
                self.table,
                layout.hbox(self.summary, None, self.viewButton, self.saveButton, close),
                margin=layout.MARGIN,
            )
        )
        self.table.doubleClicked.connect(self._on_view_clicked)
        self.viewButton.clicked.connect(self._on_view_clicked)
        self.saveButton.clicked.connect(self._on_save_clicked)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        try:
            self.documents = documents.archive(self.ctx.config, self.item_id)
        except AppError as exc:
            messages.error(self, str(exc))
            self.documents = []
        self.table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            values = (
                history.local_time(doc.created_at).strftime("%d/%m/%Y %H:%M"),
                doc.judul,
                doc.referensi,
                doc.created_by or tr("sistem"),
                doc.paper,
                human_size(doc.ukuran),
                doc.sha256[:16] + "…",
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column == 6:
                    cell.setToolTip(doc.sha256)
                self.table.setItem(row, column, cell)
        self.summary.setText(tr("{n} dokumen").format(n=len(self.documents)))
        if self.documents:
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> ArchivedDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.documents[rows[0].row()] if rows else None

    def _on_selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.viewButton.setEnabled(chosen)
        self.saveButton.setEnabled(chosen)

    def _stored(self) -> tuple[ArchivedDocument, bytes] | None:
        doc = self.selected()
        if doc is None:
            return None
        try:
            return doc, documents.archived_bytes(doc)
        except AppError as exc:
            messages.error(self, str(exc), tr("Salinan arsip bermasalah"))
            return None

    def _on_view_clicked(self, *_args: object) -> None:
        stored = self._stored()
        if stored is None:
            return
        doc, data = stored
        job = PrintJob("{j} {r}".format(j=doc.judul, r=doc.referensi).strip(), lambda paper, progress: data)
        dialog = PreviewDialog(self.ctx, job, Paper(doc.paper) if doc.paper in PAPERS else None, self, fixed=data)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.exec()

    def _on_save_clicked(self) -> None:
        stored = self._stored()
        if stored is None:
            return
        doc, data = stored
        name = file_name("{j} {r}".format(j=doc.judul, r=doc.referensi))
        target, _ = QFileDialog.getSaveFileName(self, tr("Simpan salinan"), str(Path.home() / name), tr("PDF (*.pdf)"))
        if not target:
            return
        try:
            Path(target).write_bytes(data)
        except OSError as exc:
            messages.error(self, tr("Salinan tidak dapat disimpan di {p}: {e}").format(p=target, e=exc.strerror or exc))
            return
        messages.info(self, tr("Salinan disimpan di {p}.").format(p=target))
