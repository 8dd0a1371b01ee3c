"""``dikecualikan migrate --to URL``: copy the register to another engine (services/migrate.py)."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from dikecualikan_gui import config
from dikecualikan_gui.services import migrate, setup

EXIT_OK = 0


def add_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]) -> None:
    move = sub.add_parser(
        "migrate",
        parents=[common],
        help="menyalin register ke basis data lain yang kosong (PostgreSQL atau berkas SQLite) dan memeriksanya",
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="basis data tujuan yang kosong, mis. postgresql://pengguna:sandi@server/dikecualikan atau "
        "D:\\data\\register.sqlite3",
    )


def run(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    setup.open_register(cfg)
    print("Menyalin register {s} ke {t} ...".format(s=setup.describe_target(cfg), t=args.to.split("@")[-1]), file=out)
    result = migrate.migrate(None, cfg, args.to)
    print(
        "Selesai: {r} baris dalam {n} tabel dan {f} berkas disalin ke {t}; setiap baris diperiksa sama dengan "
        "sumbernya dan jejak audit salinan utuh ({e} peristiwa). Register sumber tidak diubah.".format(
            r=sum(result.rows.values()), n=len(result.rows), f=result.files, t=result.target, e=result.events
        ),
        file=out,
    )
    if result.data_dir and args.to and config.sqlite_path_of(args.to) is not None:
        print("Lampiran dan arsip dokumen salinan ada di folder {d}.".format(d=result.data_dir), file=out)
    for name in result.missing:
        print(
            "Peringatan: berkas {n} tercatat di register tetapi tidak ada atau rusak di sumber, sehingga tidak "
            "ikut disalin. Pulihkan dari cadangan.".format(n=name),
            file=sys.stderr,
        )
    return EXIT_OK
