"""Screenshots at 1024x768 of the register's columns and filters, and of the Bantuan guide with the
"?" of a Pasal 17 huruf (issue 11, points 6 and 13).

    Xvfb :98 -screen 0 1024x768x24 & DISPLAY=:98 openbox &
    DISPLAY=:98 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/capture_help.py

The register is the made-up one of capture_desk.py, in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from capture_desk import build, capture  # noqa: E402

from dikecualikan_gui.services import items, setup, users  # noqa: E402
from dikecualikan_gui.ui.context import AppContext  # noqa: E402
from dikecualikan_gui.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Dikecualikan")
    with tempfile.TemporaryDirectory() as tmp:
        cfg = build(Path(tmp))
        ctx = AppContext(cfg)
        ctx.sign_in(users.get_by_username("siti"))
        window = MainWindow(ctx)
        window.show()
        window.show_register()
        capture("register-kolom-1024x768.png")
        window.helpAction.trigger()
        capture("bantuan-1024x768.png")
        page = window.open_item(items.register_page(limit=4)[3].id)
        page.tabs.setCurrentIndex(1)
        row = page.testForm.grounds.rows[0]
        row.helpButton.click()
        capture("bantuan-huruf-1024x768.png")
        window._closing_confirmed = True
        window.close()
        setup.close_register()
    app.quit()


if __name__ == "__main__":
    main()
