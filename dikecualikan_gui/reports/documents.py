"""The official documents, one build_<document>() each. They take plain data (prepared by the
services) and return PDF bytes; ReportLab only, never Qt. The DIK, the proposal list and the history
are here; the lembar uji, the keputusan and the berita acara have modules of their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.berita_acara import Session, SessionItem, build_berita_acara
from dikecualikan_gui.reports.blocks import Signature, para
from dikecualikan_gui.reports.common import (
    Agency,
    Citation,
    ListRow,
    Progress,
    dik_table,
    head,
    layout,
    printed_on,
    reference,
    signed,
)
from dikecualikan_gui.reports.keputusan import Approved, Decree, build_penetapan, decree_subject
from dikecualikan_gui.reports.page import render
from dikecualikan_gui.reports.text import markup
from dikecualikan_gui.reports.uji import Participant, UjiSheet, build_uji

# --- 4. the Daftar Informasi yang Dikecualikan ----------------------------------------------


def _numbered(lines: Sequence[str], st: blocks.Styles, width: float) -> Table:
    """'1. ...', '2. ...' with the text hanging under itself."""
    table = Table(
        [[para("{n}.".format(n=n), st.small), para(line, st.small)] for n, line in enumerate(lines, start=1)],
        colWidths=[0.6 * cm, width - 0.6 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _citations(citations: Sequence[Citation], st: blocks.Styles) -> list[Flowable]:
    """The keputusan the list is the lampiran of, at the top right as in a keputusan's lampiran:
    LAMPIRAN / NOMOR / TANGGAL for one; their numbers and dates, numbered, for several."""
    if not citations:
        return []
    width = 14 * cm if len(citations) == 1 else 16 * cm
    offices = {c.office for c in citations}
    if len(citations) == 1:
        only = citations[0]
        block = reference(
            (
                ("LAMPIRAN", "KEPUTUSAN {o}".format(o=only.office.upper())),
                ("NOMOR", only.nomor),
                ("TANGGAL", format_date_id(only.tanggal)),
            ),
            st,
            width,
        )
    elif len(offices) == 1:
        block = reference(
            (("LAMPIRAN", "KEPUTUSAN {o}".format(o=offices.pop().upper())), ("NOMOR", "")),
            st,
            width,
            {
                1: _numbered(
                    ["{n} tanggal {t}".format(n=c.nomor, t=format_date_id(c.tanggal)) for c in citations],
                    st,
                    width - 2.7 * cm,
                )
            },
        )
    else:
        block = reference(
            (("LAMPIRAN", ""),), st, width, {0: _numbered([c.text() for c in citations], st, width - 2.7 * cm)}
        )
    return [block, Spacer(1, 0.25 * cm)]


def build_dik(
    agency: Agency,
    rows: Sequence[ListRow],
    tahun: int,
    signer: Signature | None,
    printed: date,
    citations: Sequence[Citation] = (),
    subtitle: str = "",
    progress: Progress | None = None,
) -> bytes:
    """The approved list, landscape, header repeated on every page, sorted by nomor. It is the
    lampiran of the keputusan in ``citations`` (oldest first) and carries the place, date and
    signature of the latest of them; the day it was printed goes in the footer."""
    st = blocks.styles(agency.settings.font_size)
    page = layout(agency, True, footer=printed_on(printed))
    heading = _citations(citations, st) + blocks.titles(
        ["DAFTAR INFORMASI YANG DIKECUALIKAN", agency.nama.upper(), "TAHUN {t}".format(t=tahun)], st
    )
    if subtitle:
        heading.insert(-1, para(subtitle, st.center))
    closing: list[Flowable] = []
    if citations and signer is not None:
        latest = citations[-1]
        closing = blocks.signature_parts(
            None, signed(signer, latest.tempat or agency.kota, latest.tanggal), st, page.frame_width(True)
        )
    if not rows:
        closing.insert(0, para("Belum ada informasi yang ditetapkan sebagai informasi yang dikecualikan.", st.body))
    story = heading + dik_table(rows, st, page, closing)
    return render(story, page, "Daftar Informasi yang Dikecualikan {t}".format(t=tahun), progress)


# --- 1. the proposal list (form daftar informasi yang akan dikecualikan) ---------------------


def build_usulan(
    agency: Agency,
    rows: Sequence[ListRow],
    tahun: int,
    proposer: Signature,
    mengetahui: Signature,
    tanggal: date,
    progress: Progress | None = None,
) -> bytes:
    """The items proposed for exemption, in the columns of the DIK and in its order (the proposing
    unit first, the item number under the information), so the proposal reads as the list will."""
    st = blocks.styles(agency.settings.font_size)
    page = layout(agency, True)
    width = page.frame_width(True)
    heading = blocks.titles(
        ["DAFTAR INFORMASI YANG AKAN DIKECUALIKAN", agency.nama.upper(), "Usulan Tahun {t}".format(t=tahun)], st
    )
    left = replace(mengetahui, heading="Mengetahui,", place_date=("",))
    closing = blocks.signature_parts(left, signed(proposer, agency.kota, tanggal, issued=False), st, width)
    if not rows:
        closing.insert(0, para("Tidak ada usulan yang sedang diproses.", st.body))
    story = heading + dik_table(rows, st, page, closing, proposal=True)
    return render(story, page, "Daftar Informasi yang Akan Dikecualikan {t}".format(t=tahun), progress)


# --- 5. the history of one item -----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryLine:
    when: str
    who: str
    what: str
    changes: str


def build_history(
    agency: Agency, nomor: str, judul: str, status: str, lines: Sequence[HistoryLine], signer: Signature, tanggal: date
) -> bytes:
    """Every audit event of one item, for an auditor or the Komisi Informasi."""
    st = blocks.styles(agency.settings.font_size)
    page = layout(agency, False)
    width = page.frame_width(False)
    heading = blocks.titles(["RIWAYAT INFORMASI YANG DIUSULKAN UNTUK DIKECUALIKAN", "Nomor Usulan " + nomor], st)
    heading.append(
        blocks.label_rows(
            [("Informasi", judul), ("Status saat dicetak", status), ("Badan Publik", agency.nama)], st, width, 4 * cm
        )
    )
    heading.append(Spacer(1, 0.3 * cm))
    header = [head(["No.", "Waktu", "Pengguna", "Tindakan", "Rincian"], st)]
    body = [[str(n), line.when, line.who, line.what, line.changes] for n, line in enumerate(lines, start=1)]
    closing = blocks.signature_parts(None, signed(signer, agency.kota, tanggal, issued=False), st, width)
    story = heading + blocks.long_table(
        header, body, st.cell, [width * s for s in (0.06, 0.16, 0.13, 0.25, 0.4)], closing=closing
    )
    return render(story, page, "Riwayat usulan {n}".format(n=nomor))


__all__ = [
    "Agency",
    "Approved",
    "Citation",
    "Decree",
    "HistoryLine",
    "ListRow",
    "Participant",
    "Session",
    "Signature",
    "SessionItem",
    "UjiSheet",
    "build_berita_acara",
    "build_dik",
    "build_history",
    "build_penetapan",
    "build_uji",
    "build_usulan",
    "decree_subject",
    "markup",
]
