"""Frozen entry point of ``dikecualikan-gui`` (the window; no console on Windows)."""

from dikecualikan_gui.app import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
