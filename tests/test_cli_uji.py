"""`dikecualikan uji`: one consequence-test session over many items, as automation records it;
`approve --tanggal` before a test; `profile show/set`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_cli import CSV, failed, make_db, ok, run

PESERTA = (
    "--tempat",
    "Ruang Rapat Dinas",
    "--peserta",
    "Siti Aminah;Petugas PPID;Sekretariat",
    "--peserta",
    "Budi Santoso;Kepala Bidang;Bidang UKM",
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path)


def _imported(db: Path, tmp_path: Path) -> str:
    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    ok(run("import", str(source), "--as", "petugas", db=db))
    return json.loads(ok(run("list", "--format", "json", db=db)))[0]["nomor"][:4]


def test_a_session_over_named_items_is_all_or_nothing(db: Path, tmp_path: Path) -> None:
    year = _imported(db, tmp_path)
    err = failed(
        run("uji", year + "/001", year + "/002", "--as", "petugas", "--tanggal", "2026-11-20", *PESERTA, db=db)
    )
    assert year + "/002" in err and "huruf" in err  # names the item and what it lacks
    assert {d["status"] for d in json.loads(ok(run("list", "--format", "json", db=db)))} == {"draf"}

    out = ok(
        run(
            "uji",
            year + "/001",
            year + "/003",
            "--as",
            "petugas",
            "--tanggal",
            "2026-11-20",
            "--tempat",
            "Ruang Rapat Dinas",
            "--waktu",
            "09.00 WIB",
            *PESERTA,
            db=db,
        )
    )
    sesi = out.splitlines()[0]
    assert sesi == "UK-2026-001"
    data = {d["nomor"][-3:]: d for d in json.loads(ok(run("list", "--format", "json", db=db)))}
    assert [(data[n]["status"], data[n]["sesi_uji"], data[n]["tanggal_uji"]) for n in ("001", "002", "003")] == [
        ("diuji", sesi, "2026-11-20"),
        ("draf", None, None),
        ("diuji", sesi, "2026-11-20"),
    ]


def test_all_complete_names_the_incomplete_on_stderr(db: Path, tmp_path: Path) -> None:
    year = _imported(db, tmp_path)
    result = run("uji", "--all-complete", "--as", "petugas", "--tanggal", "2026-11-21", *PESERTA, db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "UK-2026-001"
    assert year + "/002" in result.stderr and "belum lengkap" in result.stderr
    statuses = [d["status"] for d in json.loads(ok(run("list", "--format", "json", db=db)))]
    assert statuses == ["diuji", "draf", "diuji"]
    # nothing complete is left: a second call says so
    assert "Tidak ada draf" in failed(
        run("uji", "--all-complete", "--as", "petugas", "--tanggal", "2026-11-21", *PESERTA, db=db)
    )


def test_uji_refuses_a_future_date_a_non_petugas_and_bad_participants(db: Path, tmp_path: Path) -> None:
    year = _imported(db, tmp_path)
    assert "belum tiba" in failed(
        run("uji", year + "/001", "--as", "petugas", "--tanggal", "2099-01-01", *PESERTA, db=db)
    )
    assert "Petugas PPID" in failed(
        run("uji", year + "/001", "--as", "admin", "--tanggal", "2026-11-20", *PESERTA, db=db)
    )
    assert "NAMA;JABATAN;UNIT" in failed(
        run("uji", year + "/001", "--as", "petugas", "--tanggal", "2026-11-20", "--peserta", ";tanpa nama", db=db)
    )
    assert "tidak terbaca" in failed(
        run("uji", year + "/001", "--as", "petugas", "--tanggal", "20-11-2026", *PESERTA, db=db)
    )
    failed(run("uji", year + "/001", "--as", "petugas", "--tanggal", "2026-11-20", db=db), status=2)  # no --peserta
    assert "tempat" in failed(
        run("uji", year + "/001", "--as", "petugas", "--tanggal", "2026-11-20", *PESERTA, "--tempat", " ", db=db)
    )  # the profile has no city either
    assert {d["status"] for d in json.loads(ok(run("list", "--format", "json", db=db)))} == {"draf"}


def test_approve_before_the_test_date_is_refused(db: Path, tmp_path: Path) -> None:
    year = _imported(db, tmp_path)
    ok(run("uji", year + "/001", "--as", "petugas", "--tanggal", "2026-11-20", *PESERTA, db=db))
    ok(
        run(
            "user",
            "add",
            "kadis",
            "--role",
            "atasan",
            "--name",
            "Kepala Dinas",
            "--password-stdin",
            stdin="rahasia-kadis\n",
            db=db,
        )
    )
    err = failed(
        run(
            "approve",
            year + "/001",
            "--as",
            "kadis",
            "--password-stdin",
            "--nomor-penetapan",
            "P/1",
            "--tanggal",
            "2026-11-18",
            stdin="rahasia-kadis\n",
            db=db,
        )
    )
    assert "mendahului" in err and year + "/001 diuji 2026-11-20" in err
    assert json.loads(ok(run("list", "--status", "disetujui", "--format", "json", db=db))) == []
    # an untested draft cannot be approved at all
    err = failed(
        run(
            "approve",
            year + "/003",
            "--as",
            "kadis",
            "--password-stdin",
            "--nomor-penetapan",
            "P/1",
            stdin="rahasia-kadis\n",
            db=db,
        )
    )
    assert "draf" in err
    out = ok(
        run(
            "approve",
            year + "/001",
            "--as",
            "kadis",
            "--password-stdin",
            "--nomor-penetapan",
            "P/1",
            "--tanggal",
            "2026-11-20",
            stdin="rahasia-kadis\n",
            db=db,
        )
    )
    assert "1 usulan disetujui" in out


def test_profile_show_and_set(db: Path) -> None:
    shown = json.loads(ok(run("profile", "show", db=db)))
    assert {"nama_badan_publik", "kota", "ppid", "atasan", "pencetakan"} <= set(shown)
    assert set(shown["ppid"]) == {"nama", "nip", "jabatan", "pangkat"}
    ok(
        run(
            "profile",
            "set",
            "nama_badan_publik=Dinas Koperasi dan UKM",
            "ppid.nama=Rina Wulandari, S.Sos.",
            "ppid.pangkat=Pembina",
            "ppid.nip=198705122010012003",
            "atasan.nama=Drs. Ahmad Fauzi",
            "kota=Pontianak",
            "pencetakan.paper=A4",
            "pencetakan.margins_cm=2 2 2,5 3",
            "pencetakan.tembusan=Gubernur Kalimantan Barat;Inspektorat",
            "--as",
            "admin",
            db=db,
        )
    )
    shown = json.loads(ok(run("profile", "show", db=db)))
    assert shown["ppid"]["nama"] == "Rina Wulandari, S.Sos." and shown["ppid"]["pangkat"] == "Pembina"
    assert shown["atasan"]["nama"] == "Drs. Ahmad Fauzi" and shown["kota"] == "Pontianak"
    assert shown["pencetakan"]["paper"] == "A4" and shown["pencetakan"]["margins_cm"] == [2, 2, 2.5, 3]
    assert shown["pencetakan"]["tembusan"] == ["Gubernur Kalimantan Barat", "Inspektorat"]
    before = ok(run("profile", "show", db=db))
    assert "tidak dikenal" in failed(run("profile", "set", "warna=merah", "--as", "admin", db=db))
    assert "F4 atau A4" in failed(run("profile", "set", "pencetakan.paper=B5", "--as", "admin", db=db))
    assert "ya atau tidak" in failed(
        run("profile", "set", "pencetakan.show_nomor_usulan=mungkin", "--as", "admin", db=db)
    )
    assert "NIP" in failed(run("profile", "set", "ppid.nip=12", "--as", "admin", db=db))
    assert "Administrator" in failed(run("profile", "set", "kota=Sambas", "--as", "petugas", db=db))
    assert "bukan KEY=VALUE" in failed(run("profile", "set", "kota", "--as", "admin", db=db))
    assert ok(run("profile", "show", db=db)) == before  # nothing half-changed
