"""Screenshots of the shared register for the README at 1024x768: the first-run screen with the
office server chosen, and an item page told that its item was changed on another PC.

Needs a PostgreSQL database it may empty (its URL as the first argument) and an X display of that
size with a window manager, e.g.:

    Xvfb :96 -screen 0 1024x768x24 & DISPLAY=:96 openbox &
    DISPLAY=:96 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/capture_shared.py postgresql://...

The registers are made up for the pictures; nothing else is touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from playhouse.db_url import connect  # noqa: E402

from dikecualikan_gui.config import Config  # noqa: E402
from dikecualikan_gui.domain.model import Role  # noqa: E402
from dikecualikan_gui.services import auth, items, setup, users  # noqa: E402
from dikecualikan_gui.ui.context import AppContext  # noqa: E402
from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog  # noqa: E402
from dikecualikan_gui.ui.main_window import MainWindow  # noqa: E402

from factories import sample_content  # noqa: E402


def capture(name: str) -> None:
    QTest.qWait(900)
    subprocess.run(["import", "-window", "root", str(HERE / name)], check=True)


def first_run(folder: Path) -> None:
    cfg = Config(db=str(folder / "baru.sqlite3"), data_dir=folder)
    setup.open_register(cfg)
    dialog = FirstRunDialog(cfg)
    dialog.show()
    choice = dialog.database
    choice.serverRadio.click()
    choice.host.setText("192.168.1.10")
    choice.name.setText("dikecualikan")
    choice.user.setText("dikecualikan_kantor")
    choice.password.setText("rahasia-kantor")
    choice.connectButton.setFocus()
    capture("first-run-server.png")
    dialog.close()
    setup.close_register()


def changed_elsewhere(url: str, folder: Path) -> None:
    db = connect(url)
    db.execute_sql("DROP SCHEMA public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()
    cfg = Config(db=url, data_dir=folder)
    setup.open_register(cfg)
    auth.SCRYPT_N = 2**8
    siti = users.add_user(None, "siti", "Siti Aminah, S.Kom.", Role.PETUGAS, "rahasia-siti").as_actor()
    users.add_user(None, "budi", "Budi Santoso", Role.PETUGAS, "rahasia-budi")
    item = items.create_item(siti, sample_content("Biodata dan riwayat kesehatan pegawai"))
    ctx = AppContext(cfg)
    ctx.sign_in(users.get_by_username("siti"))
    window = MainWindow(ctx)
    window.showMaximized()
    page = window.open_item(item.id)
    assert page is not None
    page.form.ringkasan.setPlainText("Data pribadi pegawai Dinas: alamat, keluarga, riwayat kesehatan")
    code = (
        "from pathlib import Path\n"
        "from dikecualikan_gui.config import Config\n"
        "from dikecualikan_gui.services import items, setup, users\n"
        "from factories import sample_content\n"
        "setup.open_register(Config(db={u!r}, data_dir=Path({d!r})))\n"
        "i = items.get_item({i})\n"
        "items.save(users.get_by_username('budi').as_actor(), i.id, i.version,\n"
        "           content=sample_content('Biodata, riwayat kesehatan dan rekam medis pegawai'))\n"
    ).format(u=url, d=str(folder / "pc-lain"), i=item.id)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    for _ in range(50):
        QTest.qWait(100)
        if page.changedElsewhere.isVisible():
            break
    capture("changed-elsewhere.png")
    window.live.stop()
    window._closing_confirmed = True
    window.close()
    setup.close_register()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DIKECUALIKAN_DATA"] = folder
        first_run(Path(folder) / "pc")
        changed_elsewhere(sys.argv[1], Path(folder) / "server")
    del app


if __name__ == "__main__":
    main()
