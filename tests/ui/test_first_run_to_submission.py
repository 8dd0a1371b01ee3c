"""The first run of the application through to a submitted item, as a new office would do it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role, Status
from dikecualikan_gui.services import items, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.dialogs.users import UserEditDialog
from dikecualikan_gui.ui.main_window import MainWindow

from screens import Answers, answer_messages


def test_first_run_to_a_submitted_item(qtbot: QtBot, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = answer_messages(monkeypatch, Answers())
    first = FirstRunDialog(config)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.namaBadan, "Dinas Koperasi, Usaha Kecil dan Menengah")
    qtbot.keyClicks(first.kota, "Pontianak")
    qtbot.keyClicks(first.nama, "Rahmat Hidayat")
    qtbot.keyClicks(first.password, "rahasia-admin")
    qtbot.keyClicks(first.password2, "rahasia-admin")
    qtbot.mouseClick(first.startButton, Qt.MouseButton.LeftButton)
    assert first.user is not None

    ctx = AppContext(config)
    ctx.sign_in(first.user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    add = UserEditDialog(ctx, None, window)
    qtbot.keyClicks(add.username, "siti")
    qtbot.keyClicks(add.nama, "Siti Aminah")
    add.role.setCurrentIndex(add.role.findData(Role.PETUGAS))
    qtbot.keyClicks(add.password, "rahasia-siti")
    qtbot.keyClicks(add.password2, "rahasia-siti")
    qtbot.mouseClick(add.acceptButton, Qt.MouseButton.LeftButton)
    assert users.get_by_username("siti").role is Role.PETUGAS

    login = LoginDialog(window, locked_by=ctx.user)
    login.username.setText("siti")
    qtbot.keyClicks(login.password, "rahasia-siti")
    qtbot.mouseClick(login.loginButton, Qt.MouseButton.LeftButton)
    assert login.user is not None, login.message.text()
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: login.user))
    window.lockAction.trigger()  # Kunci / Ganti pengguna
    assert window.ctx.user.username == "siti" and window.newAction.isVisible()

    qtbot.mouseClick(window.register.newItemButton, Qt.MouseButton.LeftButton)
    [page] = window.pages()
    qtbot.keyClicks(page.form.judulEdit, "Data rekening bank penerima bantuan UMKM")
    page.tabs.setCurrentIndex(1)
    row = page.testForm.grounds.rows[0]
    row.huruf.setCurrentIndex(row.huruf.findData("h"))
    row.angka.setCurrentIndex(row.angka.findData(3))
    qtbot.keyClicks(page.testForm.konsekuensi, "Rekening penerima dapat disalahgunakan")
    qtbot.keyClicks(page.testForm.pertimbangan, "Data keuangan pribadi terlindungi")
    page.testForm.jangkaWaktu.tidakTerbatas.setChecked(True)
    assert page.testForm.tempat.text() == "Pontianak"  # from the agency profile
    assert page.testForm.value().tanggal is None  # no test is dated until the officer says when it was held
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)
    assert any("belum diadakan" in s for s in answers.shown) and items.get_item(page.item.id).status is Status.DRAF
    answers.shown.clear()
    page.testForm.tanggal.setDate(QDate.currentDate())
    page.testForm.peserta.add_row()
    page.testForm.peserta.table.item(0, 0).setText("Siti Aminah")
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)

    assert page.item is not None
    stored = items.get_item(page.item.id)
    assert stored.status is Status.DIUJI
    assert stored.petugas == "siti" and stored.test is not None and stored.test.recorded_by == "siti"
    assert window.register.model.rowCount() == 1
    assert window.register.model.data(window.register.model.index(0, 5)) == "Menunggu persetujuan"
    assert not [s for s in answers.shown if s.startswith("error")]


def test_closing_a_tab_with_unsaved_changes_asks(qtbot: QtBot, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = answer_messages(monkeypatch, Answers())
    petugas = users.add_user(None, "siti", "Siti", Role.PETUGAS, "rahasia-siti")
    ctx = AppContext(config)
    ctx.sign_in(petugas)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.new_item()
    assert page is not None
    page.form.judulEdit.setText("Belum disimpan")
    answers.choice = -1  # Batal
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(page))
    assert window.pages() == [page]
    answers.choice = 0  # Simpan
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(page))
    assert window.pages() == [] and [r.judul for r in items.list_items()] == ["Belum disimpan"]
    assert any("belum disimpan" in s for s in answers.shown)
