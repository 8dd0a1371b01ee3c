"""The register: every item, filtered by status, year and huruf, searched as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from dikecualikan_gui.domain import pasal17
from dikecualikan_gui.domain.model import RowFilter, Status
from dikecualikan_gui.domain.workdays import NOTICE_WORKING_DAYS
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import items, lifecycle
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.item_models import RegisterModel, status_text
from dikecualikan_gui.ui.text import tr

SEARCH_DELAY_MS = 40
JUDUL_COLUMN = 1
WHOLE_COLUMNS = frozenset({0, 5, 6})  # nomor, status, berakhir: short, and read whole
COLUMN_PADDING = 16
COLUMN_MAX = 240  # a long dasar hukum or jangka waktu is cut here (its full text is the tooltip)
COLUMN_MIN = 60
JUDUL_SHARE = 0.3  # the title is what people read: never less than this share of the width
EXPIRING = "segera_berakhir"
INCOMPLETE = "perlu_dilengkapi"


class RegisterTable(QTableView):
    """Enter opens the current row (double-click does too)."""

    openRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            item_id = self.currentIndex().data(Qt.ItemDataRole.UserRole)
            if item_id is not None:
                self.openRequested.emit(int(item_id))
                return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegisterModel(self)
        self._showing_failure = False
        self._ctx: AppContext | None = None
        self._user_id: int | None = None

        self.statusFilter = QComboBox()
        self.statusFilter.setObjectName("statusFilter")
        self.yearFilter = QComboBox()
        self.yearFilter.setObjectName("yearFilter")
        self.hurufFilter = QComboBox()
        self.hurufFilter.setObjectName("hurufFilter")
        self.hurufFilter.addItem(tr("Semua huruf"), None)
        for category in pasal17.CATEGORIES.values():
            self.hurufFilter.addItem("{h} — {l}".format(h=category.huruf, l=category.label), category.huruf)
            self.hurufFilter.setItemData(self.hurufFilter.count() - 1, category.text, Qt.ItemDataRole.ToolTipRole)
        for combo in (self.statusFilter, self.yearFilter, self.hurufFilter):
            # as wide as the longest choice: a choice is never cut in the middle of a word
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(tr("Cari nomor, judul, ringkasan, dasar hukum… (Ctrl+F)"))
        self.newItemButton = QPushButton(tr("Usulan baru"))
        self.newItemButton.setObjectName("newItemButton")
        self.newItemButton.setToolTip(tr("Buat usulan informasi yang akan dikecualikan (Ctrl+N)"))
        self.countLabel = QLabel()
        self.countLabel.setObjectName("registerCount")
        self.expiringBanner = QLabel()
        self.expiringBanner.setObjectName("expiringBanner")
        self.expiringBanner.setStyleSheet("background: #fff4ce; padding: 6px; border: 1px solid #e0c060;")
        self.expiringBanner.setWordWrap(True)
        self.expiringBanner.hide()
        self.expiringBanner.linkActivated.connect(self._on_banner_link_activated)

        self.table = RegisterTable()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(JUDUL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self._fitting = False
        self.user_sized = False  # a column widened or narrowed by hand stays so
        header.sectionResized.connect(self._on_section_resized)
        self.table.installEventFilter(self)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        # Two rows: the search box gets the width of the window, not what the filters leave of it.
        search = layout.hbox(self.searchEdit, layout.SPACING, self.newItemButton)
        search.setStretchFactor(self.searchEdit, 1)
        filters = layout.hbox(
            QLabel(tr("Status")),
            self.statusFilter,
            layout.SPACING,
            QLabel(tr("Tahun")),
            self.yearFilter,
            layout.SPACING,
            QLabel(tr("Huruf")),
            self.hurufFilter,
            None,
        )
        self.setLayout(
            layout.vbox(self.expiringBanner, search, filters, self.table, self.countLabel, margin=layout.MARGIN)
        )

        self.statusFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.yearFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.hurufFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.searchEdit.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.openRequested.connect(self.openRequested)
        self.newItemButton.clicked.connect(self.newRequested)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.failed.connect(self._on_read_failed)

    # --- filters ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Counts, years and rows afresh (after a change anywhere)."""
        try:
            self._fill_status_filter()
            self._fill_year_filter()
        except AppError as exc:
            self._on_read_failed(str(exc))
        self.model.set_filter(self._current_filter())

    def _on_read_failed(self, message: str) -> None:
        if not self._showing_failure:  # one message for a burst of failed reads
            self._showing_failure = True
            try:
                messages.error(
                    self,
                    message + "\n\n" + tr("Daftar akan dibaca lagi saat Anda menekan F5."),
                    tr("Daftar tidak dapat dibaca"),
                )
            finally:
                self._showing_failure = False

    def _fill_status_filter(self) -> None:
        counts = items.count_by_status()
        current = self.statusFilter.currentData()
        self.statusFilter.blockSignals(True)
        self.statusFilter.clear()
        self.statusFilter.addItem(tr("Semua status ({n})").format(n=_number(sum(counts.values()))), None)
        for status in Status:
            self.statusFilter.addItem("{s} ({n})".format(s=status_text(status), n=_number(counts[status])), status)
        self.statusFilter.addItem(tr("Perlu dilengkapi ({n})").format(n=_number(items.count_incomplete())), INCOMPLETE)
        soon = lifecycle.count_expiring_soon()
        self.statusFilter.addItem(tr("Segera berakhir ({n})").format(n=_number(soon)), EXPIRING)
        self.expiringBanner.setText(
            tr(
                "{n} informasi yang dikecualikan akan berakhir dalam {d} hari kerja. PPID perlu menguji ulang untuk "
                "memperpanjang, atau menyiapkan pembukaannya. <a href='segera'>Tampilkan</a>"
            ).format(n=_number(soon), d=NOTICE_WORKING_DAYS)
        )
        self.expiringBanner.setVisible(soon > 0)
        index = self.statusFilter.findData(current)
        self.statusFilter.setCurrentIndex(max(index, 0))
        self.statusFilter.blockSignals(False)

    def _fill_year_filter(self) -> None:
        current = self.yearFilter.currentData()
        self.yearFilter.blockSignals(True)
        self.yearFilter.clear()
        self.yearFilter.addItem(tr("Semua tahun"), None)
        for year in items.register_years():
            self.yearFilter.addItem(str(year), year)
        self.yearFilter.setCurrentIndex(max(self.yearFilter.findData(current), 0))
        self.yearFilter.blockSignals(False)

    def _current_filter(self) -> RowFilter:
        chosen = self.statusFilter.currentData()
        soon = lifecycle.notice_until() if chosen == EXPIRING else None
        return RowFilter(
            status=chosen if isinstance(chosen, Status) else None,
            tahun=self.yearFilter.currentData(),
            huruf=self.hurufFilter.currentData(),
            search=self.searchEdit.text().strip(),
            berakhir_until=soon,
            incomplete=chosen == INCOMPLETE,
        )

    def reset_filters(self) -> None:
        """Every status, year and huruf, no search: how the register looks to someone signing in."""
        self._search_timer.stop()
        for widget in (self.statusFilter, self.yearFilter, self.hurufFilter, self.searchEdit):
            widget.blockSignals(True)
        try:
            for combo in (self.statusFilter, self.yearFilter, self.hurufFilter):
                combo.setCurrentIndex(0)
            self.searchEdit.clear()
        finally:
            for widget in (self.statusFilter, self.yearFilter, self.hurufFilter, self.searchEdit):
                widget.blockSignals(False)
        self.model.set_filter(self._current_filter())

    def follow_user(self, ctx: AppContext) -> None:
        """Reset the filters whenever another user signs in on ``ctx`` (a switch of user at the lock):
        nobody inherits the previous user's saringan and search."""
        self._ctx = ctx
        self._user_id = ctx.user.id if ctx.signed_in else None
        ctx.userChanged.connect(self._on_user_changed)

    def _on_user_changed(self) -> None:
        user_id = self._ctx.user.id if self._ctx is not None and self._ctx.signed_in else None
        if user_id != self._user_id:
            self._user_id = user_id
            self.reset_filters()

    def set_status(self, status: Status | str | None) -> None:
        self.statusFilter.setCurrentIndex(max(self.statusFilter.findData(status), 0))

    def _on_banner_link_activated(self, _link: str) -> None:
        self.set_status(EXPIRING)

    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.item_id(r) for r in rows) if i is not None]

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_filter_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self.model.set_filter(self._current_filter())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(Qt.ItemDataRole.UserRole)
        if item_id is not None:
            self.openRequested.emit(int(item_id))

    # --- column widths ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Each column as wide as its header and the rows in view need (plus padding), Judul the
        rest; where the window is too narrow for that, the widest columns give way first so that
        Judul stays the widest (their full text is in the tooltip)."""
        if self.user_sized:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        needed = {
            column: min(
                max(header.sectionSizeFromContents(column).width(), self.table.sizeHintForColumn(column))
                + COLUMN_PADDING,
                COLUMN_MAX,
            )
            for column in range(self.model.columnCount())
            if column != JUDUL_COLUMN
        }
        self._fitting = True
        try:
            for column, width in fitted_widths(needed, available, WHOLE_COLUMNS).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != JUDUL_COLUMN:  # Judul follows the others by itself
            self.user_sized = True

    def _on_model_reset(self) -> None:
        self.fit_columns()
        total = self.model.rowCount()
        if self.model.where == RowFilter():
            self.countLabel.setText(tr("{n} usulan di register").format(n=_number(total)))
        else:
            self.countLabel.setText(tr("{n} usulan sesuai saringan").format(n=_number(total)))


def fitted_widths(needed: dict[int, int], available: int, whole: frozenset[int] = frozenset()) -> dict[int, int]:
    """``needed``, the columns not in ``whole`` capped at one limit: the largest that leaves Judul
    (the rest of ``available``) wider than every other column and at least JUDUL_SHARE of it."""
    if not needed:
        return {}
    floor = available * JUDUL_SHARE

    def capped(limit: int) -> dict[int, int]:
        return {c: w if c in whole else min(w, limit) for c, w in needed.items()}

    limit = max(needed.values())
    while limit > COLUMN_MIN and available - sum(capped(limit).values()) <= max(floor, *capped(limit).values()):
        limit -= 2
    return capped(limit)


def _number(n: int) -> str:
    """12.345 (Indonesian thousands separator)."""
    return "{n:,}".format(n=n).replace(",", ".")
