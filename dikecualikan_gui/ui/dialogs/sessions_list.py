"""The recorded consequence-test sessions, newest first; each prints its berita acara."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import sessions
from dikecualikan_gui.ui import layout, messages, printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr


class SessionsDialog(QDialog):
    COLUMNS = (tr("Nomor sesi"), tr("Tanggal"), tr("Tempat"), tr("Usulan"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsDialog")
        self.ctx = ctx
        self.setWindowTitle(tr("Sesi pengujian konsekuensi dan berita acaranya"))
        self.rows = sessions.list_sessions()
        self.table = QTableWidget(len(self.rows), len(self.COLUMNS))
        self.table.setObjectName("sessionsTable")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, (nomor, tanggal, tempat, count) in enumerate(self.rows):
            for column, text in enumerate((nomor, format_date_id(tanggal), tempat, str(count))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self.printButton = QPushButton(tr("Lihat / cetak berita acara…"))
        self.printButton.setObjectName("printBeritaAcaraButton")
        self.printButton.setEnabled(bool(self.rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Tutup"))
        buttons.rejected.connect(self.reject)
        self.printButton.clicked.connect(self._on_print_clicked)
        self.table.doubleClicked.connect(self._on_print_clicked)
        empty = tr("Belum ada sesi pengujian yang dicatat.") if not self.rows else ""
        self.setLayout(
            layout.vbox(
                layout.hint(empty) if empty else None,
                self.table,
                layout.hbox(self.printButton, None, buttons),
                margin=layout.MARGIN,
            )
        )
        self.resize(720, 420)

    def selected(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def _on_print_clicked(self, *_args: object) -> None:
        nomor = self.selected()
        if nomor is None:
            return
        try:
            printing.PreviewDialog.show_job(self.ctx, printing.berita_acara_job(self.ctx, nomor), self)
        except AppError as exc:
            messages.error(self, str(exc))
