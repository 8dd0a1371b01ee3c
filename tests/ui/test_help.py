"""Issue 11 point 13: F1 and Bantuan open the offline guide; every Pasal 17 huruf has a "?" that
explains it with an example."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui import paths
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain import pasal17
from dikecualikan_gui.ui import help
from dikecualikan_gui.ui.help import HelpDialog
from dikecualikan_gui.ui.main_window import MainWindow
from dikecualikan_gui.ui.widgets.grounds_editor import GroundsEditor

from conftest import People
from screens import context


def _open_guide(window: MainWindow) -> HelpDialog:
    dialog = window.findChild(HelpDialog, help.DIALOG_NAME)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_every_huruf_has_its_statute_text_explanation_and_example() -> None:
    assert sorted(pasal17.CATEGORIES) == list("abcdefghij")
    for huruf, category in pasal17.CATEGORIES.items():
        own = paths.resource("bantuan", "huruf_{h}.html".format(h=huruf)).read_text(encoding="utf-8")
        assert "<b>Penjelasan.</b>" in own and "<b>Contoh.</b>" in own, huruf
        example = own.split("<b>Contoh.</b>", 1)[1]
        assert len(re.sub(r"<[^>]+>", "", example).split()) >= 15, huruf  # a real example, not a word
        section = help.huruf_section(huruf)
        assert category.text in section
        for angka in category.angka.values():
            assert angka in section
    guide = help.guide_html()
    assert help.PASAL17_MARK not in guide
    for huruf in pasal17.CATEGORIES:
        assert 'name="huruf-{h}"'.format(h=huruf) in guide


def test_f1_and_the_bantuan_menu_open_the_guide_with_the_three_steps(
    qtbot: QtBot, people: People, config: Config
) -> None:
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    window.show()
    window.show_register()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.register.searchEdit.setFocus()
    assert window.helpAction.shortcut().toString() == "F1"
    qtbot.keyClick(window.register.searchEdit, Qt.Key.Key_F1)  # pressed while typing a search
    dialog = _open_guide(window)
    text = dialog.browser.toPlainText()
    for words in (
        "Langkah 1 — Petugas PPID mengumpulkan usulan dan menjalankan uji konsekuensi",
        "daftar informasi yang akan dikecualikan",
        "Langkah 2 — Atasan PPID menyetujui dan menetapkan (penetapan)",
        "Langkah 3 — Daftar Informasi yang Dikecualikan (DIK) didokumentasikan",
        "softcopy dan hardcopy",
        "Pasal 17 huruf j — Dilarang diungkapkan berdasarkan Undang-Undang",
    ):
        assert words in text
    dialog.close()
    assert not dialog.isVisible()

    bantuan = next(m for m in window.menuBar().actions() if m.text() == "Ban&tuan")
    assert window.helpAction in bantuan.menu().actions()
    bantuan.menu().actions()[0].trigger()
    assert _open_guide(window) is dialog  # the same window again, not a second one
    assert len(window.findChildren(HelpDialog)) == 1


def test_the_question_mark_beside_each_huruf_explains_the_chosen_one(qtbot: QtBot) -> None:
    editor = GroundsEditor()
    qtbot.addWidget(editor)
    editor.show()
    row = editor.rows[0]
    assert row.helpButton.text() == "?" and row.helpButton.isVisible()
    for huruf, category in pasal17.CATEGORIES.items():
        row.huruf.setCurrentIndex(row.huruf.findData(huruf))
        qtbot.mouseClick(row.helpButton, Qt.MouseButton.LeftButton)
        dialog = editor.findChild(HelpDialog, help.DIALOG_NAME)
        assert dialog is not None and dialog.isVisible()
        text = dialog.browser.toPlainText()
        assert text.startswith("Pasal 17 huruf {h} — {l}".format(h=huruf, l=category.label))
        assert category.text in text and "Contoh." in text
        others = [h for h in pasal17.CATEGORIES if h != huruf]
        assert not any("Pasal 17 huruf {h} —".format(h=h) in text for h in others)
    dialog.fullGuideButton.click()
    assert "Langkah 1" in dialog.browser.toPlainText()

    row.huruf.setCurrentIndex(0)  # nothing chosen yet: the "?" shows all of Pasal 17 in the guide
    qtbot.mouseClick(row.helpButton, Qt.MouseButton.LeftButton)
    assert "Pasal 17 huruf a —" in dialog.browser.toPlainText()
    assert "Pasal 17 huruf j —" in dialog.browser.toPlainText()
