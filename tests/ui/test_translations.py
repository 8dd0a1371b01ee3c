"""The translation seam: every tr() string is extracted into the committed catalogue, and Qt's own
buttons, file dialog, print preview and text menus speak Indonesian (resources/translations/qtbase_id)."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from dikecualikan_gui import app, paths
from dikecualikan_gui.ui.text import tr

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


script = _load_script()


@pytest.fixture
def indonesian_qt(qapp: QApplication) -> Iterator[QTranslator]:
    translator = app.install_qt_translation(qapp)
    assert translator is not None, "qtbase_id.qm is missing from resources/translations"
    yield translator
    QCoreApplication.removeTranslator(translator)
    translator.setParent(None)  # the next install_qt_translation loads it afresh


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_every_tr_call_has_a_literal_argument_and_the_catalogue_is_up_to_date() -> None:
    catalogue = script.extract(script.source_files())
    assert catalogue.problems == []
    assert script.TEMPLATE.read_text(encoding="utf-8") == script.render_ts(catalogue), (
        "run: python packaging/translations.py extract"
    )
    sources = {m.findtext("source") for m in ET.parse(script.TEMPLATE).getroot().iter("message")}
    assert {"Tentang aplikasi", "Login terakhir", "Menunggu persetujuan"} <= sources  # tr() and tr_noop()
    assert len(sources) == len(catalogue.locations) > 500
    assert [c.findtext("name") for c in ET.parse(script.TEMPLATE).getroot().iter("context")] == ["dikecualikan"]


def test_the_extractor_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    source = tmp_path / "dikecualikan_gui" / "ui" / "screen.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        'name = "x"\ntr("Simpan")\ntr(f"Halo {name}")\ntr(name)\ntr_noop("Kolom")\ntr_label(name)\ntr("Simpan")\n',
        encoding="utf-8",
    )
    catalogue = script.extract([source], root=tmp_path)
    assert catalogue.locations == {
        "Simpan": [("dikecualikan_gui/ui/screen.py", 2), ("dikecualikan_gui/ui/screen.py", 7)],
        "Kolom": [("dikecualikan_gui/ui/screen.py", 5)],
    }
    assert catalogue.problems == [
        "dikecualikan_gui/ui/screen.py:3: the argument of tr() is not a literal string (f-string)",
        "dikecualikan_gui/ui/screen.py:4: the argument of tr() is not a literal string (Name)",
    ]


def test_a_catalogue_made_from_the_template_translates_the_screens(qapp: QApplication, tmp_path: Path) -> None:
    """The seam end to end: template -> dikecualikan_xx.ts -> lrelease -> tr()."""
    text = script.TEMPLATE.read_text(encoding="utf-8").replace('sourcelanguage="id"', 'language="en"')
    text = text.replace(
        '<source>Tentang aplikasi</source>\n        <translation type="unfinished"></translation>',
        "<source>Tentang aplikasi</source>\n        <translation>About this application</translation>",
    )
    (tmp_path / "dikecualikan_en.ts").write_text(text, encoding="utf-8")
    script.release(tmp_path / "dikecualikan_en.ts", tmp_path / "dikecualikan_en.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "dikecualikan_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Tentang aplikasi") == "About this application"
        assert tr("Login terakhir") == "Login terakhir"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_shipped_qt_catalogue_is_compiled_from_its_source(tmp_path: Path) -> None:
    folder = paths.resource("translations")
    script.release(folder / "qtbase_id.ts", tmp_path / "qtbase_id.qm")
    assert (tmp_path / "qtbase_id.qm").read_bytes() == (folder / "qtbase_id.qm").read_bytes(), (
        "run: python packaging/translations.py release"
    )


def test_the_qt_catalogue_uses_qts_exact_contexts_and_source_texts() -> None:
    """Each message of qtbase_id.ts is one Qt itself asks for: it is in the German catalogue
    PySide6 ships (a typo, or a string Qt renamed, would never be shown)."""
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    ours = script.ts_sources(paths.resource("translations", "qtbase_id.ts"))
    assert len(ours) > 250
    assert ours - script.qm_sources(shipped) == set()
    assert ("QPlatformTheme", "Cancel") in ours and ("QFileDialog", "File &name:") in ours


def test_install_translations_always_installs_indonesian_for_qt(qapp: QApplication) -> None:
    app.install_translations(qapp)
    translator = qapp.findChild(QTranslator, "qtbase_id")
    try:
        assert translator is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert app.install_qt_translation(qapp) is translator  # once, however often called
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_message_box_buttons_are_indonesian(qtbot: QtBot, indonesian_qt: QTranslator) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Judul", "Simpan perubahan?")
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
    )
    texts = {b: _plain(box.button(b).text()) for b in (box.StandardButton.Yes, box.StandardButton.No)}
    assert texts == {box.StandardButton.Yes: "Ya", box.StandardButton.No: "Tidak"}
    assert _plain(box.button(QMessageBox.StandardButton.Cancel).text()) == "Batal"


def test_button_box_buttons_are_indonesian(qtbot: QtBot, indonesian_qt: QTranslator) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Apply
    )
    qtbot.addWidget(buttons)
    assert _plain(buttons.button(QDialogButtonBox.StandardButton.Save).text()) == "Simpan"
    assert _plain(buttons.button(QDialogButtonBox.StandardButton.Close).text()) == "Tutup"
    assert _plain(buttons.button(QDialogButtonBox.StandardButton.Apply).text()) == "Terapkan"
    assert _plain(buttons.button(QDialogButtonBox.StandardButton.Ok).text()) == "OK"


def test_the_file_dialog_is_indonesian(qtbot: QtBot, indonesian_qt: QTranslator, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Simpan DIK", str(tmp_path), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {_plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    buttons = {_plain(button.text()) for button in dialog.findChildren(QPushButton)}
    assert {"Simpan", "Batal"} <= buttons
    tool_tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
    assert {"Folder Induk", "Buat Folder Baru", "Tampilan Rinci", "Tampilan Daftar"} <= tool_tips
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    header = view.model()
    assert [header.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Nama",
        "Ukuran",
        "Jenis",
        "Tanggal Diubah",
    ]


def test_text_context_menus_are_indonesian(qtbot: QtBot, indonesian_qt: QTranslator) -> None:
    line = QLineEdit("teks")
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    entries = [_plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert entries[:6] == ["Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus"]
    assert "Pilih Semua" in entries
    area = QPlainTextEdit("teks")
    qtbot.addWidget(area)
    entries = [_plain(a.text()).split("\t")[0] for a in area.createStandardContextMenu().actions() if a.text()]
    assert {"Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"} <= set(entries)


def test_the_print_preview_toolbar_is_indonesian(qtbot: QtBot, indonesian_qt: QTranslator) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    texts = {action.text() for action in preview.findChildren(QAction)}
    assert {"Perbesar", "Perkecil", "Halaman berikutnya", "Cetak", "Pengaturan halaman"} <= texts
    assert "Pratinjau Cetak" in preview.windowTitle()
