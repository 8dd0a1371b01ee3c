"""Finding resources/ (checkout and installed copy) and the user's data folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dikecualikan_gui import config, paths

ROOT = Path(__file__).resolve().parent.parent


def test_resources_in_a_checkout() -> None:
    found = paths.resources_dir()
    assert found == ROOT / "resources"
    assert (found / "icons" / "dikecualikan.svg").is_file()


def test_resources_in_an_installed_copy(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "dikecualikan_gui"
    package.mkdir(parents=True)
    installed = tmp_path / "prefix" / "share" / "dikecualikan" / "resources"
    installed.mkdir(parents=True)
    assert paths.resources_dir(package, (str(tmp_path / "prefix"),)) == installed
    with pytest.raises(FileNotFoundError, match="resources"):
        paths.resources_dir(package, (str(tmp_path / "kosong"),))


def test_the_wheel_carries_the_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    [wheel] = tmp_path.glob("dikecualikan-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith("data/share/dikecualikan/resources/icons/dikecualikan.svg") for n in names)
    assert any(n.endswith("dikecualikan_gui/cli.py") for n in names)
    assert not any("/tests/" in n or n.startswith("tests/") for n in names)


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
