"""Composition root: arguments go to the command line; without arguments the window opens."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        return cli_main(args)
    return gui_main([])


def cli_main(argv: Sequence[str] | None = None) -> int:
    """``dikecualikan ARGS``: the command line, with its log (the command's name only: arguments
    may hold a database URL with a password, or a participant's name)."""
    from dikecualikan_gui import cli, logs

    args = list(sys.argv[1:] if argv is None else argv)
    logs.start("dikecualikan")
    command = next((a for a in args if a in cli.COMMANDS), None)
    logging.getLogger(__name__).info("Perintah: %s", command or "(tanpa perintah)")
    status = cli.main(args)
    logging.getLogger(__name__).info("Selesai dengan status %s", status)
    return status


def gui_main(argv: Sequence[str] | None = None) -> int:
    """``dikecualikan-gui [--db PATH_OR_URL]``: first run, login, then the main window."""
    parser = argparse.ArgumentParser(prog="dikecualikan-gui")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    options = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    started = time.monotonic()
    ensure_std_streams()

    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dikecualikan_gui import config, logs, paths
    from dikecualikan_gui.errors import AppError
    from dikecualikan_gui.services import setup, users
    from dikecualikan_gui.ui import crash, messages
    from dikecualikan_gui.ui.context import AppContext
    from dikecualikan_gui.ui.dialogs.database_choice import open_failed_text
    from dikecualikan_gui.ui.dialogs.login import LoginDialog

    logs.start("dikecualikan-gui")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Dikecualikan")
    app.setOrganizationName("dikecualikan")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setWindowIcon(QIcon(str(paths.resource("icons", "dikecualikan.svg"))))
    install_translations(app)
    crash.install()

    cfg = config.resolve(options.db)
    try:
        setup.open_register(cfg)
    except AppError as exc:
        logging.getLogger(__name__).warning("Basis data tidak dapat dibuka: %s", type(exc).__name__)
        messages.error(None, open_failed_text(str(exc), cfg), "Basis data tidak dapat dibuka")
        return 1
    QTimer.singleShot(0, functools.partial(_log_shown, started))  # runs once the dialog is on screen
    # The main window's modules (ReportLab, Qt PDF, the documents) load while the user types: the
    # login dialog shows first (issue 12: start to login within 2.5 times a bare window).
    QTimer.singleShot(LOAD_MAIN_WINDOW_AFTER_MS, _load_main_window)
    if users.has_users():
        user = LoginDialog.ask()
    else:  # the first-run screen may switch to the office's server register
        from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog

        first = FirstRunDialog.start(cfg)
        cfg = first.config
        user = LoginDialog.ask() if first.login else first.user
    ctx = AppContext(cfg)
    if user is None:
        logging.getLogger(__name__).info("Ditutup tanpa masuk")
        setup.close_register()
        return 0
    ctx.sign_in(user)
    from dikecualikan_gui.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    window.offer_recovery()
    status = app.exec()
    setup.close_register()
    logging.getLogger(__name__).info("Selesai dengan status %s", status)
    return int(status)


#: How long after the first dialog shows the main window's modules are loaded.
LOAD_MAIN_WINDOW_AFTER_MS = 150


def _load_main_window() -> None:
    import dikecualikan_gui.ui.main_window  # noqa: F401 (loaded now, used after sign-in)


def ensure_std_streams() -> None:
    """The windowed executable on Windows (no console) has sys.stdout and sys.stderr set to None;
    writing a crash report or a warning there must not raise a second error."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the process)


def _log_shown(started: float) -> None:
    """Which dialog the user sees first, and how long the start took (for the IT person, and the
    bundle's smoke test)."""
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    logging.getLogger(__name__).info(
        "Tampil: %s setelah %.2f s", type(dialog).__name__ if dialog else "(tidak ada)", time.monotonic() - started
    )


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install ``resources/translations/qtbase_id.qm`` always (Qt's own buttons, file and print
    dialogs and text menus in Indonesian: Qt ships no Indonesian catalogue), then
    ``dikecualikan_<lang>.qm`` for the system's language, if shipped (the source strings are
    Indonesian, so Indonesian needs none); return the latter's translator."""
    from PySide6.QtCore import QLocale, QTranslator

    from dikecualikan_gui import paths

    install_qt_translation(app)
    translator = QTranslator(app)
    if translator.load(QLocale.system(), "dikecualikan", "_", str(paths.resource("translations"))):
        app.installTranslator(translator)
        return translator
    return None


def install_qt_translation(app: QCoreApplication) -> QTranslator | None:
    """Qt's own strings in Indonesian (once per application); None when the file is missing."""
    from PySide6.QtCore import QTranslator

    from dikecualikan_gui import paths

    installed = app.findChild(QTranslator, "qtbase_id")
    if installed is not None:
        return installed
    translator = QTranslator(app)
    translator.setObjectName("qtbase_id")
    if translator.load(str(paths.resource("translations") / "qtbase_id.qm")) and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None
