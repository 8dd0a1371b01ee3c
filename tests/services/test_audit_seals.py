"""The audit trail anchored outside the database file (issue 10, section 1): the key's seal on every
event, the anchor beside the file, the verification code on every document. Someone who holds
the database file and rewrites the chain, rolls the file back, or swaps the key is named by
`audit verify`; a document's code says whether its moment is in this register's history."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli_export import _seed

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import seal
from dikecualikan_gui.domain import audit_chain, audit_seal
from dikecualikan_gui.errors import BackupError
from dikecualikan_gui.services import audit, auth, backup, items, setup

from factories import PASSWORD, sample_content
from test_cli import failed, ok, run


@pytest.fixture
def register(tmp_path: Path) -> Path:
    db = tmp_path / "dik.sqlite3"
    _seed(db, tmp_path)
    return db


def _verify(db: Path) -> str:
    """The report of a failing `audit verify` (stdout: one line per problem)."""
    result = run("audit", "verify", db=db)
    assert result.returncode == 1, result.stdout
    assert "TIDAK utuh" in result.stderr and "Traceback" not in result.stderr
    return result.stdout


def _rechain(db: Path, edit_id: int) -> None:
    """Edit one event, then recompute every hash after it and the stored head: what someone with
    the file and this program's source could do. Only the key's seals are beyond them."""
    con = sqlite3.connect(str(db))
    with con:
        con.execute("UPDATE audit_event SET actor = 'siluman' WHERE id = ?", (edit_id,))
        prev = audit_chain.GENESIS
        rows = con.execute(
            "SELECT id, at, actor_id, actor, action, item_id, item_nomor, details FROM audit_event ORDER BY id"
        ).fetchall()
        for event_id, at, actor_id, actor, action, item_id, nomor, details in rows:
            digest = audit_chain.event_hash(prev, event_id, at, actor_id, actor, action, item_id, nomor, details)
            con.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, event_id))
            prev = digest
        head = {"count": len(rows), "hash": prev, "last_id": rows[-1][0]}
        con.execute("UPDATE app_meta SET value = ? WHERE key = 'audit_head'", (json.dumps(head),))
    con.close()


def test_a_sealed_register_verifies_and_keeps_its_key_and_anchor_beside_it(register: Path) -> None:
    out = ok(run("audit", "verify", db=register))
    assert "Jejak audit utuh" in out
    key = seal.read_key_file(seal.key_path(register))
    assert key is not None and oct(seal.key_path(register).stat().st_mode & 0o777) == "0o600"
    anchor = audit_seal.load_anchor(seal.anchor_path(register).read_text(encoding="ascii"), key)
    con = sqlite3.connect(str(register))
    count, unsealed = con.execute("SELECT COUNT(*), SUM(mac IS NULL) FROM audit_event").fetchone()
    key_id = con.execute("SELECT value FROM app_meta WHERE key = 'audit_key_id'").fetchone()[0]
    con.close()
    assert anchor.count == count and unsealed == 0 and key_id == audit_seal.key_id(key)
    assert key.hex() not in register.read_bytes().decode("latin-1")  # the key is never in the file


def test_a_recomputed_chain_is_caught_by_the_seals(register: Path) -> None:
    _rechain(register, 3)
    report = _verify(register)
    assert "Segel" in report and "ditulis ulang" in report


def test_a_file_rolled_back_to_an_older_copy_is_caught_by_the_anchor(register: Path, tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite3"
    shutil.copyfile(register, old)
    config = Config(db=str(register), data_dir=tmp_path)
    setup.open_register(config)
    try:
        petugas = auth.authenticate("petugas", PASSWORD).as_actor()
        items.create_item(petugas, sample_content("Dibuat setelah salinan"))
    finally:
        setup.close_register()
    shutil.copyfile(old, register)  # the older copy, sealed with the same key
    assert "salinan lama" in _verify(register)
    seal.anchor_path(register).unlink()  # and the anchor that would tell
    assert "kepala jejak audit" in _verify(register)
    assert "kepala jejak audit" in _verify(register)  # opening does not make a new one over it


def test_an_edited_anchor_is_named(register: Path) -> None:
    path = seal.anchor_path(register)
    body = json.loads(path.read_text(encoding="ascii"))
    body["count"] -= 1
    path.write_text(json.dumps(body), encoding="ascii")
    assert "diubah di luar aplikasi" in _verify(register)


def test_a_replaced_or_missing_key_is_named(register: Path) -> None:
    seal.install_key(register, audit_seal.new_key())
    assert "bukan kunci register ini" in _verify(register)
    seal.key_path(register).unlink()
    assert "tidak ada atau tidak terbaca" in _verify(register)


def test_an_event_added_with_a_valid_hash_but_no_seal_is_named(register: Path) -> None:
    con = sqlite3.connect(str(register))
    with con:
        last_id, last_hash = con.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        at, details = "2026-11-29T10:00:00.000000Z", "{}"
        digest = audit_chain.event_hash(last_hash, last_id + 1, at, None, "admin", "login_berhasil", None, "", details)
        con.execute(
            "INSERT INTO audit_event (id, at, actor_id, actor, action, item_id, item_nomor, details, prev_hash, hash)"
            " VALUES (?, ?, NULL, 'admin', 'login_berhasil', NULL, '', ?, ?, ?)",
            (last_id + 1, at, details, last_hash, digest),
        )
        count = con.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]
        head = {"count": count, "hash": digest, "last_id": last_id + 1}
        con.execute("UPDATE app_meta SET value = ? WHERE key = 'audit_head'", (json.dumps(head),))
    con.close()
    assert "tanpa segel" in _verify(register)


def test_seals_made_with_another_key_and_its_fingerprint_are_named(register: Path) -> None:
    forged = audit_seal.new_key()
    con = sqlite3.connect(str(register))
    with con:
        for event_id, event_hash in con.execute("SELECT id, hash FROM audit_event").fetchall():
            con.execute(
                "UPDATE audit_event SET mac = ? WHERE id = ?", (audit_seal.event_mac(forged, event_hash), event_id)
            )
        con.execute("UPDATE app_meta SET value = ? WHERE key = 'audit_key_id'", (audit_seal.key_id(forged),))
    con.close()
    assert "bukan kunci register ini" in _verify(register)


def _code_of(pdf: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    marker = "Kode verifikasi "
    assert text.count(marker) == len(PdfReader(str(pdf)).pages)  # on every page
    return text.split(marker, 1)[1].split()[0]


@pytest.mark.parametrize(
    "args",
    [["usulan"], ["uji", "{y}/001"], ["penetapan", "800/25/PPID/2026"], ["riwayat", "{y}/002"], ["berita-acara"]],
    ids=lambda a: a[0],
)
def test_every_kind_of_document_carries_the_code_on_every_page(args: list[str], register: Path, tmp_path: Path) -> None:
    year = json.loads(ok(run("list", "--format", "json", db=register)))[0]["nomor"][:4]
    if args == ["berita-acara"]:
        args = ["berita-acara", json.loads(ok(run("list", "--format", "json", db=register)))[0]["sesi_uji"]]
    pdf = tmp_path / "dokumen.pdf"
    ok(run("export", *(a.format(y=year) for a in args), "--out", str(pdf), db=register))
    assert "cocok" in ok(run("audit", "verify", "--kode", _code_of(pdf), db=register))


def test_the_dik_code_is_recognised_and_a_rewritten_history_no_longer_knows_it(register: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "dik.pdf"
    ok(run("export", "dik", "--out", str(pdf), db=register))
    code = _code_of(pdf)
    out = ok(run("audit", "verify", "--kode", code, db=register))
    assert "cocok" in out and "id {i}".format(i=code.split("-")[0]) in out
    assert "cocok" in ok(run("audit", "verify", "--kode", " " + code.lower() + " ", db=register))
    event_id, seal_text = code.split("-", 1)
    wrong = "{i}-{s}".format(i=event_id, s="AAAA-AAAA" if seal_text != "AAAA-AAAA" else "BBBB-BBBB")
    assert "TIDAK ada dalam riwayat" in failed(run("audit", "verify", "--kode", wrong, db=register))
    assert "bukan kode verifikasi" in failed(run("audit", "verify", "--kode", "12AB", db=register))
    _rechain(register, 2)  # a history rewritten before the document's moment no longer knows its code
    assert "TIDAK ada dalam riwayat" in failed(run("audit", "verify", "--kode", code, db=register))


def test_a_backup_carries_the_key_and_a_restore_elsewhere_keeps_seals_and_codes(register: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "dik.pdf"
    ok(run("export", "dik", "--out", str(pdf), db=register))
    code = _code_of(pdf)
    archive = tmp_path / "cadangan.zip"
    ok(run("backup", "--out", str(archive), db=register))
    elsewhere = tmp_path / "pc-lain" / "dik.sqlite3"
    ok(run("restore", str(archive), db=elsewhere))
    assert seal.key_path(elsewhere).read_bytes() == seal.key_path(register).read_bytes()
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=elsewhere))
    assert "cocok" in ok(run("audit", "verify", "--kode", code, db=elsewhere))


def test_a_backup_whose_key_does_not_fit_its_database_is_refused(register: Path, tmp_path: Path) -> None:
    archive = tmp_path / "cadangan.zip"
    ok(run("backup", "--out", str(archive), db=register))
    forged = tmp_path / "palsu.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(forged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == backup.MANIFEST:
                manifest = json.loads(data)
                manifest["audit_key"] = audit_seal.new_key().hex()
                data = json.dumps(manifest).encode("utf-8")
            target.writestr(name, data)
    with pytest.raises(BackupError, match="tidak cocok"):
        backup.verify_backup(forged, tmp_path)
    assert "tidak cocok" in failed(run("restore", str(forged), db=register))
    assert "Jejak audit utuh" in ok(run("audit", "verify", db=register))


def test_the_quick_check_at_sign_in_notices_a_rollback_and_a_rewritten_chain(register: Path, tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite3"
    shutil.copyfile(register, old)
    config = Config(db=str(register), data_dir=tmp_path)
    setup.open_register(config)
    try:
        assert audit.quick_check() == []
        items.create_item(auth.authenticate("petugas", PASSWORD).as_actor(), sample_content("Sesudah salinan"))
    finally:
        setup.close_register()
    shutil.copyfile(old, register)
    setup.open_register(config)
    try:
        assert any("salinan lama" in p for p in audit.quick_check())
    finally:
        setup.close_register()
    _rechain(register, 2)
    setup.open_register(config)
    try:
        problems = audit.quick_check()
        assert any("Segel peristiwa" in p for p in problems), problems
    finally:
        setup.close_register()
