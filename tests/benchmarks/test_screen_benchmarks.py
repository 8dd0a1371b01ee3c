"""Issue 3 figures: the screens on a register of 100,000 items (pytest tests/benchmarks -m perf -s)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from dikecualikan_gui.config import Config
from dikecualikan_gui.services import items, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.main_window import MainWindow

from .test_register_benchmarks import _report

pytestmark = pytest.mark.perf


def _ctx(register: Config) -> AppContext:
    ctx = AppContext(register)
    ctx.sign_in(users.get_by_username("petugas"))
    return ctx


def test_login_accepted_to_register_shown(benchmark: Any, qtbot: Any, register: Config) -> None:
    windows: list[MainWindow] = []

    def show_register() -> None:
        window = MainWindow(_ctx(register))
        window.show()
        QApplication.processEvents()  # the first page of rows is read and painted
        windows.append(window)

    benchmark.pedantic(show_register, rounds=3, iterations=1)
    assert windows[-1].register.model.rowCount() >= 100_000
    for window in windows:
        window._closing_confirmed = True
        window.close()
    _report("login accepted -> register of 100,000 shown", benchmark, 1.5)


def test_one_search_keystroke_to_the_filtered_table(benchmark: Any, qtbot: Any, register: Config) -> None:
    window = MainWindow(_ctx(register))
    qtbot.addWidget(window)
    window.show()
    search = window.register.searchEdit
    words = iter(["rekening", "pegawai", "koperasi", "nomor 5", "pelapor", "tanah", "rahasia", "lelang"] * 10)

    def keystroke() -> None:
        with qtbot.waitSignal(window.register.model.modelReset, timeout=5000):
            search.setText(next(words))  # one keystroke's text change; the debounce then filters
        QApplication.processEvents()

    benchmark.pedantic(keystroke, rounds=8, iterations=1)
    _report(
        "search keystroke -> filtered table (including the {d} ms debounce)".format(
            d=window.register._search_timer.interval()
        ),
        benchmark,
        0.1,
    )


def test_opening_an_item(benchmark: Any, qtbot: Any, register: Config) -> None:
    window = MainWindow(_ctx(register))
    qtbot.addWidget(window)
    window.show()
    ids = iter(row.id for row in items.register_page(limit=50, offset=40_000))

    def open_one() -> None:
        window.open_item(next(ids))
        QApplication.processEvents()

    benchmark.pedantic(open_one, rounds=10, iterations=1)
    window._closing_confirmed = True
    _report("opening an item from a register of 100,000", benchmark, 0.2)


def test_start_to_login_dialog_on_an_empty_database(benchmark: Any, tmp_path: Path) -> None:
    code = (
        "import os, sys; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen');"
        "from dikecualikan_gui import app;"
        "from PySide6.QtWidgets import QApplication;"
        "from dikecualikan_gui.ui.dialogs.login import LoginDialog;"
        "LoginDialog.ask = classmethod(lambda cls, parent=None, locked_by=None: "
        "(cls(parent).show(), QApplication.processEvents(), None)[2]);"
        "from dikecualikan_gui.services import users;"
        "users.has_users = lambda: True;"
        "sys.exit(app.gui_main(['--db', sys.argv[1]]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    counter = iter(range(100))

    def start() -> int:
        target = tmp_path / "kosong-{n}.sqlite3".format(n=next(counter))
        return subprocess.run([sys.executable, "-c", code, str(target)], env=env, check=True).returncode

    assert benchmark.pedantic(start, rounds=3, iterations=1) == 0
    _report("start of the application -> login dialog shown (new empty database)", benchmark, 1.5)
