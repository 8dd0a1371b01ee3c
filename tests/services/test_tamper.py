"""Direct edits of the database file, as someone with "DB Browser for SQLite" would make them: each
one is named by `audit verify` (issue 10, section 1: the state held against the trail)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import peewee as pw
import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.errors import AccountLocked, AuthenticationFailed
from dikecualikan_gui.services import approval, audit, auth, items, setup, users

from factories import PASSWORD, sample_content, submitted

ROOT = Path(__file__).resolve().parents[2]


def _register(tmp_path: Path) -> Path:
    """A register with an approved item, a draft and a disabled user, closed again."""
    path = tmp_path / "register.sqlite3"
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        users.add_user(None, "admin", "Admin", Role.ADMIN, PASSWORD)
        petugas = users.add_user(None, "petugas", "Siti", Role.PETUGAS, PASSWORD).as_actor()
        atasan = users.add_user(None, "atasan", "Kadis", Role.ATASAN, PASSWORD).as_actor()
        mantan = users.add_user(None, "mantan", "Mantan Petugas", Role.PETUGAS, PASSWORD)
        users.update_user(None, mantan.id, active=False)
        approved = submitted(petugas)
        approval.approve(atasan, [approved], "800/1/PPID/2026", tanggal=date(2026, 11, 12))
        items.create_item(petugas, sample_content("Draf yang belum diuji"))
        users.add_user(None, "terkunci", "Terkunci", Role.ATASAN, PASSWORD)
        users.add_user(None, "ragu", "Ragu-ragu", Role.ATASAN, PASSWORD)
        for name, tries in (("terkunci", auth.MAX_FAILED_LOGINS), ("ragu", 2)):
            for _ in range(tries):
                with pytest.raises((AuthenticationFailed, AccountLocked)):
                    auth.authenticate(name, "bukan-sandinya")
        assert audit.verify().ok
    finally:
        setup.close_register()
    return path


EDITS: dict[str, tuple[str, str]] = {
    # case: (SQL, a word the report names)
    "delete an approval": ("DELETE FROM approval WHERE decision = 'disetujui'", "persetujuan"),
    "change a penetapan number": ("UPDATE penetapan SET nomor = '999/PALSU/2026'", "999/PALSU/2026"),
    "change a penetapan date": ("UPDATE penetapan SET tanggal = '2026-01-01'", "2026-01-01"),
    "rewrite an approval's snapshot and fingerprint together": (
        "UPDATE approval SET snapshot = '{}', fingerprint = "
        "'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'",
        "persetujuan",
    ),
    "approve a draft by its status": (
        "UPDATE item SET status = 'disetujui' WHERE judul = 'Draf yang belum diuji'",
        "status",
    ),
    "open an approved item by its status": ("UPDATE item SET status = 'berakhir' WHERE status = 'disetujui'", "status"),
    "edit an approved item's text": ("UPDATE item SET judul = 'Judul palsu' WHERE status = 'disetujui'", "judul"),
    "promote a user to atasan": ("UPDATE user SET role = 'atasan' WHERE username = 'petugas'", "peran"),
    "reactivate a disabled user": ("UPDATE user SET active = 1 WHERE username = 'mantan'", "aktif"),
    "add a user behind the trail": (
        "INSERT INTO user (username, nama, nip, jabatan, role, active, password_hash, failed_logins, created_at) "
        "VALUES ('siluman', 'Siluman', '', '', 'atasan', 1, 'x', 0, '2026-11-29')",
        "siluman",
    ),
    "copy one user's password hash onto another": (
        "UPDATE user SET password_hash = (SELECT password_hash FROM user WHERE username = 'atasan') "
        "WHERE username = 'petugas'",
        "kata sandi",
    ),
    "unlock a locked account": ("UPDATE user SET locked_until = NULL WHERE username = 'terkunci'", "terkunci"),
    "shorten a lockout": (
        "UPDATE user SET locked_until = '2000-01-01 00:00:00' WHERE username = 'terkunci'",
        "2000-01-01",
    ),
    "reset the count of failed sign-ins": (
        "UPDATE user SET failed_logins = 0 WHERE username = 'ragu'",
        "salah kata sandi",
    ),
    "delete an approved item": (
        "PRAGMA foreign_keys = OFF; DELETE FROM approval; DELETE FROM item WHERE status = 'disetujui'",
        "tidak ada",
    ),
}


@pytest.mark.parametrize("case", sorted(EDITS))
def test_a_direct_edit_is_named_by_audit_verify(case: str, tmp_path: Path) -> None:
    path = _register(tmp_path)
    sql, word = EDITS[case]
    db = pw.SqliteDatabase(str(path))
    for statement in sql.split("; "):
        db.execute_sql(statement)
    db.close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, (case, result.stdout)
    assert "TIDAK utuh" in result.stderr and word in result.stdout, (case, result.stdout)


def test_a_physically_damaged_file_is_never_called_intact(tmp_path: Path) -> None:
    path = _register(tmp_path)
    for sidecar in ("-wal", "-shm"):
        assert (
            not Path(str(path) + sidecar).exists() or Path(str(path) + sidecar).stat().st_size == 0 or sidecar == "-shm"
        )
    data = bytearray(path.read_bytes())
    for page in range(4, len(data) // 4096, 3):  # scribble over the page headers of tables and indexes
        data[page * 4096 : page * 4096 + 12] = b"\x0d\xff\xff\x7f\x00\x00\xff\xff\x00\x00\x00\x00"
    path.write_bytes(bytes(data))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "utuh: " not in result.stdout  # never "Jejak audit utuh"


def test_the_check_reads_through_the_service_too(tmp_path: Path) -> None:
    path = _register(tmp_path)
    setup.open_register(Config(db=str(path), data_dir=tmp_path))
    try:
        connection.current().execute_sql("UPDATE user SET role = 'admin' WHERE username = 'atasan'")
        result = audit.verify()
        assert not result.ok and any("atasan" in p.message and "admin" in p.message for p in result.problems)
    finally:
        setup.close_register()
