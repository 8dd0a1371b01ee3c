"""Frozen entry point of ``dikecualikan`` (the command line)."""

from dikecualikan_gui.app import cli_main

if __name__ == "__main__":
    raise SystemExit(cli_main())
