"""Issue 5 and 8 figures: printing (run: pytest tests/benchmarks -m perf -s -k print).

The DIK is printed end to end from registers of 1,000 and 10,000 approved items, seeded through the
real import, a consequence-test session and the approval, and the berita acara of a session of 500
items. Peak memory is the maximum resident size of a child process that does only that (what the
user's computer has to have free; on Linux its VmHWM, as ru_maxrss would count the test runner it
was forked from)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Participant, Role, RowFilter, Status
from dikecualikan_gui.services import approval, documents, importer, items, profile, sessions, setup, users

from .conftest import open_copy, write_csv
from .test_register_benchmarks import _report
from factories import sample_profile

pytestmark = pytest.mark.perf
DAY = date(2026, 11, 25)
SESSION_DAY = date(2026, 11, 20)
PESERTA = tuple(
    Participant("Peserta {n}".format(n=n), "Jabatan {n}".format(n=n), "Unit {n}".format(n=n)) for n in range(1, 11)
)
MAX_RSS_MB = 300

#: Run in a child process: print the DIK and tell the time and the peak resident memory.
CHILD = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path

def rss_mb():
    # Linux: the peak of this program since it started (ru_maxrss would count the forked test runner)
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import PrintSettings
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.page import Letterhead
from dikecualikan_gui.services import documents, setup

mode, target = sys.argv[1], sys.argv[2]
before = rss_mb()
start = time.perf_counter()
if mode == "register":
    setup.open_register(Config(db=target, data_dir=Path(target).parent))
    pdf = documents.render_dik(Config(db=target, data_dir=Path(target).parent), tanggal=date(2026, 11, 25))
else:  # 10,000 rows of the lengths seen in real lists: judul ~80, konsekuensi and pertimbangan ~250 characters
    rows = [docs.ListRow(
        "2026/{n:05d}".format(n=n),
        "Biodata pegawai beserta riwayat kesehatan, data keluarga dan rekening nomor {n}".format(n=n)[:80],
        "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        ("Apabila dibuka dapat mengungkap rahasia pribadi pegawai {n} dan merugikan yang bersangkutan serta "
         "menimbulkan penyalahgunaan data oleh pihak yang tidak berhak, termasuk penipuan dan pencurian "
         "identitas yang sulit dipulihkan di kemudian hari oleh badan publik maupun pemiliknya.").format(n=n),
        ("Dengan ditutup, hak atas perlindungan data pribadi dan kepentingan badan publik terlindungi, dan "
         "manfaat bagi publik apabila informasi dibuka jauh lebih kecil daripada kerugian yang timbul bagi "
         "pegawai nomor {n} serta keluarganya sehingga informasi patut dikecualikan.").format(n=n),
        "5 (lima) tahun") for n in range(int(target))]
    head = Letterhead("Pemerintah Provinsi Kalimantan Barat", "Dinas Koperasi dan UKM", "Sekretariat",
                           "Jalan Sutan Syahrir Nomor 1", "Telepon (0561) 736221", None)
    agency = docs.Agency(head, "Dinas Koperasi dan UKM", "Sekretariat", "Pontianak", PrintSettings())
    pdf = docs.build_dik(agency, rows, 2026, docs.Signature("Kepala Dinas", "Drs. Ahmad Fauzi"),
                         date(2026, 11, 29), [docs.Citation("Kepala Dinas", "800/1/PPID/2026", date(2026, 11, 25))])
print(json.dumps({"seconds": time.perf_counter() - start, "before_mb": before, "peak_mb": rss_mb(),
                  "bytes": len(pdf)}))
"""


def _seed(folder: Path, count: int, approve: bool = True) -> Path:
    """A register of ``count`` items imported from CSV (drafts), tested in one session and (unless
    ``approve`` is false) approved under one penetapan."""
    db = folder / "register.sqlite3"
    setup.open_register(Config(db=str(db), data_dir=folder))
    try:
        admin = users.add_user(None, "admin", "Admin", Role.ADMIN, "rahasia-admin").as_actor()
        petugas = users.add_user(None, "petugas", "Petugas", Role.PETUGAS, "rahasia-petugas").as_actor()
        atasan = users.add_user(None, "atasan", "Drs. Ahmad Fauzi", Role.ATASAN, "rahasia-atasan").as_actor()
        profile.update_profile(admin, sample_profile())
        importer.import_file(petugas, write_csv(folder / "dik.csv", 0, count, seed=count))
        drafts = [sessions.SessionEntry(row.id) for row in items.list_items(RowFilter(status=Status.DRAF))]
        assert len(drafts) == count
        sessions.record_session(petugas, SESSION_DAY, drafts, PESERTA, tempat="Ruang Rapat Lantai 2", waktu="09.00 WIB")
        if approve:
            ids = [row.id for row in items.list_items(RowFilter(status=Status.DIUJI))]
            approval.approve(atasan, ids, "800/1/PPID/2026", tanggal=DAY)
    finally:
        setup.close_register()
    return db


