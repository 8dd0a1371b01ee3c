"""Attachments are copied into the data folder, hashed, listed, and removed without loss."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.errors import InvalidState, StorageError, ValidationError
from dikecualikan_gui.services import approval, attachments, items

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
    assert stored.is_relative_to(config.attachments_dir)
    source.unlink()  # the copy does not depend on the original
    assert stored.read_bytes() == b"isi nota dinas" * 1000
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
    assert (config.attachments_dir / info.stored_path).is_file()
    event = items.history(item.id)[-1]
    assert event.action is AuditAction.ATTACHMENT_REMOVED and event.details["sha256"] == info.sha256


def test_a_changed_stored_file_is_detected(people: People, config: Config, tmp_path: Path) -> None:
    item = items.create_item(people.petugas, sample_content())
    source = tmp_path / "a.txt"
    source.write_text("asli", encoding="utf-8")
    info = attachments.add_attachment(people.petugas, config, item.id, source)
    (config.attachments_dir / info.stored_path).write_text("diubah", encoding="utf-8")
    with pytest.raises(StorageError, match="SHA-256"):
        attachments.attachment_file(config, info, verify=True)


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
