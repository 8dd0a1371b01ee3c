"""db/item_batch reads several items in full at once: every record equals the one queries.get_item
reads (the sign-off dialog shows, and the atasan reads, what the batch read returns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, item_batch, queries
from dikecualikan_gui.domain.model import Ground, Participant
from dikecualikan_gui.services import approval, attachments, importer, items, sessions, signoff

from conftest import People
from factories import sample_content, sample_test


def test_a_batch_reads_the_same_records_as_one_by_one(people: People, config: Config, tmp_path: Path) -> None:
    draft = items.create_item(people.petugas, sample_content("Draf tanpa uji")).id
    plain = items.create_item(people.petugas, sample_content("Uji belum diadakan"))
    plain_id = items.record_test(people.petugas, plain.id, plain.version, sample_test(tanggal=None)).id
    rich = items.create_item(people.petugas, sample_content("Banyak dasar"))
    rich_test = sample_test(
        grounds=(Ground("h", 2), Ground("h", 5), Ground("b", None)),
        uu_lain=("UU Nomor 43 Tahun 2009 tentang Kearsipan", "UU Nomor 27 Tahun 2022"),
        peserta=tuple(Participant("Peserta {n}".format(n=n), "Jabatan", "Unit") for n in range(4)),
    )
    rich = items.record_test(people.petugas, rich.id, rich.version, rich_test)
    rich_id = items.submit(people.petugas, rich.id, rich.version).item.id
    approved = items.create_item(people.petugas, sample_content("Disetujui"))
    approved = items.record_test(people.petugas, approved.id, approved.version, sample_test())
    approved_id = items.submit(people.petugas, approved.id, approved.version).item.id
    approval.approve(people.atasan, [approved_id], "PEN/BATCH/1")
    returned = items.create_item(people.petugas, sample_content("Dikembalikan lalu diuji ulang"))
    returned = items.record_test(people.petugas, returned.id, returned.version, sample_test())
    returned_id = items.submit(people.petugas, returned.id, returned.version).item.id
    approval.return_item(people.atasan, returned_id, None, "Perbaiki")
    again = items.get_item(returned_id)
    again = items.record_test(people.petugas, again.id, again.version, sample_test(alasan="Alasan baru"))
    items.submit(people.petugas, again.id, again.version)
    source = tmp_path / "usulan.csv"
    source.write_text(
        "No;Informasi;Dasar Hukum Pengecualian;Jangka Waktu\n1;Data nasabah;Psl 17 hrf h angka 5 UU KIP;5 tahun\n",
        encoding="utf-8",
    )
    importer.import_file(people.petugas, source)
    imported = [d.id for d in sessions.complete_drafts() if d.content.judul == "Data nasabah"]

    kept = tmp_path / "surat.pdf"
    kept.write_bytes(b"%PDF-1.4 surat")
    gone = tmp_path / "salah.pdf"
    gone.write_bytes(b"%PDF-1.4 salah")
    attachments.add_attachment(people.petugas, config, draft, kept)
    attachments.remove_attachment(people.petugas, attachments.add_attachment(people.petugas, config, draft, gone).id)
    attachments.add_attachment(people.petugas, config, plain_id, kept, name="lampiran-kedua.pdf")

    ids = [draft, plain_id, rich_id, approved_id, returned_id, *imported, 999_999]
    files = item_batch.attachments_of_items(ids)
    assert [f.nama for f in files[draft]] == ["surat.pdf"] and files[rich_id] == []
    for item_id in ids:
        assert files[item_id] == queries.attachments_of(item_id), item_id
    batch = item_batch.get_items(ids)
    assert sorted(batch) == sorted(i for i in ids if i != 999_999)  # a missing id is simply absent
    for item_id in batch:
        assert batch[item_id] == queries.get_item(item_id), item_id
    assert batch[rich_id].test is not None and len(batch[rich_id].test.content.grounds) == 3
    assert batch[returned_id].test is not None and batch[returned_id].test.content.alasan == "Alasan baru"
    assert batch[approved_id].last_decision is not None
    assert batch[approved_id].last_decision.nomor_penetapan == "PEN/BATCH/1"
    assert [r.id for r in signoff.read_items([approved_id, draft, 999_999, draft])] == [approved_id, draft]


def test_a_batch_of_fifty_takes_a_handful_of_statements(people: People) -> None:
    ids = []
    for n in range(50):
        item = items.create_item(people.petugas, sample_content("Usulan {n}".format(n=n)))
        item = items.record_test(people.petugas, item.id, item.version, sample_test())
        ids.append(items.submit(people.petugas, item.id, item.version).item.id)
    if not connection.is_sqlite():
        pytest.skip("statements are counted through SQLite's trace callback")
    statements: list[str] = []
    raw = connection.current().connection()
    raw.set_trace_callback(statements.append)
    try:
        batch = item_batch.get_items(ids)
    finally:
        raw.set_trace_callback(None)
    assert len(batch) == 50
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 7
