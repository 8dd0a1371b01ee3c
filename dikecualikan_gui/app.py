"""Composition root: arguments go to the command line; without arguments the window opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from dikecualikan_gui import cli

        return cli.main(args)
    return gui_main([])


def gui_main(argv: Sequence[str] | None = None) -> int:
    """``dikecualikan-gui [--db PATH_OR_URL]``: first run, login, then the main window."""
    parser = argparse.ArgumentParser(prog="dikecualikan-gui")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    options = parser.parse_args(list(sys.argv[1:] if argv is None else argv))

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dikecualikan_gui import config, paths
    from dikecualikan_gui.errors import AppError
    from dikecualikan_gui.services import setup, users
    from dikecualikan_gui.ui import crash, messages
    from dikecualikan_gui.ui.context import AppContext
    from dikecualikan_gui.ui.dialogs.first_run import FirstRunDialog
    from dikecualikan_gui.ui.dialogs.login import LoginDialog
    from dikecualikan_gui.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Dikecualikan")
    app.setOrganizationName("dikecualikan")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "dikecualikan.svg")))
    crash.install()

    cfg = config.resolve(options.db)
    try:
        setup.open_register(cfg)
    except AppError as exc:
        messages.error(None, str(exc), "Basis data tidak dapat dibuka")
        return 1
    ctx = AppContext(cfg)
    user = FirstRunDialog.ask(cfg) if not users.has_users() else LoginDialog.ask()
    if user is None:
        setup.close_register()
        return 0
    ctx.sign_in(user)
    window = MainWindow(ctx)
    window.show()
    window.offer_recovery()
    status = app.exec()
    setup.close_register()
    return int(status)
