"""``dikecualikan export``: every document to PDF on the chosen paper, issued ones archived, clear
errors, and the DIK as CSV and XLSX that import back into another register."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import Ground, JangkaWaktuKind, Paper, Role, Signatory, Signer
from dikecualikan_gui.services import approval, items, profile, setup, users
from dikecualikan_gui.services.documents import DIK_COLUMNS

from factories import PASSWORD, sample_content, sample_profile, sample_test, submitted
from test_cli import failed, ok, run

PENETAPAN = "800/25/PPID/2026"
#: Text that a CSV or a spreadsheet could mangle: separators, quotes, line breaks, non-Latin letters.
TESTS = [
    dict(
        grounds=(Ground("h", 2),),
        alasan="Rahasia pribadi",
        konsekuensi='Mengungkap data; "rekam" medis',
        pertimbangan="Melindungi hak, privasi\nbaris kedua",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=5),
    ),
    dict(
        grounds=(Ground("b", None), Ground("i", None)),
        alasan="Menghambat penegakan hukum",
        uu_lain=("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",),
        konsekuensi="Ελληνικά, 中文 — “kutip”",
        pertimbangan="Kepentingan umum lebih besar",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=3),
    ),  # huruf b is never unlimited
    dict(
        grounds=(Ground("j", None),),
        alasan="Belum boleh diungkap",
        uu_lain=("Undang-Undang Nomor 5 Tahun 1999 tentang Larangan Praktek Monopoli",),
        konsekuensi="Persaingan usaha tidak sehat",
        pertimbangan="=1+1 bukan rumus: menjaga proses lelang",
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2030, 12, 31)),
    ),
]


def _seed(db: Path, data: Path) -> list[str]:
    """A register with a profile, three approved items and one draft; returns the approved nomor."""
    setup.open_register(Config(db=str(db), data_dir=data))
    try:
        admin = users.add_user(None, "admin", "Admin Dinas", Role.ADMIN, PASSWORD).as_actor()
        petugas = users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD).as_actor()
        atasan = users.add_user(None, "atasan", "Kepala Dinas", Role.ATASAN, PASSWORD).as_actor()
        profile.update_profile(admin, sample_profile())
        ids = [
            submitted(petugas, sample_content("Informasi nomor {n} yang dikecualikan".format(n=n)), sample_test(**test))
            for n, test in enumerate(TESTS)
        ]
        approval.approve(atasan, ids, PENETAPAN, tanggal=date(2026, 11, 25), tempat="Pontianak")
        items.create_item(petugas, sample_content("Usulan yang masih draf"))
        return [items.get_item(i).nomor for i in ids]
    finally:
        setup.close_register()


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, list[str]]:
    db = tmp_path / "dik.sqlite3"
    return db, _seed(db, tmp_path)


def _pdf_text(path: Path) -> tuple[str, list[tuple[float, float]]]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data))
    return (
        " ".join(" ".join(p.extract_text() for p in reader.pages).split()),
        [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages],
    )


def _documents(db: Path) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT jenis, referensi, sha256, ukuran FROM document ORDER BY id"))


def test_every_document_exports_to_pdf_and_the_issued_ones_are_archived(
    register: tuple[Path, list[str]], tmp_path: Path, isolated_data_dir: Path
) -> None:
    db, nomor = register
    expected = {
        "dik": (
            ["dik"],
            [
                "DAFTAR INFORMASI YANG DIKECUALIKAN",
                "Informasi nomor 2 yang dikecualikan",
                "Pasal 17 huruf h angka 2",
                "5 (lima) tahun",
            ],
        ),
        "usulan": (["usulan"], ["DAFTAR INFORMASI YANG AKAN DIKECUALIKAN", "Usulan yang masih draf"]),
        "uji": (["uji", nomor[0]], ["LEMBAR PENGUJIAN KONSEKUENSI", "Nomor Usulan " + nomor[0], "Rahasia pribadi"]),
        "penetapan": (
            ["penetapan", PENETAPAN],
            ["KEPUTUSAN KEPALA DINAS", "NOMOR " + PENETAPAN, "MEMUTUSKAN", "Informasi nomor 1 yang dikecualikan"],
        ),
        "riwayat": (  # people by their full names, not usernames (issue 11, point 12)
            ["riwayat", nomor[1]],
            ["RIWAYAT", "Nomor Usulan " + nomor[1], PENETAPAN, "Siti Petugas", "Kepala Dinas"],
        ),
    }
    for kind, (args, phrases) in expected.items():
        target = tmp_path / "keluar" / (kind + ".pdf")
        out = ok(run("export", *args, "--out", str(target), db=db))
        text, _ = _pdf_text(target)
        for phrase in phrases:
            assert phrase in text, (kind, phrase)
        assert str(target) in out and ("diarsipkan" in out) == (kind in ("dik", "uji", "penetapan"))
        assert not list(target.parent.glob("*.sebagian"))

    archived = _documents(db)
    assert [(jenis, referensi) for jenis, referensi, _, _ in archived] == [
        ("dik", ""),
        ("uji", nomor[0]),
        ("penetapan", PENETAPAN),
    ]
    for jenis, _, sha, size in archived:
        printed = (tmp_path / "keluar" / (jenis + ".pdf")).read_bytes()
        assert hashlib.sha256(printed).hexdigest() == sha and len(printed) == size
        copies = list((isolated_data_dir / "arsip").glob("*/" + sha + ".pdf"))  # arsip/<year of issue>/
        assert len(copies) == 1 and copies[0].read_bytes() == printed


def test_the_paper_option(register: tuple[Path, list[str]], tmp_path: Path) -> None:
    db, nomor = register
    f4, a4 = tmp_path / "f4.pdf", tmp_path / "a4.pdf"
    ok(run("export", "dik", "--paper", "F4", "--out", str(f4), db=db))
    ok(run("export", "uji", nomor[0], "--paper", "A4", "--out", str(a4), db=db))
    assert _pdf_text(f4)[1][0] == pytest.approx((935.43, 609.45), abs=0.01)  # landscape F4
    assert _pdf_text(a4)[1][0] == pytest.approx((595.28, 841.89), abs=0.01)
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT paper FROM document ORDER BY id")] == ["F4", "A4"]
    failed(run("export", "dik", "--paper", "Letter", "--out", str(f4), db=db), status=2)


@pytest.mark.parametrize(
    "args,missing",
    [
        (["uji", "2099/999"], "2099/999"),
        (["riwayat", "2099/999"], "2099/999"),
        (["penetapan", "TIDAK/ADA/2026"], "TIDAK/ADA/2026"),
    ],
)
def test_an_unknown_nomor_is_one_clear_line(
    register: tuple[Path, list[str]], tmp_path: Path, args: list[str], missing: str
) -> None:
    db, _ = register
    target = tmp_path / "tidak.pdf"
    err = failed(run("export", *args, "--out", str(target), db=db))
    assert err.count("\n") == 1 and missing in err and "tidak ditemukan" in err
    assert not target.exists() and _documents(db) == []


def test_an_unwritable_target_is_one_clear_line(register: tuple[Path, list[str]], tmp_path: Path) -> None:
    db, _ = register
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    err = failed(run("export", "dik", "--out", str(blocker / "dik.pdf"), db=db))
    assert err.count("\n") == 1 and "tidak dapat ditulis" in err
    assert _documents(db) == []  # nothing issued when nothing was written


def test_a_register_without_tests_has_no_lembar_uji(register: tuple[Path, list[str]], tmp_path: Path) -> None:
    db, _ = register
    draft = json.loads(ok(run("list", "--status", "draf", "--format", "json", db=db)))[0]["nomor"]
    err = failed(run("export", "uji", draft, "--out", str(tmp_path / "u.pdf"), db=db))
    assert "belum memiliki uji konsekuensi" in err


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_dik_exports_and_imports_back_into_another_register(
    register: tuple[Path, list[str]], tmp_path: Path, fmt: str
) -> None:
    db, nomor = register
    target = tmp_path / ("dik." + fmt)
    ok(run("export", "dik", "--format", fmt, "--out", str(target), db=db))
    assert _documents(db) == []  # the data exports are not issued documents

    if fmt == "csv":
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
        # a formula-like cell is neutralised for Excel (OWASP) and comes back exactly on import
        assert "'=1+1 bukan rumus: menjaga proses lelang" in target.read_text(encoding="utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(target).active
        values = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
        assert tuple(values[0]) == DIK_COLUMNS and len(values) == 1 + len(nomor)
        assert [row[1] for row in values[1:]] == nomor and values[1][9] == PENETAPAN
        assert values[1][6] == "Melindungi hak, privasi\nbaris kedua"
        formula_like = sheet.cell(row=4, column=DIK_COLUMNS.index("Pertimbangan Apabila Ditutup") + 1)
        assert (formula_like.value, formula_like.data_type) == ("=1+1 bukan rumus: menjaga proses lelang", "s")

    fresh = tmp_path / "baru.sqlite3"
    ok(run("init", db=fresh))
    ok(
        run(
            "user",
            "add",
            "petugas",
            "--role",
            "petugas",
            "--name",
            "Petugas Baru",
            "--password-stdin",
            stdin="rahasia-petugas\n",
            db=fresh,
        )
    )
    assert "3 baris diimpor" in ok(run("import", str(target), "--as", "petugas", db=fresh))

    before = {r["judul"]: r for r in json.loads(ok(run("list", "--status", "disetujui", "--format", "json", db=db)))}
    after = json.loads(ok(run("list", "--format", "json", db=fresh)))
    assert sorted(r["judul"] for r in after) == sorted(before)
    for row in after:
        original = before[row["judul"]]
        for key in ("pasal17", "uu_lain", "alasan", "konsekuensi", "pertimbangan", "jangka_waktu"):
            assert row[key] == original[key], key
        # a draft: the new register holds its own consequence test before approving (Pasal 19), never by import
        assert row["status"] == "draf"
    legal = format_legal_basis(
        [Ground("b", None), Ground("i", None)], ["Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"]
    )
    assert any(
        format_legal_basis([Ground(g["huruf"], g["angka"]) for g in r["pasal17"]], r["uu_lain"]) == legal for r in after
    )


# --- issue 8: issued documents are frozen ----------------------------------------------------------


def _change_profile(db: Path, data: Path) -> None:
    """A new PPID and pangkat, the PPID as signer, A4 paper: what an office changes between two prints."""
    setup.open_register(Config(db=str(db), data_dir=data))
    try:
        admin = users.get_by_username("admin").as_actor()
        now = profile.get_profile()
        profile.update_profile(
            admin,
            dataclasses.replace(
                now,
                ppid=Signatory("Yusuf Ramadhan, S.H.", "198001012005011001", "Sekretaris Dinas", "Pembina Tk. I"),
                atasan=dataclasses.replace(now.atasan, pangkat="Pembina Utama Madya"),
                print_settings=dataclasses.replace(
                    now.print_settings, penetapan_signer=Signer.PPID, paper=Paper.A4, tembusan=("Inspektur Provinsi",)
                ),
            ),
        )
    finally:
        setup.close_register()


def _keyed(db: Path, kunci: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT jenis, sha256 FROM document WHERE kunci = ?", (kunci,)))


@pytest.mark.parametrize("kind,ref", [("penetapan", PENETAPAN), ("berita-acara", "UK-2026-001"), ("uji", None)])
def test_an_issued_document_exports_the_same_bytes_after_a_profile_change(
    register: tuple[Path, list[str]], tmp_path: Path, kind: str, ref: str | None
) -> None:
    db, nomor = register
    reference = ref or nomor[0]
    first, second = tmp_path / "pertama.pdf", tmp_path / "kedua.pdf"
    out = ok(run("export", kind, reference, "--out", str(first), db=db))
    assert "diterbitkan dan diarsipkan" in out
    _change_profile(db, tmp_path)
    out = ok(run("export", kind, reference, "--paper", "A4", "--out", str(second), db=db))
    assert "salinan arsip yang diterbitkan" in out and "--paper A4 diabaikan" in out
    assert second.read_bytes() == first.read_bytes()
    kunci = {"penetapan": "penetapan:" + reference, "berita-acara": "berita-acara:" + reference}.get(kind)
    rows = _documents(db)
    assert len(rows) == 1 and rows[0][2] == hashlib.sha256(first.read_bytes()).hexdigest()
    if kunci:
        assert len(_keyed(db, kunci)) == 1
    if kind == "berita-acara":
        text, sizes = _pdf_text(first)
        assert "BERITA ACARA PENGUJIAN KONSEKUENSI" in text and "Nomor: UK-2026-001" in text and nomor[0] in text
        assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]  # body portrait, lampiran landscape


def test_an_archived_copy_that_changed_is_one_clear_line(
    register: tuple[Path, list[str]], tmp_path: Path, isolated_data_dir: Path
) -> None:
    db, _ = register
    ok(run("export", "penetapan", PENETAPAN, "--out", str(tmp_path / "k.pdf"), db=db))
    [copy] = list((isolated_data_dir / "arsip").glob("*/*.pdf"))
    copy.write_bytes(b"%PDF-1.4 diubah")
    target = tmp_path / "lagi.pdf"
    err = failed(run("export", "penetapan", PENETAPAN, "--out", str(target), db=db))
    assert err.count("\n") == 1 and "SHA-256 tidak cocok" in err and "Pulihkan" in err and not target.exists()


def test_a_draft_lembar_uji_exports_as_a_draft_and_is_not_archived(
    register: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, _ = register
    setup.open_register(Config(db=str(db), data_dir=tmp_path))
    try:
        petugas = users.get_by_username("petugas").as_actor()
        item = items.create_item(petugas, sample_content("Notulen rapat pimpinan"))
        items.save(petugas, item.id, item.version, test=sample_test())
    finally:
        setup.close_register()
    target = tmp_path / "draf.pdf"
    out = ok(run("export", "uji", item.nomor, "--out", str(target), db=db))
    assert "draf" in out and "diarsipkan" not in out and _documents(db) == []
    text, _ = _pdf_text(target)
    assert "DRAF — belum diuji" in text and "[X]" not in text and "Menyetujui" not in text


def test_an_unknown_session_is_one_clear_line(register: tuple[Path, list[str]], tmp_path: Path) -> None:
    db, _ = register
    err = failed(run("export", "berita-acara", "UK-2099-999", "--out", str(tmp_path / "x.pdf"), db=db))
    assert err.count("\n") == 1 and "UK-2099-999" in err and "tidak ditemukan" in err
