"""Saving a file the user chooses: the save dialog opens in the folder used last time (remembered
per data folder, per kind of file), and afterwards the saved file or its folder can be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dikecualikan_gui.ui import dialog_fit
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr

KEY = "simpan/folder_terakhir"


def last_folder(ctx: AppContext) -> Path:
    saved = dialog_fit.settings(ctx).value(KEY)
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember(ctx: AppContext, target: Path) -> None:
    store = dialog_fit.settings(ctx)
    store.setValue(KEY, str(target.parent))
    store.sync()


def ask_path(parent: QWidget, ctx: AppContext, title: str, name: str, filters: str) -> Path | None:
    """The file to save to, the dialog starting in the last folder used; None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder(ctx) / name), filters)
    if not chosen:
        return None
    target = Path(chosen)
    remember(ctx, target)
    return target


def open_file(target: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def open_folder(target: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))


def saved_box(parent: QWidget | None, text: str, target: Path) -> QMessageBox:
    """The message after saving, with "Buka berkas" and "Buka folder" (not shown yet)."""
    box = QMessageBox(parent)
    box.setObjectName("savedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Tersimpan"))
    box.setText(text)
    open_it = box.addButton(tr("Buka berkas"), QMessageBox.ButtonRole.ActionRole)
    open_it.setObjectName("openFileButton")
    folder = box.addButton(tr("Buka folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("openFolderButton")
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    open_it.clicked.connect(lambda: open_file(target))
    folder.clicked.connect(lambda: open_folder(target))
    return box


def tell_saved(parent: QWidget | None, text: str, target: Path) -> QMessageBox:
    """Shown without blocking (window-modal over ``parent``); closes itself when answered."""
    box = saved_box(parent, text, target)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
