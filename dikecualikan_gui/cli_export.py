"""``dikecualikan export DOKUMEN``: the printed documents as PDF, the DIK as CSV or XLSX. A keputusan,
the lembar uji of a held test and a berita acara are issued once: every later export writes the
archived copy, byte for byte, and says so."""

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
    ba = exp_sub.add_parser(
        "berita-acara", parents=[common], help="berita acara pengujian konsekuensi satu sesi pengujian (PDF)"
    )
    ba.add_argument("sesi", metavar="SESI", help="nomor sesi pengujian, mis. UK-2026-001")
    ba.add_argument("--out", required=True, metavar="FILE")
    ba.add_argument("--paper", choices=papers)
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


def _spec(kind: str, args: argparse.Namespace, cfg: config.Config) -> documents.Spec:
    if kind == "dik":
        return documents.dik_spec(cfg)
    if kind == "usulan":
        return documents.Spec("usulan", "", lambda paper, progress: documents.render_usulan(cfg, paper))
    if kind == "penetapan":
        return documents.penetapan_spec(cfg, args.nomor)
    if kind == "berita-acara":
        return documents.berita_acara_spec(cfg, args.sesi)
    item = items.get_item_by_nomor(args.nomor)
    if kind == "uji":
        return documents.uji_spec(cfg, item.id)
    return documents.Spec(
        "riwayat", item.nomor, lambda paper, progress: documents.render_history(cfg, item.id, paper), item_id=item.id
    )


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
    spec = _spec(kind, args, cfg)
    done = documents.publish(None, cfg, spec, paper, used, lambda data: _write(target, data))
    judul = spec.judul if spec.jenis != "dik" else "Daftar Informasi yang Dikecualikan"
    if done.reprint and done.record is not None:
        note = "Dokumen yang sudah diterbitkan tidak disusun ulang"
        if paper is not None and paper.value != done.record.paper:
            note += "; pilihan --paper {k} diabaikan".format(k=paper.value)
        print("{j} ditulis: {p} ({d}). {n}.".format(j=judul, p=target, d=done.record.describe(), n=note), file=out)
    elif done.record is not None:
        print(
            "{j} ditulis: {p} (diterbitkan dan diarsipkan, SHA-256 {h}).".format(
                j=judul, p=target, h=done.record.sha256
            ),
            file=out,
        )
    elif spec.jenis == "draf-uji":
        print(
            "{j} ditulis: {p} (draf: uji konsekuensinya belum diadakan, jadi bukan dokumen terbit dan tidak "
            "masuk arsip).".format(j=judul, p=target),
            file=out,
        )
    else:
        print("{j} ditulis: {p}.".format(j=judul, p=target), file=out)
    return EXIT_OK
