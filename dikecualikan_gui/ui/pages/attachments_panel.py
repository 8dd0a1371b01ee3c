"""Attachments of an item: add (copied into the data folder), open, remove; size and SHA-256."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dikecualikan_gui.domain.model import AttachmentInfo
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import attachments
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return ("{s} {u}" if unit == "B" else "{s:.1f} {u}").format(s=size, u=unit).replace(".", ",")
        size /= 1024  # type: ignore[assignment]
    return str(size)


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self._infos: list[AttachmentInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attachmentsTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Nama berkas"), tr("Ukuran"), tr("SHA-256"), tr("Ditambahkan oleh"), tr("Waktu")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.addButton = QPushButton(tr("Tambah lampiran…"))
        self.addButton.setObjectName("addAttachmentButton")
        self.openButton = QPushButton(tr("Buka"))
        self.removeButton = QPushButton(tr("Hapus dari usulan"))
        self.addButton.clicked.connect(self._on_add_clicked)
        self.openButton.clicked.connect(self._on_open_clicked)
        self.removeButton.clicked.connect(self._on_remove_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.note = layout.hint(
            tr(
                "Lampiran disalin ke folder data aplikasi; berkas asli tidak diubah. "
                "Simpan usulan dahulu sebelum menambah lampiran."
            )
        )
        self.setLayout(
            layout.vbox(
                self.note,
                self.table,
                layout.hbox(self.addButton, self.openButton, self.removeButton, None),
                margin=layout.MARGIN,
            )
        )

    def set_item(self, item_id: int | None, editable: bool) -> None:
        self.item_id = item_id
        self.addButton.setEnabled(item_id is not None and editable)
        self.removeButton.setEnabled(item_id is not None and editable)
        self.reload()

    def reload(self) -> None:
        self._infos = attachments.list_attachments(self.item_id) if self.item_id is not None else []
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            cells = (
                info.nama,
                human_size(info.ukuran),
                info.sha256,
                info.added_by,
                info.added_at.strftime("%d/%m/%Y %H:%M") + " UTC",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.openButton.setEnabled(bool(self._infos))

    def _selected(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def _on_add_clicked(self) -> None:
        if self.item_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Pilih berkas lampiran"))
        for path in paths:
            try:
                attachments.add_attachment(self.ctx.actor, self.ctx.config, self.item_id, Path(path))
            except AppError as exc:
                messages.error(self, str(exc))
                break
        if paths:
            self.reload()
            self.changed.emit()

    def _on_open_clicked(self, *_args: object) -> None:
        info = self._selected()
        if info is None:
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="dikecualikan-lampiran-"))
            target = folder / Path(info.nama).name
            attachments.export_attachment(self.ctx.config, info, target)
        except (AppError, OSError) as exc:
            messages.error(self, str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _on_remove_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        if not messages.confirm(
            self,
            tr("Hapus lampiran"),
            tr(
                "Hapus lampiran {n} dari usulan ini? Berkasnya tetap tersimpan dan penghapusan tercatat di riwayat."
            ).format(n=info.nama),
            tr("Hapus"),
        ):
            return
        try:
            attachments.remove_attachment(self.ctx.actor, info.id)
        except AppError as exc:
            messages.error(self, str(exc))
        self.reload()
        self.changed.emit()
