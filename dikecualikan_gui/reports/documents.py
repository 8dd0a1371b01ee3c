"""The official documents, one build_<document>() each. They take plain data (prepared by the
services) and return PDF bytes; ReportLab only, never Qt."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dikecualikan_gui.domain.dates import day_name_id, format_date_id
from dikecualikan_gui.domain.model import DiktumStyle, PrintSettings
from dikecualikan_gui.reports import blocks
from dikecualikan_gui.reports.blocks import Signature, Styles, para
from dikecualikan_gui.reports.page import Layout, Letterhead, lampiran_break, render
from dikecualikan_gui.reports.text import markup, title_case

Progress = Callable[[int, int], None]

DIKTUM = {
    DiktumStyle.KESATU: ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"),
    DiktumStyle.PERTAMA: ("PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"),
}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Agency:
    """Who issues the document, and how it is printed."""

    head: Letterhead
    nama: str
    unit_kerja: str
    kota: str
    settings: PrintSettings


@dataclass(frozen=True)
class ListRow:
    """One row of the DIK, the lampiran of a penetapan or the proposal list."""

    nomor: str
    judul: str
    dasar_hukum: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    alasan: str = ""
    ringkasan: str = ""
    keterangan: str = ""


def _layout(agency: Agency, wide: bool) -> Layout:
    return Layout(agency.settings, agency.head, first_wide=wide, later_wide=wide)


def _cells(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell) for text in texts]


def _head(texts: Sequence[str], st: Styles) -> list[Flowable]:
    return [para(text, st.cell_bold, bold=True) for text in texts]


def _place_date(kota: str, tanggal: date, issued: bool = True) -> tuple[str, ...]:
    if issued:
        return ("Ditetapkan di {k}".format(k=kota or "............"),
                "pada tanggal {t}".format(t=format_date_id(tanggal)))
    return ("{k}, {t}".format(k=kota or "............", t=format_date_id(tanggal)),)


# --- 4. the Daftar Informasi yang Dikecualikan ----------------------------------------------

def _dik_table(rows: Sequence[ListRow], st: Styles, layout: Layout, closing: Sequence[Flowable],
               with_alasan: bool = False) -> list[Flowable]:
    """The DIK columns (two header rows, Dibuka | Ditutup under one heading), header on every page,
    then ``closing`` (the signature)."""
    width = layout.frame_width(True)
    shares: tuple[float, ...]
    if with_alasan:
        shares = (0.045, 0.17, 0.17, 0.16, 0.165, 0.165, 0.125)
        header = [_head(["No.", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian", "Alasan Pengecualian",
                         "Konsekuensi / Pertimbangan bagi Publik", "", "Jangka Waktu"], st),
                  _head(["", "", "", "", "Dibuka", "Ditutup", ""], st)]
        spans = [("SPAN", (4, 0), (5, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 6)]
    else:
        shares = (0.045, 0.22, 0.21, 0.195, 0.195, 0.135)
        header = [_head(["No.", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian",
                         "Konsekuensi / Pertimbangan bagi Publik", "", "Jangka Waktu"], st),
                  _head(["", "", "", "Dibuka", "Ditutup", ""], st)]
        spans = [("SPAN", (3, 0), (4, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 5)]
    widths = [width * share for share in shares]
    body = []
    for number, row in enumerate(rows, start=1):
        texts = [str(number), "{j}\n({n})".format(j=row.judul, n=row.nomor), row.dasar_hukum]
        if with_alasan:
            texts.append(row.alasan)
        texts += [row.konsekuensi, row.pertimbangan, row.jangka_waktu]
        body.append(texts)
    return blocks.long_table(header, body, st.cell, widths, spans, closing)


def build_dik(agency: Agency, rows: Sequence[ListRow], tahun: int, signer: Signature, tanggal: date,
              subtitle: str = "", progress: Progress | None = None) -> bytes:
    """The approved list, landscape, header repeated on every page, sorted by nomor."""
    st = blocks.styles(agency.settings.font_size)
    layout = _layout(agency, True)
    heading = blocks.titles(["DAFTAR INFORMASI YANG DIKECUALIKAN", agency.nama.upper(),
                             "TAHUN {t}".format(t=tahun)], st)
    if subtitle:
        heading.insert(-1, para(subtitle, st.center))
    closing = blocks.signature_parts(None, _signed(signer, agency.kota, tanggal), st, layout.frame_width(True))
    if not rows:
        closing.insert(0, para("Belum ada informasi yang ditetapkan sebagai informasi yang dikecualikan.", st.body))
    story = heading + _dik_table(rows, st, layout, closing)
    return render(story, layout, "Daftar Informasi yang Dikecualikan {t}".format(t=tahun), progress)


def _signed(signer: Signature, kota: str, tanggal: date, issued: bool = True) -> Signature:
    return Signature(signer.jabatan, signer.nama, signer.nip, signer.pangkat, signer.prefix, signer.heading,
                     _place_date(kota, tanggal, issued), signer.show_pangkat_nip)


# --- 1. the proposal list (form daftar informasi yang akan dikecualikan) ---------------------

def build_usulan(agency: Agency, rows: Sequence[ListRow], tahun: int, proposer: Signature, mengetahui: Signature,
                 tanggal: date, progress: Progress | None = None) -> bytes:
    st = blocks.styles(agency.settings.font_size)
    layout = _layout(agency, True)
    width = layout.frame_width(True)
    heading = blocks.titles(["DAFTAR INFORMASI YANG AKAN DIKECUALIKAN", agency.nama.upper(),
                             "Usulan Tahun {t}".format(t=tahun)], st)
    header = [_head(["No.", "Nomor Usulan", "Judul / Jenis Informasi", "Ringkasan / Dokumen",
                     "Dasar Hukum Pengecualian", "Konsekuensi Apabila Dibuka", "Usulan Jangka Waktu",
                     "Keterangan"], st)]
    shares = (0.04, 0.08, 0.17, 0.16, 0.16, 0.18, 0.1, 0.11)
    body = [[str(n), row.nomor, row.judul, row.ringkasan, row.dasar_hukum, row.konsekuensi, row.jangka_waktu,
             row.keterangan] for n, row in enumerate(rows, start=1)]
    left = Signature(mengetahui.jabatan, mengetahui.nama, mengetahui.nip, mengetahui.pangkat, mengetahui.prefix,
                     "Mengetahui,", ("",), mengetahui.show_pangkat_nip)
    closing = blocks.signature_parts(left, _signed(proposer, agency.kota, tanggal, issued=False), st, width)
    if not rows:
        closing.insert(0, para("Tidak ada usulan yang sedang diproses.", st.body))
    story = heading + blocks.long_table(header, body, st.cell, [width * s for s in shares], closing=closing)
    return render(story, layout, "Daftar Informasi yang Akan Dikecualikan {t}".format(t=tahun), progress)


# --- 2. the consequence test sheet -------------------------------------------------------------

@dataclass(frozen=True)
class Participant:
    nama: str
    jabatan: str
    unit: str


@dataclass(frozen=True)
class UjiSheet:
    nomor: str
    urutan: int
    judul: str
    ringkasan: str
    dokumen_sumber: str
    unit_pengusul: str
    bentuk_lokasi: str
    tanggal: date
    tempat: str
    waktu: str
    dasar_hukum: str
    alasan: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    kesimpulan: str          # the value of Kesimpulan
    bagian: str
    syarat: str
    peserta: tuple[Participant, ...] = field(default_factory=tuple)


def build_uji(agency: Agency, sheet: UjiSheet, ppid: Signature, atasan: Signature) -> bytes:
    st = blocks.styles(agency.settings.font_size)
    layout = _layout(agency, False)
    width = layout.frame_width(False)
    story: list[Flowable] = blocks.titles(["LEMBAR PENGUJIAN KONSEKUENSI", "Nomor Usulan {n}{u}".format(
        n=sheet.nomor, u=" (uji ke-{k})".format(k=sheet.urutan) if sheet.urutan > 1 else "")], st)
    story.append(para(
        "Pada hari {h}, tanggal {t}, bertempat di {p}, Pejabat Pengelola Informasi dan Dokumentasi {b} "
        "melaksanakan pengujian konsekuensi {w} atas informasi yang diusulkan untuk dikecualikan oleh {u}, "
        "dengan hasil sebagai berikut:".format(
            h=day_name_id(sheet.tanggal), t=format_date_id(sheet.tanggal), p=sheet.tempat or agency.kota or "-",
            b=agency.nama, w=sheet.waktu.lower(), u=sheet.unit_pengusul or agency.unit_kerja or agency.nama),
        st.body))
    story.append(Spacer(1, 0.3 * cm))
    story.append(blocks.label_rows([
        ("Badan Publik / Unit Kerja", ", ".join(p for p in (agency.nama, agency.unit_kerja) if p)),
        ("Unit pengusul", sheet.unit_pengusul), ("Informasi yang diuji", sheet.judul),
        ("Dokumen yang memuat", sheet.dokumen_sumber), ("Ringkasan isi", sheet.ringkasan),
        ("Bentuk dan lokasi", sheet.bentuk_lokasi), ("Dasar hukum pengecualian", sheet.dasar_hukum),
        ("Alasan pengecualian", sheet.alasan), ("Konsekuensi apabila dibuka", sheet.konsekuensi),
        ("Pertimbangan apabila ditutup", sheet.pertimbangan), ("Jangka waktu pengecualian", sheet.jangka_waktu),
        ("Syarat informasi dibuka kembali", sheet.syarat),
    ], st, width))
    marks = {"dikecualikan_seluruhnya": "Dikecualikan seluruhnya",
             "dikecualikan_sebagian": "Dikecualikan sebagian" + (": " + sheet.bagian if sheet.bagian else ""),
             "terbuka": "Terbuka"}
    story.append(blocks.label_rows([("Kesimpulan", "\n".join(
        "{m} {t}".format(m="[X]" if key == sheet.kesimpulan else "[  ]", t=text) for key, text in marks.items()))],
        st, width))
    story.append(Spacer(1, 0.4 * cm))
    story.append(CondPageBreak(3.5 * cm))  # the heading never ends a page without the first participants
    story.append(para("Peserta pengujian konsekuensi:", st.bold, bold=True))
    story.append(Spacer(1, 0.15 * cm))
    header = [_head(["No.", "Nama", "Jabatan / Unit", "Tanda Tangan"], st)]
    people = sheet.peserta or (Participant("", "", ""),) * 3
    body = []
    for number, person in enumerate(people, start=1):
        signature = Paragraph("{n}. ....................".format(n=number), st.cell) if number % 2 else Paragraph(
            "<para alignment='right'>{n}. ....................</para>".format(n=number), st.cell)
        body.append(_cells([str(number), person.nama, ", ".join(p for p in (person.jabatan, person.unit) if p)],
                           st) + [signature])
    table = Table(header + body, colWidths=[width * s for s in (0.07, 0.33, 0.35, 0.25)], repeatRows=1,
                  splitInRow=1)
    table.setStyle(TableStyle(blocks.GRID + [("BOTTOMPADDING", (0, 1), (-1, -1), 12)]))
    story.append(table)
    left = Signature(atasan.jabatan, atasan.nama, atasan.nip, atasan.pangkat, atasan.prefix, "Menyetujui,", ("",),
                     atasan.show_pangkat_nip)
    story.append(blocks.signatures(left, _signed(ppid, sheet.tempat or agency.kota, sheet.tanggal, issued=False),
                                   st, width))
    return render(story, layout, "Lembar Pengujian Konsekuensi {n}".format(n=sheet.nomor))


# --- 3. the penetapan (keputusan) and its lampiran ----------------------------------------------

@dataclass(frozen=True)
class Decree:
    nomor: str
    tanggal: date
    tempat: str
    jenis: str                # pengecualian | pembukaan | edisi
    tahun: int
    rows: tuple[ListRow, ...]
    ppid: Signature           # the PPID whose consequence test underlies the decision
    signer: Signature         # who signs the keputusan (the Atasan PPID by default)
    tanggal_uji: tuple[date, ...] = ()


def decree_subject(decree: Decree, agency: Agency) -> str:
    where = "DI LINGKUNGAN {b}".format(b=agency.nama.upper())
    if decree.jenis == "pembukaan":
        return "PEMBUKAAN INFORMASI YANG SEBELUMNYA DIKECUALIKAN " + where
    if decree.jenis == "edisi":
        return "DAFTAR INFORMASI YANG DIKECUALIKAN {w} TAHUN {t}".format(w=where, t=decree.tahun)
    return "PENETAPAN KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN " + where


def _office(signer: Signature, agency: Agency) -> str:
    return (signer.jabatan or "Atasan PPID {b}".format(b=agency.nama)).upper()


def build_penetapan(agency: Agency, decree: Decree) -> bytes:
    """KEPUTUSAN ... NOMOR ... TENTANG ...; Menimbang; Mengingat; MEMUTUSKAN; Menetapkan; diktum;
    signature; then the lampiran (landscape) with its reference block, title, table and signature.
    Carries the six elements of Perki 1/2017 Pasal 4 ayat 4."""
    st = blocks.styles(agency.settings.font_size)
    layout = Layout(agency.settings, agency.head, first_wide=False, later_wide=False)
    width = layout.frame_width(False)
    office = _office(decree.signer, agency)
    subject = decree_subject(decree, agency)
    ppid = decree.ppid
    tested = ", ".join(format_date_id(d) for d in decree.tanggal_uji) or "-"
    story: list[Flowable] = blocks.titles(["KEPUTUSAN {o}".format(o=office), "NOMOR {n}".format(n=decree.nomor),
                                           "TENTANG", subject], st)
    story += [para(office + ",", st.title, bold=True), Spacer(1, 0.4 * cm)]
    opening = decree.jenis == "pembukaan"
    menimbang = [
        "bahwa berdasarkan Pasal 17 dan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
        "Publik, Pejabat Pengelola Informasi dan Dokumentasi wajib melakukan pengujian konsekuensi secara saksama "
        "dan penuh ketelitian sebelum menyatakan Informasi Publik tertentu dikecualikan;",
        ("bahwa pengecualian informasi tidak bersifat permanen dan informasi sebagaimana tercantum dalam Lampiran "
         "Keputusan ini tidak lagi memenuhi alasan untuk dikecualikan;") if opening else
        ("bahwa Pejabat Pengelola Informasi dan Dokumentasi {b} telah melakukan pengujian konsekuensi atas "
         "informasi sebagaimana tercantum dalam Lampiran Keputusan ini;").format(b=agency.nama),
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
        "Keputusan {o} tentang {s};".format(o=title_case(office), s=title_case(subject)),
    ]
    story.append(blocks.numbered("Menimbang", menimbang, st, width, [c + "." for c in LETTERS]))
    laws = list(agency.settings.mengingat) or ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
                                               "Informasi Publik"]
    story.append(blocks.numbered("Mengingat", [law + (";" if n < len(laws) - 1 else ".") for n, law in
                                              enumerate(laws)], st, width, [str(n) + "." for n in range(1, 30)]))
    story += [Spacer(1, 0.3 * cm), CondPageBreak(4 * cm), para("MEMUTUSKAN:", st.title, bold=True),
              Spacer(1, 0.2 * cm)]
    story.append(blocks.numbered("Menetapkan", ["KEPUTUSAN {o} TENTANG {s}.".format(o=office, s=subject)], st,
                                 width, [""]))
    where = agency.nama + (", unit kerja " + agency.unit_kerja if agency.unit_kerja else "")
    if opening:
        dicta = [
            "Menyatakan informasi sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
            "Keputusan ini tidak lagi dikecualikan di lingkungan {w} dan menjadi Informasi Publik yang dapat "
            "diakses, dengan alasan pembukaan sebagaimana tercantum dalam Lampiran.".format(w=where),
            "Pejabat Pengelola Informasi dan Dokumentasi {b}, {n}, NIP {i}, {j}, mencatat informasi sebagaimana "
            "dimaksud dalam Diktum {k} ke dalam Daftar Informasi Publik.".format(
                b=agency.nama, n=ppid.nama or "-", i=ppid.nip or "-", j=ppid.jabatan or "PPID",
                k=DIKTUM[agency.settings.diktum][0]),
        ]
    else:
        dicta = [
            "Menetapkan klasifikasi Informasi Publik yang dikecualikan di lingkungan {w} sebagaimana tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini, memuat jenis klasifikasi "
            "informasi, dasar hukum dan alasan pengecualian, serta jangka waktu pengecualiannya.".format(w=where),
            "Klasifikasi sebagaimana dimaksud dalam Diktum {k} ditetapkan berdasarkan pengujian konsekuensi yang "
            "dilakukan oleh Pejabat Pengelola Informasi dan Dokumentasi {b}, {n}, NIP {i}, {j}, pada tanggal {t}, "
            "dengan persetujuan {a}.".format(
                k=DIKTUM[agency.settings.diktum][0], b=agency.nama, n=ppid.nama or "-", i=ppid.nip or "-",
                j=ppid.jabatan or "PPID", t=tested, a=decree.signer.jabatan or "Atasan PPID"),
            "Informasi sebagaimana dimaksud dalam Diktum {k} dikecualikan selama jangka waktu yang tercantum dalam "
            "Lampiran; setelah jangka waktu tersebut berakhir, informasi menjadi Informasi Publik yang dapat "
            "diakses.".format(k=DIKTUM[agency.settings.diktum][0]),
            "Pejabat Pengelola Informasi dan Dokumentasi {b} mendokumentasikan Keputusan ini sebagai pedoman dalam "
            "memberikan pelayanan Informasi Publik.".format(b=agency.nama),
        ]
    dicta.append("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    diktum = [blocks.numbered(DIKTUM[agency.settings.diktum][number], [text], st, width, [""])
              for number, text in enumerate(dicta)]
    signer = _signed(decree.signer, decree.tempat or agency.kota, decree.tanggal)
    # the last diktum goes with the signature: a signature never stands alone on a page
    story += diktum[:-1] + [KeepTogether(diktum[-1:] + blocks.signature_parts(None, signer, st, width))]
    if agency.settings.tembusan:
        story.append(Spacer(1, 0.5 * cm))
        story.append(blocks.numbered("Tembusan", list(agency.settings.tembusan), st, width,
                                     [str(n) + "." for n in range(1, 30)], label_width=2.2 * cm))

    story += lampiran_break()
    wide = layout.frame_width(True)
    reference = Table([[para(label, st.small), para(":", st.small), para(value, st.small)] for label, value in (
        ("LAMPIRAN", "KEPUTUSAN {o}".format(o=office)), ("NOMOR", decree.nomor),
        ("TANGGAL", format_date_id(decree.tanggal)), ("TENTANG", subject))],
        colWidths=[2.3 * cm, 0.4 * cm, 9.3 * cm], hAlign="RIGHT")
    reference.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [reference, Spacer(1, 0.5 * cm)] + blocks.titles([
        "INFORMASI YANG DIBUKA KEMBALI" if opening else "KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN",
        agency.nama.upper(), "TAHUN {t}".format(t=decree.tahun)], st)
    closing = blocks.signature_parts(None, signer, st, wide)
    if opening:
        header = [_head(["No.", "Informasi", "Dasar Pengecualian Semula", "Alasan Pembukaan"], st)]
        body = [[str(n), "{j}\n({k})".format(j=r.judul, k=r.nomor), r.dasar_hukum, r.alasan]
                for n, r in enumerate(decree.rows, start=1)]
        story += blocks.long_table(header, body, st.cell, [wide * s for s in (0.05, 0.3, 0.3, 0.35)],
                                   closing=closing)
    else:
        story += _dik_table(decree.rows, st, layout, closing, with_alasan=True)
    return render(story, layout, "Keputusan Nomor {n}".format(n=decree.nomor))


# --- 5. the history of one item -----------------------------------------------------------------

@dataclass(frozen=True)
class HistoryLine:
    when: str
    who: str
    what: str
    changes: str


def build_history(agency: Agency, nomor: str, judul: str, status: str, lines: Sequence[HistoryLine],
                  signer: Signature, tanggal: date) -> bytes:
    """Every audit event of one item, for an auditor or the Komisi Informasi."""
    st = blocks.styles(agency.settings.font_size)
    layout = _layout(agency, False)
    width = layout.frame_width(False)
    heading = blocks.titles(["RIWAYAT INFORMASI YANG DIUSULKAN UNTUK DIKECUALIKAN", "Nomor Usulan " + nomor], st)
    heading.append(blocks.label_rows([("Informasi", judul), ("Status saat dicetak", status),
                                      ("Badan Publik", agency.nama)], st, width, 4 * cm))
    heading.append(Spacer(1, 0.3 * cm))
    header = [_head(["No.", "Waktu", "Pengguna", "Tindakan", "Rincian"], st)]
    body = [[str(n), line.when, line.who, line.what, line.changes] for n, line in enumerate(lines, start=1)]
    closing = blocks.signature_parts(None, _signed(signer, agency.kota, tanggal, issued=False), st, width)
    story = heading + blocks.long_table(header, body, st.cell, [width * s for s in (0.06, 0.16, 0.13, 0.25, 0.4)],
                                        closing=closing)
    return render(story, layout, "Riwayat usulan {n}".format(n=nomor))


__all__ = ["Agency", "Decree", "HistoryLine", "ListRow", "Participant", "Signature", "UjiSheet", "build_dik",
           "build_history", "build_penetapan", "build_uji", "build_usulan", "markup"]
