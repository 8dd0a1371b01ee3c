"""The PyInstaller one-folder bundle (packaging/dikecualikan.spec), built here and driven as an
office PC would run it: the frozen command line from `init` to `export dik` (a PDF whose fonts are
embedded and whose text reads back), and the frozen window started offscreen up to the login
dialog. Marked `bundle` (a build takes about a minute on two cores): `pytest tests/packaging -m bundle`.

DIKECUALIKAN_BUNDLE_DIR=dist/dikecualikan drives a bundle built before instead of building one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "dikecualikan.spec"
EXE = ".exe" if sys.platform == "win32" else ""
PASSWORDS = {"admin": "sandi-admin-rahasia", "siti": "sandi-siti-rahasia", "kadis": "sandi-kadis-rahasia"}
CSV = (
    "No;Informasi;Dasar Hukum Pengecualian;Konsekuensi Apabila Dibuka;Pertimbangan Apabila Ditutup;Jangka Waktu\n"
    "1;Biodata pegawai dan riwayat kesehatan;Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008;"
    "Data pribadi disalahgunakan;Melindungi privasi pegawai;Tidak terbatas\n"
    "2;Dokumen penawaran lelang pengadaan;Pasal 17 huruf b UU 14/2008;Persaingan usaha tidak sehat;"
    "Proses lelang yang adil;2 tahun\n"
)

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test drives the Linux build"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get("DIKECUALIKAN_BUNDLE_DIR")
    if prebuilt:
        return Path(prebuilt).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PyInstaller is not installed: pip install -e '.[bundle]'")
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-5000:]
    return work / "dist" / "dikecualikan"


@pytest.fixture
def office(tmp_path: Path) -> dict[str, str]:
    """The environment of an office PC: no Python paths, the data folder in a fresh place."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DIKECUALIKAN_", "VIRTUAL_ENV"))}
    env.update(DIKECUALIKAN_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def run(bundle: Path, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [str(bundle / ("dikecualikan" + EXE)), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(env["DIKECUALIKAN_DATA"]).parent,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, "dikecualikan {a}: {e}{o}".format(a=" ".join(args), e=result.stderr, o=result.stdout)
    return result.stdout


def test_the_folder_holds_both_executables_resources_qt_plugins_and_licences(bundle: Path) -> None:
    assert os.access(bundle / ("dikecualikan-gui" + EXE), os.X_OK)
    assert os.access(bundle / ("dikecualikan" + EXE), os.X_OK)
    inside = bundle / "_internal"
    for name in ("fonts/LiberationSans-Regular.ttf", "fonts/LICENSE-Liberation.txt", "icons/dikecualikan.svg"):
        assert (inside / "dikecualikan_gui" / "resources" / name).is_file()
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "printsupport/libcupsprintersupport.so",
        "imageformats/libqsvg.so",
        "imageformats/libqpdf.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    assert list(inside.rglob("libQt6Pdf.so*")) and list(inside.rglob("libQt6PrintSupport.so*"))
    assert not list(inside.rglob("*VirtualKeyboard*")) and not list(inside.rglob("libQt6Quick.so*"))
    licences = {p.name for p in (bundle / "licences").iterdir()}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "python-LICENSE.txt", "reportlab-LICENSE", "peewee-LICENSE"} <= licences
    assert "folder data" in (bundle / "BACA-SAYA.txt").read_text(encoding="utf-8")


def test_the_frozen_command_line_from_init_to_the_printed_dik(
    bundle: Path, office: dict[str, str], tmp_path: Path
) -> None:
    today = date.today().isoformat()
    assert "Basis data dibuat" in run(bundle, office, "init")
    for username, role, name in (
        ("admin", "admin", "Administrator"),
        ("siti", "petugas", "Siti Aminah"),
        ("kadis", "atasan", "Kepala Dinas"),
    ):
        run(
            bundle,
            office,
            "user",
            "add",
            username,
            "--role",
            role,
            "--name",
            name,
            "--password-stdin",
            stdin=PASSWORDS[username] + "\n",
        )
    source = tmp_path / "dik-lama.csv"
    source.write_text(CSV, encoding="utf-8")
    run(bundle, office, "import", str(source), "--as", "siti")
    session = run(
        bundle,
        office,
        "uji",
        "--all-complete",
        "--as",
        "siti",
        "--tanggal",
        today,
        "--tempat",
        "Ruang Rapat",
        "--peserta",
        "Siti Aminah;Petugas PPID;Sekretariat",
    ).splitlines()[0]
    assert session.startswith("UK-")
    approved = run(
        bundle,
        office,
        "approve",
        "--all-ready",
        "--as",
        "kadis",
        "--password-stdin",
        "--nomor-penetapan",
        "800/1/PPID/2026",
        "--tanggal",
        today,
        stdin=PASSWORDS["kadis"] + "\n",
    )
    assert "2 usulan disetujui" in approved
    listed = json.loads(run(bundle, office, "list", "--format", "json"))
    assert {row["status"] for row in listed} == {"disetujui"}

    pdf = tmp_path / "dik.pdf"
    run(bundle, office, "export", "dik", "--out", str(pdf), "--paper", "A4")
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in ("Biodata pegawai dan riwayat kesehatan", "Dokumen penawaran lelang", "800/1/PPID/2026"):
        assert expected in " ".join(text.split())
    fonts = _fonts(reader)
    # ReportLab lists Helvetica on every page as the canvas's initial font, selected before any text
    # is drawn; every font that draws text is a shipped TrueType font, embedded (subset).
    fonts.pop("/Helvetica", None)
    assert fonts and all(embedded for embedded in fonts.values()), fonts
    assert any("LiberationSans" in name for name in fonts)

    log = (Path(office["DIKECUALIKAN_DATA"]) / "dikecualikan.log").read_text(encoding="utf-8")
    assert "Mulai dikecualikan" in log and "bundel" in log and "Perintah: approve" in log
    assert "Aksi approve oleh pengguna id=" in log
    for secret in [*PASSWORDS.values(), "Biodata pegawai"]:
        assert secret not in log


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use, and whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in (font_dict.get_object() if font_dict else {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants.get_object()[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


@pytest.fixture
def gui(bundle: Path, office: dict[str, str]) -> Iterator[tuple[subprocess.Popen[bytes], Path, float]]:
    run(bundle, office, "init")
    run(bundle, office, "user", "add", "admin", "--role", "admin", "--name", "Admin", "--password-stdin", stdin="a" * 9)
    log = Path(office["DIKECUALIKAN_DATA"]) / "dikecualikan.log"
    started = time.monotonic()
    process = subprocess.Popen(
        [str(bundle / ("dikecualikan-gui" + EXE))],
        env=office,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield process, log, started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def test_the_frozen_window_starts_offscreen_to_the_login_dialog(
    gui: tuple[subprocess.Popen[bytes], Path, float],
) -> None:
    process, log, started = gui
    shown = ""
    while time.monotonic() - started < 60 and process.poll() is None:
        lines = [line for line in log.read_text(encoding="utf-8").splitlines() if "Tampil:" in line]
        if lines:
            shown = lines[-1]
            break
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    if process.poll() is not None:
        pytest.fail("the window quit: {e}".format(e=process.stderr.read().decode() if process.stderr else ""))
    assert "Tampil: LoginDialog" in shown, log.read_text(encoding="utf-8")
    print("\nbundle start to login dialog: {s:.2f} s".format(s=elapsed))
    assert elapsed < 30
