"""The supervisor signs off at the officer's workstation; expiring items, editions, holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import AuditAction, JangkaWaktuKind, Role, Status
from dikecualikan_gui.services import approval, audit, editions, items, lifecycle, users
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog
from dikecualikan_gui.ui.dialogs.approval_confirm import DecisionConfirmation
from dikecualikan_gui.ui.dialogs.lifecycle import EditionsDialog, HolidaysDialog, OpenEarlyDialog
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import from_qdate, to_qdate

from conftest import People
from factories import PASSWORD, sample_content, sample_test
from screens import Answers, answer_messages, context


def _submitted(people: People, judul: str, **test: object) -> int:
    item = items.create_item(people.petugas, sample_content(judul))
    item = items.record_test(people.petugas, item.id, item.version, sample_test(**test))
    return items.submit(people.petugas, item.id, item.version).item.id


def _dialog(qtbot: QtBot, config: Config, people: People, ids: list[int], signed_in: object = None) -> ApprovalDialog:
    dialog = ApprovalDialog(context(config, signed_in or people.petugas), ids)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _sign(dialog: ApprovalDialog, qtbot: QtBot, username: str, password: str = PASSWORD) -> None:
    dialog.approverUsername.setText(username)
    dialog.approverPassword.clear()
    qtbot.keyClicks(dialog.findChild(type(dialog.approverPassword), "approverPassword"), password)


def _confirmation(dialog: ApprovalDialog) -> DecisionConfirmation:
    """The open confirmation, found as automation finds it: by the objectName of its button."""
    button = dialog.findChild(QPushButton, "confirmButton")
    assert button is not None and button.isVisible(), "no confirmation is open"
    confirmation = button.window()
    assert isinstance(confirmation, DecisionConfirmation)
    return confirmation


def _confirm(dialog: ApprovalDialog, qtbot: QtBot) -> str:
    """Accept the open confirmation by its ``confirmButton``; returns what it said."""
    confirmation = _confirmation(dialog)
    said = confirmation.text.text()
    qtbot.mouseClick(confirmation.confirmButton, Qt.MouseButton.LeftButton)
    return said


def test_the_dialog_shows_what_is_signed_and_approves(qtbot: QtBot, people: People, config: Config) -> None:
    first = _submitted(people, "Biodata pegawai")
    second = _submitted(people, "Rekam medis pegawai")
    dialog = _dialog(qtbot, config, people, [first, second])
    shown = dialog.content.toPlainText()
    assert "Biodata pegawai" in shown and "Rekam medis pegawai" in shown
    assert "Pasal 17 huruf h angka 2" in shown and "Mengungkap riwayat kesehatan pegawai" in shown
    content, test = sample_content(), sample_test()
    for value in (
        content.dokumen_sumber,
        content.penanggung_jawab,
        content.lokasi_penyimpanan,
        content.bentuk.label,
        test.tempat,
        test.waktu.label,
        test.peserta[0].nama,
        "Lampiran",
    ):
        assert value and value in shown, value
    assert dialog.penetapanNumber.objectName() == "penetapanNumberEdit"
    assert dialog.penetapanNumber.text() == "001/PPID/{y}".format(y=date.today().year)  # from the pattern
    assert dialog.tanggal.maximumDate() == QDate.currentDate()  # never dated after today
    assert from_qdate(dialog.tanggal.minimumDate()) == sample_test().tanggal  # nor before the test (Pasal 19)
    dialog.tanggal.setDate(dialog.tanggal.date().addYears(1))
    assert from_qdate(dialog.tanggal.date()) == date.today()
    dialog.tanggal.setDate(to_qdate(date(2026, 11, 10)))  # a number not typed over follows the date
    assert dialog.penetapanNumber.text() == "001/PPID/2026"
    dialog.penetapanNumber.setText("800/25/PPID-DISKOP/2026")
    _sign(dialog, qtbot, "atasan")
    qtbot.mouseClick(dialog.findChild(type(dialog.approveButton), "approveButton"), Qt.MouseButton.LeftButton)
    assert items.get_item(first).status is Status.DIUJI  # nothing happens before the confirmation
    said = _confirm(dialog, qtbot)
    assert "2 usulan akan disetujui" in said and "800/25/PPID-DISKOP/2026" in said and "10 November 2026" in said
    assert "Drs. Atasan PPID (atasan)" in said
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    assert dialog.done_messages == [
        "2 usulan disetujui dengan penetapan 800/25/PPID-DISKOP/2026 tanggal 10 November 2026."
    ]
    for item_id in (first, second):
        record = items.get_item(item_id)
        assert record.status is Status.DISETUJUI
        assert record.last_decision is not None and record.last_decision.nomor_penetapan == "800/25/PPID-DISKOP/2026"
        assert record.last_decision.decided_by == "atasan"


def test_items_gone_or_not_waiting_are_left_out_and_said(qtbot: QtBot, people: People, config: Config) -> None:
    waiting = _submitted(people, "Menunggu")
    draft = items.create_item(people.petugas, sample_content("Masih draf"))
    gone = items.create_item(people.petugas, sample_content("Dihapus"))
    items.delete_draft(people.petugas, gone.id, gone.version)
    dialog = _dialog(qtbot, config, people, [waiting, draft.id, gone.id])
    assert [r.id for r in dialog.ready] == [waiting]
    assert draft.nomor in dialog.intro.text() and "tidak ditemukan" in dialog.intro.text()


def test_return_and_reject_need_their_notes(qtbot: QtBot, people: People, config: Config) -> None:
    returned, rejected = _submitted(people, "Satu"), _submitted(people, "Dua")
    dialog = _dialog(qtbot, config, people, [returned])
    _sign(dialog, qtbot, "atasan")
    qtbot.mouseClick(dialog.returnButton, Qt.MouseButton.LeftButton)
    assert "catatan perbaikan" in dialog.errors.error("catatan").text()
    qtbot.keyClicks(dialog.catatan, "Perjelas konsekuensi apabila dibuka")
    qtbot.mouseClick(dialog.returnButton, Qt.MouseButton.LeftButton)
    assert "Perjelas konsekuensi apabila dibuka" in _confirm(dialog, qtbot)
    assert items.get_item(returned).status is Status.DIKEMBALIKAN
    dialog = _dialog(qtbot, config, people, [rejected])
    _sign(dialog, qtbot, "atasan")
    qtbot.keyClicks(dialog.catatan, "Informasi ini wajib tersedia setiap saat")
    qtbot.mouseClick(dialog.rejectButton, Qt.MouseButton.LeftButton)
    said = _confirm(dialog, qtbot)
    assert "1 usulan akan ditolak" in said and "Informasi ini wajib tersedia setiap saat" in said
    assert items.get_item(rejected).status is Status.DITOLAK
    assert dialog.done_messages == ["1 usulan ditolak; informasinya tetap terbuka."]


@pytest.mark.parametrize(
    "who,password,expected",
    [
        ("atasan", "salah-sandi", "Nama pengguna atau kata sandi salah."),
        ("petugas2", PASSWORD, "persetujuan hanya dapat ditandatangani oleh Atasan PPID"),
        ("petugas", PASSWORD, "empat mata"),
    ],
)
def test_wrong_signatures_are_refused_and_audited(
    qtbot: QtBot, people: People, config: Config, who: str, password: str, expected: str
) -> None:
    item_id = _submitted(people, "Biodata pegawai")
    if who == "petugas":  # the recorder of the test, promoted to atasan since
        users.update_user(people.admin, people.petugas.id, role=Role.ATASAN)
    dialog = _dialog(qtbot, config, people, [item_id], people.atasan2)
    _sign(dialog, qtbot, who, password)
    qtbot.mouseClick(dialog.approveButton, Qt.MouseButton.LeftButton)
    assert expected in dialog.message.text()
    assert dialog.approverPassword.text() == ""
    assert items.get_item(item_id).status is Status.DIUJI
    assert audit.recent(1)[0].action in (AuditAction.LOGIN_FAILED, AuditAction.SIGNOFF_REFUSED)


def test_a_locked_supervisor_is_told_so(qtbot: QtBot, people: People, config: Config) -> None:
    item_id = _submitted(people, "Biodata pegawai")
    dialog = _dialog(qtbot, config, people, [item_id])
    for _ in range(5):
        _sign(dialog, qtbot, "atasan", "salah-lagi")
        qtbot.mouseClick(dialog.approveButton, Qt.MouseButton.LeftButton)
    _sign(dialog, qtbot, "atasan")
    qtbot.mouseClick(dialog.approveButton, Qt.MouseButton.LeftButton)
    assert "terkunci" in dialog.message.text() and "menit" in dialog.message.text()
    assert items.get_item(item_id).status is Status.DIUJI


def test_a_changed_item_shows_what_changed_since_its_approval(qtbot: QtBot, people: People, config: Config) -> None:
    item_id = _submitted(people, "Biodata pegawai")
    approval.approve(people.atasan, [item_id], "PEN/1")
    item = items.get_item(item_id)
    items.update_item(people.petugas, item.id, item.version, sample_content("Biodata pegawai (revisi)"))
    dialog = _dialog(qtbot, config, people, [item_id])
    text = dialog.content.toPlainText()
    assert "Berubah sejak persetujuan terakhir" in text
    assert "Biodata pegawai → Biodata pegawai (revisi)" in text


def test_the_main_window_action_approves_a_selection(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    ids = [_submitted(people, "Usulan {n}".format(n=n)) for n in range(3)]
    window = MainWindow(context(config, people.atasan))
    qtbot.addWidget(window)
    window.show()
    table = window.register.table
    table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    for row in (0, 2):
        table.selectRow(row)

    def drive(cls: type, ctx: object, item_ids: list[int], parent: object = None) -> list[object]:
        assert sorted(item_ids) == [ids[0], ids[2]]
        dialog = cls(ctx, item_ids, parent)
        dialog.penetapanNumber.setText("PEN/BATCH")
        dialog.approverPassword.setText(PASSWORD)
        dialog.approveButton.click()
        dialog.findChild(QPushButton, "confirmButton").click()
        return dialog.decided

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(drive))
    window.findChild(type(window.approvalAction), "approvalAction").trigger()
    assert [items.get_item(i).status for i in ids] == [Status.DISETUJUI, Status.DIUJI, Status.DISETUJUI]


def test_expiring_items_are_announced_and_filtered(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    soon = _submitted(
        people,
        "Segera berakhir",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date.today() + timedelta(days=10)),
    )
    later = _submitted(
        people,
        "Masih lama",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date.today() + timedelta(days=400)),
    )
    approval.approve(people.atasan, [soon, later], "PEN/SEGERA")
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    window.show()
    window.show_register()  # the start page is in front after sign-in
    banner = window.register.expiringBanner
    assert banner.isVisible() and banner.text().startswith("1 informasi")
    banner.linkActivated.emit("segera")
    assert window.register.model.rowCount() == 1
    assert window.register.model.data(window.register.model.index(0, 1)) == "Segera berakhir"


def test_open_early_dialog(qtbot: QtBot, people: People, config: Config) -> None:
    item_id = _submitted(people, "Dibuka")
    approval.approve(people.atasan, [item_id], "PEN/A")
    ctx = context(config, people.atasan)
    dialog = OpenEarlyDialog(ctx, items.get_item(item_id))
    qtbot.addWidget(dialog)
    dialog.nomor.setText("BUKA/1")
    dialog.password.setText(PASSWORD)
    dialog.openButton.click()
    assert "alasan" in dialog.errors.error("alasan").text()
    qtbot.keyClicks(dialog.alasan, "Putusan Komisi Informasi Nomor 3/2026")
    dialog.password.setText(PASSWORD)
    dialog.openButton.click()
    assert items.get_item(item_id).status is Status.BERAKHIR


def test_editions_and_holidays_dialogs(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    approval.approve(people.atasan, [_submitted(people, "Biodata")], "PEN/B")
    dialog = EditionsDialog(context(config, people.atasan))
    qtbot.addWidget(dialog)
    assert "Ditambahkan (1)" in dialog.changes.toPlainText()
    dialog.nomor.setText("DIK/2026/1")
    dialog.createButton.click()
    assert [e.nomor_penetapan for e in editions.list_editions()] == ["DIK/2026/1"]
    assert dialog.table.rowCount() == 1 and "Tidak ada perubahan" in dialog.changes.toPlainText()
    from dikecualikan_gui.ui import printing

    shown: list[str] = []
    monkeypatch.setattr(
        printing.PreviewDialog, "show_job", classmethod(lambda cls, ctx, job, parent=None: shown.append(job.kunci))
    )
    assert not dialog.printButton.isEnabled()
    dialog.table.selectRow(0)
    dialog.printButton.click()
    assert shown == ["edisi:1"]  # the edition's keputusan, frozen once issued
    viewer = EditionsDialog(context(config, people.petugas))
    qtbot.addWidget(viewer)
    assert not viewer.createButton.isVisibleTo(viewer)

    holidays = HolidaysDialog(context(config, people.admin))
    qtbot.addWidget(holidays)
    holidays.tanggal.setDate(holidays.tanggal.date().addDays(3))
    holidays.nama.setText("Cuti bersama")
    holidays.findChild(type(holidays.list), "holidayList")
    holidays.findChildren(type(dialog.createButton), "addHolidayButton")[0].click()
    assert [n for _, n in lifecycle.holidays()] == ["Cuti bersama"]
    assert holidays.list.count() == 1


def test_the_dialog_shows_the_warnings_with_their_articles(qtbot: QtBot, people: People, config: Config) -> None:
    from dikecualikan_gui.domain.model import ItemContent

    item = items.create_item(people.petugas, ItemContent(judul="Laporan keuangan tahun 2025"))
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id)
    dialog = _dialog(qtbot, config, people, [item.id])
    shown = dialog.content.toPlainText()
    assert "Perhatikan sebelum menyetujui" in shown and "Pasal 9 ayat (2) huruf c" in shown


# --- issue 11: at the desk -------------------------------------------------------------------


def _open_confirmations(dialog: ApprovalDialog) -> list[DecisionConfirmation]:
    return [c for c in dialog.findChildren(DecisionConfirmation) if c.isVisible()]


def test_enter_in_the_password_field_decides_nothing_and_the_note_survives(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_messages(monkeypatch, Answers(choice=-1))
    item_id = _submitted(people, "Biodata pegawai")
    dialog = _dialog(qtbot, config, people, [item_id], people.atasan)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not any(button.isDefault() or button.autoDefault() for button in dialog.findChildren(QPushButton))
    qtbot.keyClicks(dialog.catatan, "Mohon dasar hukum dilengkapi")
    qtbot.keyClicks(dialog.approverPassword, PASSWORD)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.approverPassword, key)
    assert items.get_item(item_id).status is Status.DIUJI
    assert dialog.isVisible() and not _open_confirmations(dialog)
    assert dialog.catatan.toPlainText() == "Mohon dasar hukum dilengkapi"
    assert dialog.approverPassword.text() == PASSWORD
    assert "Setujui, Kembalikan, atau Tolak" in dialog.message.text()

    qtbot.mouseClick(dialog.approveButton, Qt.MouseButton.LeftButton)  # a note with Setujui: which was meant?
    assert "Mohon dasar hukum dilengkapi" in answers.shown[-1] and "mengembalikannya" in answers.shown[-1]
    assert not _open_confirmations(dialog) and items.get_item(item_id).status is Status.DIUJI  # Periksa lagi

    answers.choice = 0  # Kembalikan dengan catatan
    qtbot.mouseClick(dialog.approveButton, Qt.MouseButton.LeftButton)
    said = _confirm(dialog, qtbot)
    assert "dikembalikan kepada petugas" in said and "Mohon dasar hukum dilengkapi" in said
    record = items.get_item(item_id)
    assert record.status is Status.DIKEMBALIKAN
    assert record.last_decision is not None and record.last_decision.catatan == "Mohon dasar hukum dilengkapi"


def test_a_note_with_setujui_can_still_be_approved_without_it(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_messages(monkeypatch, Answers(choice=1))  # Setujui tanpa catatan
    item_id = _submitted(people, "Biodata pegawai")
    dialog = _dialog(qtbot, config, people, [item_id], people.atasan)
    dialog.set_row_note(item_id, "Catatan kecil")
    _sign(dialog, qtbot, "atasan")
    dialog.approveButton.click()
    assert "Catatan kecil" in answers.shown[-1]
    assert "1 usulan akan disetujui" in _confirm(dialog, qtbot)
    assert items.get_item(item_id).status is Status.DISETUJUI


def test_the_confirmation_names_what_happens_and_esc_or_a_double_click_decide_nothing_more(
    qtbot: QtBot, people: People, config: Config
) -> None:
    ids = [_submitted(people, "Usulan {n}".format(n=n)) for n in range(3)]
    dialog = _dialog(qtbot, config, people, ids, people.atasan)
    dialog.show()
    dialog.penetapanNumber.setText("000.9.2/145/DISKOPUKM/2026")
    dialog.tanggal.setDate(QDate.currentDate())
    _sign(dialog, qtbot, "atasan")
    dialog.approveButton.click()
    dialog.approveButton.click()  # a double click opens one confirmation, decides nothing
    assert len(_open_confirmations(dialog)) == 1
    confirmation = _confirmation(dialog)
    said = confirmation.text.text()
    today = format_date_id(date.today())
    assert "3 usulan akan disetujui" in said and "000.9.2/145/DISKOPUKM/2026" in said and today in said
    for item_id in ids:
        assert items.get_item(item_id).nomor in said
    assert confirmation.confirmButton.objectName() == "confirmButton"
    qtbot.keyClick(confirmation, Qt.Key.Key_Escape)  # Esc during the confirmation: nothing happens
    assert not confirmation.isVisible() and "Belum ada yang diputuskan" in dialog.message.text()
    assert [items.get_item(i).status for i in ids] == [Status.DIUJI] * 3
    assert dialog.isVisible() and dialog.approverPassword.text() == PASSWORD

    dialog.approveButton.click()
    confirmation = _confirmation(dialog)
    confirmation.confirmButton.click()
    confirmation.confirmButton.click()  # a second click on a closed confirmation does nothing
    assert [items.get_item(i).status for i in ids] == [Status.DISETUJUI] * 3
    assert dialog.done_messages == [
        "3 usulan disetujui dengan penetapan 000.9.2/145/DISKOPUKM/2026 tanggal {d}.".format(d=today)
    ]
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    approved = [e for e in audit.recent(10) if e.action is AuditAction.APPROVED]
    assert len(approved) == 3  # once each, not twice


def test_each_item_is_decided_in_one_sitting(qtbot: QtBot, people: People, config: Config) -> None:
    first, second, third, fourth = (_submitted(people, "Usulan {n}".format(n=n)) for n in range(4))
    dialog = _dialog(qtbot, config, people, [first, second, third, fourth], people.atasan)
    dialog.show()
    assert [r.id for r in dialog.ticked()] == [first, second, third, fourth]  # as selected in the register
    for item_id in (second, third, fourth):
        dialog.set_ticked(item_id, False)
    dialog.penetapanNumber.setText("PEN/11/1")
    _sign(dialog, qtbot, "atasan")
    dialog.approveButton.click()
    assert "1 usulan akan disetujui" in _confirm(dialog, qtbot)
    assert dialog.isVisible() and dialog.table.rowCount() == 3  # the rest still waits here
    assert "1 usulan disetujui dengan penetapan PEN/11/1" in dialog.doneLabel.text()
    assert dialog.penetapanNumber.text() == "002/PPID/{y}".format(y=date.today().year)  # the next one, unused
    assert dialog.approverPassword.text() == ""  # each decision is signed afresh

    dialog.set_row_note(second, "Lengkapi dasar hukum")  # its own note
    qtbot.keyClicks(dialog.catatan, "Perbaiki ringkasan")  # the shared note, for the others ticked
    dialog.set_ticked(second)
    dialog.set_ticked(third)
    _sign(dialog, qtbot, "atasan")
    dialog.returnButton.click()
    said = _confirm(dialog, qtbot)
    assert "2 usulan akan dikembalikan" in said and "Lengkapi dasar hukum" in said and "Perbaiki ringkasan" in said

    dialog.set_row_note(fourth, "Informasi wajib diumumkan secara berkala")
    dialog.set_ticked(fourth)
    _sign(dialog, qtbot, "atasan")
    dialog.rejectButton.click()
    assert "Informasi wajib diumumkan secara berkala" in _confirm(dialog, qtbot)
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted  # nothing left: closed
    assert sorted(r.id for r in dialog.decided) == sorted([first, second, third, fourth])

    records = {i: items.get_item(i) for i in (first, second, third, fourth)}
    assert [records[i].status for i in (first, second, third, fourth)] == [
        Status.DISETUJUI,
        Status.DIKEMBALIKAN,
        Status.DIKEMBALIKAN,
        Status.DITOLAK,
    ]
    decisions = {i: r.last_decision for i, r in records.items()}
    assert all(d is not None for d in decisions.values())
    assert decisions[first].nomor_penetapan == "PEN/11/1"  # type: ignore[union-attr]
    assert decisions[second].catatan == "Lengkapi dasar hukum"  # type: ignore[union-attr]
    assert decisions[third].catatan == "Perbaiki ringkasan"  # type: ignore[union-attr]
    assert decisions[fourth].catatan == "Informasi wajib diumumkan secara berkala"  # type: ignore[union-attr]
    assert decisions[second].nomor_penetapan == ""  # type: ignore[union-attr]


def test_a_return_without_a_note_names_the_items_lacking_one(qtbot: QtBot, people: People, config: Config) -> None:
    first, second = _submitted(people, "Satu"), _submitted(people, "Dua")
    dialog = _dialog(qtbot, config, people, [first, second], people.atasan)
    dialog.set_row_note(first, "Ada catatan")
    _sign(dialog, qtbot, "atasan")
    dialog.returnButton.click()
    assert items.get_item(second).nomor in dialog.errors.error("catatan").text()
    assert not _open_confirmations(dialog)
    assert [items.get_item(i).status for i in (first, second)] == [Status.DIUJI, Status.DIUJI]


def test_with_nothing_selected_every_waiting_item_is_offered(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting = [_submitted(people, "Menunggu {n}".format(n=n)) for n in range(3)]
    items.create_item(people.petugas, sample_content("Masih draf"))
    dialog = _dialog(qtbot, config, people, [], people.atasan)
    assert sorted(r.id for r in dialog.ready) == sorted(waiting)
    assert dialog.ticked() == []  # offered, not chosen: the atasan ticks
    _sign(dialog, qtbot, "atasan")
    dialog.approveButton.click()
    assert "Centang" in dialog.errors.error("items").text() and not _open_confirmations(dialog)

    answer_messages(monkeypatch, Answers())
    asked: list[list[int]] = []

    def record(cls: type, ctx: object, item_ids: list[int], parent: object = None) -> list[object]:
        asked.append(list(item_ids))
        return []

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(record))
    window = MainWindow(context(config, people.atasan))
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.register)
    window.register.table.clearSelection()
    window.approvalAction.trigger()
    assert asked == [[]]  # the dialog is opened with nothing chosen: it offers every waiting item


def test_closing_with_a_note_typed_asks_first(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_messages(monkeypatch, Answers(confirm=False))
    dialog = _dialog(qtbot, config, people, [_submitted(people, "Satu")], people.atasan)
    dialog.show()
    qtbot.keyClicks(dialog.catatan, "Belum selesai")
    dialog.closeButton.click()
    assert dialog.isVisible() and "akan hilang" in answers.shown[-1]
    answers.confirm = True
    dialog.closeButton.click()
    assert not dialog.isVisible()


def test_enter_confirms_nothing_and_a_row_note_typed_with_enter_is_kept(
    qtbot: QtBot, people: People, config: Config
) -> None:
    item_id = _submitted(people, "Biodata pegawai")
    dialog = _dialog(qtbot, config, people, [item_id], people.atasan)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentCell(0, 2)
    dialog.table.editItem(dialog.table.item(0, 2))
    editors = [e for e in dialog.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], "Lampiran belum ada")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)  # ends the note, decides nothing
    qtbot.waitUntil(lambda: dialog.row_note(item_id) == "Lampiran belum ada")
    assert items.get_item(item_id).status is Status.DIUJI and not _open_confirmations(dialog)

    dialog.set_row_note(item_id, "")
    _sign(dialog, qtbot, "atasan")
    dialog.rejectButton.click()  # no reason: refused before the signature
    assert "alasan penolakan" in dialog.errors.error("catatan").text() and not _open_confirmations(dialog)
    dialog.approveButton.click()
    confirmation = _confirmation(dialog)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(confirmation.confirmButton, key)  # even on the confirming button, Enter does not confirm
    assert items.get_item(item_id).status is Status.DIUJI
    qtbot.keyClick(confirmation.cancelButton, Qt.Key.Key_Return)  # on "Periksa lagi" it goes back
    assert not confirmation.isVisible() and items.get_item(item_id).status is Status.DIUJI
