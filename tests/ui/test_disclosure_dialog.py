"""The item page of an exempted personal item records a disclosure on consent; the item stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Ground, Status
from dikecualikan_gui.services import approval, disclosures, items
from dikecualikan_gui.ui.dialogs.disclosure import DisclosureDialog
from dikecualikan_gui.ui.pages.item_page import ItemPage

from conftest import People
from factories import sample_content, sample_test, submitted
from screens import Answers, answer_messages, context


def _approved(people: People, **test: object) -> int:
    item_id = submitted(people.petugas, sample_content("Hasil medical check-up pegawai"), sample_test(**test))
    approval.approve(people.atasan, [item_id], "PEN/{i}".format(i=item_id), tanggal=date(2026, 11, 12))
    return item_id


def test_the_page_offers_it_only_for_personal_grounds_and_records_it(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    ctx = context(config, people.petugas)
    personal = ItemPage(ctx, _approved(people))
    qtbot.addWidget(personal)
    assert not personal.disclosureButton.isHidden()
    other = ItemPage(ctx, _approved(people, grounds=(Ground("b"),)))
    qtbot.addWidget(other)
    assert other.disclosureButton.isHidden()

    assert personal.item is not None
    dialog = DisclosureDialog(ctx, personal.item)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.recordButton, Qt.MouseButton.LeftButton)
    assert dialog.result_record is None and "tertulis" in dialog.errors.error("dokumen_persetujuan").text()
    dialog.pemilik.setText("Ahmad Rifai")
    dialog.penerima.setText("Ahmad Rifai")
    dialog.dokumen.setText("Surat persetujuan 24 November 2026")
    qtbot.mouseClick(dialog.recordButton, Qt.MouseButton.LeftButton)
    assert dialog.result_record is not None
    assert [d.pemilik for d in disclosures.disclosures_of(personal.item.id)] == ["Ahmad Rifai"]
    assert items.get_item(personal.item.id).status is Status.DISETUJUI
    personal._refresh_summary()
    assert "Diberikan atas persetujuan" in personal.view.toPlainText()