@pytest.fixture(scope="session")
def register_1000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _seed(tmp_path_factory.mktemp("dik1000"), 1_000)


@pytest.fixture(scope="session")
def register_10000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _seed(tmp_path_factory.mktemp("dik10000"), 10_000)


@pytest.fixture(scope="session")
def session_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _seed(tmp_path_factory.mktemp("sesi500"), 500, approve=False)


@pytest.fixture
def approved_1000(register_1000: Path, tmp_path: Path) -> Iterator[Config]:
    yield from open_copy(register_1000, tmp_path)


@pytest.fixture
def approved_10000(register_10000: Path, tmp_path: Path) -> Iterator[Config]:
    yield from open_copy(register_10000, tmp_path)


def _check_dik(pdf: bytes, count: int) -> int:
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert "Halaman {n} dari {n}".format(n=pages) in last and "Drs. Ahmad Fauzi" in last  # who decided it
    assert "pada tanggal 25 November 2026" in last and "Dicetak pada" in last
    assert "\n{c}\n".format(c=count) in last  # the last row, numbered, on the page of the signature
    return pages


def _child(mode: str, target: str) -> dict[str, float]:
    if sys.platform == "win32":
        pytest.skip("resource.getrusage is not available on Windows")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, target], capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report_child(label: str, figures: dict[str, float], target: float) -> None:
    print(
        "\n[{l}] {s:.2f} s (target {t} s); peak resident memory {p:.0f} MB, {b:.0f} MB of it before printing "
        "(target {m} MB); PDF {k:.0f} KB".format(
            l=label,
            s=figures["seconds"],
            t=target,
            p=figures["peak_mb"],
            b=figures["before_mb"],
            m=MAX_RSS_MB,
            k=figures["bytes"] / 1024,
        )
    )


def test_print_dik_of_1000_approved_items(benchmark: Any, approved_1000: Config) -> None:
    pdf = benchmark.pedantic(
        documents.render_dik, args=(approved_1000,), kwargs={"tanggal": DAY}, rounds=3, iterations=1
    )
    pages = _check_dik(pdf, 1_000)
    _report("DIK PDF of 1,000 approved items, {p} pages (render_dik)".format(p=pages), benchmark, 3.0)
    assert benchmark.stats.stats.median <= 3.0


def test_print_dik_of_10000_approved_items(benchmark: Any, approved_10000: Config) -> None:
    pdf = benchmark.pedantic(
        documents.render_dik, args=(approved_10000,), kwargs={"tanggal": DAY}, rounds=1, iterations=1
    )
    pages = _check_dik(pdf, 10_000)
    _report("DIK PDF of 10,000 approved items, {p} pages (render_dik)".format(p=pages), benchmark, 30.0)
    assert benchmark.stats.stats.median <= 30.0


def test_print_dik_of_10000_items_peak_memory(register_10000: Path, tmp_path: Path) -> None:
    copy = tmp_path / "register.sqlite3"
    shutil.copyfile(register_10000, copy)
    figures = _child("register", str(copy))
    _report_child("DIK of 10,000 approved items, child process (register read + PDF)", figures, 30.0)
    assert figures["peak_mb"] <= MAX_RSS_MB and figures["seconds"] <= 30.0


def test_print_dik_of_10000_long_rows_peak_memory() -> None:
    figures = _child("rows", "10000")
    _report_child(
        "DIK of 10,000 rows of realistic length (judul 80, konsekuensi/pertimbangan 250 characters), "
        "child process (build_dik)",
        figures,
        30.0,
    )
    assert figures["peak_mb"] <= MAX_RSS_MB and figures["seconds"] <= 30.0


def test_print_lembar_uji_of_one_item(benchmark: Any, approved_1000: Config) -> None:
    item_id = items.list_items(limit=1)[0].id
    pdf = benchmark.pedantic(documents.render_uji, args=(approved_1000, item_id), rounds=20, iterations=1)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    _report("lembar uji konsekuensi of one item (render_uji)", benchmark, 0.3)
    assert benchmark.stats.stats.median <= 0.3


def test_print_berita_acara_of_a_500_item_session(benchmark: Any, session_500: Path, tmp_path: Path) -> None:
    """Issue 8: one berita acara for the whole session, one signature table, every item in the lampiran."""
    for cfg in open_copy(session_500, tmp_path):
        nomor = sessions.list_sessions()[0][0]
        pdf = benchmark.pedantic(documents.render_berita_acara, args=(cfg, nomor), rounds=3, iterations=1)
        reader = PdfReader(io.BytesIO(pdf))
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert text.count("DAFTAR HADIR DAN TANDA TANGAN PESERTA") == 1 and "500 (lima ratus) informasi" in text
        assert all(row.nomor in text for row in items.list_items(RowFilter(status=Status.DIUJI)))
        _report(
            "berita acara of a session of 500 items, {p} pages (render_berita_acara)".format(p=len(reader.pages)),
            benchmark,
            2.0,
        )
        assert benchmark.stats.stats.median <= 2.0
