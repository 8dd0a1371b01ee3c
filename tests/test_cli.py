"""The command line end to end, in subprocesses, as automation uses it."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / ("dikecualikan.exe" if os.name == "nt" else "dikecualikan")

CSV = (
    "No;Informasi;Dasar Hukum Pengecualian;Konsekuensi Apabila Dibuka;Pertimbangan Apabila Ditutup;Jangka Waktu\n"
    "1;Biodata mahasiswa;Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008;Disalahgunakan;Privasi;Tidak terbatas\n"
    "2;Laporan Hasil Pemeriksaan;Pasal 17 UU 14/2008;Penyalahgunaan;Kebijakan;20 Tahun\n"
    "3;Dokumen penawaran lelang;Pasal 17 huruf j UU 14/2008 jo. UU 5/1999;Persaingan;Sehat;1 tahun\n"
)


def run(
    *args: str,
    stdin: str | None = None,
    db: Path | str | None = None,
    env: dict[str, str] | None = None,
    via: str = "main",
) -> subprocess.CompletedProcess[str]:
    command = {
        "main": [sys.executable, str(ROOT / "main.py")],
        "module": [sys.executable, "-m", "dikecualikan_gui"],
        "script": [str(SCRIPT)],
    }[via]
    full = [*command, *(["--db", str(db)] if db else []), *args]
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        full,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def failed(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    return result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path)


def make_db(tmp_path: Path) -> Path:
    """A register with an administrator and a petugas, made through the command line."""
    path = tmp_path / "cli.sqlite3"
    ok(run("init", db=path))
    ok(
        run(
            "user",
            "add",
            "admin",
            "--role",
            "admin",
            "--name",
            "Admin Dinas",
            "--password-stdin",
            stdin="rahasia-admin\n",
            db=path,
        )
    )
    ok(
        run(
            "user",
            "add",
            "petugas",
            "--role",
            "petugas",
            "--name",
            "Siti Petugas",
            "--nip",
            "198705122010012003",
            "--jabatan",
            "Pengelola Informasi",
            "--password-stdin",
            stdin="rahasia-petugas\n",
            db=path,
        )
    )
    return path


def test_init_is_idempotent_and_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "baru.sqlite3"
    assert "dibuat" in ok(run("init", db=path))
    assert "sudah siap" in ok(run("init", db=path))
    assert path.is_file()


def test_user_add_and_list(db: Path) -> None:
    out = ok(run("user", "list", db=db))
    assert "petugas" in out and "198705122010012003" in out and "Pengelola Informasi" in out
    err = failed(
        run("user", "add", "pendek", "--role", "petugas", "--name", "X", "--password-stdin", stdin="1234\n", db=db)
    )
    assert err.count("\n") == 1 and "8 karakter" in err
    err = failed(
        run(
            "user",
            "add",
            "petugas",
            "--role",
            "petugas",
            "--name",
            "Lagi",
            "--password-stdin",
            stdin="rahasia-lagi\n",
            db=db,
        )
    )
    assert "sudah dipakai" in err
    err = failed(run("user", "add", "tanpasandi", "--role", "petugas", "--name", "X", db=db))
    assert "--password-stdin" in err


@pytest.mark.parametrize(
    "args",
    [
        ["user", "add", "x", "--name", "X"],  # --role missing
        ["user", "add", "x", "--role", "raja", "--name", "X"],
        ["list", "--status", "selesai"],
        ["list", "--format", "xml"],
        ["terbang"],
        [],
    ],
)
def test_usage_errors_exit_2(db: Path, args: list[str]) -> None:
    if not args:  # no command at all would start the window; ask the parser directly instead
        args = ["user"]
    err = failed(run(*args, db=db), status=2)
    assert "kesalahan" in err and err.startswith("penggunaan: ")  # argparse's own words in Indonesian too
    for english in ("usage:", "error:", "required", "invalid choice", "unrecognized"):
        assert english not in err


def test_help_and_tables_speak_indonesian(db: Path) -> None:
    helped = ok(run("--help"))
    assert "tampilkan bantuan ini lalu keluar" in helped and "opsi:" in helped and "show " not in helped
    assert "argumen berikut wajib: --as" in failed(run("approve", "--nomor-penetapan", "P/1", db=db), status=2)
    assert ok(run("user", "list", db=db)).startswith("Nama pengguna")


def test_import_then_list_in_every_format(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    out = ok(run("import", str(source), "--as", "petugas", db=db))
    assert "3 baris diimpor" in out and "baris 3" in out

    data = json.loads(ok(run("list", "--format", "json", db=db)))
    assert [d["nomor"][-3:] for d in data] == ["001", "002", "003"]
    first = data[0]
    for key in (
        "nomor",
        "judul",
        "status",
        "pasal17",
        "uu_lain",
        "jangka_waktu",
        "berakhir",
        "disetujui_oleh",
        "nomor_penetapan",
    ):
        assert key in first
    assert first["pasal17"] == [{"huruf": "h", "angka": 5}]
    assert data[2]["pasal17"] == [{"huruf": "j", "angka": None}] and data[2]["uu_lain"] == ["UU 5/1999"]
    assert [d["berakhir"] for d in data] == [None] * 3
    assert [d["status"] for d in data] == ["draf", "draf", "draf"]  # a file is no consequence test
    assert [bool(d["kekurangan"]) for d in data] == [False, True, False]
    assert any("huruf" in k for k in data[1]["kekurangan"])
    assert [(d["sumber"], d["tanggal_uji"], d["sesi_uji"]) for d in data] == [
        ("dik.csv, baris {n}".format(n=n), None, None) for n in (2, 3, 4)
    ]

    drafts = json.loads(ok(run("list", "--status", "draf", "--format", "json", db=db)))
    assert [d["judul"] for d in drafts] == [
        "Biodata mahasiswa",
        "Laporan Hasil Pemeriksaan",
        "Dokumen penawaran lelang",
    ]
    assert json.loads(ok(run("list", "--status", "diuji", "--format", "json", db=db))) == []

    rows = list(csv.DictReader(io.StringIO(ok(run("list", "--format", "csv", db=db)))))
    assert rows[0]["dasar_hukum"].startswith("Pasal 17 huruf h angka 5")
    table = ok(run("list", db=db))
    assert "Biodata mahasiswa" in table and "3 usulan." in table


def test_import_with_bad_rows_lists_them_and_imports_nothing(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "buruk.csv"
    source.write_text("Judul;Dasar Hukum\nA;Pasal 17 huruf k\n;Pasal 17 huruf h angka 1\n", encoding="utf-8")
    err = failed(run("import", str(source), "--as", "petugas", db=db))
    assert "baris 2" in err and "baris 3" in err and "huruf k" in err
    assert json.loads(ok(run("list", "--format", "json", db=db))) == []


def test_import_as_someone_who_may_not(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    assert "tidak berwenang" in failed(run("import", str(source), "--as", "admin", db=db))
    assert "tidak ditemukan" in failed(run("import", str(source), "--as", "siapa", db=db))


def test_list_shows_who_approved_under_which_penetapan(db: Path, tmp_path: Path) -> None:
    from dikecualikan_gui.config import Config
    from dikecualikan_gui.domain.model import Role
    from dikecualikan_gui.services import approval, items, setup, users

    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    ok(run("import", str(source), "--as", "petugas", db=db))
    ok(
        run(
            "uji",
            "--all-complete",
            "--as",
            "petugas",
            "--tanggal",
            "2026-11-20",
            "--tempat",
            "Aula",
            "--peserta",
            "Siti;PPID;Sekretariat",
            db=db,
        )
    )
    setup.open_register(Config(db=str(db), data_dir=tmp_path))
    try:
        atasan = users.add_user(None, "atasan", "Kepala Dinas", Role.ATASAN, "rahasia-atasan").as_actor()
        approval.approve(atasan, [items.get_item_by_nomor(items.list_items()[0].nomor).id], "800/12/PPID/2026")
    finally:
        setup.close_register()
    data = json.loads(ok(run("list", "--status", "disetujui", "--format", "json", db=db)))
    assert [(d["disetujui_oleh"], d["nomor_penetapan"]) for d in data] == [("atasan", "800/12/PPID/2026")]


def test_backup_restore_and_audit_verify(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    ok(run("import", str(source), "--as", "petugas", db=db))
    archive = tmp_path / "cadangan.zip"
    assert "Cadangan ditulis" in ok(run("backup", "--out", str(archive), db=db))
    assert "utuh" in ok(run("audit", "verify", db=db))

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_event SET actor = 'penyusup' WHERE id = 3")
    result = run("audit", "verify", db=db)
    assert result.returncode == 1 and "posisi 3" in result.stdout and "TIDAK utuh" in result.stderr

    out = ok(run("restore", str(archive), db=db))
    assert "dipulihkan" in out
    assert "utuh" in ok(run("audit", "verify", db=db))
    assert len(json.loads(ok(run("list", "--format", "json", db=db)))) == 3

    bogus = tmp_path / "bukan.zip"
    bogus.write_text("x", encoding="utf-8")
    assert "zip" in failed(run("restore", str(bogus), db=db))


def test_database_from_environment_and_default_location(tmp_path: Path) -> None:
    chosen = tmp_path / "dari-env.sqlite3"
    ok(run("init", env={"DIKECUALIKAN_DB": str(chosen)}))
    assert chosen.is_file()
    home = tmp_path / "data-bawaan"
    ok(run("init", env={"DIKECUALIKAN_DATA": str(home)}))
    assert (home / "dikecualikan.sqlite3").is_file()


def test_unusable_databases_give_one_clear_line(tmp_path: Path) -> None:
    err = failed(run("list", db="postgresql://pengguna:rahasia@127.0.0.1:1/dik"))
    assert err.count("\n") == 1 and "rahasia" not in err
    err = failed(run("list", db="mongodb://127.0.0.1/dik"))
    assert "tidak dikenali" in err
    newer = tmp_path / "baru.sqlite3"
    ok(run("init", db=newer))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE app_meta SET value = '99' WHERE key = 'schema_version'")
    assert "lebih baru" in failed(run("list", db=newer))
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    assert "folder" in failed(run("list", db=folder))


@pytest.mark.parametrize("via", ["module", "script"])
def test_every_entry_point_runs_the_same_command_line(via: str, tmp_path: Path) -> None:
    assert "dikecualikan" in ok(run("--version", via=via))
    assert "dibuat" in ok(run("init", db=tmp_path / "x.sqlite3", via=via))


@pytest.mark.parametrize("args", [["list"], ["audit", "verify"], ["user", "list"], ["backup", "--out", "x.zip"]])
def test_a_mistyped_database_path_is_not_created(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "salah-ketik.sqlite3"
    assert "belum ada" in failed(run(*args, db=missing))
    assert not missing.exists()


def test_approve_from_the_command_line(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "dik.csv"
    source.write_text(CSV, encoding="utf-8")
    ok(run("import", str(source), "--as", "petugas", db=db))
    ok(
        run(
            "uji",
            "--all-complete",
            "--as",
            "petugas",
            "--tanggal",
            "2026-11-18",
            "--tempat",
            "Aula",
            "--peserta",
            "Siti;PPID;Sekretariat",
            db=db,
        )
    )
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
    year = json.loads(ok(run("list", "--format", "json", db=db)))[0]["nomor"][:4]

    err = failed(
        run(
            "approve",
            year + "/001",
            "--as",
            "kadis",
            "--password-stdin",
            "--nomor-penetapan",
            "P/1",
            stdin="salah-sandi\n",
            db=db,
        )
    )
    assert "kata sandi salah" in err
    err = failed(
        run(
            "approve",
            year + "/001",
            "--as",
            "petugas",
            "--password-stdin",
            "--nomor-penetapan",
            "P/1",
            stdin="rahasia-petugas\n",
            db=db,
        )
    )
    assert "Atasan PPID" in err
    err = failed(
        run(
            "approve",
            year + "/002",
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
    assert failed(run("approve", "--as", "kadis", "--nomor-penetapan", "P/1", db=db), status=2)

    out = ok(
        run(
            "approve",
            "--all-ready",
            "--as",
            "kadis",
            "--password-stdin",
            "--nomor-penetapan",
            "800/7/PPID/2026",
            "--tanggal",
            "2026-11-20",
            "--tempat",
            "Pontianak",
            stdin="rahasia-kadis\n",
            db=db,
        )
    )
    assert "2 usulan disetujui" in out
    approved = json.loads(ok(run("list", "--status", "disetujui", "--format", "json", db=db)))
    assert [(d["disetujui_oleh"], d["nomor_penetapan"], d["tanggal_penetapan"]) for d in approved] == [
        ("kadis", "800/7/PPID/2026", "2026-11-20")
    ] * 2
    assert "utuh" in ok(run("audit", "verify", db=db))
    with sqlite3.connect(db) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_event ORDER BY id")]
    assert actions.count("login_gagal") == 1 and actions.count("persetujuan_ditolak") == 1
