"""``dikecualikan audit``: verify the trail (or one document's code), and reseal it with a new key
when its key is lost (docs/architecture.md, "Tamper evidence")."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from dikecualikan_gui import config
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import audit, audit_reseal, audit_seals, setup

EXIT_OK = 0
EXIT_ERROR = 1


def add_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]) -> None:
    aud = sub.add_parser("audit", parents=[common], help="jejak audit")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="TINDAKAN", parser_class=parser_class)
    aud_sub.required = True
    ver = aud_sub.add_parser("verify", parents=[common], help="memeriksa keutuhan rantai jejak audit")
    ver.add_argument(
        "--kode",
        metavar="KODE",
        help="hanya memeriksa apakah kode verifikasi di kaki sebuah dokumen ada dalam riwayat register ini",
    )
    again = aud_sub.add_parser(
        "segel-ulang",
        parents=[common],
        help="menyegel ulang jejak audit dengan kunci baru bila kuncinya hilang dan tidak ada di cadangan (admin)",
    )
    again.add_argument("--as", dest="as_user", required=True, metavar="ADMIN", help="administrator yang menyegel")
    again.add_argument("--password-stdin", action="store_true", help="baca kata sandi administrator dari stdin")


def run(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    setup.open_register(cfg)
    if args.audit_command == "segel-ulang":
        return _reseal(args, out)
    if args.kode is not None:
        check = audit_seals.check_code(args.kode)
        print(check.message, file=out if check.ok else sys.stderr)
        return EXIT_OK if check.ok else EXIT_ERROR
    result = audit.verify()
    if result.ok:
        print("Jejak audit utuh: {n} peristiwa diperiksa.".format(n=result.count), file=out)
        print("Kepala rantai (catat untuk perbandingan berikutnya): {h}".format(h=result.head), file=out)
        return EXIT_OK
    for problem in result.problems:
        print(problem.message, file=out)
    print(
        "Jejak audit TIDAK utuh: {p} masalah pada {n} peristiwa.".format(p=len(result.problems), n=result.count),
        file=sys.stderr,
    )
    return EXIT_ERROR


def _reseal(args: argparse.Namespace, out: IO[str]) -> int:
    if not args.password_stdin:
        raise AppError("Kata sandi administrator diperlukan: tambahkan --password-stdin dan kirim lewat stdin.")
    password = sys.stdin.readline().rstrip("\r\n")
    fingerprint = audit_reseal.reseal(args.as_user, password)
    print(
        "Jejak audit disegel ulang dengan kunci baru (sidik {f}); kunci lama disimpan dengan akhiran .lama-*. "
        "Buat cadangan sekarang: cadangan menyimpan kunci baru.".format(f=fingerprint),
        file=out,
    )
    return EXIT_OK
