"""Attachments are copied into the register's file store (the data folder on SQLite, the database on
PostgreSQL), hashed, listed, and removed without loss."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.errors import InvalidState, StorageError, ValidationError
from dikecualikan_gui.services import approval, attachments, items, storage

from conftest import People
from factories import sample_content, sample_test


def test_add_copies_hashes_and_audits(people: People, config: Config, tmp_path: Path) -> None:
    item = items.create_item(people.petugas, sample_content())
    source = tmp_path / "Nota Dinas 12.pdf"
    source.write_bytes(b"isi nota dinas" * 1000)
    info = attachments.add_attachment(people.petugas, config, item.id, source)
    assert (info.nama, info.ukuran) == ("Nota Dinas 12.pdf", 14000)
    assert info.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    stored = attachments.attachment_file(config, info, verify=True)
    if config.sqlite_path is not None:
        assert stored.is_relative_to(config.attachments_dir)
        assert files.stored() == {}
    else:  # in the database: every PC sees it, nothing in a shared folder
        assert files.stored() == {info.sha256: 14000}
        assert not config.attachments_dir.exists()
    source.unlink()  # the copy does not depend on the original
    assert stored.read_bytes() == b"isi nota dinas" * 1000
    exported = tmp_path / "keluar.pdf"
    attachments.export_attachment(config, info, exported)
    assert exported.read_bytes() == b"isi nota dinas" * 1000
    assert items.history(item.id)[-1].action is AuditAction.ATTACHMENT_ADDED
    # attaching is not an edit of the form: a form open since before still saves without a conflict
    assert items.update_item(people.petugas, item.id, item.version, sample_content("Diubah")).version == 2


def test_remove_hides_it_but_keeps_the_file_and_the_record(people: People, config: Config, tmp_path: Path) -> None:
    item = items.create_item(people.petugas, sample_content())
    source = tmp_path / "a.txt"
    source.write_text("lampiran", encoding="utf-8")
    info = attachments.add_attachment(people.petugas, config, item.id, source)
    attachments.remove_attachment(people.petugas, info.id)
    assert attachments.list_attachments(item.id) == []
    assert storage.store_for(config).intact(attachments.store_name(info.stored_path))
    event = items.history(item.id)[-1]
    assert event.action is AuditAction.ATTACHMENT_REMOVED and event.details["sha256"] == info.sha256


def test_a_changed_stored_file_is_detected(people: People, config: Config, tmp_path: Path) -> None:
    item = items.create_item(people.petugas, sample_content())
    source = tmp_path / "a.txt"
    source.write_text("asli", encoding="utf-8")
    info = attachments.add_attachment(people.petugas, config, item.id, source)
    if config.sqlite_path is not None:
        (config.attachments_dir / info.stored_path).write_text("diubah", encoding="utf-8")
    else:
        _change_chunk(info.sha256, b"diubah")
    with pytest.raises(StorageError, match="SHA-256"):
        attachments.attachment_file(config, info, verify=True)
    target = tmp_path / "keluar.txt"
    target.write_text("milik pengguna", encoding="utf-8")
    with pytest.raises(StorageError, match="SHA-256"):
        attachments.export_attachment(config, info, target)
    assert target.read_text(encoding="utf-8") == "milik pengguna"  # not replaced by the damaged copy
    assert [p.name for p in tmp_path.glob("keluar*")] == ["keluar.txt"]


def _change_chunk(sha: str, data: bytes) -> None:
    """Damage a file stored in the database as someone editing the table would."""
    db = connection.current()
    db.execute_sql("UPDATE file_chunk SET data = {p} WHERE file_id = {p}".format(p=db.param), (data, sha))


def test_missing_source_and_locked_items(people: People, config: Config, tmp_path: Path) -> None:
    item = items.create_item(people.petugas, sample_content())
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        attachments.add_attachment(people.petugas, config, item.id, tmp_path / "tidak-ada.pdf")
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id, item.version)
    approval.reject_item(people.atasan, item.id, None, "Tetap terbuka")
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(InvalidState):
        attachments.add_attachment(people.petugas, config, item.id, source)
