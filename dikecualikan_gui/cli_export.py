"""``dikecualikan export DOKUMEN``: the printed documents as PDF, the DIK as CSV or XLSX."""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import IO, Any

from dikecualikan_gui import config
from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import documents, items, lifecycle, profile, setup

EXIT_OK = 0


def open_register(cfg: config.Config) -> None:
    """Open the register; exemptions whose end date has passed end now (the law opens them)."""
    setup.open_register(cfg)
    lifecycle.expire_due()


def add_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]) -> None:
    _Parser = parser_class
    exp = sub.add_parser("export", parents=[common], help="mencetak dokumen ke PDF atau mengekspor DIK")
    exp_sub = exp.add_subparsers(dest="document", metavar="DOKUMEN", parser_class=_Parser)
    exp_sub.required = True
    papers = [p.value for p in Paper]
    dik = exp_sub.add_parser("dik", parents=[common], help="Daftar Informasi yang Dikecualikan (PDF, CSV, XLSX)")
    dik.add_argument("--out", required=True, metavar="FILE")
    dik.add_argument("--paper", choices=papers)
    dik.add_argument("--format", choices=("pdf", "csv", "xlsx"), default="pdf")
    usulan = exp_sub.add_parser("usulan", parents=[common], help="daftar informasi yang akan dikecualikan (PDF)")
    usulan.add_argument("--out", required=True, metavar="FILE")
    usulan.add_argument("--paper", choices=papers)
    uji = exp_sub.add_parser("uji", parents=[common], help="lembar pengujian konsekuensi satu usulan (PDF)")
    uji.add_argument("nomor", metavar="NOMOR")
    uji.add_argument("--out", required=True, metavar="FILE")
    uji.add_argument("--paper", choices=papers)
    pen = exp_sub.add_parser("penetapan", parents=[common], help="keputusan penetapan dan lampirannya (PDF)")
    pen.add_argument("nomor", metavar="NOMOR_PENETAPAN")
    pen.add_argument("--out", required=True, metavar="FILE")
    pen.add_argument("--paper", choices=papers)
    riw = exp_sub.add_parser("riwayat", parents=[common], help="riwayat satu usulan (PDF)")
    riw.add_argument("nomor", metavar="NOMOR")
    riw.add_argument("--out", required=True, metavar="FILE")
    riw.add_argument("--paper", choices=papers)



def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".sebagian")
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        raise AppError("Berkas {p} tidak dapat ditulis: {e}.".format(p=path, e=exc.strerror or exc)) from exc


def run(args: argparse.Namespace, cfg: config.Config, out: IO[str]) -> int:
    open_register(cfg)
    target = Path(args.out)
    paper = Paper(args.paper) if args.paper else None
    used = paper or profile.get_profile().print_settings.paper
    kind = args.document
    if kind == "dik" and args.format != "pdf":
        _write(target, documents.dik_csv() if args.format == "csv" else documents.dik_xlsx())
        print("DIK ({f}) ditulis: {p}".format(f=args.format.upper(), p=target), file=out)
        return EXIT_OK
    item_id = penetapan_id = None
    if kind == "dik":
        pdf, judul, referensi = documents.render_dik(cfg, paper), "Daftar Informasi yang Dikecualikan", ""
    elif kind == "usulan":
        pdf, judul, referensi = documents.render_usulan(cfg, paper), "Daftar informasi yang akan dikecualikan", ""
    elif kind in ("uji", "riwayat"):
        item = items.get_item_by_nomor(args.nomor)
        item_id, referensi = item.id, item.nomor
        if kind == "uji":
            pdf, judul = documents.render_uji(cfg, item.id, paper=paper), "Lembar pengujian konsekuensi"
        else:
            pdf, judul = documents.render_history(cfg, item.id, paper), "Riwayat usulan"
    else:
        info = documents.decree(args.nomor)
        pdf = documents.render_penetapan(cfg, info.nomor, paper)
        judul, referensi, penetapan_id = "Keputusan penetapan", info.nomor, info.id
    _write(target, pdf)
    if kind in documents.ISSUED_KINDS:
        record = documents.issue(None, cfg, kind, pdf, judul, referensi, item_id=item_id, penetapan_id=penetapan_id,
                                 paper=used)
        print("{j} ditulis: {p} (diarsipkan, SHA-256 {h}).".format(j=judul, p=target, h=record.sha256), file=out)
    else:
        print("{j} ditulis: {p}.".format(j=judul, p=target), file=out)
    return EXIT_OK


