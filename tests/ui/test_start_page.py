"""Issue 11 point 8: the start page per role, counted against the database; each line opens what it names."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.db.models import Item
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import ItemRecord, JangkaWaktuKind, Role, Status
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import approval, auth, backup, desk, items, users
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.users import UsersDialog
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.pages.register_page import EXPIRING, INCOMPLETE

from conftest import People
from factories import sample_content, sample_test
from screens import Answers, answer_messages, context


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


def _submitted(people: People, judul: str, **test: object) -> int:
    item = items.create_item(people.petugas, sample_content(judul))
    item = items.record_test(people.petugas, item.id, item.version, sample_test(**test))
    return items.submit(people.petugas, item.id, item.version).item.id


def _window(qtbot: QtBot, config: Config, actor: object) -> MainWindow:
    window = MainWindow(context(config, actor))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _button(window: MainWindow, name: str) -> QPushButton:
    button = window.findChild(QWidget, "startPage").findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    return button


def test_the_atasan_sees_what_waits_and_the_button_opens_the_approval_of_exactly_those(
    qtbot: QtBot, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting = [_submitted(people, "Biodata pegawai"), _submitted(people, "Rekam medis pegawai")]
    items.create_item(people.petugas, sample_content("Masih draf"))  # not waiting
    window = _window(qtbot, config, people.atasan)
    assert window.tabs.currentWidget() is window.startPage and window.tabs.indexOf(window.startPage) == 0
    stored = Item.select().where(Item.status == Status.DIUJI.value).count()
    assert stored == 2
    assert "2 usulan menunggu persetujuan Anda" in window.startPage.line_texts()

    asked: list[list[int]] = []

    def ask(cls: object, ctx: AppContext, ids: list[int], parent: object = None) -> list[ItemRecord]:
        asked.append(ids)
        return approval.approve(people.atasan, ids[:1], "PEN/BERANDA/1")

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(ask))
    qtbot.mouseClick(_button(window, "startApprovalButton"), Qt.MouseButton.LeftButton)
    assert asked == [waiting]
    nomor = items.get_item(waiting[0]).nomor
    assert window.statusBar().currentMessage() == "1 usulan disetujui dan ditetapkan ({n}).".format(n=nomor)
    assert "1 usulan menunggu persetujuan Anda" in window.startPage.line_texts()  # counted afresh


def test_the_petugas_sees_returned_items_with_notes_incomplete_drafts_and_ending_exemptions(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    returned = _submitted(people, "Data rekening bank")
    approval.return_item(people.atasan, returned, None, "Lengkapi dasar hukum dan peserta rapat.")
    other = items.create_item(people.petugas2, sample_content("Milik petugas lain"))
    other = items.record_test(people.petugas2, other.id, other.version, sample_test())
    other_id = items.submit(people.petugas2, other.id, other.version).item.id
    approval.return_item(people.atasan, other_id, None, "Bukan untuk Siti.")
    incomplete = items.create_item(people.petugas, sample_content("Draf tanpa uji"))
    soon = _submitted(
        people,
        "Segera berakhir",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date.today() + timedelta(days=10)),
    )
    approval.approve(people.atasan, [soon], "PEN/SEGERA/1")

    window = _window(qtbot, config, people.petugas)
    lines = window.startPage.line_texts()
    [line] = [text for text in lines if "Data rekening bank" in text]
    assert "Lengkapi dasar hukum dan peserta rapat." in line and "Drs. Atasan PPID" in line
    assert not any("Milik petugas lain" in text for text in lines)  # returned to someone else
    drafts = Item.select().where((Item.kekurangan > 0) & Item.status.in_(["draf", "dikembalikan"])).count()
    assert drafts >= 1 and incomplete.id
    assert "{n} draf perlu dilengkapi sebelum dapat diuji dan diajukan".format(n=drafts) in lines
    assert any(text.startswith("1 pengecualian berakhir dalam 30 hari kerja") for text in lines)

    # each line opens what it names
    [open_returned] = window.startPage.returnedButtons
    qtbot.mouseClick(open_returned, Qt.MouseButton.LeftButton)
    page = window.tabs.currentWidget()
    assert isinstance(page, ItemPage) and page.item is not None and page.item.id == returned
    assert "Lengkapi dasar hukum" in page.notice.text() and "Drs. Atasan PPID" in page.notice.text()
    assert page.submit() and items.get_item(returned).status is Status.DIUJI  # submitted again
    assert any("Data rekening bank" in text for text in window.startPage.line_texts())  # not in front yet

    window.tabs.setCurrentWidget(window.startPage)
    assert not any("Data rekening bank" in text for text in window.startPage.line_texts())  # counted afresh
    qtbot.mouseClick(_button(window, "startIncompleteButton"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register
    assert window.register.statusFilter.currentData() == INCOMPLETE
    qtbot.waitUntil(lambda: window.register.model.rowCount() == drafts)

    window.tabs.setCurrentWidget(window.startPage)
    qtbot.mouseClick(_button(window, "startExpiringButton"), Qt.MouseButton.LeftButton)
    assert window.register.statusFilter.currentData() == EXPIRING
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1)
    assert window.register.model.item_id(0) == soon


def test_the_administrator_sees_locked_accounts_and_the_backup_age(
    qtbot: QtBot, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AppError):
            auth.authenticate("petugas2", "salah-terus")
    assert users.get_by_username("petugas2").locked_until is not None
    window = _window(qtbot, config, people.admin)
    lines = window.startPage.line_texts()
    assert any(text.startswith("1 akun terkunci") and "Budi Petugas (petugas2" in text for text in lines)
    assert "Belum pernah dibuat cadangan." in lines

    opened: list[str] = []
    monkeypatch.setattr(UsersDialog, "ask", classmethod(lambda cls, ctx, parent=None: opened.append("pengguna")))
    qtbot.mouseClick(_button(window, "startLockedButton"), Qt.MouseButton.LeftButton)
    assert opened == ["pengguna"]

    target = tmp_path / "cadangan.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(_button(window, "startBackupButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Cadangan ditulis ke"), timeout=20_000)
    assert target.exists()
    assert any(text.startswith("Cadangan terakhir dibuat hari ini") for text in window.startPage.line_texts())


def test_the_backup_age_in_words() -> None:
    now = datetime(2026, 11, 20, 3, 0)
    assert desk.backup_age(None, now) == ("Belum pernah dibuat cadangan.", True)
    text, overdue = desk.backup_age(now - timedelta(days=3), now)
    assert text.startswith("Cadangan terakhir dibuat 3 hari yang lalu (17 November 2026)") and not overdue
    assert desk.backup_age(now - timedelta(days=30), now)[1]


def test_desk_counts_match_the_database_for_each_role(people: People, config: Config) -> None:
    first = _submitted(people, "Satu")
    _submitted(people, "Dua")
    approval.return_item(people.atasan, first, None, "Perbaiki.")
    atasan = desk.desk_for(users.get_by_username("atasan"))
    assert atasan.role is Role.ATASAN and len(atasan.waiting) == 1
    petugas = desk.desk_for(users.get_by_username("petugas"))
    assert [r.id for r in petugas.returned] == [first] and petugas.returned[0].catatan == "Perbaiki."
    assert petugas.returned[0].by == "Drs. Atasan PPID"
    assert desk.desk_for(users.get_by_username("petugas2")).returned == ()
    admin = desk.desk_for(users.get_by_username("admin"))
    assert admin.locked == () and admin.last_backup is None
    backup.create_backup(people.admin, config, config.data_dir / "b.zip")
    assert desk.desk_for(users.get_by_username("admin")).last_backup is not None
