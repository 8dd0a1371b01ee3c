"""``dikecualikan uji`` (record a consequence-test session) and ``dikecualikan profile``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any

from dikecualikan_gui import config
from dikecualikan_gui.domain import profile_keys
from dikecualikan_gui.domain.model import Participant, Role, RowFilter, Status
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import items, lifecycle, profile, sessions, setup, users
from dikecualikan_gui.services.sessions import SessionEntry

EXIT_OK = 0


def add_parsers(sub: Any, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]) -> None:
    uji = sub.add_parser(
        "uji", parents=[common], help="mencatat satu sesi pengujian konsekuensi atas usulan yang disebut (petugas)"
    )
    which = uji.add_mutually_exclusive_group(required=True)
    which.add_argument("nomor", metavar="NOMOR", nargs="*", default=[], help="nomor usulan, mis. 2026/001")
    which.add_argument("--all-complete", action="store_true", help="semua draf yang isinya lengkap")
    uji.add_argument("--as", dest="as_user", required=True, metavar="PETUGAS", help="petugas yang mencatat sesi")
    uji.add_argument("--tanggal", required=True, metavar="YYYY-MM-DD", help="tanggal sesi pengujian")
    uji.add_argument("--tempat", metavar="TEXT", help="tempat sesi (bawaan: kota di profil)")
    uji.add_argument("--waktu", default="", metavar="TEXT", help='waktu sesi, mis. "09.00 WIB"')
    uji.add_argument(
        "--peserta",
        action="append",
        required=True,
        metavar="NAMA;JABATAN;UNIT",
        help="peserta pengujian (ulangi untuk setiap peserta)",
    )

    prof = sub.add_parser("profile", parents=[common], help="profil badan publik")
    prof_sub = prof.add_subparsers(dest="profile_command", metavar="TINDAKAN", parser_class=parser_class)
    prof_sub.required = True
    prof_sub.add_parser("show", parents=[common], help="menampilkan profil sebagai JSON")
    put = prof_sub.add_parser("set", parents=[common], help="mengubah profil (administrator)")
    put.add_argument(
        "pairs",
        metavar="KEY=VALUE",
        nargs="+",
        help='mis. ppid.nama="Rina Wulandari" kota=Pontianak pencetakan.paper=A4',
    )
    put.add_argument("--as", dest="as_user", required=True, metavar="ADMIN", help="administrator yang mengubah")


def _open(cfg: config.Config) -> None:
    setup.open_register(cfg)
    lifecycle.expire_due()


def _user(username: str, role: Role, what: str) -> Any:
    user = users.get_by_username(username)
    if not user.active:
        raise AppError("Pengguna {u} nonaktif.".format(u=user.username))
    if user.role is not role:
        raise AppError(
            "Pengguna {u} berperan {r}; {w} hanya oleh {p}.".format(
                u=user.username, r=user.role.label, w=what, p=role.label
            )
        )
    return user


def parse_participant(text: str) -> Participant:
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 3 or not parts[0]:
        raise AppError(
            "Peserta '{t}' tidak terbaca; tulis \"NAMA;JABATAN;UNIT\" (jabatan dan unit boleh kosong).".format(t=text)
        )
    parts += [""] * (3 - len(parts))
    return Participant(parts[0], parts[1], parts[2])


def run_uji(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    try:
        tanggal = date.fromisoformat(args.tanggal)
    except ValueError:
        raise AppError(
            "Tanggal '{t}' tidak terbaca; tulis YYYY-MM-DD, mis. 2026-11-25.".format(t=args.tanggal)
        ) from None
    peserta = [parse_participant(p) for p in args.peserta]
    actor = _user(args.as_user, Role.PETUGAS, "sesi pengujian dicatat").as_actor()
    if args.all_complete:
        rows = items.list_items(RowFilter(status=Status.DRAF))
        ready = [r for r in rows if not items.row_gaps(r)]
        for row in rows:
            if row not in ready:
                print(
                    "{n} belum lengkap dan tidak ikut diuji: {g}".format(n=row.nomor, g=" ".join(items.row_gaps(row))),
                    file=sys.stderr,
                )
        if not ready:
            raise AppError("Tidak ada draf yang lengkap untuk diuji.")
        ids = [r.id for r in ready]
    else:
        ids = [items.get_item_by_nomor(nomor).id for nomor in args.nomor]
    result = sessions.record_session(
        actor, tanggal, [SessionEntry(i) for i in ids], peserta, tempat=args.tempat, waktu=args.waktu
    )
    print(result.nomor, file=out)
    print(
        "Sesi pengujian konsekuensi {s} dicatat: {n} usulan diuji dan menunggu persetujuan atasan ({l}).".format(
            s=result.nomor, n=len(result.items), l=", ".join(nomor for _, nomor in result.items)
        ),
        file=out,
    )
    for nomor, message in result.warnings:
        print("Peringatan {n}: {m}".format(n=nomor, m=message), file=sys.stderr)
    return EXIT_OK


def run_profile(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    _open(cfg)
    current = profile.get_profile()
    if args.profile_command == "show":
        print(json.dumps(profile_keys.as_json(current), ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    actor = _user(args.as_user, Role.ADMIN, "profil diubah").as_actor()
    changed = current
    for pair in args.pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise AppError("'{p}' bukan KEY=VALUE, mis. ppid.nama=\"Rina Wulandari\".".format(p=pair))
        key = key.strip()
        try:
            if key == "logo":
                changed = profile_keys.replace_logo(changed, profile.store_logo(cfg, Path(value)))
            else:
                changed = profile_keys.apply(changed, key, value)
        except ValueError as exc:
            raise AppError(str(exc)) from None
    profile.update_profile(actor, changed)
    print("Profil diperbarui: {k}.".format(k=", ".join(p.partition("=")[0].strip() for p in args.pairs)), file=out)
    return EXIT_OK
