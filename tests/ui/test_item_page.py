"""The collection form and the consequence test form: save, validate, submit, concurrency,
recovery after a crash, lock and switch of user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import JangkaWaktuKind, Status
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.services import items, recovery, users
from dikecualikan_gui.ui.dialogs.login import LoginDialog
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.pages.item_page import ItemPage

from conftest import People
from factories import sample_content
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


def fill_test(page: ItemPage, qtbot: QtBot) -> None:
    form = page.testForm
    page.tabs.setCurrentIndex(1)
    form.tanggal.setDate(QDate.currentDate())  # the day the test was held
    form.tempat.setText("Ruang Rapat Dinas")
    row = form.grounds.rows[0]
    row.huruf.setCurrentIndex(row.huruf.findData("h"))
    row.angka.setCurrentIndex(row.angka.findData(2))
    form.peserta.add_row()
    form.peserta.table.item(0, 0).setText("Siti Aminah")
    qtbot.keyClicks(form.konsekuensi, "Mengungkap riwayat kesehatan pegawai")
    qtbot.keyClicks(form.pertimbangan, "Melindungi hak pribadi pegawai")
    form.jangkaWaktu.durasi.setChecked(True)
    form.jangkaWaktu.years.setValue(5)


def test_new_item_saved_with_ctrl_s_then_submitted(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    qtbot.keySequence(window, QKeySequence("Ctrl+N"))
    page = window.pages()[0]
    qtbot.keyClicks(page.form.judulEdit, "Biodata pegawai beserta riwayat kesehatan")
    assert page.dirty and window.tabs.tabText(window.tabs.indexOf(page)).endswith("*")
    qtbot.keySequence(page.form.judulEdit, QKeySequence("Ctrl+S"))
    assert page.item is not None and not page.dirty
    assert items.get_item(page.item.id).content.judul == "Biodata pegawai beserta riwayat kesehatan"
    assert window.tabs.tabText(window.tabs.indexOf(page)) == page.item.nomor

    fill_test(page, qtbot)
    assert "berakhir sekitar" in page.testForm.jangkaWaktu.expiry.text()
    qtbot.mouseClick(page.findChild(type(page.submitButton), "submitButton"), Qt.MouseButton.LeftButton)
    stored = items.get_item(page.item.id)
    assert stored.status is Status.DIUJI
    assert stored.test is not None and stored.test.content.peserta[0].nama == "Siti Aminah"
    assert stored.test.content.jangka_waktu is not None
    assert stored.test.content.jangka_waktu.kind is JangkaWaktuKind.DURASI
    assert not page.saveButton.isEnabled() and not page.submitButton.isEnabled()
    assert "Menunggu persetujuan" in page.notice.text()
    assert window.register.model.rowCount() == 1


def test_validation_messages_appear_on_their_fields(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    page = window.new_item()
    assert page is not None
    qtbot.mouseClick(page.saveButton, Qt.MouseButton.LeftButton)
    assert page.form.errors.error("judul").isVisible()
    assert "Judul informasi wajib diisi" in page.form.errors.error("judul").text()
    assert page.item is None

    qtbot.keyClicks(page.form.judulEdit, "Data rekening bank penerima bantuan")
    assert not page.form.errors.error("judul").isVisible()  # cleared as soon as it is filled
    row = page.testForm.grounds.rows[0]
    row.huruf.setCurrentIndex(row.huruf.findData("h"))  # angka left empty on purpose
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)
    errors = page.testForm.errors.messages()
    assert set(errors) == {"tanggal", "pasal17", "konsekuensi", "pertimbangan", "jangka_waktu"}  # "—": not held
    assert "angka" in errors["pasal17"]
    assert page.tabs.currentIndex() == 1
    assert page.item is not None and items.get_item(page.item.id).status is Status.DRAF
    assert any("belum dapat diajukan" in shown for shown in answers.shown)


def test_warnings_are_confirmed_before_submitting(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    page = window.new_item()
    assert page is not None
    qtbot.keyClicks(page.form.judulEdit, "Surat Keputusan pengangkatan pegawai")
    fill_test(page, qtbot)
    answers.confirm = False
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)
    assert page.item is not None and items.get_item(page.item.id).status is Status.DRAF
    assert any("Pasal 18 ayat (1) huruf b" in shown for shown in answers.shown)
    answers.confirm = True
    qtbot.mouseClick(page.submitButton, Qt.MouseButton.LeftButton)
    assert items.get_item(page.item.id).status is Status.DIUJI


def test_a_second_save_of_the_same_item_is_refused_and_keeps_the_typing(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    item = items.create_item(people.petugas, sample_content("Judul awal"))
    first = MainWindow(context(config, people.petugas))
    second = MainWindow(context(config, people.petugas2))
    for window in (first, second):
        qtbot.addWidget(window)
    page_a, page_b = first.open_item(item.id), second.open_item(item.id)
    assert page_a is not None and page_b is not None
    page_a.form.judulEdit.setText("Judul dari petugas pertama")
    page_b.form.judulEdit.setText("Judul dari petugas kedua")
    assert page_a.save()
    assert not page_b.save()
    assert any("diubah oleh pengguna lain" in shown for shown in answers.shown)
    assert page_b.form.judulEdit.text() == "Judul dari petugas kedua" and page_b.dirty
    assert items.get_item(item.id).content.judul == "Judul dari petugas pertama"
    answers.choice = 1  # discard when the test closes the windows


def test_a_recovery_copy_is_offered_after_a_crash(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    item = items.create_item(people.petugas, sample_content("Judul tersimpan"))
    crashed = MainWindow(context(config, people.petugas))
    qtbot.addWidget(crashed)
    page = crashed.open_item(item.id)
    assert page is not None
    page.form.judulEdit.setText("Judul yang belum disimpan")
    page.testForm.konsekuensi.setPlainText("Konsekuensi yang sedang ditulis")
    page.write_recovery()  # what the five-second timer does
    new = crashed.new_item()
    assert new is not None
    new.form.judulEdit.setText("Usulan baru yang belum disimpan")
    new.write_recovery()
    # The power goes out: nothing is saved, the windows vanish without asking.
    crashed._closing_confirmed = True
    for open_page in crashed.pages():
        open_page._recovery_timer.stop()

    restarted = MainWindow(context(config, people.petugas))
    qtbot.addWidget(restarted)
    answers.choice = 0
    restarted.offer_recovery()
    pages = restarted.pages()
    assert sorted(p.form.judulEdit.text() for p in pages) == [
        "Judul yang belum disimpan",
        "Usulan baru yang belum disimpan",
    ]
    old = next(p for p in pages if p.item is not None)
    assert old.testForm.konsekuensi.toPlainText() == "Konsekuensi yang sedang ditulis" and old.dirty
    assert items.get_item(item.id).content.judul == "Judul tersimpan"
    assert old.save()
    assert items.get_item(item.id).content.judul == "Judul yang belum disimpan"
    assert [c.item_id for c in recovery.list_for(config, "petugas")] == [None]
    answers.choice = 1


def test_a_lock_keeps_unsaved_forms_and_a_switch_of_user_keeps_them_for_later(
    qtbot: QtBot, window: MainWindow, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.new_item()
    assert page is not None
    page.form.judulEdit.setText("Sedang diketik")
    same = users.get_by_username("petugas")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: same))
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert window.pages() == [page] and page.form.judulEdit.text() == "Sedang diketik"
    assert window.stack.currentWidget() is window.tabs

    other = users.get_by_username("petugas2")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: other))
    window.lock()
    assert window.pages() == [] and window.ctx.user.username == "petugas2"
    [kept] = recovery.list_for(config, "petugas")
    assert kept.judul == "Sedang diketik"

    answers.choice = 0
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: same))
    window.lock()
    assert [p.form.judulEdit.text() for p in window.pages()] == ["Sedang diketik"]
    answers.choice = 1


def test_idle_time_locks_the_window(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(cls: object, parent: object = None, locked_by: object = None) -> object:
        asked.append("ask")
        assert window.stack.currentWidget() is window.lockPage  # nothing readable behind the dialog
        return window.ctx.user

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    window.idleTimer.setInterval(20)
    window.idleTimer.start()
    qtbot.waitUntil(lambda: asked == ["ask"], timeout=2000)
    assert window.stack.currentWidget() is window.tabs

    # a dialog left open is cancelled, not a reason to stay unlocked
    left_open = QDialog(window)
    left_open.setModal(True)
    left_open.open()
    window.idleTimer.start(20)
    qtbot.waitUntil(lambda: asked == ["ask", "ask"], timeout=2000)
    assert not left_open.isVisible() and left_open.result() == QDialog.DialogCode.Rejected


def test_a_stale_recovery_copy_never_overwrites_newer_work(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    kept = items.create_item(people.petugas, sample_content("Judul tersimpan"))
    gone = items.create_item(people.petugas, sample_content("Draf yang nanti dihapus"))
    crashed = MainWindow(context(config, people.petugas))
    qtbot.addWidget(crashed)
    for item_id, text in ((kept.id, "Ketikan lama"), (gone.id, "Ketikan pada draf terhapus")):
        page = crashed.open_item(item_id)
        assert page is not None
        page.form.judulEdit.setText(text)
        page.write_recovery()
        page._recovery_timer.stop()
    crashed._closing_confirmed = True
    # meanwhile, at another desk: one item is saved again, the other draft deleted
    items.update_item(people.petugas2, kept.id, kept.version, sample_content("Judul dari meja lain"))
    items.delete_draft(people.petugas2, gone.id, gone.version)

    restarted = MainWindow(context(config, people.petugas))
    qtbot.addWidget(restarted)
    answers.choice = 0
    restarted.offer_recovery()
    pages = {p.form.judulEdit.text(): p for p in restarted.pages()}
    assert set(pages) == {"Ketikan lama", "Ketikan pada draf terhapus"}
    stale = pages["Ketikan lama"]
    assert not stale.save()  # refused as a conflict, the typing stays on screen
    assert items.get_item(kept.id).content.judul == "Judul dari meja lain"
    assert stale.form.judulEdit.text() == "Ketikan lama" and stale.dirty
    assert any("pengguna lain" in shown for shown in answers.shown)
    orphan = pages["Ketikan pada draf terhapus"]
    assert orphan.item is None and orphan.save()  # saved as a new usulan under a new number
    assert orphan.item is not None and orphan.item.nomor != gone.nomor
    answers.choice = 1


def test_an_item_deleted_at_another_desk_is_reported_not_crashed(
    qtbot: QtBot, window: MainWindow, people: People, answers: Answers
) -> None:
    item = items.create_item(people.petugas, sample_content("Draf di dua meja"))
    page = window.open_item(item.id)
    assert page is not None
    items.delete_draft(people.petugas2, item.id, item.version)
    answers.confirm = True
    page.reloadButton.click()
    assert any("tidak ditemukan" in shown.lower() for shown in answers.shown)
    assert page.form.judulEdit.text() == "Draf di dua meja"  # what is on screen stays


def test_a_register_that_cannot_be_read_says_why(
    qtbot: QtBot, window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(*args: object, **kwargs: object) -> None:
        raise StorageError("Basis data tidak dapat dibaca: berkas terkunci.")

    monkeypatch.setattr(items, "count_items", unreadable)
    window.register.reload()
    qtbot.waitUntil(lambda: any("terkunci" in shown for shown in answers.shown))
    assert window.register.model.rowCount() == 0


def test_an_item_opens_in_the_page_built_in_advance(
    qtbot: QtBot, window: MainWindow, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening only fills a page built while the user looked at the screen (issue 11, speed)."""
    item = items.create_item(people.petugas2, sample_content("Biodata pegawai kontrak"))
    qtbot.waitUntil(lambda: window._spare is not None, timeout=5000)
    spare = window._spare
    page = window.open_item(item.id)
    assert page is spare and page is not None and page.item is not None and page.item.id == item.id
    assert page.recovery_key == "item-{i}".format(i=item.id) and not page.dirty
    assert page.form.judulEdit.text() == "Biodata pegawai kontrak" and page.form.petugas.text() == "Budi Petugas"
    assert window.tabs.currentWidget() is page and window.pages() == [page]
    page.form.judulEdit.setText("Biodata pegawai kontrak 2026")
    assert page.save() and items.get_item(item.id).content.judul == "Biodata pegawai kontrak 2026"
    qtbot.waitUntil(lambda: window._spare is not None and window._spare is not spare, timeout=5000)
    assert window.open_item(item.id) is page  # an open item is brought to front, the spare kept
    assert window._spare is not None
    # another user signs in: a spare made for the previous one is not used
    other = users.get_by_username("petugas2")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, locked_by=None: other))
    old = window._spare
    window.lock()
    assert window._spare is None or window._spare is not old
