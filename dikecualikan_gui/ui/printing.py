"""Printing: the documents (ui.print_jobs), their preview (ui.preview_dialog: zoom, page
navigation, Cetak, Cetak langsung, Simpan PDF) and the softcopy archive of issued documents, where a
stored copy is viewed, reprinted or saved byte-identical to what was issued.

The names the rest of the application uses are re-exported here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import documents
from dikecualikan_gui.services.documents import ArchivedDocument
from dikecualikan_gui.ui import dialog_fit, layout, messages, save_target
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.pages.attachments_panel import human_size
from dikecualikan_gui.ui.pdf_output import file_name
from dikecualikan_gui.ui.preview_dialog import PAPERS, PreviewDialog
from dikecualikan_gui.ui.print_jobs import (
    PrintJob,
    Render,
    berita_acara_job,
    dik_job,
    history_job,
    penetapan_job,
    uji_job,
    usulan_job,
)
from dikecualikan_gui.ui.text import tr, tr_label, tr_noop
from dikecualikan_gui.ui.workers import Progress

__all__ = [
    "ArchiveDialog",
    "PreviewDialog",
    "PrintJob",
    "Progress",
    "Render",
    "berita_acara_job",
    "dik_job",
    "history_job",
    "penetapan_job",
    "uji_job",
    "usulan_job",
]


# --- the softcopy archive ------------------------------------------------------------------


class ArchiveDialog(QDialog):
    """Every issued document: which, when, by whom, its SHA-256; view, reprint or save the
    stored copy (byte-identical to what was issued)."""

    COLUMNS = (
        tr_noop("Waktu"),
        tr_noop("Dokumen"),
        tr_noop("Referensi"),
        tr_noop("Oleh"),
        tr_noop("Kertas"),
        tr_noop("Ukuran"),
        tr_noop("SHA-256"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, item_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.setWindowTitle(tr("Arsip dokumen"))
        self.setObjectName("archiveDialog")
        self.resize(dialog_fit.fit_size(self, QSize(1000, 560)))
        self.documents: list[ArchivedDocument] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("archiveTable")
        self.table.setHorizontalHeaderLabels([tr_label(c) for c in self.COLUMNS])
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
        target = save_target.ask_path(self, self.ctx, tr("Simpan salinan"), name, tr("PDF (*.pdf)"))
        if target is None:
            return
        try:
            target.write_bytes(data)
        except OSError as exc:
            messages.error(self, tr("Salinan tidak dapat disimpan di {p}: {e}").format(p=target, e=exc.strerror or exc))
            return
        save_target.tell_saved(self, tr("Salinan disimpan di {p}.").format(p=target), target)
