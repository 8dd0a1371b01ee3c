"""Issue 11 points 5 and 14 at the desk: the print preview's zoom, fit to width and page
navigation; "Cetak langsung" to the default printer without a dialog; the save dialog's last
folder; "Buka berkas" / "Buka folder" after saving; the preview on screen at once; the import
result in a window that fits."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Paper, Status
from dikecualikan_gui.services import documents
from dikecualikan_gui.services.importer import ImportedRow, ImportResult
from dikecualikan_gui.ui import preview_dialog, save_target
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.import_result import ImportResultDialog
from dikecualikan_gui.ui.printing import ArchiveDialog, PreviewDialog, PrintJob, Progress

from conftest import People
from screens import Answers, answer_messages, context

PAGES = 5


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


@pytest.fixture
def ctx(config: Config, people: People) -> AppContext:
    return context(config, people.petugas)


def _pages(count: int = PAGES) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    for page in range(count):
        sheet.drawString(72, 720, "Halaman uji {n}".format(n=page + 1))
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def _preview(qtbot: QtBot, ctx: AppContext, data: bytes | None = None, title: str = "Daftar uji") -> PreviewDialog:
    pdf = data or _pages()
    dialog = PreviewDialog(ctx, PrintJob(title, lambda paper, progress: pdf))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.data), timeout=20_000)
    return dialog


def test_zoom_fit_to_width_and_page_navigation(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _preview(qtbot, ctx)
    controls = dialog.controls
    assert controls.isVisible() and controls.nextPage.isVisible() and controls.zoomIn.isVisible()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and controls.fitWidth.isChecked()
    assert controls.zoomLabel.text() == "Lebar"
    assert controls.of.text() == "dari 5" and controls.page.value() == 1
    assert not controls.previousPage.isEnabled() and controls.nextPage.isEnabled()

    dialog.view.setZoomMode(QPdfView.ZoomMode.Custom)
    dialog.view.setZoomFactor(1.0)
    controls.zoomIn.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom and dialog.view.zoomFactor() == pytest.approx(1.25)
    assert controls.zoomLabel.text() == "125%" and not controls.fitWidth.isChecked()
    controls.zoomOut.click()
    controls.zoomOut.click()
    assert dialog.view.zoomFactor() == pytest.approx(0.75) and controls.zoomLabel.text() == "75%"
    controls.fitWidth.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and controls.fitWidth.isChecked()

    navigator = dialog.view.pageNavigator()
    controls.nextPage.click()
    assert navigator.currentPage() == 1 and controls.page.value() == 2
    controls.lastPage.click()
    assert navigator.currentPage() == PAGES - 1 and controls.page.value() == PAGES
    assert not controls.nextPage.isEnabled() and controls.previousPage.isEnabled()
    controls.previousPage.click()
    assert navigator.currentPage() == PAGES - 2
    controls.page.setValue(2)
    controls.page.editingFinished.emit()
    assert navigator.currentPage() == 1
    controls.firstPage.click()
    assert navigator.currentPage() == 0 and controls.page.value() == 1


def test_print_now_goes_to_the_default_printer_without_a_dialog(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, ctx, title="Uji cetak langsung")
    target = tmp_path / "pencetak-bawaan.pdf"
    used: list[QPrinter] = []

    def default_is_a_pdf_file(printer: QPrinter) -> bool:  # the "default printer" writes a PDF
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(72)
        used.append(printer)
        return True

    monkeypatch.setattr(preview_dialog, "use_default_printer", default_is_a_pdf_file)
    # QPrintDialog.exec is refused by the no_blocking_dialogs fixture: a dialog would fail the test
    assert dialog.printNowButton.isEnabled()
    dialog.printNowButton.click()
    assert len(PdfReader(str(target)).pages) == PAGES
    assert used and dialog.outcome.startswith("Uji cetak langsung dikirim ke pencetak")
    assert answers.shown == []


def test_print_now_without_a_default_printer_says_so(
    qtbot: QtBot, ctx: AppContext, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, ctx)
    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    dialog.printNowButton.click()
    assert answers.shown and "Tidak ada pencetak bawaan" in answers.shown[0]
    assert dialog.outcome == ""


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path, suggested: list[str]) -> None:
    def ask(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))


def test_the_save_dialog_remembers_the_last_folder_and_offers_to_open(
    qtbot: QtBot,
    people: People,
    config: Config,
    tmp_path: Path,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = context(config, people.petugas)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    suggested: list[str] = []
    folder = tmp_path / "keluar" / "pdf"
    folder.mkdir(parents=True)
    first = _preview(qtbot, ctx, title="Daftar 800/1/PPID")
    _saving_to(monkeypatch, folder / "daftar.pdf", suggested)
    first.saveButton.click()
    assert Path(suggested[0]) == Path.home() / "Daftar 800-1-PPID.pdf"  # nothing remembered yet
    assert (folder / "daftar.pdf").read_bytes() == first.data

    box = first.findChild(QMessageBox, "savedBox")
    assert box is not None and box.isVisible() and str(folder / "daftar.pdf") in box.text()
    box.findChild(QPushButton, "openFileButton").click()
    assert opened == [QUrl.fromLocalFile(str(folder / "daftar.pdf"))]
    qtbot.waitUntil(lambda: first.findChild(QMessageBox, "savedBox") is None)

    # another preview, later (a new context: the folder is kept in the data folder's settings)
    second = _preview(qtbot, context(config, people.petugas), title="Riwayat")
    _saving_to(monkeypatch, folder / "riwayat.pdf", suggested)
    second.saveButton.click()
    assert Path(suggested[1]) == folder / "Riwayat.pdf"
    second.findChild(QMessageBox, "savedBox").findChild(QPushButton, "openFolderButton").click()
    assert opened[1] == QUrl.fromLocalFile(str(folder))

    # the archive's "Simpan salinan" starts there too, and offers the same
    copy_folder = tmp_path / "salinan"
    copy_folder.mkdir()
    atasan = context(config, people.atasan)
    issued = documents.issue(atasan.actor, config, "dik", first.data, "DIK uji", "800/1", paper=Paper.A4)
    assert issued.sha256
    archive = ArchiveDialog(atasan)
    qtbot.addWidget(archive)
    _saving_to(monkeypatch, copy_folder / "salinan.pdf", suggested)
    archive.saveButton.click()
    assert Path(suggested[2]).parent == folder
    assert (copy_folder / "salinan.pdf").read_bytes() == first.data
    assert archive.findChild(QMessageBox, "savedBox") is not None
    assert save_target.last_folder(ctx) == copy_folder


def test_a_cancelled_save_changes_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.saveButton.click()
    assert dialog.findChild(QMessageBox, "savedBox") is None and save_target.last_folder(ctx) == Path.home()


def test_the_preview_is_on_screen_at_once_while_a_long_document_builds(qtbot: QtBot, ctx: AppContext) -> None:
    release = threading.Event()
    pdf = _pages(2)

    def slow(paper: Paper, progress: Progress) -> bytes:
        release.wait(10)
        return pdf

    start = time.perf_counter()
    dialog = PreviewDialog(ctx, PrintJob("Panjang", slow))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = time.perf_counter() - start
    assert dialog.isVisible() and dialog.pages.text() == "Menyusun dokumen…"
    assert shown <= 0.3, shown
    assert not dialog.printButton.isEnabled() and not dialog.printNowButton.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: bool(dialog.data), timeout=10_000)
    assert dialog.pages.text() == "2 halaman" and dialog.controls.of.text() == "dari 2"


def test_the_preview_opens_at_the_size_it_was_left_at(qtbot: QtBot, ctx: AppContext) -> None:
    first = _preview(qtbot, ctx)
    first.resize(760, 520)
    first.accept()
    again = _preview(qtbot, ctx)
    assert (again.width(), again.height()) == (760, 520)


def test_the_import_result_is_a_scrollable_window_of_every_row(qtbot: QtBot, ctx: AppContext) -> None:
    rows = tuple(
        ImportedRow(n + 2, "2026/{n:04d}".format(n=n), Status.DRAF, ("Alasan belum diisi",), ()) for n in range(1500)
    )
    result = ImportResult("daftar.csv", rows, ("Kolom lain",))
    dialog = ImportResultDialog(ctx, result)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary.text() == result.summary()
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) == 1501 and lines[-1].startswith("  baris 1501 -> 2026/1499 (perlu dilengkapi)")
    screen = dialog.screen().availableGeometry()
    assert dialog.height() < screen.height() and dialog.width() < screen.width()
    assert dialog.details.verticalScrollBar().maximum() > 0  # the rows scroll inside the window
