"""The log in the data folder (start, sign-in, actions by id, errors with their traceback; never a
password or an item's content) and the one crash-report writer shared by the window and the
command line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dikecualikan_gui import app, cli, cli_output, logs
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.errors import AuthenticationFailed
from dikecualikan_gui.services import auth, items, users
from dikecualikan_gui.ui import crash

from conftest import People
from factories import PASSWORD, sample_content

SECRET_TITLE = "Judul-rahasia-XQ7 daftar saksi"
SECRET_MESSAGE = "isian-rahasia-ZK9"


@pytest.fixture
def log_file(isolated_data_dir: Path) -> Iterator[Path]:
    path = logs.start("uji")
    assert path == isolated_data_dir / "dikecualikan.log"
    yield path
    logs.stop()


def _text(path: Path) -> str:
    for handler in logging.getLogger(logs.PACKAGE_LOGGER).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_start_writes_where_and_what(log_file: Path) -> None:
    text = _text(log_file)
    assert "INFO" in text and "Mulai uji 0." in text and "Python 3." in text
    assert logs.current_log_path() == log_file
    assert logs.describe_log() == "Catatan kejadian (log): {p}".format(p=log_file)


def test_sign_in_and_actions_by_id_never_passwords_or_content(log_file: Path, config: Config, people: People) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.authenticate("petugas", "salah-sekali-123")
    with pytest.raises(AuthenticationFailed):
        auth.authenticate("orang-tak-dikenal", PASSWORD)
    user = auth.authenticate("petugas", PASSWORD)
    item = items.create_item(user.as_actor(), sample_content(judul=SECRET_TITLE))
    users.add_user(people.admin, "baru", "Pengguna Baru", Role.PETUGAS, "sandi-pengguna-baru")
    text = _text(log_file)
    assert "Kata sandi salah (login): pengguna id={i}, percobaan 1".format(i=user.id) in text
    assert "Masuk ditolak (login): nama pengguna tidak dikenal" in text
    assert "Masuk (login): pengguna id={i}, peran petugas".format(i=user.id) in text
    assert "Aksi create_item oleh pengguna id={i}".format(i=user.id) in text
    assert "Aksi manage_users oleh pengguna id={i}".format(i=people.admin.id) in text
    assert "Usulan id={i} ({n}) dibuat oleh pengguna id={u}".format(i=item.id, n=item.nomor, u=user.id) in text
    for secret in (PASSWORD, "salah-sekali-123", "sandi-pengguna-baru", "orang-tak-dikenal", "Judul-rahasia"):
        assert secret not in text


def _raise_inside() -> BaseException:
    try:
        raise ValueError(SECRET_MESSAGE)
    except ValueError as exc:
        return exc


def test_one_crash_report_writer_keeps_the_message_out_of_the_log(log_file: Path, isolated_data_dir: Path) -> None:
    text, report = logs.write_crash_report(_raise_inside())
    assert report is not None and report.parent == isolated_data_dir
    assert report.name.startswith("laporan-kesalahan-") and report.read_text(encoding="utf-8") == text
    assert SECRET_MESSAGE in text and "_raise_inside" in text and str(log_file) in text
    _, second = logs.write_crash_report(_raise_inside())
    assert second is not None and second != report, "two reports in one second both kept"
    logged = _text(log_file)
    assert "ERROR" in logged and "Traceback" in logged and "_raise_inside" in logged and "ValueError" in logged
    assert SECRET_MESSAGE not in logged


def test_the_command_line_bug_report_goes_through_the_same_writer(
    log_file: Path,
    isolated_data_dir: Path,
    config: Config,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: object) -> int:
        raise RuntimeError(SECRET_MESSAGE)

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    status = app.cli_main(["--db", config.db, "list"])
    err = capsys.readouterr().err
    assert status == 1 and "Kesalahan tak terduga (RuntimeError" in err
    [report] = isolated_data_dir.glob("laporan-kesalahan-*.txt")
    assert str(report) in err and SECRET_MESSAGE in report.read_text(encoding="utf-8")
    logged = _text(log_file)
    assert "Perintah: list" in logged and "Kesalahan program" in logged and "Selesai dengan status 1" in logged
    assert SECRET_MESSAGE not in logged
    assert cli_output.report_bug(_raise_inside()).startswith(str(isolated_data_dir))


def test_the_crash_dialog_names_the_report_and_the_log(
    qapp: object, log_file: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "stderr", sys.stdout)
    exc = _raise_inside()
    crash.handle_exception(type(exc), exc, exc.__traceback__)
    [(informative, detail)] = shown
    [report] = isolated_data_dir.glob("laporan-kesalahan-*.txt")
    assert str(report) in informative and "Catatan kejadian (log): {p}".format(p=log_file) in informative
    assert SECRET_MESSAGE in detail


def test_the_log_rotates_and_keeps_five(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.start("uji")
    assert path is not None
    try:
        for n in range(400):
            logging.getLogger("dikecualikan_gui.services.items").info("baris %s", n)
    finally:
        logs.stop()
    kept = sorted(p.name for p in isolated_data_dir.glob("dikecualikan.log*"))
    assert kept == ["dikecualikan.log"] + ["dikecualikan.log.{n}".format(n=n) for n in range(1, 6)]
    assert all(p.stat().st_size <= 2_200 for p in isolated_data_dir.glob("dikecualikan.log*"))


def test_an_unwritable_data_folder_leaves_the_application_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    monkeypatch.setenv("DIKECUALIKAN_DATA", str(blocker / "data"))
    assert logs.start("uji") is None
    assert "Catatan kejadian tidak dapat ditulis" in capsys.readouterr().err
    assert logs.current_log_path() is None and "tidak dapat ditulis" in logs.describe_log()


def test_help_about_names_the_log(
    qtbot: object, log_file: Path, config: Config, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.screens import context

    from dikecualikan_gui.ui import messages
    from dikecualikan_gui.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(messages, "info", lambda parent, text, *args, **kwargs: shown.append(text))
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.aboutAction.trigger()
    assert shown and shown[-1].endswith("Catatan kejadian (log): {p}".format(p=log_file))


def test_a_windowed_start_without_console_streams_still_reports(
    log_file: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller's windowed executable on Windows starts with sys.stderr = None."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    app.ensure_std_streams()
    assert sys.stderr is not None and sys.stdout is not None
    try:
        exc = _raise_inside()
        crash.handle_exception(type(exc), exc, exc.__traceback__)  # writes the report to stderr too
    finally:
        sys.stderr.close()
        sys.stdout.close()
    assert list(isolated_data_dir.glob("laporan-kesalahan-*.txt"))
