"""Issue 11 point 5: the main window and the item page fit a 1024x768 (and 1366x768) screen, with
the status bar and the window's buttons on screen, and open at the size and state they were left
in. Each case runs in its own process on an offscreen virtual screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import auth, setup, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.main_window import MainWindow

auth.SCRYPT_N = 2**8
folder, action = Path(sys.argv[1]), sys.argv[2]
cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
setup.open_register(cfg)
if not users.has_users():
    users.add_user(None, "petugas", "Siti Aminah, S.Kom.", Role.PETUGAS, "rahasia-petugas")
ctx = AppContext(cfg)
ctx.sign_in(users.get_by_username("petugas"))
window = MainWindow(ctx)
window.show()
page = window.new_item()
for _ in range(5):
    app.processEvents()

def rect(widget):
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]

area = window.screen().availableGeometry()
report = {
    "screen": [area.x(), area.y(), area.width(), area.height()],
    "frame": [window.frameGeometry().x(), window.frameGeometry().y(), window.frameGeometry().width(),
              window.frameGeometry().height()],
    "maximized": window.isMaximized(),
    "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    "status_visible": window.statusBar().isVisible(),
    "status": rect(window.statusBar()),
    "buttons": {b.objectName(): rect(b) for b in (page.saveButton, page.submitButton) if b.isVisible()},
    "tabs": rect(page.tabs),
}
if action == "resize":
    window.showNormal()
    window.resize(1100, 650)
    window.move(30, 20)
elif action == "maximize":
    window.showMaximized()
    for _ in range(5):
        app.processEvents()
window._closing_confirmed = True
page._dirty_item = False
window.close()
setup.close_register()
print(json.dumps(report))
"""


def _run(folder: Path, width: int, height: int, action: str = "") -> dict[str, Any]:
    screen = folder / "screen-{w}x{h}.json".format(w=width, h=height)
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "virtual", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen:configfile={p}".format(p=screen)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), action], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(rect: list[int], screen: list[int]) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize("width,height", [(1024, 768), (1366, 768)])
def test_the_window_and_the_item_page_fit_the_screen(tmp_path: Path, width: int, height: int) -> None:
    shown = _run(tmp_path, width, height)
    assert shown["screen"] == [0, 0, width, height]
    assert _inside(shown["frame"], shown["screen"]), shown  # window buttons and edges on screen
    assert shown["minimum"][0] <= width and shown["minimum"][1] <= height
    assert shown["status_visible"] and _inside(shown["status"], shown["screen"])
    assert set(shown["buttons"]) == {"saveButton", "submitButton"}
    for button in shown["buttons"].values():
        assert _inside(button, shown["screen"])
    assert shown["tabs"][3] >= 250  # the form keeps room to work in


def test_the_window_opens_at_the_size_and_state_it_was_left_in(tmp_path: Path) -> None:
    first = _run(tmp_path, 1366, 768, "resize")
    assert first["maximized"]  # a first start on a screen smaller than the default size: maximised
    again = _run(tmp_path, 1366, 768, "maximize")
    assert not again["maximized"] and again["frame"][0] == 30
    assert again["frame"][2] - 1100 in range(9) and again["frame"][3] - 650 in range(40)
    third = _run(tmp_path, 1366, 768)
    assert third["maximized"]
    smaller = _run(tmp_path, 1024, 768)  # the same settings on a smaller screen: still maximised, on screen
    assert smaller["maximized"] and _inside(smaller["frame"], smaller["screen"])


def test_on_a_large_screen_the_first_start_is_the_default_size_centred(tmp_path: Path) -> None:
    shown = _run(tmp_path, 1920, 1080)
    assert not shown["maximized"] and _inside(shown["frame"], shown["screen"])
    assert shown["frame"][2] - 1280 in range(9) and abs(shown["frame"][0] - (1920 - shown["frame"][2]) // 2) <= 8
