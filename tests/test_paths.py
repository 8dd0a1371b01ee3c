"""The resources (package data read through importlib.resources) in every way the application is
installed here: a checkout with its editable install, a zipped package, a wheel, ``pip install
--user``; the frozen bundle is covered by tests/packaging. And the user's data folder."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from dikecualikan_gui import config, paths

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ("icons/dikecualikan.svg", "fonts/LiberationSans-Regular.ttf", "fonts/LICENSE-Liberation.txt")
# Run in another interpreter: where the package came from, and that its resources are real files.
PROBE = (
    "import sys; sys.path.append({deps!r})\n"
    "import dikecualikan_gui, dikecualikan_gui.paths as p\n"
    "d = p.resources_dir()\n"
    "print(dikecualikan_gui.__file__)\n"
    "print(d)\n"
    "print(all((d / n).is_file() and (d / n).stat().st_size > 0 for n in {names!r}))\n"
)


def _probe(python: str, env: dict[str, str], cwd: Path) -> list[str]:
    code = PROBE.format(deps=sysconfig.get_paths()["purelib"], names=EXPECTED)
    result = subprocess.run([python, "-c", code], capture_output=True, text=True, env=env, cwd=cwd, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=out,
    )
    [built] = out.glob("dikecualikan-*.whl")
    return built


def test_resources_in_the_checkout_and_editable_install() -> None:
    found = paths.resources_dir()
    assert found == ROOT / "dikecualikan_gui" / "resources"
    for name in EXPECTED:
        assert (found / name).is_file()
    assert paths.resource("icons", "dikecualikan.svg") == found / "icons" / "dikecualikan.svg"


def test_resources_of_a_zipped_package_are_copied_out_once(tmp_path: Path) -> None:
    archive = tmp_path / "paket.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for file in (ROOT / "dikecualikan_gui").rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                z.write(file, file.relative_to(ROOT).as_posix())
    lines = _probe(sys.executable, _clean_env(PYTHONPATH=str(archive)), tmp_path)
    assert lines[0].startswith(str(archive))
    assert "dikecualikan-resources-" in lines[1] and lines[2] == "True"


def test_missing_resources_say_so_in_indonesian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "paketkosong").mkdir()
    (tmp_path / "paketkosong" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(FileNotFoundError, match="Pasang ulang aplikasi"):
        paths.resources_dir("paketkosong")


def test_the_wheel_carries_the_resources_as_package_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for name in EXPECTED:
        assert "dikecualikan_gui/resources/" + name in names
    assert any(n.endswith("dikecualikan_gui/cli.py") for n in names)
    assert not any("/tests/" in n or n.startswith("tests/") for n in names)
    assert not any(".data/" in n for n in names), "nothing outside the package (data_files) any more"


def test_resources_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    lines = _probe(sys.executable, _clean_env(PYTHONPATH=str(target)), tmp_path)
    assert lines == [
        str(target / "dikecualikan_gui" / "__init__.py"),
        str(target / "dikecualikan_gui" / "resources"),
        "True",
    ]


def test_resources_from_a_user_install(wheel: Path, tmp_path: Path) -> None:
    """``pip install --user .``: the interpreter outside the virtualenv, its user site in a temporary
    PYTHONUSERBASE (the layout where the old data_files lookup raised FileNotFoundError)."""
    base_python = getattr(sys, "_base_executable", sys.executable)
    env = _clean_env(PYTHONUSERBASE=str(tmp_path / "userbase"), PIP_NO_WARN_SCRIPT_LOCATION="1")
    installed = subprocess.run(
        [base_python, "-m", "pip", "install", "-q", "--user", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    lines = _probe(base_python, env, tmp_path)
    assert lines[0].startswith(str(tmp_path / "userbase")), lines
    assert lines[1].endswith(os.path.join("dikecualikan_gui", "resources")) and lines[2] == "True"


def test_database_choice_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"DIKECUALIKAN_DB": str(tmp_path / "env.sqlite3")}
    assert config.resolve(str(tmp_path / "arg.sqlite3"), env).db == str(tmp_path / "arg.sqlite3")
    from_env = config.resolve(None, env)
    assert from_env.db == str(tmp_path / "env.sqlite3") and from_env.data_dir == tmp_path
    default = config.resolve(None, {})
    assert default.db == str(paths.default_db_path())
    url = config.resolve("postgresql://u:p@server/dik", {"DIKECUALIKAN_DATA": str(tmp_path / "bersama")})
    assert url.sqlite_path is None and url.data_dir == tmp_path / "bersama"
    assert config.sqlite_path_of("sqlite:////var/lib/dik.db") == Path("/var/lib/dik.db")


def test_default_data_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DIKECUALIKAN_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.default_data_dir() == tmp_path / "xdg" / "dikecualikan"
    assert paths.default_db_path().name == "dikecualikan.sqlite3"


def test_a_shipped_translation_is_loaded_for_the_system_language(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """resources/translations/dikecualikan_<lang>.qm is loaded by app.install_translations."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from dikecualikan_gui import app
    from dikecualikan_gui.ui.text import tr

    source = tmp_path / "dikecualikan_en.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>dikecualikan</name><message><source>Tentang aplikasi</source>"
        "<translation>About this application</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "dikecualikan_en.qm")], check=True)
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    translator = app.install_translations(QCoreApplication.instance())  # type: ignore[arg-type]
    assert translator is not None
    try:
        assert tr("Tentang aplikasi") == "About this application"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Tentang aplikasi") == "Tentang aplikasi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert app.install_translations(QCoreApplication.instance()) is None  # type: ignore[arg-type]
