"""Launcher: ``python main.py`` starts the application, ``python main.py ARGS`` the command line."""

from dikecualikan_gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
