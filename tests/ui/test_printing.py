"""Preview, print and save from the application; the softcopy archive; the print settings."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from stored_files import damage_archived

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Paper, Participant, Signer
from dikecualikan_gui.services import approval, documents, items, profile, sessions
from dikecualikan_gui.ui import printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog
from dikecualikan_gui.ui.pages.item_page import ItemPage
from dikecualikan_gui.ui.printing import ArchiveDialog, PreviewDialog, PrintJob

from conftest import People
from factories import sample_content, sample_profile, sample_test
from screens import Answers, answer_messages, context

F4_LANDSCAPE = (935.43, 609.45)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers())


def _approved(people: People, judul: str) -> int:
    item = items.create_item(people.petugas, sample_content(judul))
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id, item.version)
    approval.approve(people.atasan, [item.id], "800/7/PPID/2026", tanggal=date(2026, 11, 25))
    return item.id


def _preview(qtbot: QtBot, ctx: AppContext, job: PrintJob, paper: Paper | None = None) -> PreviewDialog:
    dialog = PreviewDialog(ctx, job, paper)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.data), timeout=20_000)  # built in the background
    return dialog


def _pdf_printer(path: Path, dialog: PreviewDialog) -> QPrinter:
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)  # a small raster keeps the test quick; the path is the same as at 300 dpi
    return printer


def test_the_dik_prints_through_a_qprinter_and_is_archived_once(
    qtbot: QtBot, people: People, config: Config, tmp_path: Path, answers: Answers
) -> None:
    _approved(people, "Biodata pegawai beserta riwayat kesehatan")
    ctx = context(config, people.petugas)
    dialog = _preview(qtbot, ctx, printing.dik_job(ctx))
    assert dialog.pages.text() == "1 halaman" and dialog.printButton.isEnabled()
    assert "Biodata pegawai" in " ".join(PdfReader(_bytes_file(tmp_path, dialog.data)).pages[0].extract_text().split())

    out = tmp_path / "cetak.pdf"
    assert dialog.print_to(_pdf_printer(out, dialog))
    printed = PdfReader(out)
    assert len(printed.pages) == 1
    box = printed.pages[0].mediabox
    # Qt's PDF writer rounds the page to whole points: F4 landscape, not A4 (841.9 x 595.3)
    assert abs(float(box.width) - F4_LANDSCAPE[0]) < 1 and abs(float(box.height) - F4_LANDSCAPE[1]) < 1
    [record] = documents.archive(config)
    assert (record.jenis, record.created_by, record.paper) == ("dik", "petugas", "F4")
    assert record.sha256 == hashlib.sha256(dialog.data).hexdigest()
    assert documents.archived_bytes(record) == dialog.data

    saved = tmp_path / "dik.pdf"
    assert dialog.save_to(saved)  # the same document saved too: still one record
    assert saved.read_bytes() == dialog.data and len(documents.archive(config)) == 1


def test_another_paper_rebuilds_the_preview(qtbot: QtBot, people: People, config: Config, answers: Answers) -> None:
    _approved(people, "Kontrak pengadaan")
    ctx = context(config, people.petugas)
    dialog = _preview(qtbot, ctx, printing.dik_job(ctx), Paper.F4)
    f4 = dialog.data
    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A4))
    assert dialog.data != f4
    assert dialog.document is not None
    size = dialog.document.pagePointSize(0)
    assert (round(size.width(), 1), round(size.height(), 1)) == (841.9, 595.3)


def test_a_long_build_can_be_cancelled_and_nothing_is_archived(
    qtbot: QtBot, people: People, config: Config, answers: Answers
) -> None:
    ctx = context(config, people.petugas)

    def slow(paper: Paper, progress: printing.Progress) -> bytes:
        for done in range(10_000):
            progress(done, 10_000)
            time.sleep(0.001)
        return b"%PDF never reached"

    dialog = PreviewDialog(ctx, PrintJob("DIK besar", slow, jenis="dik"))
    qtbot.addWidget(dialog)
    assert dialog._task is not None
    qtbot.waitUntil(lambda: dialog.pages.text() == "Menyusun dokumen…")
    dialog._task.dialog.canceled.emit()  # what the Batalkan button of the progress dialog sends
    qtbot.waitUntil(lambda: any("dibatalkan" in shown for shown in answers.shown), timeout=10_000)
    assert dialog.result() == PreviewDialog.DialogCode.Rejected and not dialog.printButton.isEnabled()
    assert documents.archive(config) == []


def test_the_archive_reprints_byte_identical_copies(
    qtbot: QtBot, people: People, config: Config, tmp_path: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = _approved(people, "Rekam medis pegawai")
    ctx = context(config, people.atasan)
    item = items.get_item(item_id)
    dialog = _preview(qtbot, ctx, printing.uji_job(ctx, item_id, item.nomor))
    target = tmp_path / "uji.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    dialog.saveButton.click()
    assert target.read_bytes() == dialog.data

    archive = ArchiveDialog(ctx, item_id=item_id)
    qtbot.addWidget(archive)
    assert archive.table.rowCount() == 1 and archive.table.item(0, 2).text() == item.nomor
    shown: list[PreviewDialog] = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: shown.append(self) or 0)
    archive.viewButton.click()
    assert shown[0].data == dialog.data and not shown[0].paper.isEnabled()  # the stored bytes, not a rebuild
    copy = tmp_path / "salinan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(copy), "")))
    archive.saveButton.click()
    assert copy.read_bytes() == dialog.data

    damage_archived(config, archive.documents[0], b"%PDF diubah")  # tampered with on disk
    archive.viewButton.click()
    assert any("SHA-256" in text for text in answers.shown)


def test_the_item_page_prints_its_documents(
    qtbot: QtBot, people: People, config: Config, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = _approved(people, "Data pribadi pemohon")
    jobs: list[PrintJob] = []
    monkeypatch.setattr(PreviewDialog, "show_job", classmethod(lambda cls, ctx, job, parent=None: jobs.append(job)))
    page = ItemPage(context(config, people.petugas), item_id)
    qtbot.addWidget(page)
    assert page.printUjiAction.isEnabled() and page.printPenetapanAction.isEnabled()
    assert "800/7/PPID/2026" in page.printPenetapanAction.text()
    page.printUjiAction.trigger()
    page.printPenetapanAction.trigger()
    page.printHistoryAction.trigger()
    assert [(j.jenis, j.referensi) for j in jobs] == [
        ("uji", page.item.nomor if page.item else ""),
        ("penetapan", "800/7/PPID/2026"),
        ("riwayat", page.item.nomor if page.item else ""),
    ]
    pdf = jobs[1].render(Paper.F4, lambda done, total: None)
    assert pdf.startswith(b"%PDF") and jobs[1].penetapan_id is not None

    documents.issue(
        None,
        config,
        "uji",
        jobs[0].render(Paper.F4, lambda d, t: None),
        "Lembar pengujian konsekuensi",
        jobs[0].referensi,
        item_id=item_id,
    )
    page.load(item_id)
    assert "Lembar pengujian konsekuensi" in page.view.toPlainText()


def test_print_settings_are_kept_and_checked(qtbot: QtBot, people: People, config: Config, answers: Answers) -> None:
    ctx = context(config, people.admin)
    dialog = ProfileDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.nama.setText("Dinas Koperasi dan UKM")
    fields = dialog.printing
    fields.paper.setCurrentIndex(fields.paper.findData(Paper.A4))
    fields.left.setValue(3.5)
    fields.atasanPrefix.setCurrentText("a.n.")
    fields.tembusan.setPlainText("Kepala Dinas Kominfo\n\nInspektorat")
    dialog.saveButton.click()
    settings = profile.get_profile().print_settings
    assert (settings.paper, settings.margin_left_cm, settings.atasan_prefix) == (Paper.A4, 3.5, "a.n.")
    assert settings.tembusan == ("Kepala Dinas Kominfo", "Inspektorat")

    again = ProfileDialog(ctx)  # saving other tabs keeps the print settings
    qtbot.addWidget(again)
    again.printing.mengingat.setPlainText("  ")
    again.saveButton.click()
    assert "Mengingat" in again.errors.error("mengingat").text()
    assert profile.get_profile().print_settings == settings


def test_an_issued_keputusan_previews_as_its_archived_copy(
    qtbot: QtBot, people: People, config: Config, tmp_path: Path, answers: Answers
) -> None:
    """Issue 8: after the first save the keputusan is frozen; a change in the profile does not reach it."""
    _approved(people, "Data pribadi pegawai")
    ctx = context(config, people.atasan)
    first = _preview(qtbot, ctx, printing.penetapan_job(ctx, "800/7/PPID/2026"))
    assert first.paper.isEnabled() and first.issued_before is None
    assert first.save_to(tmp_path / "keputusan.pdf")
    [record] = documents.archive(config)
    assert record.kunci == "penetapan:800/7/PPID/2026"

    current = sample_profile()  # the agency filled in, a PPID signing, A4 and a tembusan
    profile.update_profile(
        people.admin,
        dataclasses.replace(
            current,
            print_settings=dataclasses.replace(
                current.print_settings, penetapan_signer=Signer.PPID, paper=Paper.A4, tembusan=("Inspektur",)
            ),
        ),
    )
    again = PreviewDialog(ctx, printing.penetapan_job(ctx, "800/7/PPID/2026"))
    qtbot.addWidget(again)
    assert again.data == first.data and again._task is None  # shown from the archive, never built again
    assert again.issued_before == record and not again.paper.isEnabled() and "sudah diterbitkan" in again.note.text()
    assert again.current_paper() is Paper.F4  # the paper it was issued on, not the profile's A4
    assert again.save_to(tmp_path / "lagi.pdf") and len(documents.archive(config)) == 1
    assert (tmp_path / "lagi.pdf").read_bytes() == (tmp_path / "keputusan.pdf").read_bytes()

    damage_archived(config, record, b"%PDF diubah")  # the archived copy changed: refused, not rebuilt
    damaged = PreviewDialog(ctx, printing.penetapan_job(ctx, "800/7/PPID/2026"))
    qtbot.addWidget(damaged)
    assert damaged.data == b"" and damaged._task is None and not damaged.printButton.isEnabled()
    assert any("SHA-256" in shown and "Pulihkan" in shown for shown in answers.shown)


def test_a_draft_lembar_uji_is_never_archived_and_a_session_prints_its_berita_acara(
    qtbot: QtBot, people: People, config: Config, tmp_path: Path, answers: Answers
) -> None:
    item = items.create_item(people.petugas, sample_content("Notulen rapat"))
    items.save(people.petugas, item.id, item.version, test=sample_test())
    ctx = context(config, people.petugas)
    draft = _preview(qtbot, ctx, printing.uji_job(ctx, item.id, item.nomor))
    assert draft.job.jenis == "draf-uji" and not draft.job.issued and draft.note.text() == ""
    assert draft.save_to(tmp_path / "draf.pdf") and documents.archive(config) == []
    assert "DRAF — belum diuji" in PdfReader(tmp_path / "draf.pdf").pages[0].extract_text()

    nomor = sessions.record_session(
        people.petugas,
        date(2026, 11, 20),
        [sessions.SessionEntry(item.id)],
        [Participant("Siti", "Petugas PPID", "Sekretariat")],
        tempat="Aula",
    ).nomor
    held = _preview(qtbot, ctx, printing.uji_job(ctx, item.id, item.nomor))
    assert held.job.jenis == "uji" and held.job.kunci.startswith("uji:")
    record = _preview(qtbot, ctx, printing.berita_acara_job(ctx, nomor))
    assert record.job.kunci == "berita-acara:" + nomor and record.save_to(tmp_path / "ba.pdf")
    [issued] = documents.archive(config)
    assert (issued.jenis, issued.referensi, issued.kunci) == ("berita-acara", nomor, "berita-acara:" + nomor)
    assert "BERITA ACARA PENGUJIAN KONSEKUENSI" in PdfReader(tmp_path / "ba.pdf").pages[0].extract_text()


def _bytes_file(folder: Path, data: bytes) -> Path:
    path = folder / "dokumen.pdf"
    path.write_bytes(data)
    return path
