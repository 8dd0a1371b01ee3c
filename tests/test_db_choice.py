"""The register chosen on the first-run screen: kept in the user's own settings, its password
apart from the address and in no other file; --db and $DIKECUALIKAN_DB still win."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from dikecualikan_gui import config

SECRET = "s@ndi/rahasia:1"


def test_the_address_is_stored_without_its_password_which_only_the_user_can_read(isolated_data_dir: Path) -> None:
    url = config.server_url("server-ppid", 5433, "dikecualikan", "kantor", SECRET)
    path = config.save_db_choice(url)
    assert path == isolated_data_dir / "pengaturan.json"
    text = path.read_text(encoding="utf-8")
    assert '"db": "postgresql://kantor@server-ppid:5433/dikecualikan"' in text
    assert SECRET in text  # the user's own settings, and only there
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in isolated_data_dir.iterdir()] == ["pengaturan.json"]  # no partial file left
    assert config.saved_db() == url
    assert config.resolve().db == url


def test_db_argument_and_environment_win_over_the_saved_choice(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.save_db_choice(config.server_url("server-ppid", 5432, "dik", "kantor", SECRET))
    assert config.resolve("/tmp/lain.sqlite3").db == "/tmp/lain.sqlite3"
    monkeypatch.setenv("DIKECUALIKAN_DB", "postgresql://lain@host/db")
    assert config.resolve().db == "postgresql://lain@host/db"
    monkeypatch.delenv("DIKECUALIKAN_DB")
    config.forget_db_choice()
    assert config.saved_db() is None
    assert config.resolve().db == str(isolated_data_dir / "dikecualikan.sqlite3")
    assert SECRET not in (isolated_data_dir / "pengaturan.json").read_text(encoding="utf-8")


def test_a_password_free_choice_relies_on_pgpass_and_stores_no_password(isolated_data_dir: Path) -> None:
    config.save_db_choice(config.server_url("server-ppid", 5432, "dik", "kantor", SECRET))
    config.save_db_choice("postgresql://kantor@server-ppid:5432/dik")
    assert "db_password" not in (isolated_data_dir / "pengaturan.json").read_text(encoding="utf-8")
    assert config.saved_db() == "postgresql://kantor@server-ppid:5432/dik"


def test_quoted_parts_survive_the_round_trip() -> None:
    url = config.server_url("10.0.0.5", 5432, "nama db", "pengguna@kantor", "a:b@c/d e")
    address, password = config.split_password(url)
    assert address == "postgresql://pengguna%40kantor@10.0.0.5:5432/nama%20db"
    assert password == "a:b@c/d e"
    assert config.with_password(address, password) == url


def test_an_unreadable_settings_file_means_no_choice(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "pengaturan.json").write_text("{rusak", encoding="utf-8")
    assert config.saved_db() is None
    assert config.resolve().db.endswith("dikecualikan.sqlite3")


def test_a_server_that_cannot_be_reached_is_said_in_one_line_without_the_password(
    isolated_data_dir: Path,
) -> None:
    """The command line on a PC cut off from the server (nothing listens on port 1)."""
    import os
    import subprocess

    url = config.server_url("127.0.0.1", 1, "dikecualikan", "kantor", SECRET)
    env = dict(os.environ, DIKECUALIKAN_DATA=str(isolated_data_dir))
    done = subprocess.run(
        [sys.executable, "-m", "dikecualikan_gui", "--db", url, "list"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Server basis data tidak dapat dihubungi dari komputer ini" in done.stderr
    assert SECRET not in done.stderr and SECRET not in done.stdout
    assert not any(
        SECRET.encode() in p.read_bytes() for p in isolated_data_dir.rglob("*") if p.is_file()
    )  # not in the log either
