"""Bugs reach a dialog that offers to save a report; the application keeps running and the
recovery copies keep what was typed."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dikecualikan_gui import __version__, paths
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.ui import messages
from dikecualikan_gui.ui.text import tr

_showing = False


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "Dikecualikan {v}\n{t}\n\n{trace}".format(
        v=__version__,
        t=datetime.now().isoformat(timespec="seconds"),
        trace="".join(traceback.format_exception(exc_type, exc, tb)),
    )


def save_report(text: str) -> Path | None:
    """Keep a copy in the data folder in any case."""
    try:
        folder = paths.default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "laporan-kesalahan-{t}.txt".format(t=datetime.now().strftime("%Y%m%d-%H%M%S"))
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, AppError) and QApplication.instance() is not None and not _showing:
        # A refusal the program foresaw (a record gone, a file locked) reaching a screen that did
        # not catch it: say what it is, without a program-error report.
        _showing = True
        try:
            messages.error(QApplication.activeWindow(), str(exc))
        finally:
            _showing = False
        return
    text = report_text(exc_type, exc, tb)
    kept = save_report(text)
    sys.stderr.write(text)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Terjadi kesalahan program"))
        box.setText(
            tr(
                "Terjadi kesalahan yang tidak terduga. Isian yang belum disimpan tetap ada di layar dan di "
                "salinan pemulihan. Simpan laporan ini dan kirimkan kepada pengelola aplikasi."
            )
        )
        if kept is not None:
            box.setInformativeText(tr("Laporan juga tersimpan di {p}").format(p=kept))
        box.setDetailedText(text)
        save = box.addButton(tr("Simpan laporan…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is save:
            target, _ = QFileDialog.getSaveFileName(
                None, tr("Simpan laporan kesalahan"), "laporan-kesalahan.txt", tr("Teks (*.txt)")
            )
            if target:
                Path(target).write_text(text, encoding="utf-8")
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
