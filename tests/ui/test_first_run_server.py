"""The first-run screen's choice of register (issue 13, point 4): a server that cannot be reached
is said in the dialog and nothing typed is lost; a server register with users goes to sign-in; an
empty one is set up from the same screen; the password lands in the user's own settings only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui import config as config_mod
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import profile, setup, users
from dikecualikan_gui.ui.dialogs.database_choice import open_failed_text
from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog

from conftest import PG_URL, _reset_postgres, sqlite_config
from factories import PASSWORD

SECRET = "sandi-server:rahasia@1"


@pytest.fixture
def local(tmp_path: Path) -> Iterator[Config]:
    """This PC's new, empty register (the first start)."""
    cfg = sqlite_config(tmp_path)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


def fill_server(dialog: FirstRunDialog, qtbot: QtBot, host: str, port: int, name: str, user: str) -> None:
    choice = dialog.database
    choice.serverRadio.click()
    choice.host.clear()
    qtbot.keyClicks(choice.host, host)
    choice.port.setValue(port)
    choice.name.setText(name)
    qtbot.keyClicks(choice.user, user)
    qtbot.keyClicks(choice.password, SECRET)


def test_a_server_that_cannot_be_reached_is_said_and_the_typed_fields_stay(
    qtbot: QtBot, local: Config, isolated_data_dir: Path
) -> None:
    dialog = FirstRunDialog(local)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.namaBadan, "Dinas Koperasi")
    fill_server(dialog, qtbot, "127.0.0.1", 1, "dikecualikan", "kantor")
    assert not dialog.agencyGroup.isVisible() and not dialog.startButton.isEnabled()
    qtbot.mouseClick(dialog.database.connectButton, Qt.MouseButton.LeftButton)

    status = dialog.database.status
    assert status.isVisible() and "tidak dapat dihubungi dari komputer ini" in status.text()
    assert SECRET not in status.text()
    choice = dialog.database
    assert (choice.host.text(), choice.user.text(), choice.password.text()) == ("127.0.0.1", "kantor", SECRET)
    assert choice.serverRadio.isEnabled() and choice.connectButton.isVisible()
    assert not config_mod.settings_path().exists()  # nothing remembered
    assert dialog.config == local and not users.has_users()  # this PC's register is open again

    choice.localRadio.click()
    assert dialog.agencyGroup.isVisible() and dialog.startButton.isEnabled()
    assert dialog.namaBadan.text() == "Dinas Koperasi"


def _server() -> tuple[str, int, str, str]:
    parsed = urlparse(PG_URL)
    return parsed.hostname or "localhost", parsed.port or 5432, parsed.path.lstrip("/"), parsed.username or ""


