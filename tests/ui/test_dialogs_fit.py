"""Issue 11 point 5: every dialog of ui/dialogs, the print preview and the import result fit a
1024x768 screen: the whole window (its title bar allowance included) and every button on it are
on screen. Each screen size runs in its own process on an offscreen virtual screen of that size."""

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
from datetime import date
from pathlib import Path
sys.path[:0] = [sys.argv[2]]
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
app = QApplication([])
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role, Status
from dikecualikan_gui.services import approval, auth, items, setup, users
from dikecualikan_gui.services.importer import ImportedRow, ImportResult
from dikecualikan_gui.ui import printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.approval_confirm import DecisionConfirmation
from dikecualikan_gui.ui.dialogs.disclosure import DisclosureDialog
from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog
from dikecualikan_gui.ui.dialogs.lifecycle import EditionsDialog, HolidaysDialog, OpenEarlyDialog
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog
from dikecualikan_gui.ui.dialogs.session import SessionDialog
from dikecualikan_gui.ui.dialogs.sessions_list import SessionsDialog
from dikecualikan_gui.ui.dialogs.users import PasswordDialog, UserEditDialog, UsersDialog
from dikecualikan_gui.ui.import_result import ImportResultDialog
from factories import sample_content, sample_test

auth.SCRYPT_N = 2**8
folder = Path(sys.argv[1])
cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
setup.open_register(cfg)
admin = users.add_user(None, "admin", "Administrator", Role.ADMIN, "rahasia-admin").as_actor()
petugas = users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, "rahasia-petugas").as_actor()
atasan = users.add_user(None, "atasan", "Drs. Atasan PPID", Role.ATASAN, "rahasia-atasan").as_actor()
made = []
for n in range(3):
    item = items.create_item(petugas, sample_content("Rekam medis pegawai {n}".format(n=n)))
    item = items.record_test(petugas, item.id, item.version, sample_test())
    items.submit(petugas, item.id, item.version)
    made.append(item.id)
approval.approve(atasan, [made[0]], "800/7/PPID/2026", tanggal=date(2026, 11, 25))
ctx = AppContext(cfg)
ctx.sign_in(users.get_by_username("atasan"))
admin_ctx = AppContext(cfg)
admin_ctx.sign_in(users.get_by_username("admin"))
window = QMainWindow()
window.resize(1000, 700)
window.show()
approved = items.get_item(made[0])
rows = tuple(
    ImportedRow(n + 2, "2026/{n:04d}".format(n=n), Status.DRAF, ("Alasan belum diisi",), ())
    for n in range(1500)
)
result = ImportResult("daftar.csv", rows, ("Kolom lain",), tuple((n, "baris kosong") for n in range(1500)))

def job_pdf():
    return printing.PrintJob("Uji", lambda paper, progress: open(sys.argv[3], "rb").read())

built = {
    "ApprovalDialog": lambda: ApprovalDialog(ctx, made[1:], window),
    "DecisionConfirmation": lambda: DecisionConfirmation(window, "Tetapkan", "Yakin? " * 200, "Tetapkan"),
    "DisclosureDialog": lambda: DisclosureDialog(ctx, approved, window),
    "FirstRunDialog": lambda: FirstRunDialog(cfg, window),
    "OpenEarlyDialog": lambda: OpenEarlyDialog(ctx, approved, window),
    "HolidaysDialog": lambda: HolidaysDialog(admin_ctx, window),
    "EditionsDialog": lambda: EditionsDialog(ctx, window),
    "LoginDialog": lambda: LoginDialog(window),
    "ProfileDialog": lambda: ProfileDialog(admin_ctx, window),
    "SessionDialog": lambda: SessionDialog(ctx, window),
    "SessionsDialog": lambda: SessionsDialog(ctx, window),
    "UserEditDialog": lambda: UserEditDialog(admin_ctx, None, window),
    "PasswordDialog": lambda: PasswordDialog("Ganti kata sandi", True, window),
    "UsersDialog": lambda: UsersDialog(admin_ctx, window),
    "PreviewDialog": lambda: printing.PreviewDialog(ctx, job_pdf(), parent=window),
    "ArchiveDialog": lambda: printing.ArchiveDialog(ctx, window),
    "ImportResultDialog": lambda: ImportResultDialog(ctx, result, window),
}

def rect(widget):
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]

area = window.screen().availableGeometry()
report = {"screen": [area.x(), area.y(), area.width(), area.height()], "dialogs": {}}
for name, make in built.items():
    dialog = make()
    dialog.show()
    for _ in range(10):
        app.processEvents()
    report["dialogs"][name] = {
        "module": type(dialog).__module__,
        "frame": [dialog.x(), dialog.y(), dialog.width(), dialog.height()],
        "buttons": {b.text(): rect(b) for b in dialog.findChildren(QPushButton) if b.isVisible()},
    }
    dialog.done(0)
    dialog.deleteLater()
    app.processEvents()
setup.close_register()
print(json.dumps(report))
"""

TESTS = Path(__file__).resolve().parents[1]
#: Room the window manager's title bar and borders take (ui.window_geometry.FRAME_ALLOWANCE).
FRAME_W, FRAME_H = 16, 48


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path))
    for page in range(3):
        sheet.drawString(72, 720, "Halaman {n}".format(n=page + 1))
        sheet.showPage()
    sheet.save()
    return path


def _run(folder: Path, width: int, height: int) -> dict[str, Any]:
    screen = folder / "screen.json"
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "virtual", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen:configfile={p}".format(p=screen)}
    pdf = _pdf(folder / "tiga.pdf")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), str(TESTS), str(pdf)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _dialog_modules() -> set[str]:
    import dikecualikan_gui.ui.dialogs as package

    folder = Path(package.__file__).parent
    found = set()
    for source in folder.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        if "(QDialog):" in text:
            found.add("dikecualikan_gui.ui.dialogs." + source.stem)
    return found


@pytest.mark.parametrize("width,height", [(1024, 768), (1366, 768)])
def test_every_dialog_fits_the_screen(tmp_path: Path, width: int, height: int) -> None:
    shown = _run(tmp_path, width, height)
    sx, sy, sw, sh = shown["screen"]
    assert (sw, sh) == (width, height)
    dialogs = shown["dialogs"]
    # every module of ui/dialogs that defines a dialog is opened here, and the preview and import result
    assert _dialog_modules() <= {d["module"] for d in dialogs.values()}
    assert {"PreviewDialog", "ImportResultDialog", "ArchiveDialog"} <= set(dialogs)
    for name, dialog in dialogs.items():
        x, y, w, h = dialog["frame"]
        assert w + FRAME_W <= sw and h + FRAME_H <= sh, (name, dialog["frame"])
        assert x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh, (name, dialog["frame"])
        assert dialog["buttons"], name
        for text, (bx, by, bw, bh) in dialog["buttons"].items():
            assert bx >= sx and by >= sy and bx + bw <= sx + sw and by + bh <= sy + sh, (name, text)
