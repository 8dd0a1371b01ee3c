"""A register of 100,000 items with tests and audit events, built once per benchmark session
through the real import path (ten files of 10,000 rows)."""

from __future__ import annotations

import csv
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import importer, setup, users

REGISTER_ITEMS = 100_000
BATCH = 10_000

SUBJECTS = [
    "Biodata pegawai",
    "Rekam medis pasien",
    "Data rekening bank",
    "Nilai SKP pegawai",
    "Dokumen penawaran lelang",
    "Harga Perkiraan Sendiri",
    "Laporan hasil pemeriksaan",
    "Notulen rapat pimpinan",
    "Data intelijen kriminal",
    "Rencana pembelian tanah",
    "Korespondensi diplomatik",
    "Akta wasiat",
    "Identitas pelapor",
    "Rancangan strategi",
    "Data nasabah koperasi",
    "Surat rahasia antarinstansi",
]
UNITS = ["Bidang Koperasi", "Bidang UKM", "Sekretariat", "UPT Pelatihan", "Bidang Pengawasan"]
BASES = [
    "Pasal 17 huruf h angka {a} UU No. 14 Tahun 2008",
    "Pasal 17 huruf b dan i Undang-Undang Nomor 14 Tahun 2008",
    "Pasal 17 huruf j UU 14/2008 jo. UU Nomor 43 Tahun 2009 tentang Kearsipan",
    "Psl. 17 hrf e angka {a} UU KIP",
    "Pasal 17 huruf a angka {a} dan huruf h angka 1",
    "Pasal 17 huruf i",
]
PERIODS = [
    "5 Tahun",
    "Sampai dengan 31 Desember 2035",  # not "Tidak terbatas": refused for most grounds picked here (Pasal 20)
    "20 (dua puluh) tahun",
    "Sampai dengan 31 Desember 2030",
    "Sampai memperoleh persetujuan dari yang bersangkutan",
    "1 tahun 6 bulan",
    "Sampai pengumuman pemenang",
]
HEADER = [
    "No",
    "Informasi",
    "Ringkasan",
    "Unit",
    "Dasar Hukum Pengecualian",
    "Konsekuensi Apabila Dibuka",
    "Pertimbangan Apabila Ditutup",
    "Jangka Waktu",
]


def write_csv(path: Path, start: int, count: int, seed: int) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for n in range(start, start + count):
            subject = rng.choice(SUBJECTS)
            writer.writerow(
                [
                    n + 1,
                    "{s} {u} nomor {n}".format(s=subject, u=rng.choice(UNITS), n=n),
                    "Berkas {s} tahun {y} yang memuat data rinci".format(s=subject.lower(), y=rng.randint(2015, 2026)),
                    rng.choice(UNITS),
                    rng.choice(BASES).format(a=rng.randint(1, 5)),
                    "Apabila dibuka dapat mengungkap rahasia dan merugikan pihak yang bersangkutan serta "
                    "menimbulkan penyalahgunaan data oleh pihak yang tidak berhak.",
                    "Dengan ditutup, hak pribadi dan kepentingan badan publik terlindungi lebih besar "
                    "daripada manfaat apabila informasi dibuka kepada publik.",
                    rng.choice(PERIODS),
                ]
            )
    return path


@pytest.fixture(scope="session")
def register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("register")
    cfg = Config(db=str(folder / "register.sqlite3"), data_dir=folder)
    setup.open_register(cfg)
    try:
        petugas = users.add_user(None, "petugas", "Petugas Benchmark", Role.PETUGAS, "rahasia-petugas")
        for start in range(0, REGISTER_ITEMS, BATCH):
            source = write_csv(folder / "batch.csv", start, BATCH, seed=start)
            importer.import_file(petugas.as_actor(), source)
    finally:
        setup.close_register()
    return folder / "register.sqlite3"


def open_copy(source: Path, folder: Path) -> Iterator[Config]:
    """A private copy of a seeded register in ``folder``, open while the test runs."""
    target = folder / "register.sqlite3"
    shutil.copyfile(source, target)
    cfg = Config(db=str(target), data_dir=folder)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


@pytest.fixture
def register(register_file: Path, tmp_path: Path) -> Iterator[Config]:
    """A private copy of the 100,000-item register, open."""
    yield from open_copy(register_file, tmp_path)
