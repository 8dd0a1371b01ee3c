"""Qt table models over service results. The register loads its rows lazily, a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from dikecualikan_gui.domain.dates import format_date_short
from dikecualikan_gui.domain.model import RegisterRow, RowFilter, Status
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import items
from dikecualikan_gui.ui.text import tr_label, tr_noop

Index = QModelIndex | QPersistentModelIndex

STATUS_SHORT = {
    Status.DRAF: tr_noop("Draf"),
    Status.DIUJI: tr_noop("Menunggu persetujuan"),
    Status.DISETUJUI: tr_noop("Disetujui"),
    Status.DIKEMBALIKAN: tr_noop("Dikembalikan"),
    Status.DITOLAK: tr_noop("Ditolak"),
    Status.BERAKHIR: tr_noop("Berakhir"),
}
STATUS_COLOURS = {
    Status.DRAF: "#eeeeee",
    Status.DIUJI: "#fff4ce",
    Status.DISETUJUI: "#dff6dd",
    Status.DIKEMBALIKAN: "#fde7e9",
    Status.DITOLAK: "#e8e8e8",
    Status.BERAKHIR: "#e6f0fa",
}


def status_text(status: Status) -> str:
    return tr_label(STATUS_SHORT[status])


class RegisterModel(QAbstractTableModel):
    """The register: counts the filtered rows once, then fetches pages of PAGE rows on demand."""

    PAGE = 200
    CACHE_PAGES = 40
    COLUMNS = (
        ("nomor", tr_noop("Nomor")),
        ("judul", tr_noop("Judul informasi")),
        ("unit_pengusul", tr_noop("Unit/bidang")),
        ("dasar_hukum", tr_noop("Dasar hukum")),
        ("jangka_waktu", tr_noop("Jangka waktu")),
        ("status", tr_noop("Status")),
        ("berakhir", tr_noop("Berakhir")),
    )

    # The database could not be read (a network share gone, a file locked): the table shows what it
    # has and the page says why, once, outside the painting that asked for the rows.
    failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._where = RowFilter()
        self._sort = "nomor"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()

    # --- what is shown ---------------------------------------------------------------------

    @property
    def where(self) -> RowFilter:
        return self._where

    def set_filter(self, where: RowFilter) -> None:
        self._where = where
        self.refresh()

    def refresh(self) -> None:
        """Read the count again and drop every cached page (after a change or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        try:
            self._count = items.count_items(self._where)
        except AppError as exc:
            self._count = 0
            self._report(exc)
        self.endResetModel()

    def _report(self, exc: AppError) -> None:
        QTimer.singleShot(0, lambda: self.failed.emit(str(exc)))

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < self._count:
            return None
        page_number, offset = divmod(row, self.PAGE)
        page = self._pages.get(page_number)
        if page is None:
            try:
                page = items.register_page(
                    self._where, self._sort, self._descending, self.PAGE, page_number * self.PAGE
                )
            except AppError as exc:
                page = []  # not asked again until the next refresh
                self._report(exc)
            self._pages[page_number] = page
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def item_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, item_id: int) -> int | None:
        """The row of an item among the cached pages (None when it is not loaded)."""
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found.id == item_id:
                    return number * self.PAGE + offset
        return None

    # --- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        found = self.row_at(index.row())
        if found is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return found.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[found.status])) if key == "status" else None
        if key == "status":
            return status_text(found.status)
        if key == "berakhir":
            return format_date_short(found.berakhir) if found.berakhir else ""
        text = getattr(found, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if key in ("judul", "dasar_hukum", "jangka_waktu", "unit_pengusul") and text else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
