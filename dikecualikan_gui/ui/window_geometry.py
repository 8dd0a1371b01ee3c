"""The main window opens at the size and state it was left in, and always fits the screen
(1024x768 included: the status bar and the window buttons stay on screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

SETTINGS_FILE = "tampilan.ini"
DEFAULT_SIZE = QSize(1280, 780)
#: Room for a window manager's title bar and borders, before the real frame is known.
FRAME_ALLOWANCE = QSize(16, 48)


def settings_for(data_dir: Path) -> QSettings:
    """Per data folder, so every register (and every test) keeps its own window settings."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def available_area(window: QMainWindow) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QMainWindow) -> tuple[int, int]:
    """Width and height the window manager's frame adds (0 before the first show)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height())


def fit(window: QMainWindow) -> None:
    """Shrink and move the (normal, not maximised) window so that all of it is on screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    extra_w, extra_h = frame_margins(window)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def restore(window: QMainWindow, settings: QSettings) -> bool:
    """Size and place as saved, else the default; True when the window should open maximised:
    as it was left, or on a first start on a screen smaller than the default (1024x768, 1366x768)."""
    saved = settings.value("main/geometry")
    if saved is not None and window.restoreGeometry(saved):
        fit(window)
        return str(settings.value("main/maximized", "false")).lower() == "true"
    area = available_area(window)
    small = DEFAULT_SIZE.width() + FRAME_ALLOWANCE.width() > area.width() or (
        DEFAULT_SIZE.height() + FRAME_ALLOWANCE.height() > area.height()
    )
    # the size it returns to when no longer maximised leaves room for the frame the window manager adds
    width = min(DEFAULT_SIZE.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(DEFAULT_SIZE.height(), area.height() - FRAME_ALLOWANCE.height())
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    return small


def save(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/maximized", "true" if window.isMaximized() else "false")
    settings.sync()
