"""Bugs reach a dialog that offers to save a report; the application keeps running and the
recovery copies keep what was typed."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dikecualikan_gui import logs
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.ui import messages
from dikecualikan_gui.ui.text import tr

_showing = False


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
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    text, kept = logs.write_crash_report(exc)  # the one writer, shared with the command line
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
        where = [tr("Laporan juga tersimpan di {p}").format(p=kept)] if kept is not None else []
        box.setInformativeText("\n".join([*where, logs.describe_log()]))
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
