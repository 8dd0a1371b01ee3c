"""The command line: ``dikecualikan [--db PATH_OR_URL] COMMAND ...`` (calls services only).

Errors print one clear line on stderr and exit with status 1; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from dikecualikan_gui import (
    __version__,
    cli_audit,
    cli_backup,
    cli_export,
    cli_migrate,
    cli_output,
    cli_records,
    cli_words,
    config,
    paths,
)
from dikecualikan_gui.domain.legal_basis import format_grounds, format_legal_basis
from dikecualikan_gui.domain.model import ItemRow, Role, RowFilter, Status, UserInfo
from dikecualikan_gui.errors import AppError, ImportRejected
from dikecualikan_gui.services import (
    approval,
    importer,
    items,
    setup,
    users,
)
from dikecualikan_gui.services.common import utcnow

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

LIST_COLUMNS = (
    "nomor",
    "judul",
    "ringkasan",
    "unit_pengusul",
    "status",
    "dasar_hukum",
    "alasan",
    "konsekuensi",
    "pertimbangan",
    "kesimpulan",
    "jangka_waktu",
    "berakhir",
    "disetujui_oleh",
    "nomor_penetapan",
    "tanggal_penetapan",
)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, "{p}: kesalahan: {m}\n".format(p=self.prog, m=message))


def build_parser() -> argparse.ArgumentParser:
    cli_words.install()
    db_help = "berkas SQLite atau URL basis data (postgresql://...); bawaan: $DIKECUALIKAN_DB atau " + str(
        paths.default_db_path()
    )
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)

    parser = _Parser(
        prog="dikecualikan",
        parents=[common],
        description="Daftar Informasi yang Dikecualikan (UU 14/2008): baris perintah. "
        "Tanpa argumen, python main.py membuka aplikasi.",
    )
    parser.add_argument(
        "--version", action="version", version="%(prog)s " + __version__, help="tampilkan versi program lalu keluar"
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    sub.required = True

    sub.add_parser("init", parents=[common], help="membuat atau memperbarui basis data (aman diulang)")

    user = sub.add_parser("user", parents=[common], help="mengelola pengguna")
    user_sub = user.add_subparsers(dest="user_command", metavar="TINDAKAN", parser_class=_Parser)
    user_sub.required = True
    add = user_sub.add_parser("add", parents=[common], help="menambah pengguna")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", required=True, metavar="NAMA", help="nama lengkap")
    add.add_argument("--nip", default="", help="NIP 18 angka")
    add.add_argument("--jabatan", default="", metavar="J")
    add.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari baris pertama stdin")
    user_sub.add_parser("list", parents=[common], help="daftar pengguna")

    imp = sub.add_parser("import", parents=[common], help="mengimpor daftar dari CSV atau XLSX")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--as",
        dest="as_user",
        required=True,
        metavar="USERNAME",
        help="petugas yang tercatat sebagai pengusul dan pencatat uji",
    )

    lst = sub.add_parser("list", parents=[common], help="daftar usulan dan informasi yang dikecualikan")
    lst.add_argument("--status", choices=[s.value for s in Status])
    lst.add_argument("--format", choices=("table", "csv", "json"), default="table")

    app = sub.add_parser(
        "approve", parents=[common], help="menyetujui dan menetapkan usulan yang menunggu persetujuan (atasan)"
    )
    which = app.add_mutually_exclusive_group(required=True)
    which.add_argument("nomor", metavar="NOMOR", nargs="*", default=[], help="nomor usulan, mis. 2026/001")
    which.add_argument("--all-ready", action="store_true", help="semua usulan yang menunggu persetujuan (diuji)")
    app.add_argument("--as", dest="as_user", required=True, metavar="USERNAME", help="atasan yang menyetujui")
    app.add_argument("--password-stdin", action="store_true", help="baca kata sandi atasan dari stdin")
    app.add_argument("--nomor-penetapan", required=True, metavar="TEXT")
    app.add_argument("--tanggal", metavar="YYYY-MM-DD", help="tanggal penetapan (bawaan: hari ini)")
    app.add_argument("--tempat", metavar="KOTA", help="tempat penetapan (bawaan: kota di profil)")

    cli_export.add_parser(sub, common, _Parser)
    cli_records.add_parsers(sub, common, _Parser)
    cli_migrate.add_parser(sub, common, _Parser)

    cli_backup.add_parsers(sub, common)
    cli_audit.add_parser(sub, common, _Parser)
    return parser


# --- commands --------------------------------------------------------------------------------


_open = cli_backup.open_register


def _cmd_init(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    result = _open(cfg)
    where = setup.describe_target(cfg)
    if result.created:
        print("Basis data dibuat: {w} (skema versi {v}).".format(w=where, v=result.to_version), file=out)
    elif result.upgraded:
        print(
            "Basis data diperbarui dari skema versi {a} ke {b}: {w}.".format(
                a=result.from_version, b=result.to_version, w=where
            ),
            file=out,
        )
        if result.backup:
            print("Salinan sebelum pembaruan: {b}".format(b=result.backup), file=out)
    else:
        print("Basis data sudah siap: {w} (skema versi {v}).".format(w=where, v=result.to_version), file=out)
    if not users.has_users():
        print(
            "Belum ada pengguna. Tambahkan administrator pertama, misalnya:\n"
            '  dikecualikan user add admin --role admin --name "Nama Lengkap" --password-stdin',
            file=out,
        )
    return EXIT_OK


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise AppError("Kata sandi kosong di stdin; kirim kata sandi pada baris pertama.")
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise AppError("Kata sandi diperlukan: tambahkan --password-stdin dan kirim kata sandi lewat stdin.")
    first = getpass.getpass("Kata sandi: ")
    second = getpass.getpass("Ulangi kata sandi: ")
    if first != second:
        raise AppError("Kedua kata sandi tidak sama; pengguna tidak dibuat.")
    return first


def _cmd_user(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    if args.user_command == "add":
        password = _read_password(args)
        user = users.add_user(
            None, args.username, args.name, Role(args.role), password, nip=args.nip, jabatan=args.jabatan
        )
        print("Pengguna {u} ({r}) ditambahkan.".format(u=user.username, r=user.role.label), file=out)
        return EXIT_OK
    rows = [_user_row(u) for u in users.list_users()]
    cli_output.print_table(out, ("Nama pengguna", "Nama", "Peran", "NIP", "Jabatan", "Aktif", "Masuk terakhir"), rows)
    return EXIT_OK


def _user_row(user: UserInfo) -> list[str]:
    """One row of `user list`. Stored text is shown with control and format characters escaped
    (ESC as \\x1b, a right-to-left override as \\u202e), so a name cannot move the cursor,
    recolour the terminal or reorder what follows it."""
    import unicodedata

    def safe(text: str) -> str:
        out = []
        for char in text:
            if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
                code = ord(char)
                out.append(
                    "\\x{c:02x}".format(c=code)
                    if code < 0x100
                    else "\\u{c:04x}".format(c=code)
                    if code < 0x10000
                    else "\\U{c:08x}".format(c=code)
                )
            else:
                out.append(char)
        return "".join(out)

    state = "ya" if user.active else "tidak"
    if user.locked_until and user.locked_until > utcnow():
        state += " (terkunci)"
    last = user.last_login.strftime("%Y-%m-%d %H:%M") + " UTC" if user.last_login else "-"
    return [
        safe(user.username),
        safe(user.nama),
        user.role.value,
        safe(user.nip) or "-",
        safe(user.jabatan) or "-",
        state,
        last,
    ]


def _cmd_import(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    user = users.get_by_username(args.as_user)
    if not user.active:
        raise AppError("Pengguna {u} nonaktif dan tidak dapat mengimpor.".format(u=user.username))
    result = importer.import_file(user.as_actor(), Path(args.file))
    print(result.summary(), file=out)
    for line in result.detail_lines():
        print(line, file=out)
    return EXIT_OK


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def row_json(row: ItemRow) -> dict[str, Any]:
    return {
        "nomor": row.nomor,
        "judul": row.judul,
        "status": row.status.value,
        "pasal17": [{"huruf": g.huruf, "angka": g.angka} for g in row.grounds],
        "uu_lain": list(row.uu_lain),
        "dasar_hukum": format_grounds(row.grounds),
        "jangka_waktu": row.jangka_waktu,
        "berakhir": _iso(row.berakhir),
        "disetujui_oleh": row.disetujui_oleh,
        "nomor_penetapan": row.nomor_penetapan,
        "tanggal_penetapan": _iso(row.tanggal_penetapan),
        "ringkasan": row.ringkasan,
        "unit_pengusul": row.unit_pengusul,
        "alasan": row.alasan,
        "konsekuensi": row.konsekuensi,
        "pertimbangan": row.pertimbangan,
        "kesimpulan": row.kesimpulan.value if row.kesimpulan else None,
        "kekurangan": items.row_gaps(row),
        "syarat_pembukaan": row.syarat_pembukaan,
        "sumber": row.sumber,
        "tanggal_uji": _iso(row.tanggal_uji),
        "sesi_uji": row.sesi_uji,
    }


def row_csv(row: ItemRow) -> list[str]:
    """A row of ``list --format csv``: a cell a spreadsheet would run as a formula starts with ' (the
    importer removes it again)."""
    from dikecualikan_gui.services.table_reader import csv_safe

    return [
        csv_safe(cell)
        for cell in (
            row.nomor,
            row.judul,
            row.ringkasan,
            row.unit_pengusul,
            row.status.value,
            format_legal_basis(row.grounds, row.uu_lain),
            row.alasan,
            row.konsekuensi,
            row.pertimbangan,
            row.kesimpulan.value if row.kesimpulan else "",
            row.jangka_waktu,
            _iso(row.berakhir) or "",
            row.disetujui_oleh or "",
            row.nomor_penetapan or "",
            _iso(row.tanggal_penetapan) or "",
        )
    ]


def _cmd_list(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    where = RowFilter(status=Status(args.status) if args.status else None)
    rows = items.list_items(where)
    if args.format == "json":
        # One object per line: readable, and fast (the C encoder is only used without indent).
        out.write("[\n")
        out.write(",\n".join(json.dumps(row_json(r), ensure_ascii=False) for r in rows))
        out.write("\n]\n" if rows else "]\n")
    elif args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(LIST_COLUMNS)
        writer.writerows(row_csv(r) for r in rows)
    else:
        table = [
            [
                r.nomor,
                r.status.value,
                r.judul,
                format_grounds(r.grounds) or "-",
                r.jangka_waktu or "-",
                _iso(r.berakhir) or "-",
            ]
            for r in rows
        ]
        cli_output.print_table(
            out, ("Nomor", "Status", "Judul", "Dasar hukum", "Jangka waktu", "Berakhir"), table, shrink=2
        )
        print("{n} usulan.".format(n=len(rows)), file=out)
    return EXIT_OK


def _cmd_approve(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    if args.all_ready:
        ids = [row.id for row in items.list_items(RowFilter(status=Status.DIUJI))]
        if not ids:
            raise AppError("Tidak ada usulan yang menunggu persetujuan.")
    else:
        if not args.nomor:
            raise AppError("Sebutkan nomor usulan atau --all-ready.")
        ids = [items.get_item_by_nomor(nomor).id for nomor in args.nomor]
    tanggal = None
    if args.tanggal:
        try:
            tanggal = date.fromisoformat(args.tanggal)
        except ValueError:
            raise AppError(
                "Tanggal penetapan '{t}' tidak terbaca; tulis YYYY-MM-DD, mis. 2026-11-25.".format(t=args.tanggal)
            ) from None
    password = _read_password(args)
    actor = approval.sign_off(args.as_user, password, ids)
    approved = approval.approve(actor, ids, args.nomor_penetapan, tanggal=tanggal, tempat=args.tempat)
    print(
        "{n} usulan disetujui dan ditetapkan dengan nomor {p}: {l}.".format(
            n=len(approved), p=args.nomor_penetapan, l=", ".join(i.nomor for i in approved)
        ),
        file=out,
    )
    return EXIT_OK


#: Only these may start from a database file that does not exist yet.
CREATING_COMMANDS = frozenset({"init", "restore"})

COMMANDS: dict[str, Callable[[argparse.Namespace, config.Config, IO[str]], int]] = {
    "init": _cmd_init,
    "user": _cmd_user,
    "import": _cmd_import,
    "list": _cmd_list,
    "approve": _cmd_approve,
    "export": cli_export.run,
    "uji": cli_records.run_uji,
    "profile": cli_records.run_profile,
    "backup": cli_backup.run_backup,
    "restore": cli_backup.run_restore,
    "audit": cli_audit.run,
    "migrate": cli_migrate.run,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    out = sys.stdout
    try:
        cfg = config.resolve(getattr(args, "db", None))
        if args.command not in CREATING_COMMANDS and cfg.sqlite_path is not None and not cfg.sqlite_path.exists():
            raise AppError(
                "Basis data {p} belum ada. Periksa --db, atau buat dengan 'dikecualikan init'.".format(
                    p=cfg.sqlite_path
                )
            )
        return COMMANDS[args.command](args, cfg, out)
    except ImportRejected as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_ERROR
    except AppError as exc:
        print("Kesalahan: {m}".format(m=str(exc).replace("\n", " ")), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the details in a report file
        print(
            "Kesalahan tak terduga ({t}: {e}). Laporan: {p}".format(
                t=type(exc).__name__, e=exc, p=cli_output.report_bug(exc)
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        setup.close_register()
