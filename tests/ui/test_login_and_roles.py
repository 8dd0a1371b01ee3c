"""Login dialog, first-run dialog, and what each role sees in the main window."""

from __future__ import annotations

import peewee as pw
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import profile, users
from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.main_window import MainWindow

from conftest import People
from factories import PASSWORD
from screens import Answers, answer_messages, context


def _login(qtbot: QtBot, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(type(dialog.username), "loginUsername"), username)
    qtbot.keyClicks(dialog.findChild(type(dialog.password), "loginPassword"), password)
    qtbot.mouseClick(dialog.findChild(type(dialog.loginButton), "loginButton"), Qt.MouseButton.LeftButton)
    return dialog


def test_login_accepts_the_right_password(qtbot: QtBot, people: People) -> None:
    dialog = _login(qtbot, "petugas", PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "petugas"


def test_a_wrong_password_does_not_say_which_was_wrong(qtbot: QtBot, people: People) -> None:
    dialog = _login(qtbot, "petugas", "bukan-ini")
    assert dialog.user is None
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == "" and dialog.username.text() == "petugas"
    unknown = _login(qtbot, "tidakada", "bukan-ini")
    assert unknown.message.text() == dialog.message.text()


def test_a_locked_account_is_told_the_minutes_left(qtbot: QtBot, people: People) -> None:
    for _ in range(5):
        dialog = _login(qtbot, "petugas", "salah-lagi")
    assert "15 menit" in dialog.message.text()
    dialog = _login(qtbot, "petugas", PASSWORD)
    assert dialog.user is None
    assert "terkunci" in dialog.message.text() and "menit" in dialog.message.text()


def test_first_run_creates_the_profile_and_the_first_administrator(qtbot: QtBot, config: Config) -> None:
    dialog = FirstRunDialog(config)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.namaBadan, "Dinas Koperasi, UKM")
    dialog.kota.setText("Pontianak")
    qtbot.keyClicks(dialog.nama, "Admin Pertama")
    qtbot.keyClicks(dialog.password, "rahasia-admin")
    qtbot.keyClicks(dialog.password2, "rahasia-lain")
    qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)
    assert dialog.errors.error("password2").text() == "Kedua kata sandi tidak sama."
    assert not users.has_users()
    dialog.password2.setText("rahasia-admin")
    dialog.nip.setText("123")
    qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)
    assert "18 angka" in dialog.errors.error("nip").text()
    assert not users.has_users() and profile.get_profile().nama_badan_publik == ""
    dialog.nip.setText("")
    qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.role is Role.ADMIN
    assert profile.get_profile().nama_badan_publik == "Dinas Koperasi, UKM"


@pytest.mark.parametrize(
    "role,sees_admin,creates", [(Role.PETUGAS, False, True), (Role.ATASAN, False, False), (Role.ADMIN, True, False)]
)
def test_each_role_sees_only_what_it_may_do(
    qtbot: QtBot, people: People, config: Config, role: Role, sees_admin: bool, creates: bool
) -> None:
    actor = {Role.PETUGAS: people.petugas, Role.ATASAN: people.atasan, Role.ADMIN: people.admin}[role]
    window = MainWindow(context(config, actor))
    qtbot.addWidget(window)
    window.show()
    assert window.adminMenu.menuAction().isVisible() is sees_admin
    assert window.newAction.isVisible() is creates
    assert window.tabs.currentWidget() is window.startPage  # the start page comes first after sign-in
    window.show_register()
    assert window.register.newItemButton.isVisibleTo(window) is creates
    assert window.importAction.isVisible() is creates
    assert actor.nama in window.userLabel.text() and role.label in window.userLabel.text()
    window.new_item()
    assert len(window.pages()) == (1 if creates else 0)


def test_a_user_who_is_switched_to_sees_their_own_menus(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    admin = users.get_by_username("admin")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: admin))
    window.lock()
    assert window.ctx.user.username == "admin"
    assert window.adminMenu.menuAction().isVisible() and not window.newAction.isVisible()


def test_guessing_the_current_password_in_the_change_dialog_locks_the_account(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unlocked session is no place to guess the password that signs approvals (issue 10.4)."""
    from dikecualikan_gui.db import queries
    from dikecualikan_gui.ui.dialogs import users as user_dialogs

    said: list[str] = []

    def five_guesses(dialog: user_dialogs.PasswordDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        for attempt in range(5):
            dialog.old.setText("tebakan-{n}".format(n=attempt))
            dialog.new.setText("sandi-pengganti-1")
            dialog.new2.setText("sandi-pengganti-1")
            qtbot.mouseClick(dialog.acceptButton, Qt.MouseButton.LeftButton)
            said.append(dialog.errors.error("old").text())
        return dialog.result()

    monkeypatch.setattr(user_dialogs.PasswordDialog, "exec", five_guesses)
    assert not user_dialogs.change_own_password(context(config, people.atasan))
    assert said[0] == "Kata sandi lama salah."
    assert "terkunci" in said[-1] and "15 menit" in said[-1]
    creds = queries.get_credentials("atasan")
    assert creds is not None and creds.user.locked_until is not None
    login = _login(qtbot, "atasan", PASSWORD)  # the lock holds for sign-in too
    assert login.user is None and "terkunci" in login.message.text()


def test_an_administrator_is_told_at_sign_in_when_the_trail_does_not_hold(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dikecualikan_gui.db.models import AuditEvent

    answers = answer_messages(monkeypatch, Answers())
    AuditEvent.delete().where(AuditEvent.id == AuditEvent.select(pw.fn.MAX(AuditEvent.id)).scalar()).execute()
    window = MainWindow(context(config, people.admin))
    qtbot.addWidget(window)
    assert any("Jejak audit tidak utuh" in shown for shown in answers.shown)
    answers.shown.clear()
    other = MainWindow(context(config, people.petugas))  # only an administrator is told
    qtbot.addWidget(other)
    assert not answers.shown
