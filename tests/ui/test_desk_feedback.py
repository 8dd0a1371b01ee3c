"""Issue 11 points 9, 10, 12 and 15: every action says what it did; keyboard (Tab in multi-line
fields, Ctrl+W, Esc); the lock screen; full names instead of usernames; no example text in
read-only fields."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import ItemRecord, Role, Status
from dikecualikan_gui.services import approval, items, recovery, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.dialogs.users import UsersDialog
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.printing import PreviewDialog

from conftest import People
from factories import PASSWORD, sample_content, sample_test
from screens import Answers, answer_messages, context


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


@pytest.fixture
def window(qtbot: QtBot, people: People, config: Config, answers: Answers) -> MainWindow:
    main = MainWindow(context(config, people.petugas))
    qtbot.addWidget(main)
    main.show()
    return main


def _said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _tested(people: People, judul: str) -> ItemRecord:
    item = items.create_item(people.petugas, sample_content(judul))
    return items.record_test(people.petugas, item.id, item.version, sample_test())


# --- point 9: every action says what it did ------------------------------------------------------


def test_save_and_submit_say_what_they_did(qtbot: QtBot, window: MainWindow, people: People) -> None:
    qtbot.keySequence(window, QKeySequence("Ctrl+N"))
    page = window.pages()[0]
    qtbot.keyClicks(page.form.judulEdit, "Data rekening bank penerima bantuan")
    qtbot.keySequence(page.form.judulEdit, QKeySequence("Ctrl+S"))
    assert page.item is not None
    assert _said(window) == "Usulan baru {n} dibuat dan disimpan.".format(n=page.item.nomor)
    page.form.unitPengusul.setText("Bidang Keuangan")
    qtbot.mouseClick(page.saveButton, Qt.MouseButton.LeftButton)
    assert _said(window) == "Usulan {n} disimpan.".format(n=page.item.nomor)
    assert items.get_item(page.item.id).content.unit_pengusul == "Bidang Keuangan"
    page.form.judulEdit.clear()
    qtbot.mouseClick(page.saveButton, Qt.MouseButton.LeftButton)
    assert _said(window) == "Belum disimpan: perbaiki isian yang ditandai."

    tested = _tested(people, "Rekam medis pegawai")
    ready = window.open_item(tested.id)
    assert ready is not None
    qtbot.mouseClick(ready.submitButton, Qt.MouseButton.LeftButton)
    assert items.get_item(tested.id).status is Status.DIUJI
    assert _said(window) == "Usulan {n} diajukan untuk persetujuan Atasan PPID.".format(n=tested.nomor)


@pytest.mark.parametrize("decision", ["approve", "return", "reject"])
def test_each_decision_is_reported(
    qtbot: QtBot, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch, decision: str
) -> None:
    item_id = items.submit(people.petugas, (t := _tested(people, "Notulen rapat")).id, t.version).item.id

    def ask(cls: object, ctx: AppContext, ids: list[int], parent: object = None) -> list[ItemRecord]:
        if decision == "approve":
            return approval.approve(people.atasan, ids, "PEN/1")
        if decision == "return":
            return [approval.return_item(people.atasan, ids[0], None, "Perbaiki.")]
        return [approval.reject_item(people.atasan, ids[0], None, "Informasi terbuka.")]

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(ask))
    window = MainWindow(context(config, people.atasan))
    qtbot.addWidget(window)
    page = window.open_item(item_id)
    assert page is not None
    qtbot.mouseClick(page.decideButton, Qt.MouseButton.LeftButton)
    words = {"approve": "disetujui dan ditetapkan", "return": "dikembalikan kepada petugas", "reject": "ditolak"}
    assert _said(window) == "1 usulan {w} ({n}).".format(w=words[decision], n=t.nomor)
    expected = {"approve": Status.DISETUJUI, "return": Status.DIKEMBALIKAN, "reject": Status.DITOLAK}
    assert items.get_item(item_id).status is expected[decision]


def test_a_closed_approval_dialog_says_nothing_was_decided(
    qtbot: QtBot, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = items.submit(people.petugas, (t := _tested(people, "Notulen")).id, t.version).item.id
    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(lambda cls, ctx, ids, parent=None: []))
    window = MainWindow(context(config, people.atasan))
    qtbot.addWidget(window)
    window.approve_waiting()
    assert _said(window) == "Persetujuan ditutup tanpa keputusan; tidak ada yang berubah."
    assert items.get_item(item_id).status is Status.DIUJI


def test_import_export_and_print_say_what_they_did(
    qtbot: QtBot, window: MainWindow, people: People, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "daftar.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["No", "Informasi", "Dasar Hukum Pengecualian", "Jangka Waktu"])
        writer.writerow(["1", "Data rekening nasabah", "Pasal 17 huruf h angka 5", "5 tahun"])
    window.import_file(source)
    qtbot.waitUntil(lambda: _said(window).startswith("1 baris diimpor dari"), timeout=20_000)

    target = tmp_path / "dik.csv"
    assert window.export_dik(target) and target.exists()
    assert _said(window) == "DIK diekspor ke {p}.".format(p=target)

    saved = tmp_path / "dik.pdf"

    def save_instead_of_showing(dialog: PreviewDialog) -> int:
        qtbot.waitUntil(lambda: bool(dialog.data), timeout=20_000)
        assert dialog.save_to(saved)
        return 0

    monkeypatch.setattr(PreviewDialog, "exec", save_instead_of_showing)
    window.printDikAction.trigger()
    assert saved.read_bytes().startswith(b"%PDF")
    assert _said(window).endswith("disimpan sebagai PDF di {p}.".format(p=saved))
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: 0)
    window.printDikAction.trigger()
    assert "tidak ada yang dicetak atau disimpan" in _said(window)


# --- point 10: keyboard ----------------------------------------------------------------------------


def test_ctrl_w_closes_the_current_item_and_asks_when_unsaved(
    qtbot: QtBot, window: MainWindow, people: People, answers: Answers
) -> None:
    first = window.open_item(items.create_item(people.petugas, sample_content("Draf pertama")).id)
    second = window.open_item(items.create_item(people.petugas, sample_content("Draf kedua")).id)
    assert first is not None and second is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keySequence(window, QKeySequence("Ctrl+W"))
    assert window.pages() == [first] and not answers.shown  # nothing unsaved: closed without asking
    window.tabs.setCurrentWidget(first)
    first.form.judulEdit.setText("Draf pertama diubah")
    answers.choice = -1  # Batal
    qtbot.keySequence(window, QKeySequence("Ctrl+W"))
    assert window.pages() == [first] and "belum disimpan" in answers.shown[-1]
    assert _said(window).endswith("tetap terbuka.")
    answers.choice = 0  # Simpan
    qtbot.keySequence(window, QKeySequence("Ctrl+W"))
    assert window.pages() == []
    assert first.item is not None and items.get_item(first.item.id).content.judul == "Draf pertama diubah"
    qtbot.keySequence(window, QKeySequence("Ctrl+W"))  # on the start page: nothing to close
    assert window.tabs.count() == 2


def test_tab_leaves_a_multi_line_field_and_ctrl_tab_types_a_tab(qtbot: QtBot, window: MainWindow) -> None:
    page = window.new_item()
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.judulEdit)
    ringkasan = page.form.ringkasan
    ringkasan.setFocus()
    qtbot.waitUntil(ringkasan.hasFocus)
    qtbot.keyClicks(ringkasan, "Baris satu")
    qtbot.keyClick(ringkasan, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert ringkasan.toPlainText() == "Baris satu\t"
    assert window.tabs.currentWidget() is page  # Ctrl+Tab did not switch tabs either
    qtbot.keyClick(ringkasan, Qt.Key.Key_Tab)
    assert ringkasan.toPlainText() == "Baris satu\t" and not ringkasan.hasFocus()
    assert QApplication.focusWidget() is page.form.dokumenSumber
    # the same in a dialog's multi-line field
    konsekuensi = page.testForm.konsekuensi
    page.tabs.setCurrentIndex(1)
    konsekuensi.setFocus()
    qtbot.waitUntil(konsekuensi.hasFocus)
    qtbot.keyClick(konsekuensi, Qt.Key.Key_Tab)
    assert konsekuensi.toPlainText() == "" and not konsekuensi.hasFocus()


def test_escape_closes_a_dialog(qtbot: QtBot, people: People, config: Config, answers: Answers) -> None:
    dialog = UsersDialog(context(config, people.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- point 15 and the lock screen ------------------------------------------------------------------


def test_the_lock_screen_status_bar_does_not_say_who_is_signed_in(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.userLabel.text().startswith("Masuk sebagai Siti Petugas")
    seen: list[str] = []

    def ask(cls: object, parent: object = None, locked_by: object = None) -> object:
        seen.append(window.userLabel.text() + "|" + window.statusBar().currentMessage())
        return users.get_by_username("petugas")

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    window.notify("Usulan 2026/001 disimpan.")
    window.lock()
    assert seen == ["Terkunci — masuk untuk melanjutkan|"]
    assert window.userLabel.text().startswith("Masuk sebagai Siti Petugas")


def test_quit_from_the_lock_screen_asks_when_forms_are_unsaved(
    qtbot: QtBot, window: MainWindow, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.new_item()
    assert page is not None
    page.form.judulEdit.setText("Belum disimpan")
    asked: list[str] = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: asked.append("x")))
    answers.confirm = False  # Kembali ke layar masuk, then Keluar
    confirmations = iter([False, True])
    monkeypatch.setattr(
        "dikecualikan_gui.ui.messages.confirm",
        lambda parent, title, text, yes, no=None, details="": (answers.shown.append(text), next(confirmations))[1],
    )
    window.lock()
    assert asked == ["x", "x"]  # back at the login after the first question
    assert sum("Siti Petugas masih memiliki 1 isian" in shown for shown in answers.shown) == 2
    assert not window.isVisible()
    [kept] = recovery.list_for(config, "petugas")
    assert kept.judul == "Belum disimpan"


# --- point 12: full names, no example text in read-only fields --------------------------------------


def test_full_names_not_usernames_and_no_examples_in_read_only_fields(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    siti = users.add_user(None, "siti", "Siti Aminah, S.Kom.", Role.PETUGAS, PASSWORD).as_actor()
    item = items.create_item(siti, sample_content("Biodata pegawai"))
    item = items.record_test(siti, item.id, item.version, sample_test())
    items.submit(siti, item.id, item.version)
    approval.return_item(people.atasan, item.id, None, "Perbaiki jangka waktu.")
    window = MainWindow(context(config, people.atasan))
    qtbot.addWidget(window)
    page = window.open_item(item.id)
    assert isinstance(page, ItemPage)
    assert page.form.petugas.text() == "Siti Aminah, S.Kom."
    summary = page.view.toPlainText()
    assert "Petugas pengusul\nSiti Aminah, S.Kom.\n" in summary
    history = summary[summary.index("Riwayat") :]
    assert "Siti Aminah, S.Kom.: " in history and "Drs. Atasan PPID: " in history
    assert "siti:" not in history and "atasan:" not in history
    assert "Dikembalikan oleh Drs. Atasan PPID" in page.notice.text()
    # the atasan may not edit: no example text that could be read as content
    assert page.form.judulEdit.isReadOnly()
    assert page.form.lokasi.placeholderText() == "" and page.testForm.konsekuensi.placeholderText() == ""
    own = MainWindow(context(config, siti))
    qtbot.addWidget(own)
    editable = own.open_item(item.id)
    assert editable is not None and not editable.form.judulEdit.isReadOnly()
    assert editable.form.lokasi.placeholderText().startswith("mis. ")
    answers.choice = 1


def test_the_approval_dialog_names_the_proposer_in_full(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    siti = users.add_user(None, "siti", "Siti Aminah, S.Kom.", Role.PETUGAS, PASSWORD).as_actor()
    item = items.create_item(siti, sample_content("Biodata pegawai"))
    item = items.record_test(siti, item.id, item.version, sample_test())
    items.submit(siti, item.id, item.version)
    dialog = ApprovalDialog(context(config, people.atasan), [item.id])
    qtbot.addWidget(dialog)
    shown = dialog.content.toPlainText()
    assert "Petugas pengusul\nSiti Aminah, S.Kom.\n" in shown