def _files_holding(root: Path, text: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_a_server_register_with_users_goes_to_sign_in(
    qtbot: QtBot, local: Config, isolated_data_dir: Path, tmp_path: Path
) -> None:
    _reset_postgres(PG_URL)
    setup.open_register(Config(db=PG_URL, data_dir=tmp_path / "server"))
    users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD)
    setup.open_register(local)

    dialog = FirstRunDialog(local)
    qtbot.addWidget(dialog)
    dialog.show()
    host, port, name, user = _server()
    fill_server(dialog, qtbot, host, port, name, user)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.database.connectButton, Qt.MouseButton.LeftButton)

    assert dialog.login and dialog.user is None
    assert (
        config_mod.split_password(dialog.config.db)[0]
        == config_mod.split_password(config_mod.server_url(host, port, name, user))[0]
    )
    assert users.get_by_username("petugas").nama == "Siti Petugas"  # the server's register is open
    assert config_mod.resolve().db == dialog.config.db  # and is the one the next start opens
    assert _files_holding(tmp_path, SECRET) == [isolated_data_dir / "pengaturan.json"]


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_an_empty_server_register_is_set_up_from_the_same_screen(
    qtbot: QtBot, local: Config, isolated_data_dir: Path, tmp_path: Path
) -> None:
    _reset_postgres(PG_URL)
    dialog = FirstRunDialog(local)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_server(dialog, qtbot, *_server())
    qtbot.mouseClick(dialog.database.connectButton, Qt.MouseButton.LeftButton)

    assert "masih kosong" in dialog.intro.text()
    assert dialog.agencyGroup.isVisible() and dialog.startButton.isEnabled()
    assert not dialog.database.serverRadio.isEnabled() and not dialog.database.localRadio.isEnabled()
    qtbot.keyClicks(dialog.namaBadan, "Dinas Koperasi Bersama")
    qtbot.keyClicks(dialog.nama, "Rahmat Hidayat")
    qtbot.keyClicks(dialog.password, "rahasia-admin")
    qtbot.keyClicks(dialog.password2, "rahasia-admin")
    qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted and dialog.user is not None and not dialog.login
    assert dialog.config.sqlite_path is None
    assert profile.get_profile().nama_badan_publik == "Dinas Koperasi Bersama"  # written on the server
    setup.open_register(local)
    assert not users.has_users()  # nothing was written into this PC's file
    assert _files_holding(tmp_path, SECRET) == [isolated_data_dir / "pengaturan.json"]


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_a_first_start_left_on_an_empty_server_shows_it_chosen_and_can_go_back_to_this_pc(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path
) -> None:
    _reset_postgres(PG_URL)
    host, port, name, user = _server()
    config_mod.save_db_choice(config_mod.server_url(host, port, name, user, SECRET))
    server = config_mod.resolve()  # the next start opens the chosen server, still empty
    assert server.sqlite_path is None
    setup.open_register(server)
    try:
        dialog = FirstRunDialog(server)
        qtbot.addWidget(dialog)
        dialog.show()
        choice = dialog.database
        assert choice.serverRadio.isChecked() and not choice.serverRadio.isEnabled()
        assert (choice.host.text(), choice.port.value(), choice.name.text(), choice.user.text()) == (
            host,
            port,
            name,
            user,
        )
        assert dialog.agencyGroup.isVisible() and dialog.startButton.isEnabled()

        choice.localRadio.click()  # back to a register on this PC
        assert config_mod.saved_db() is None
        assert dialog.config.sqlite_path == isolated_data_dir / "dikecualikan.sqlite3"
        assert dialog.agencyGroup.isVisible() and not dialog.login
        qtbot.keyClicks(dialog.namaBadan, "Dinas di komputer ini")
        qtbot.keyClicks(dialog.nama, "Rahmat Hidayat")
        qtbot.keyClicks(dialog.password, "rahasia-admin")
        qtbot.keyClicks(dialog.password2, "rahasia-admin")
        qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)
        assert dialog.user is not None
        assert profile.get_profile().nama_badan_publik == "Dinas di komputer ini"
        setup.open_register(server)
        assert not users.has_users()  # the server register stayed empty
    finally:
        setup.close_register()


def test_a_server_given_by_the_environment_cannot_be_switched_from_the_screen(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    given = Config(db="postgresql://kantor@server-ppid:5432/dikecualikan", data_dir=isolated_data_dir)
    dialog = FirstRunDialog(given)  # opened with --db or DIKECUALIKAN_DB: nothing saved
    qtbot.addWidget(dialog)
    assert dialog.database.serverRadio.isChecked()
    assert not dialog.database.localRadio.isEnabled() and not dialog.database.serverRadio.isEnabled()
    assert dialog.database.host.text() == "server-ppid"


def test_a_start_that_cannot_reach_the_saved_server_says_where_the_choice_is_kept(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    url = config_mod.server_url("127.0.0.1", 1, "dikecualikan", "kantor", SECRET)
    config_mod.save_db_choice(url)
    chosen = config_mod.resolve()
    with pytest.raises(AppError) as refused:
        setup.open_register(chosen)
    text = open_failed_text(str(refused.value), chosen)
    assert text.startswith("Server basis data tidak dapat dihubungi dari komputer ini")
    assert str(isolated_data_dir / "pengaturan.json") in text and SECRET not in text
    given = config_mod.resolve("postgresql://kantor@127.0.0.1:1/dikecualikan")  # --db: nothing to say about it
    assert open_failed_text("Tidak dapat.", given) == "Tidak dapat."
    assert open_failed_text("Tidak dapat.", sqlite_config(tmp_path)) == "Tidak dapat."
