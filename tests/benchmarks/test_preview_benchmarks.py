"""Issue 11 point 14 figures: the first print preview of the DIK from a register of 1,000 approved
items, opened from the main window as the user does (run: pytest tests/benchmarks -m perf -s -k
preview; under Xvfb when DISPLAY is set, else offscreen).

Measured in a fresh process (a first preview, nothing cached): the time until the preview dialog
is on screen (target 0.3 s), until the document is built and shown (target 2 s), and where that
time goes: the DIK built by ReportLab in the background thread, Qt PDF loading it, and the first
paint of the page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role, RowFilter, Status
from dikecualikan_gui.services import approval, importer, items, profile, sessions, setup, users

from .conftest import write_csv
from factories import sample_profile

pytestmark = pytest.mark.perf
VISIBLE_TARGET = 0.3
READY_TARGET = 2.0

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dikecualikan_gui.config import Config
from dikecualikan_gui.services import setup, users
from dikecualikan_gui.ui import preview_dialog
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.main_window import MainWindow

folder = Path(sys.argv[1])
cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
setup.open_register(cfg)
ctx = AppContext(cfg)
ctx.sign_in(users.get_by_username("petugas"))
window = MainWindow(ctx)
window.show()
for _ in range(20):
    app.processEvents()
marks = {}
start = 0.0
built = preview_dialog.PreviewDialog._build
shown = preview_dialog.PreviewDialog.show_pdf
load = preview_dialog.load_pdf

def timed_load(data, parent):
    before = time.perf_counter()
    result = load(data, parent)
    marks["qtpdf_load"] = time.perf_counter() - before
    return result

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "ready" in marks and "painted" not in marks:
            marks["painted"] = time.perf_counter() - start
        return False

painted = Painted()

def build(self):
    marks["build_started"] = time.perf_counter() - start
    self.view.viewport().installEventFilter(painted)
    built(self)

def show_pdf(self, data):
    marks["pdf_built"] = time.perf_counter() - start
    shown(self, data)
    marks["ready"] = time.perf_counter() - start
    marks["pages"] = self.document.pageCount()
    QTimer.singleShot(300, self.accept)

preview_dialog.load_pdf = timed_load
preview_dialog.PreviewDialog._build = build
preview_dialog.PreviewDialog.show_pdf = show_pdf

def watch():
    dialog = app.activeModalWidget()
    if isinstance(dialog, preview_dialog.PreviewDialog) and dialog.isVisible() and "visible" not in marks:
        marks["visible"] = time.perf_counter() - start
    if "painted" not in marks:
        QTimer.singleShot(5, watch)

QTimer.singleShot(0, watch)
start = time.perf_counter()
window._on_print_dik_triggered()
marks["closed"] = time.perf_counter() - start
window._closing_confirmed = True
window.close()
setup.close_register()
print(json.dumps(marks))
"""


def _seed(folder: Path, count: int) -> Path:
    """``count`` items imported, tested in one session and approved (jangka waktu of five years:
    'tidak terbatas' is refused for most of the grounds the generator picks)."""
    db = folder / "register.sqlite3"
    setup.open_register(Config(db=str(db), data_dir=folder))
    try:
        admin = users.add_user(None, "admin", "Admin", Role.ADMIN, "rahasia-admin").as_actor()
        petugas = users.add_user(None, "petugas", "Petugas", Role.PETUGAS, "rahasia-petugas").as_actor()
        atasan = users.add_user(None, "atasan", "Drs. Ahmad Fauzi", Role.ATASAN, "rahasia-atasan").as_actor()
        profile.update_profile(admin, sample_profile())
        source = write_csv(folder / "dik.csv", 0, count, seed=count)
        source.write_text(source.read_text(encoding="utf-8").replace("Tidak terbatas", "5 Tahun"), encoding="utf-8")
        importer.import_file(petugas, source)
        drafts = [sessions.SessionEntry(row.id) for row in items.list_items(RowFilter(status=Status.DRAF))]
        assert len(drafts) == count
        from .test_print_benchmarks import DAY, PESERTA, SESSION_DAY

        sessions.record_session(petugas, SESSION_DAY, drafts, PESERTA, tempat="Ruang Rapat", waktu="09.00 WIB")
        ids = [row.id for row in items.list_items(RowFilter(status=Status.DIUJI))]
        approval.approve(atasan, ids, "800/1/PPID/2026", tanggal=DAY)
    finally:
        setup.close_register()
    return db


def _platform() -> str:
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def _first_preview(folder: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": _platform()}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_preview_of_the_dik_of_1000_items(tmp_path: Path) -> None:
    _seed(tmp_path, 1_000)
    runs = [_first_preview(tmp_path) for _ in range(3)]
    for figures in runs:
        assert figures["pages"] > 100 and figures["visible"] <= figures["ready"] <= figures["painted"]
        assert figures["visible"] <= VISIBLE_TARGET, figures
    median = sorted(runs, key=lambda f: f["ready"])[1]
    print(
        "\n[first preview of the DIK, 1,000 items, {p} pages, {q}] on screen {v:.3f} s (target {vt} s); "
        "document shown {r:.2f} s (target {rt} s): ReportLab build {b:.2f} s in the background, Qt PDF "
        "load {l:.3f} s, first page painted at {f:.2f} s; all runs shown at {a}".format(
            p=median["pages"],
            q="Xvfb {d}".format(d=os.environ["DISPLAY"]) if _platform() == "xcb" else "offscreen",
            v=median["visible"],
            vt=VISIBLE_TARGET,
            r=median["ready"],
            rt=READY_TARGET,
            b=median["pdf_built"] - median["build_started"],
            l=median["qtpdf_load"],
            f=median["painted"],
            a=", ".join("{r:.2f} s".format(r=run["ready"]) for run in runs),
        )
    )
