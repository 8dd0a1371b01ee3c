"""Issue 11 point 11: every validation problem is shown at once beside its field, each message
goes as soon as its field is fixed, and no message is clipped (the NIP message)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Status
from dikecualikan_gui.services import items, profile, users
from dikecualikan_gui.ui import field_errors
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog
from dikecualikan_gui.ui.dialogs.users import PasswordDialog, UserEditDialog
from dikecualikan_gui.ui.layout import FieldError
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.pages.test_form import UjiForm
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import NO_DATE

from conftest import People
from screens import Answers, answer_messages, context


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


def _showing(root: QWidget) -> dict[str, str]:
    return {key: label.text() for key, label in field_errors.shown(root).items()}


def _whole(label: FieldError) -> None:
    """The message is read whole: as tall as its wrapped text and no wider than its field."""
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert label.width() >= label.minimumSizeHint().width(), label.text()
    holder = label.parentWidget()
    assert holder is not None and label.geometry().right() <= holder.width()


def test_the_test_form_shows_every_problem_beside_its_field_and_clears_each_when_fixed(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    page = window.new_item()
    assert page is not None
    qtbot.keyClicks(page.form.judulEdit, "Data rekening bank penerima bantuan")
    form: UjiForm = page.testForm
    form.tanggal.setDate(NO_DATE)  # not held yet
    row = form.grounds.rows[0]
    row.huruf.setCurrentIndex(row.huruf.findData("h"))  # angka left empty on purpose
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1
    shown = _showing(form)
    assert set(shown) == {"tanggal", "pasal17", "konsekuensi", "pertimbangan", "jangka_waktu"}
    for key in shown:  # all at once, each beside its own field, none cut
        _whole(form.errors.error(key))
    assert page.item is not None and items.get_item(page.item.id).status is Status.DRAF
    assert _showing(page.form) == {}  # the item's own fields are fine

    row = form.grounds.rows[0]  # the form was shown again from the saved draft
    row.angka.setCurrentIndex(row.angka.findData(2))
    assert set(_showing(form)) == {"tanggal", "konsekuensi", "pertimbangan", "jangka_waktu"}
    qtbot.keyClicks(form.konsekuensi, "Mengungkap rekening pribadi penerima")
    assert set(_showing(form)) == {"tanggal", "pertimbangan", "jangka_waktu"}
    form.tanggal.setDate(QDate.currentDate())
    assert set(_showing(form)) == {"pertimbangan", "jangka_waktu"}
    form.jangkaWaktu.durasi.setChecked(True)
    form.jangkaWaktu.years.setValue(5)
    assert set(_showing(form)) == {"pertimbangan"}
    form.konsekuensi.clear()  # emptied again: no new message while typing, the next save says it
    assert set(_showing(form)) == {"pertimbangan"}
    qtbot.keyClicks(form.pertimbangan, "Melindungi hak pribadi")
    assert _showing(form) == {}


def test_a_new_user_with_four_problems_sees_all_four_and_the_nip_message_whole(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    before = [u.username for u in users.list_users()]
    dialog = UserEditDialog(context(config, people.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "Budi Santoso")  # a space: not a user name
    qtbot.keyClicks(dialog.nip, "19800101 200501 1 00X")
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClicks(dialog.password2, "lain")
    qtbot.mouseClick(dialog.acceptButton, Qt.MouseButton.LeftButton)
    shown = _showing(dialog)
    assert set(shown) == {"username", "nama", "nip", "password", "password2"}
    assert shown["nip"].startswith("NIP harus 18 angka") and shown["nip"].endswith("19800101 200501 1 00X.")
    qtbot.waitUntil(
        lambda: (
            dialog.errors.error("nip").height()
            >= dialog.errors.error("nip").heightForWidth(dialog.errors.error("nip").width())
        )
    )
    for key in shown:
        _whole(dialog.errors.error(key))
    assert answers.shown == [] and dialog.result() == 0
    assert [u.username for u in users.list_users()] == before  # nothing saved

    dialog.nip.setText("198001012005011001")
    assert set(_showing(dialog)) == {"username", "nama", "password", "password2"}
    qtbot.keyClicks(dialog.nama, "Budi Santoso")
    dialog.username.setText("budi")
    assert set(_showing(dialog)) == {"password", "password2"}
    dialog.password.setText("rahasia-budi")
    assert _showing(dialog) == {"password2": "Kedua kata sandi tidak sama."}
    dialog.password2.setText("rahasia-budi")
    assert _showing(dialog) == {}
    qtbot.mouseClick(dialog.acceptButton, Qt.MouseButton.LeftButton)
    assert users.get_by_username("budi").nip == "198001012005011001"


def test_a_new_password_shows_both_problems_and_keeps_the_old_password_message(qtbot: QtBot) -> None:
    dialog = PasswordDialog("Ganti kata sandi", old=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.setText("pendek")
    dialog.new2.setText("lain")
    qtbot.mouseClick(dialog.acceptButton, Qt.MouseButton.LeftButton)
    assert set(_showing(dialog)) == {"new_password", "new_password2"}
    dialog.new.setText("panjang-sekali")
    dialog.new2.setText("panjang-sekali")
    assert _showing(dialog) == {}


def test_the_profile_shows_every_problem_and_clears_each_when_fixed(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    dialog = ProfileDialog(context(config, people.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nama.clear()
    dialog.ppid.nip.setText("12345")
    dialog.printing.mengingat.clear()
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    shown = _showing(dialog)
    assert {"nama_badan_publik", "ppid_nip", "mengingat"} <= set(shown)
    assert shown["ppid_nip"].startswith("NIP harus 18 angka")
    nip = dialog.errors.error("ppid_nip")
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(nip)))
    qtbot.wait(50)
    _whole(nip)
    assert profile.get_profile().nama_badan_publik == ""  # nothing saved

    dialog.ppid.nip.setText("198001012005011001")
    assert "ppid_nip" not in _showing(dialog) and "nama_badan_publik" in _showing(dialog)
    dialog.nama.setText("Dinas Koperasi dan UKM")
    assert "nama_badan_publik" not in _showing(dialog)
    dialog.printing.mengingat.setPlainText("Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;")
    assert _showing(dialog) == {}
