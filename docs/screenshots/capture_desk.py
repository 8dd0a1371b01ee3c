"""Screenshots of the start page (each role) and the register at 1024x768, for the README.

Run on an X display of that size with a window manager, e.g.:

    Xvfb :92 -screen 0 1024x768x24 & DISPLAY=:92 openbox &
    DISPLAY=:92 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/capture_desk.py

The register is made up for the pictures in a temporary folder; nothing else is touched.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from dikecualikan_gui.config import Config  # noqa: E402
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu  # noqa: E402
from dikecualikan_gui.domain.model import Ground, JangkaWaktuKind, Participant, Role  # noqa: E402
from dikecualikan_gui.services import approval, auth, backup, items, setup, users  # noqa: E402
from dikecualikan_gui.ui.context import AppContext  # noqa: E402
from dikecualikan_gui.ui.main_window import MainWindow  # noqa: E402

from factories import sample_content, sample_test  # noqa: E402

TITLES = [
    ("Biodata dan riwayat kesehatan pegawai", "Sekretariat"),
    ("Nomor rekening penerima bantuan modal UMKM", "Bidang UKM"),
    ("Dokumen penawaran peserta lelang pengadaan kendaraan", "Sekretariat"),
    ("Identitas pelapor dugaan pungutan liar", "Bidang Pengawasan"),
    ("Harga Perkiraan Sendiri paket pembangunan gedung", "Sekretariat"),
    ("Hasil pemeriksaan kesehatan calon pegawai", "Sekretariat"),
    ("Data nasabah koperasi simpan pinjam", "Bidang Koperasi"),
    ("Notulen rapat pembahasan rencana pembelian tanah", "Sekretariat"),
    ("Surat rahasia dari Kementerian", "Sekretariat"),
]


def build(folder: Path) -> Config:
    cfg = Config(db=str(folder / "contoh.sqlite3"), data_dir=folder)
    setup.open_register(cfg)
    auth.SCRYPT_N = 2**8  # a made-up register: no need for the production cost
    siti = users.add_user(None, "siti", "Siti Aminah, S.Kom.", Role.PETUGAS, "rahasia-siti").as_actor()
    users.add_user(None, "budi", "Budi Santoso", Role.PETUGAS, "rahasia-budi")
    atasan = users.add_user(None, "hendra", "Dr. Hendra Wijaya, M.Si.", Role.ATASAN, "rahasia-hendra").as_actor()
    admin = users.add_user(None, "rina", "Rina Kartika", Role.ADMIN, "rahasia-rina").as_actor()
    peserta = (
        Participant("Siti Aminah, S.Kom.", "Petugas PPID", "Sekretariat"),
        Participant("Ir. Bambang Prasetyo", "Kepala Bidang UKM", "Bidang UKM"),
    )
    ids = []
    for n, (judul, unit) in enumerate(TITLES):
        content = sample_content(judul)
        content = type(content)(**{**content.__dict__, "unit_pengusul": unit})
        item = items.create_item(siti, content)
        if n >= 7:
            ids.append(item.id)
            continue  # drafts, one still lacking its test
        until = date.today() + timedelta(days=15 if n == 2 else 365 * 4)
        test = sample_test(
            tanggal=date.today() - timedelta(days=3),
            peserta=peserta,
            grounds=(Ground("h", 2),) if n % 2 == 0 else (Ground("b", None), Ground("i", None)),
            jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=until),
        )
        item = items.record_test(siti, item.id, item.version, test)
        items.submit(siti, item.id, item.version)
        ids.append(item.id)
    approval.approve(atasan, ids[:3], "800/12/PPID/2026")
    approval.return_item(
        atasan, ids[3], None, "Sebutkan bagian identitas yang ditutup; tambahkan peraturan perlindungan saksi."
    )
    for _ in range(auth.MAX_FAILED_LOGINS):
        try:
            auth.authenticate("budi", "salah")
        except Exception:  # noqa: BLE001 - each wrong password raises; the fifth locks
            pass
    backup.create_backup(admin, cfg, folder / "cadangan.zip", now=datetime.utcnow() - timedelta(days=9))
    return cfg


def capture(name: str) -> None:
    QTest.qWait(700)
    subprocess.run(["import", "-window", "root", str(HERE / name)], check=True)
    print("ditulis", HERE / name)


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Dikecualikan")
    with tempfile.TemporaryDirectory() as tmp:
        cfg = build(Path(tmp))
        for username, name in (
            ("siti", "beranda-petugas.png"),
            ("hendra", "beranda-atasan.png"),
            ("rina", "beranda-admin.png"),
        ):
            ctx = AppContext(cfg)
            ctx.sign_in(users.get_by_username(username))
            window = MainWindow(ctx)
            window.show()
            capture(name)
            if username == "siti":
                window.show_register()
                capture("register-1024.png")
                window.open_item(items.register_page(limit=4)[3].id)
                capture("usulan-1024.png")
            window._closing_confirmed = True
            window.close()
        setup.close_register()


if __name__ == "__main__":
    main()
