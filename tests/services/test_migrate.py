"""Moving a register between engines (issue 13, point 3): ``migrate --to`` copies every table, the
files and the audit trail into an empty target, checks it row by row, and leaves the source as it
was; a target that is not empty, or a copy that does not match, keeps nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dikecualikan_gui import cli
from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files, queries, seal, transfer
from dikecualikan_gui.services import approval, attachments, audit, documents, items, migrate, setup

from conftest import PG_URL, People, _reset_postgres, sqlite_config
from factories import sample_content, submitted

CONTENT = b"%PDF-1.4 lampiran " * 150_000  # 2.7 MB: three chunks in the database


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Config]:
    """The source: a register in an SQLite file."""
    cfg = sqlite_config(tmp_path / "sumber")
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


@pytest.fixture
def pg_url() -> str:
    if not PG_URL:
        pytest.skip("DIKECUALIKAN_TEST_PG_URL is not set")
    _reset_postgres(PG_URL)
    return PG_URL


def _fill(people: People, config: Config, tmp_path: Path) -> int:
    item_id = submitted(people.petugas)
    approval.approve(people.atasan, [item_id], "PEN/PINDAH/1", tanggal=date(2026, 11, 12))
    draft = items.create_item(people.petugas, sample_content("Draf dengan lampiran"))
    source = tmp_path / "lampiran.pdf"
    source.write_bytes(CONTENT)
    attachments.add_attachment(people.petugas, config, draft.id, source)
    documents.issue(people.petugas, config, "dik", b"%PDF-1.4 DIK", "DIK")
    return draft.id


def _state() -> tuple[list[str], int, object]:
    return sorted(r.judul for r in items.list_items()), audit.verify().count, queries.audit_head()


def _seals() -> list[tuple[int, str | None]]:
    rows = connection.current().execute_sql("SELECT id, mac FROM audit_event ORDER BY id").fetchall()
    return [(int(i), m) for i, m in rows]


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back(people: People, config: Config, tmp_path: Path, pg_url: str) -> None:
    draft = _fill(people, config, tmp_path)
    before = _state()
    sealed = _seals()
    assert all(mac for _, mac in sealed)

    result = migrate.migrate(None, config, pg_url)
    assert result.files == 2 and result.missing == () and result.events == before[1]
    assert result.rows["audit_event"] == before[1] and result.rows["approval"] == 1
    assert _state() == before  # the source is open again and unchanged

    setup.close_register()
    server = Config(db=pg_url, data_dir=tmp_path / "pc-kantor")
    setup.open_register(server)
    assert _state() == before
    assert _seals() == sealed  # the audit rows as they were, seals included (no key on the server)
    assert set(files.stored()) == {hashlib.sha256(CONTENT).hexdigest(), documents.archive(server)[0].sha256}
    [attached] = attachments.list_attachments(draft)
    assert attachments.attachment_file(server, attached, verify=True).read_bytes() == CONTENT
    items.create_item(people.petugas, sample_content("Dibuat di server"))

    back = tmp_path / "kembali" / "register.sqlite3"
    result = migrate.migrate(None, server, str(back))
    assert result.data_dir == back.parent and result.events == before[1] + 1
    setup.close_register()
    local = Config(db=str(back), data_dir=back.parent)
    setup.open_register(local)
    check = audit.verify()
    assert check.ok, [p.message for p in check.problems]
    assert seal.current_key() is not None and seal.key_path(back).is_file()  # a key of its own, every event sealed
    assert all(mac for _, mac in _seals())
    assert "Dibuat di server" in _state()[0]
    [attached] = attachments.list_attachments(draft)
    assert (back.parent / "lampiran" / attached.stored_path).read_bytes() == CONTENT
    assert documents.archived_bytes(documents.archive(local)[0]) == b"%PDF-1.4 DIK"


@pytest.mark.postgres
def test_a_target_that_is_not_empty_is_refused(people: People, config: Config, tmp_path: Path, pg_url: str) -> None:
    _fill(people, config, tmp_path)
    migrate.migrate(None, config, pg_url)
    with pytest.raises(migrate.MigrateError, match="tidak kosong"):
        migrate.migrate(None, config, pg_url)
    target = transfer.open_database(pg_url)
    try:
        assert transfer.occupied(target)  # the first copy is still there, once
        assert target.execute_sql("SELECT COUNT(*) FROM item").fetchone()[0] == 2
    finally:
        target.close()


@pytest.mark.postgres
def test_a_copy_that_does_not_match_keeps_nothing(
    people: People, config: Config, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(people, config, tmp_path)
    monkeypatch.setattr(transfer, "differences", lambda *a, **k: ["Tabel item, baris 1: salinan berbeda"])
    with pytest.raises(migrate.MigrateError, match="tidak sama.*baris 1"):
        migrate.migrate(None, config, pg_url)
    target = transfer.open_database(pg_url)
    try:
        assert transfer.tables(target) == set()  # the schema, rows and files were one transaction
    finally:
        target.close()
    back = tmp_path / "baru.sqlite3"
    with pytest.raises(migrate.MigrateError, match="tidak sama"):
        migrate.migrate(None, config, str(back))
    assert list(tmp_path.glob("baru.sqlite3*")) == []


def test_sqlite_to_a_new_sqlite_file_and_refusals(people: People, config: Config, tmp_path: Path) -> None:
    _fill(people, config, tmp_path)
    before = _state()
    with pytest.raises(migrate.MigrateError, match="sama dengan register"):
        migrate.migrate(None, config, config.db)
    taken = tmp_path / "ada.sqlite3"
    taken.write_bytes(b"")
    with pytest.raises(migrate.MigrateError, match="sudah ada"):
        migrate.migrate(None, config, str(taken))
    copy = tmp_path / "salinan" / "register.sqlite3"
    result = migrate.migrate(None, config, "sqlite:///" + str(copy))
    assert result.events == before[1] and _state() == before
    setup.close_register()
    setup.open_register(Config(db=str(copy), data_dir=copy.parent))
    assert audit.verify().ok and _state()[0] == before[0]


@pytest.mark.postgres
def test_the_command(
    people: People, config: Config, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(people, config, tmp_path)
    setup.close_register()
    assert cli.main(["--db", config.db, "migrate", "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Selesai:" in out and "jejak audit salinan utuh" in out
    assert cli.main(["--db", config.db, "migrate", "--to", pg_url]) == 1
    assert "tidak kosong" in capsys.readouterr().err


def test_a_register_whose_trail_does_not_hold_is_not_moved(people: People, config: Config, tmp_path: Path) -> None:
    _fill(people, config, tmp_path)
    connection.current().execute_sql("UPDATE item SET judul = 'Diubah di luar aplikasi' WHERE id = 1")
    target = tmp_path / "salinan" / "register.sqlite3"
    with pytest.raises(migrate.MigrateError, match="tidak utuh"):
        migrate.migrate(None, config, str(target))
    assert not target.parent.exists()
