"""The main window opens at the size and state it was left in, and always fits the screen
(1024x768 included: the status bar and the window buttons stay on screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

SETTINGS_FILE = "tampilan.ini"
DEFAULT_SIZE = QSize(1280, 780)


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
    """Size and place as saved (or the default, within the screen); True when it was maximised."""
    saved = settings.value("main/geometry")
    if saved is None or not window.restoreGeometry(saved):
        area = available_area(window)
        window.resize(min(DEFAULT_SIZE.width(), area.width()), min(DEFAULT_SIZE.height(), area.height()))
        window.move(area.x() + (area.width() - window.width()) // 2, area.y() + (area.height() - window.height()) // 2)
    fit(window)
    return str(settings.value("main/maximized", "false")).lower() == "true"


def save(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/maximized", "true" if window.isMaximized() else "false")
    settings.sync()
