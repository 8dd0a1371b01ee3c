"""Screenshot at 1024x768 of the print preview of the DIK (issue 11, points 5 and 14): zoom, fit to
width, page navigation, Cetak / Cetak langsung / Simpan PDF.

    Xvfb :97 -screen 0 1024x768x24 & DISPLAY=:97 openbox &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/capture_preview.py FOLDER

FOLDER holds register.sqlite3 with approved items and its data (the benchmark
tests/benchmarks/test_preview_benchmarks.py seeds one of 1,000); it is copied to a temporary folder
first, whole (the audit trail's key lives beside the register).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from capture_desk import capture  # noqa: E402

from dikecualikan_gui.config import Config  # noqa: E402
from dikecualikan_gui.services import setup, users  # noqa: E402
from dikecualikan_gui.ui import printing  # noqa: E402
from dikecualikan_gui.ui.context import AppContext  # noqa: E402
from dikecualikan_gui.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Dikecualikan")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "register"
        shutil.copytree(sys.argv[1], folder)
        cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
        setup.open_register(cfg)
        ctx = AppContext(cfg)
        ctx.sign_in(users.get_by_username("petugas"))
        window = MainWindow(ctx)
        window.show()
        dialog = printing.PreviewDialog(ctx, printing.dik_job(ctx), parent=window)
        dialog.show()
        while not dialog.data:
            QTest.qWait(100)
        dialog.controls.nextPage.click()
        capture("pratinjau-cetak-1024x768.png")
        dialog.accept()
        window._closing_confirmed = True
        window.close()
        setup.close_register()
    app.quit()


if __name__ == "__main__":
    main()
