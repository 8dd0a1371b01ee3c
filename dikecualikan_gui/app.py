"""Composition root: arguments go to the command line; without arguments the window opens."""
from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from dikecualikan_gui import cli

        return cli.main(args)
    return gui_main()


def gui_main() -> int:
    print("Antarmuka grafis belum tersedia pada versi ini. Gunakan baris perintah: "
          "dikecualikan --help", file=sys.stderr)
    return 1
