"""Issue 9: the Pencetakan tab of the agency profile — the item numbers in the printed lists are a
setting (off by default), and the Mengingat list starts with the statutes and their Lembaran Negara."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import PrintSettings
from dikecualikan_gui.services import approval, documents, items, profile
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog

from conftest import People
from factories import sample_content, sample_profile, submitted
from screens import context


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_item_numbers_print_only_when_the_profile_asks(qtbot: QtBot, people: People, config: Config) -> None:
    profile.update_profile(people.admin, sample_profile())
    item_id = submitted(people.petugas, sample_content("Biodata pegawai"))
    approval.approve(people.atasan, [item_id], "800/9/PPID/2026", tanggal=date(2026, 11, 25))
    nomor = items.get_item(item_id).nomor
    assert nomor not in _text(documents.render_dik(config, tanggal=date(2026, 11, 26)))

    dialog = ProfileDialog(context(config, people.admin))
    qtbot.addWidget(dialog)
    fields = dialog.printing
    assert not fields.nomorUsulan.isChecked()
    assert fields.mengingat.toPlainText().splitlines() == list(PrintSettings().mengingat)
    assert "Lembaran Negara Republik Indonesia Tahun 2008 Nomor 61" in fields.mengingat.toPlainText()
    fields.nomorUsulan.setChecked(True)
    fields.mengingat.setPlainText(
        fields.mengingat.toPlainText() + "\nPeraturan Gubernur Kalimantan Barat Nomor 7 "
        "Tahun 2020 tentang Pejabat Pengelola Informasi dan Dokumentasi;"
    )
    dialog.saveButton.click()

    settings = profile.get_profile().print_settings
    assert settings.show_nomor_usulan and settings.mengingat[-1].startswith("Peraturan Gubernur")
    assert "Biodata pegawai ({n})".format(n=nomor) in _text(documents.render_dik(config, tanggal=date(2026, 11, 26)))
    keputusan = _text(documents.render_penetapan(config, "800/9/PPID/2026"))
    # the office's own basis printed last, ending with "." whatever the line ended with
    assert "Pengelola Informasi dan Dokumentasi. MEMUTUSKAN" in keputusan
    assert "Biodata pegawai ({n})".format(n=nomor) in keputusan

    again = ProfileDialog(context(config, people.admin))  # the setting is shown as stored
    qtbot.addWidget(again)
    assert again.printing.nomorUsulan.isChecked()
