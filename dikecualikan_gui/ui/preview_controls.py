"""The print preview's view controls: zoom out and in, fit to the page width, and going from page
to page (first, previous, a page number, next, last)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QToolButton, QWidget

from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def _button(text: str, name: str, tip: str) -> QToolButton:
    """A compact button (a glyph, its meaning in the tooltip and the accessible name)."""
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class PreviewControls(QWidget):
    """Drives a QPdfView: its zoom and the page shown."""

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.zoomOut = _button("−", "zoomOutButton", tr("Perkecil"))
        self.zoomIn = _button("+", "zoomInButton", tr("Perbesar"))
        self.fitWidth = QPushButton(tr("Lebar halaman"))
        self.fitWidth.setObjectName("fitWidthButton")
        self.fitWidth.setToolTip(tr("Sesuaikan dengan lebar jendela"))
        self.fitWidth.setAutoDefault(False)
        self.fitWidth.setCheckable(True)
        self.zoomLabel = QLabel()
        self.zoomLabel.setObjectName("zoomLabel")
        self.firstPage = _button("|◀", "firstPageButton", tr("Halaman pertama"))
        self.previousPage = _button("◀", "previousPageButton", tr("Halaman sebelumnya"))
        self.page = QSpinBox()
        self.page.setObjectName("pageSpin")
        self.page.setToolTip(tr("Ke halaman"))
        self.page.setMinimum(1)
        self.of = QLabel()
        self.of.setObjectName("pageOfLabel")
        self.nextPage = _button("▶", "nextPageButton", tr("Halaman berikutnya"))
        self.lastPage = _button("▶|", "lastPageButton", tr("Halaman terakhir"))
        self.setLayout(
            layout.hbox(
                self.zoomOut,
                self.zoomLabel,
                self.zoomIn,
                self.fitWidth,
                12,
                self.firstPage,
                self.previousPage,
                QLabel(tr("Halaman")),
                self.page,
                self.of,
                self.nextPage,
                self.lastPage,
                None,
            )
        )
        self.zoomOut.clicked.connect(lambda: self.step_zoom(-1))
        self.zoomIn.clicked.connect(lambda: self.step_zoom(1))
        self.fitWidth.clicked.connect(self.fit_to_width)
        self.firstPage.clicked.connect(lambda: self.go_to(0))
        self.previousPage.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.nextPage.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.lastPage.clicked.connect(lambda: self.go_to(self.page_count() - 1))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        view.zoomFactorChanged.connect(self._show_zoom)
        view.zoomModeChanged.connect(self._show_zoom)
        view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.fit_to_width()
        self.refresh()

    # --- zoom -------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def step_zoom(self, direction: int) -> None:
        current = self.zoom_factor()
        if direction > 0:
            factor = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self, *_args: object) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fitWidth.setChecked(fitting)
        self.zoomLabel.setText(tr("Lebar") if fitting else "{p:.0f}%".format(p=self.zoom_factor() * 100))
        self.zoomOut.setEnabled(fitting or self.zoom_factor() > ZOOM_STEPS[0] + 0.01)
        self.zoomIn.setEnabled(fitting or self.zoom_factor() < ZOOM_STEPS[-1] - 0.01)

    # --- pages ------------------------------------------------------------------------------

    def page_count(self) -> int:
        document = self.view.document()
        return document.pageCount() if document is not None else 0

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, index: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        index = max(0, min(index, count - 1))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_page()

    def refresh(self) -> None:
        """After a (new) document is shown: the page count and the first page."""
        count = self.page_count()
        self.page.setMaximum(max(count, 1))
        self.of.setText(tr("dari {n}").format(n=count))
        self._show_page()

    def _show_page(self, *_args: object) -> None:
        count, current = self.page_count(), self.current_page()
        self.page.blockSignals(True)
        self.page.setValue(current + 1)
        self.page.blockSignals(False)
        for button in (self.firstPage, self.previousPage):
            button.setEnabled(count > 0 and current > 0)
        for button in (self.nextPage, self.lastPage):
            button.setEnabled(count > 0 and current < count - 1)
        self.page.setEnabled(count > 1)
