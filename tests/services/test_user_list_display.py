"""`dikecualikan user list` escapes control characters in stored names (issue 10.4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dikecualikan_gui import cli
from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import users

from conftest import People
from factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
EVIL = "Siti \x1b[31mMerah\x1b[0m\x07\r\x9b2J \u202eanmiA\u2028baris"


def test_user_row_escapes_control_and_format_characters(people: People) -> None:
    user = users.add_user(people.admin, "siti", EVIL, Role.PETUGAS, PASSWORD, jabatan="Staf\x1b]0;judul\x07")
    row = cli._user_row(user)
    assert row[0] == "siti"
    assert row[1] == "Siti \\x1b[31mMerah\\x1b[0m\\x07\\x0d\\x9b2J \\u202eanmiA\\u2028baris"
    assert row[4] == "Staf\\x1b]0;judul\\x07"
    assert all(ch.isprintable() for cell in row for ch in cell)


def test_ordinary_names_are_shown_unchanged(people: People) -> None:
    user = users.add_user(
        people.admin,
        "rina",
        "Dra. Rina Kartika, M.Si. — Çelik",
        Role.ATASAN,
        PASSWORD,
        nip="198705122010012003",
        jabatan="Kepala Sub-Bagian",
    )
    assert cli._user_row(user)[:5] == [
        "rina",
        "Dra. Rina Kartika, M.Si. — Çelik",
        "atasan",
        "198705122010012003",
        "Kepala Sub-Bagian",
    ]


def test_user_list_on_the_terminal_carries_no_escape_sequence(config: Config, people: People) -> None:
    users.add_user(people.admin, "siti", EVIL, Role.PETUGAS, PASSWORD)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(config.db), "user", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "\\x1b[31mMerah" in result.stdout
    assert not any(ch in result.stdout for ch in "\x1b\x07\r\x9b\u202e\u2028")
