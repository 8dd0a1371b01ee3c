"""``dikecualikan backup`` and ``restore`` (services/backup.py), and how every command opens the
register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any

from dikecualikan_gui import config
from dikecualikan_gui.services import audit, backup, lifecycle, setup

EXIT_OK = 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    bak = sub.add_parser("backup", parents=[common], help="membuat cadangan (zip)")
    bak.add_argument("--out", required=True, metavar="FILE")
    res = sub.add_parser("restore", parents=[common], help="memulihkan dari cadangan")
    res.add_argument("file", metavar="FILE")


def open_register(cfg: config.Config) -> setup.SchemaResult:
    """Open the register; exemptions whose end date has passed end now (the law opens them)."""
    result = setup.open_register(cfg)
    if setup.read_only_reason() is None:  # a register that may not be written is still read
        lifecycle.expire_due()
    return result


def run_backup(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    open_register(cfg)
    info = backup.create_backup(None, cfg, Path(args.out))
    print(
        "Cadangan ditulis: {p} ({n} bagian, {s:.1f} MB, skema versi {v}).".format(
            p=info.path, n=info.files, s=info.size / 1_000_000, v=info.schema_version
        ),
        file=out,
    )
    for name in info.damaged:
        print(
            "Peringatan: lampiran {n} rusak (isinya tidak cocok dengan SHA-256-nya) dan tidak ikut dicadangkan.".format(
                n=name
            ),
            file=sys.stderr,
        )
    for name in info.missing:
        print(
            "Peringatan: berkas {n} tercatat di register tetapi tidak ada di folder data, sehingga tidak ikut "
            "dicadangkan. Pulihkan dari cadangan lama.".format(n=name),
            file=sys.stderr,
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    result = backup.restore_backup(None, cfg, Path(args.file))
    print(
        "Basis data dipulihkan dari {f} (skema versi {v}, {a} berkas lampiran dan arsip dokumen ditambahkan).".format(
            f=args.file, v=result.schema_version, a=result.attachments_added
        ),
        file=out,
    )
    if result.replaced_aside:
        print("Basis data sebelumnya disimpan di {p}".format(p=result.replaced_aside), file=out)
    for problem in audit.quick_check():  # the restored register's trail, at once
        print("Peringatan: {m} Jalankan 'dikecualikan audit verify'.".format(m=problem), file=sys.stderr)
    return EXIT_OK
