"""Issue 3 figures: the screens on a register of 100,000 items (pytest tests/benchmarks -m perf -s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import JangkaWaktuKind, Role
from dikecualikan_gui.services import approval, importer, items, setup, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.main_window import MainWindow

from .conftest import open_copy, write_csv
from .test_register_benchmarks import _report
from factories import sample_test

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


# --- issue 11: the start page, opening and saving an item on a register of 1,000 -------------------

DESK_ITEMS = 1000


@pytest.fixture(scope="module")
def desk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 items: drafts (some lacking something), tested ones waiting, approved and returned."""
    folder = tmp_path_factory.mktemp("meja")
    setup.open_register(Config(db=str(folder / "meja.sqlite3"), data_dir=folder))
    try:
        petugas = users.add_user(None, "petugas", "Petugas Benchmark", Role.PETUGAS, "rahasia-petugas").as_actor()
        atasan = users.add_user(None, "atasan", "Atasan Benchmark", Role.ATASAN, "rahasia-atasan").as_actor()
        users.add_user(None, "admin", "Admin Benchmark", Role.ADMIN, "rahasia-admin")
        importer.import_file(petugas, write_csv(folder / "usulan.csv", 0, DESK_ITEMS, seed=11))
        ids = [row.id for row in items.register_page(limit=400)]
        for n, item_id in enumerate(ids):
            item = items.get_item(item_id)
            ends = date.today() + timedelta(days=20 if n % 10 == 0 else 900)
            test = sample_test(jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=ends))
            item = items.record_test(petugas, item.id, item.version, test)
            items.submit(petugas, item.id, item.version)
        approval.approve(atasan, ids[:200], "PEN/MEJA/1")
        for item_id in ids[200:250]:
            approval.return_item(atasan, item_id, None, "Lengkapi peserta rapat dan dasar hukum.")
    finally:
        setup.close_register()
    return folder / "meja.sqlite3"


@pytest.fixture
def desk_register(desk_file: Path, tmp_path: Path) -> Any:
    for beside in desk_file.parent.glob(desk_file.name + ".*-jejak"):  # the audit trail's key and head
        shutil.copyfile(beside, tmp_path / beside.name.replace(desk_file.name, "register.sqlite3", 1))
    yield from open_copy(desk_file, tmp_path)


@pytest.mark.parametrize("username", ["petugas", "atasan", "admin"])
def test_sign_in_to_start_page_ready_on_1000_items(
    benchmark: Any, qtbot: Any, desk_register: Config, username: str
) -> None:
    windows: list[MainWindow] = []
    user = users.get_by_username(username)

    def sign_in() -> None:
        ctx = AppContext(desk_register)
        ctx.sign_in(user)
        window = MainWindow(ctx)
        window.show()
        QApplication.processEvents()  # the start page painted
        windows.append(window)

    def previous_closed() -> tuple[tuple[Any, ...], dict[str, Any]]:
        for window in windows:  # (its page built in advance would otherwise be timed here)
            window._closing_confirmed = True
            window.close()
            window.deleteLater()
        windows.clear()
        QApplication.processEvents()
        return (), {}

    benchmark.pedantic(sign_in, setup=previous_closed, rounds=5, iterations=1)
    assert windows[-1].tabs.currentWidget() is windows[-1].startPage and windows[-1].startPage.lines
    previous_closed()
    _report("sign-in -> start page ready ({u}), register of 1,000".format(u=username), benchmark, 0.2)


def test_opening_an_item_of_1000(benchmark: Any, qtbot: Any, desk_register: Config) -> None:
    """As in use: the empty item page is built while the user reads the register (0.3 s after the
    window shows or the last item opened), so opening reads the item and fills the page."""
    window = MainWindow(_ctx(desk_register))
    qtbot.addWidget(window)
    window.show()
    ids = iter(row.id for row in items.register_page(limit=60, offset=150))

    def spare_ready() -> tuple[tuple[Any, ...], dict[str, Any]]:
        qtbot.waitUntil(lambda: window._spare is not None, timeout=5000)
        return (), {}

    def open_one() -> None:
        window.open_item(next(ids))
        QApplication.processEvents()

    benchmark.pedantic(open_one, setup=spare_ready, rounds=20, iterations=1)
    window._closing_confirmed = True
    _report("opening an item, register of 1,000 (page built in advance)", benchmark, 0.15)


def test_opening_an_item_of_1000_without_a_page_built_in_advance(
    benchmark: Any, qtbot: Any, desk_register: Config
) -> None:
    window = MainWindow(_ctx(desk_register))
    qtbot.addWidget(window)
    window.show()
    window.spareTimer.setInterval(3_600_000)
    ids = iter(row.id for row in items.register_page(limit=60, offset=150))

    def open_one() -> None:
        window.open_item(next(ids))
        QApplication.processEvents()

    benchmark.pedantic(open_one, rounds=20, iterations=1)
    window._closing_confirmed = True
    _report("opening an item, register of 1,000 (page built on opening)", benchmark, 0.15)


def test_saving_an_item_of_1000(benchmark: Any, qtbot: Any, desk_register: Config) -> None:
    window = MainWindow(_ctx(desk_register))
    qtbot.addWidget(window)
    window.show()
    page = window.open_item(items.register_page(limit=1, offset=600)[0].id)
    assert page is not None
    counter = iter(range(1000))

    def edit() -> tuple[tuple[Any, ...], dict[str, Any]]:
        page.form.unitPengusul.setText("Bidang {n}".format(n=next(counter)))
        return (), {}

    def save() -> None:
        assert page.save()
        QApplication.processEvents()  # the register refreshed (the start page is not in front)

    benchmark.pedantic(save, setup=edit, rounds=20, iterations=1)
    assert window.statusBar().currentMessage().endswith("disimpan.")
    window._closing_confirmed = True
    _report(
        "saving an item (status bar and register refreshed; the start page when next shown), register of 1,000",
        benchmark,
        0.15,
    )
