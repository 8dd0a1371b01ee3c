"""The keputusan (penetapan) and its lampiran: a classification, an opening before the end, or a
DIK edition. It names the official who sets it and the Atasan PPID who approved, with the date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.blocks import Signature, Styles, para
from dikecualikan_gui.reports.common import (
    DIKTUM,
    LETTERS,
    PPID_TITLE,
    Agency,
    Citation,
    ListRow,
    dik_table,
    head,
    reference,
    signed,
)
from dikecualikan_gui.reports.page import Layout, lampiran_break, render
from dikecualikan_gui.reports.text import title_case

MAX_SESSIONS_LISTED = 5


@dataclass(frozen=True)
class Approved:
    """The Atasan PPID who approved what the keputusan sets, and when."""

    nama: str
    jabatan: str
    tanggal: date


@dataclass(frozen=True)
class Decree:
    nomor: str
    tanggal: date
    tempat: str
    jenis: str  # pengecualian | pembukaan | edisi
    tahun: int
    rows: tuple[ListRow, ...]
    ppid: Signature  # the PPID whose consequence test underlies the decision
    signer: Signature  # who sets the keputusan (the Atasan PPID by default, or the PPID)
    tanggal_uji: tuple[date, ...] = ()
    office: str = ""  # "Kepala Dinas", "Pejabat Pengelola ... Dinas X"; "" = the signer's jabatan
    approved: Approved | None = None
    approver: Signature | None = None  # signs "Menyetujui," beside a PPID who sets it
    sesi: tuple[tuple[str, date], ...] = ()  # the sessions that held the tests (nomor, tanggal)
    cites: tuple[Citation, ...] = ()  # an edition: the keputusan that set its items
    revokes: Citation | None = None  # an edition: the previous edition's keputusan
    edisi: int = 0


def decree_subject(decree: Decree, agency: Agency) -> str:
    """What the keputusan is about, in title case (the heading sets it in capitals)."""
    where = "di Lingkungan {b}".format(b=agency.nama)
    if decree.jenis == "pembukaan":
        return "Pembukaan Informasi yang Sebelumnya Dikecualikan " + where
    if decree.jenis == "edisi":
        return "Daftar Informasi yang Dikecualikan {w} Tahun {t}".format(w=where, t=decree.tahun)
    return "Penetapan Klasifikasi Informasi Publik yang Dikecualikan " + where


def office_of(decree: Decree, agency: Agency) -> str:
    return decree.office or decree.signer.jabatan or "Atasan {p} {b}".format(p=PPID_TITLE, b=agency.nama)


def _who(person: Signature) -> str:
    return ", ".join(p for p in (person.nama, "NIP " + person.nip if person.nip else "", person.jabatan) if p)


def _approval(decree: Decree) -> str:
    """', dan telah disetujui oleh <nama>, <jabatan>, selaku Atasan PPID, pada tanggal <tanggal>'."""
    if decree.approved is None:
        return ""
    who = ", ".join(p for p in (decree.approved.nama, decree.approved.jabatan) if p) or "Atasan PPID"
    text = ", dan telah disetujui oleh {w}, selaku Atasan {p}".format(w=who, p=PPID_TITLE)
    if decree.approved.tanggal <= decree.tanggal:
        return text + ", pada tanggal {t}".format(t=format_date_id(decree.approved.tanggal))
    # a decision taken on paper and entered afterwards: both days, as recorded
    return text + " sebagaimana keputusan tanggal {k} yang persetujuannya dicatat pada tanggal {t}".format(
        k=format_date_id(decree.tanggal), t=format_date_id(decree.approved.tanggal)
    )


def _tested(decree: Decree) -> str:
    """' dalam sesi pengujian konsekuensi nomor UK-2026-001 tanggal 10 November 2026' (many sessions:
    their number and the days they were held)."""
    if len(decree.sesi) > MAX_SESSIONS_LISTED:
        days = sorted({day for _, day in decree.sesi})
        return (
            " dalam {n} sesi pengujian konsekuensi antara tanggal {a} dan tanggal {b}, sebagaimana tercantum "
            "dalam berita acara setiap sesi".format(
                n=len(decree.sesi), a=format_date_id(days[0]), b=format_date_id(days[-1])
            )
        )
    if decree.sesi:
        return " dalam sesi pengujian konsekuensi " + "; ".join(
            "nomor {n} tanggal {t}".format(n=n, t=format_date_id(t)) for n, t in decree.sesi
        )
    if decree.tanggal_uji:
        return " pada tanggal " + ", ".join(format_date_id(d) for d in decree.tanggal_uji)
    return ""


def _menimbang(decree: Decree, agency: Agency, office: str, subject: str) -> list[str]:
    second = {
        "pembukaan": "bahwa pengecualian informasi tidak bersifat permanen dan informasi sebagaimana tercantum dalam "
        "Lampiran Keputusan ini tidak lagi memenuhi alasan untuk dikecualikan;",
        "edisi": "bahwa Daftar Informasi yang Dikecualikan di lingkungan {b} perlu dimutakhirkan sesuai dengan "
        "penetapan klasifikasi informasi yang dikecualikan yang berlaku;".format(b=agency.nama),
    }.get(
        decree.jenis,
        "bahwa {p} {b} telah melakukan pengujian konsekuensi atas informasi sebagaimana tercantum "
        "dalam Lampiran Keputusan ini;".format(p=PPID_TITLE, b=agency.nama),
    )
    return [
        "bahwa berdasarkan Pasal 17 dan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
        "Publik, {p} wajib melakukan pengujian konsekuensi secara saksama dan penuh ketelitian sebelum menyatakan "
        "Informasi Publik tertentu dikecualikan;".format(p=PPID_TITLE),
        second,
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
        "Keputusan {o} tentang {s};".format(o=title_case(office) if office.isupper() else office, s=subject),
    ]


def _dicta(decree: Decree, agency: Agency, office: str) -> list[str]:
    first = DIKTUM[agency.settings.diktum][0]
    where = agency.nama + (", unit kerja " + agency.unit_kerja if agency.unit_kerja else "")
    ppid = (
        "{p} {b}, {w}".format(p=PPID_TITLE, b=agency.nama, w=_who(decree.ppid))
        if _who(decree.ppid)
        else "{p} {b}".format(p=PPID_TITLE, b=agency.nama)
    )
    if decree.jenis == "pembukaan":
        dicta = [
            "Menyatakan informasi sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
            "Keputusan ini tidak lagi dikecualikan di lingkungan {w} dan menjadi Informasi Publik yang dapat "
            "diakses, dengan alasan pembukaan sebagaimana tercantum dalam Lampiran{a}.".format(
                w=where, a=_approval(decree)
            ),
            "{p} mencatat informasi sebagaimana dimaksud dalam Diktum {k} ke dalam Daftar Informasi Publik.".format(
                p=ppid, k=first
            ),
        ]
    elif decree.jenis == "edisi":
        cites = "; ".join(c.text() for c in decree.cites)
        dicta = [
            "Menetapkan Daftar Informasi yang Dikecualikan di lingkungan {w} Tahun {t}{e} sebagaimana tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini{a}.".format(
                w=agency.nama,
                t=decree.tahun,
                e=" (edisi ke-{n})".format(n=decree.edisi) if decree.edisi else "",
                a=_approval(decree),
            ),
            "Informasi dalam Daftar sebagaimana dimaksud dalam Diktum {k} telah ditetapkan sebagai informasi yang "
            "dikecualikan berdasarkan pengujian konsekuensi{c} dan dikecualikan selama jangka waktu yang tercantum "
            "dalam Lampiran; setelah jangka waktu tersebut berakhir, informasi menjadi Informasi Publik yang dapat "
            "diakses.".format(k=first, c=" dengan " + cites if cites else ""),
        ]
        if decree.revokes is not None:
            dicta.append(
                "Pada saat Keputusan ini mulai berlaku, {r} dicabut dan dinyatakan tidak berlaku.".format(
                    r=decree.revokes.text()
                )
            )
        dicta.append(
            "{p} {b} mengumumkan Daftar sebagaimana dimaksud dalam Diktum {k} dan menggunakannya sebagai "
            "pedoman dalam memberikan pelayanan Informasi Publik.".format(p=PPID_TITLE, b=agency.nama, k=first)
        )
    else:
        dicta = [
            "Menetapkan klasifikasi Informasi Publik yang dikecualikan di lingkungan {w} sebagaimana tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini, memuat jenis klasifikasi "
            "informasi, dasar hukum dan alasan pengecualian, serta jangka waktu pengecualiannya.".format(w=where),
            "Klasifikasi sebagaimana dimaksud dalam Diktum {k} ditetapkan berdasarkan pengujian konsekuensi yang "
            "dilakukan oleh {p}{t}{a}.".format(k=first, p=ppid, t=_tested(decree), a=_approval(decree)),
            "Informasi sebagaimana dimaksud dalam Diktum {k} dikecualikan selama jangka waktu yang tercantum dalam "
            "Lampiran; setelah jangka waktu tersebut berakhir, informasi menjadi Informasi Publik yang dapat "
            "diakses.".format(k=first),
            "{p} {b} mendokumentasikan Keputusan ini sebagai pedoman dalam memberikan pelayanan Informasi "
            "Publik.".format(p=PPID_TITLE, b=agency.nama),
        ]
    return dicta + ["Keputusan ini mulai berlaku pada tanggal ditetapkan."]


def _lampiran(
    decree: Decree, agency: Agency, page: Layout, st: Styles, office: str, subject: str, signer: Signature
) -> list[Flowable]:
    wide = page.frame_width(True)
    story: list[Flowable] = lampiran_break()
    story += [
        reference(
            (
                ("LAMPIRAN", "KEPUTUSAN {o}".format(o=office.upper())),
                ("NOMOR", decree.nomor),
                ("TANGGAL", format_date_id(decree.tanggal)),
                ("TENTANG", subject.upper()),
            ),
            st,
        ),
        Spacer(1, 0.5 * cm),
    ]
    title = {"pembukaan": "INFORMASI YANG DIBUKA KEMBALI", "edisi": "DAFTAR INFORMASI YANG DIKECUALIKAN"}.get(
        decree.jenis, "KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN"
    )
    story += blocks.titles([title, agency.nama.upper(), "TAHUN {t}".format(t=decree.tahun)], st)
    closing = blocks.signature_parts(None, signer, st, wide)
    if decree.jenis == "pembukaan":
        header = [head(["No.", "Informasi", "Dasar Pengecualian Semula", "Alasan Pembukaan"], st)]
        body = [
            [str(n), r.informasi(agency.settings.show_nomor_usulan), r.dasar_hukum, r.alasan]
            for n, r in enumerate(decree.rows, start=1)
        ]
        return story + blocks.long_table(
            header, body, st.cell, [wide * s for s in (0.05, 0.3, 0.3, 0.35)], closing=closing
        )
    return story + dik_table(decree.rows, st, page, closing, with_alasan=decree.jenis != "edisi")


def mengingat(laws: Sequence[str]) -> list[str]:
    """The statutes under Mengingat as they print: each ends with ";", the last with "." (whatever
    the profile's lines end with); UU 14/2008 when the list is empty."""
    laws = [law.strip().rstrip(";.,").rstrip() for law in laws if law.strip().rstrip(";.,").strip()] or [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
    ]
    return [law + (";" if n < len(laws) - 1 else ".") for n, law in enumerate(laws)]


def build_penetapan(agency: Agency, decree: Decree) -> bytes:
    """KEPUTUSAN ... NOMOR ... TENTANG ...; Menimbang; Mengingat; MEMUTUSKAN; Menetapkan; diktum;
    signature; then the lampiran (landscape) with its reference block, title, table and signature.
    Carries the six elements of Perki 1/2017 Pasal 4 ayat 4."""
    st = blocks.styles(agency.settings.font_size)
    page = Layout(agency.settings, agency.head, first_wide=False, later_wide=False, kode=agency.kode)
    width = page.frame_width(False)
    office = office_of(decree, agency)
    subject = decree_subject(decree, agency)
    story: list[Flowable] = blocks.titles(
        ["KEPUTUSAN {o}".format(o=office.upper()), "NOMOR {n}".format(n=decree.nomor), "TENTANG", subject.upper()], st
    )
    story += [para(office.upper() + ",", st.title, bold=True), Spacer(1, 0.4 * cm)]
    story.append(
        blocks.numbered("Menimbang", _menimbang(decree, agency, office, subject), st, width, [c + "." for c in LETTERS])
    )
    laws = mengingat(agency.settings.mengingat)
    # flush left: statute titles and diktum in a narrow column, justified, leave wide gaps
    story.append(
        blocks.numbered(
            "Mengingat", laws, st, width, [str(n) + "." for n in range(1, len(laws) + 1)], text_style=st.left
        )
    )
    story += [Spacer(1, 0.3 * cm), CondPageBreak(4 * cm), para("MEMUTUSKAN:", st.title, bold=True), Spacer(1, 0.2 * cm)]
    story.append(
        blocks.numbered(
            "Menetapkan",
            ["KEPUTUSAN {o} TENTANG {s}.".format(o=office.upper(), s=subject.upper())],
            st,
            width,
            [""],
            text_style=st.left,
        )
    )
    diktum = [
        blocks.numbered(DIKTUM[agency.settings.diktum][number], [text], st, width, [""], text_style=st.left)
        for number, text in enumerate(_dicta(decree, agency, office))
    ]
    signer = signed(decree.signer, decree.tempat or agency.kota, decree.tanggal)
    left = replace(decree.approver, heading="Menyetujui,", place_date=("", "")) if decree.approver else None
    # the last diktum goes with the signature, and the tembusan with both: a signature never stands
    # alone on a page, and the tembusan never leaves its label or the signature
    closing = diktum[-1:] + blocks.signature_parts(left, signer, st, width)
    tembusan = [t for t in agency.settings.tembusan if t.strip()]
    if tembusan:
        closing += [
            Spacer(1, 0.5 * cm),
            blocks.numbered(
                "Tembusan",
                tembusan,
                st,
                width,
                [str(n) + "." for n in range(1, len(tembusan) + 1)],
                label_width=2.2 * cm,
                text_style=st.left,
            ),
        ]
    story += diktum[:-1] + [KeepTogether(closing)]
    story += _lampiran(decree, agency, page, st, office, subject, signer)
    return render(story, page, "Keputusan Nomor {n}".format(n=decree.nomor))
