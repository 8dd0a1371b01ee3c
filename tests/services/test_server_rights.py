"""The server's rights as the README gives them (section "Shared register on a server"): its SQL
blocks run as written, the application works with the office role, and that role can read and
append the audit trail but never change, delete or empty it (on PostgreSQL the rights, not a key,
keep the trail append-only)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg2
import pytest
from psycopg2 import errors

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import approval, audit, items, setup, users

from conftest import PG_URL
from factories import PASSWORD, sample_content, submitted

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set"),
]

ROOT = Path(__file__).parent.parent.parent
OWNER, OFFICE = "dikecualikan_pemilik", "dikecualikan_kantor"
OWNER_PASSWORD, OFFICE_PASSWORD = "GANTI-sandi-pemilik", "GANTI-sandi-kantor"


def readme_sql() -> list[str]:
    """The ```sql blocks of the README's section on the server, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Shared register on a server", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def statements(block: str) -> list[str]:
    return [line.strip() for line in block.split(";\n") if line.strip()]


def url_for(user: str, password: str, database: str) -> str:
    parsed = urlparse(PG_URL)
    netloc = "{u}:{p}@{h}:{port}".format(u=user, p=password, h=parsed.hostname, port=parsed.port or 5432)
    return urlunparse(parsed._replace(netloc=netloc, path="/" + database))


def _drop(admin: object, database: str) -> None:
    cursor = admin.cursor()  # type: ignore[attr-defined]
    cursor.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (database,),
    )
    cursor.execute('DROP DATABASE IF EXISTS "{d}"'.format(d=database))
    for role in (OFFICE, OWNER):
        cursor.execute("DROP ROLE IF EXISTS {r}".format(r=role))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A database made by the README's first block (its name is the test database's + '_hak')."""
    database = urlparse(PG_URL).path.lstrip("/") + "_hak"
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    _drop(admin, database)
    blocks = readme_sql()
    assert len(blocks) == 2 and "CREATE ROLE" in blocks[0] and "REVOKE UPDATE, DELETE" in blocks[1]
    for statement in statements(re.sub(r"\bdikecualikan\b(?!_)", database, blocks[0])):
        admin.cursor().execute(statement)  # one by one, as psql does (CREATE DATABASE stands alone)
    yield database
    setup.close_register()
    _drop(admin, database)
    admin.close()


def cli(url: str, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DIKECUALIKAN_DATA=str(data))
    env.pop("DIKECUALIKAN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "dikecualikan_gui", "--db", url, *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_the_application_works_with_the_office_role_which_cannot_rewrite_the_trail(server: str, tmp_path: Path) -> None:
    owner_url = url_for(OWNER, OWNER_PASSWORD, server)
    office_url = url_for(OFFICE, OFFICE_PASSWORD, server)
    made = cli(owner_url, "init", data=tmp_path / "pemilik")
    assert made.returncode == 0, made.stderr
    # before the grants the office role is refused, with a message that says what to do
    refused = cli(office_url, "list", data=tmp_path / "kantor")
    assert refused.returncode == 1 and "tidak berhak" in refused.stderr, refused.stderr
    owner = psycopg2.connect(owner_url)
    owner.autocommit = True
    for statement in statements(readme_sql()[1]):
        owner.cursor().execute(statement)
    owner.close()

    # the application, as the office role: users, items, a test, submission, approval, print, verify
    cfg = Config(db=office_url, data_dir=tmp_path / "kantor")
    setup.open_register(cfg)
    admin = users.add_user(None, "admin", "Administrator", Role.ADMIN, PASSWORD).as_actor()
    petugas = users.add_user(admin, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD).as_actor()
    atasan = users.add_user(admin, "atasan", "Drs. Atasan PPID", Role.ATASAN, PASSWORD).as_actor()
    first = submitted(petugas, sample_content("Biodata pegawai"))
    draft = items.create_item(petugas, sample_content("Masih draf"))
    items.save(petugas, draft.id, draft.version, content=sample_content("Masih draf, diubah"))
    approval.approve(atasan, [first], "PEN/HAK/1")
    assert audit.verify().ok
    setup.close_register()
    printed = cli(office_url, "export", "dik", "--out", str(tmp_path / "dik.pdf"), data=tmp_path / "kantor")
    assert printed.returncode == 0, printed.stderr
    verified = cli(office_url, "audit", "verify", data=tmp_path / "kantor")
    assert verified.returncode == 0, verified.stdout + verified.stderr

    office = psycopg2.connect(office_url)
    try:
        cursor = office.cursor()
        cursor.execute("SELECT count(*) FROM audit_event")
        count = cursor.fetchone()[0]
        assert count > 5
        for statement in (
            "UPDATE audit_event SET actor = 'orang lain' WHERE id = 1",
            "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DROP COLUMN mac",
            "DROP TABLE audit_event",
            "CREATE TABLE salinan (id int)",
        ):
            with pytest.raises((errors.InsufficientPrivilege, errors.InvalidSchemaName)):
                cursor.execute(statement)
            office.rollback()
        cursor.execute("SELECT count(*) FROM audit_event")
        assert cursor.fetchone()[0] == count
    finally:
        office.close()
