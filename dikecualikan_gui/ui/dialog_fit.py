"""A dialog opens at the size it was left at (QSettings, per data folder) and never larger than
the screen it is on (1024x768 included: its buttons stay on screen)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.window_geometry import FRAME_ALLOWANCE, settings_for


def settings(ctx: AppContext) -> QSettings:
    return settings_for(ctx.config.data_dir)


def screen_room(widget: QWidget) -> QSize:
    """The room a window has on its screen, the window manager's frame taken off."""
    parent = widget.parentWidget()
    screen = widget.screen() or (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    room = screen_room(widget)
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def restore(widget: QWidget, store: QSettings, key: str, default: QSize) -> None:
    """Resize to the saved size (else ``default``), shrunk to the screen."""
    saved = store.value(key + "/size")
    wanted = saved if isinstance(saved, QSize) and saved.isValid() else default
    widget.resize(fit_size(widget, wanted))


def save(widget: QWidget, store: QSettings, key: str) -> None:
    store.setValue(key + "/size", widget.size())
    store.sync()
