"""argparse's own words in Indonesian: usage, errors and help of the command line.

argparse looks its messages up through the module-level ``_`` (gettext); the command line
installs this table there before it builds its parser, so every message reads in Indonesian."""

from __future__ import annotations

import argparse
from typing import Any

WORDS: dict[str, str] = {
    "usage: ": "penggunaan: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s bermakna ganda: bisa %(matches)s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected at least one argument": "memerlukan paling sedikit satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected one argument": "memerlukan satu nilai",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen berikut wajib: %s",
    "options": "opsi",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
}


def translate(message: str) -> str:
    return WORDS.get(message, message)


def install() -> None:
    """Point argparse's message lookup at the Indonesian table (idempotent)."""
    module: Any = argparse
    module._ = translate
