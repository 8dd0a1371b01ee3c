"""Information the law says is open, and signs of a person's secret: judgements to warn about.

UU 14/2008 lists information a public body must announce or have available at any time, and
information that is never exempt:
- Pasal 9 ayat (2): information about the body (a), its activities and performance (b), its
  financial reports (c);
- Pasal 11 ayat (1): the list of all public information (a), decisions of the body and their
  considerations (b), every policy with its supporting documents (c), project work plans including
  the annual expenditure estimate (d), agreements with third parties (e), what officials say in
  meetings open to the public (f), staff work procedures for public services (g), reports on the
  information-access service (h);
- Pasal 18 ayat (1): court decisions (a); ketetapan, keputusan, peraturan, surat edaran or other
  policy (b); orders to stop an investigation or prosecution (c); the annual spending plan (d) and
  annual financial report (e) of law-enforcement bodies; reports on recovered corruption money (f).
Words in an item's title, summary or source document that point at such information give a
warning naming the article. Only a part may be exempt; the whole document stays open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dikecualikan_gui.domain.model import ItemContent


@dataclass(frozen=True)
class OpenRule:
    pattern: re.Pattern[str]
    what: str  # the kind of information, in the law's words
    article: str  # where UU 14/2008 says it is open


def _rule(words: str, what: str, article: str) -> OpenRule:
    return OpenRule(re.compile(words), what, article)


OPEN_RULES: tuple[OpenRule, ...] = (
    _rule(r"\bputusan\b(?!\s+rapat)", "putusan badan peradilan", "Pasal 18 ayat (1) huruf a"),
    _rule(
        r"\bketetapan\b|\bsurat keputusan\b|\bkeputusan\b|\bsk\b",
        "ketetapan atau keputusan badan publik beserta pertimbangannya",
        "Pasal 18 ayat (1) huruf b dan Pasal 11 ayat (1) huruf b",
    ),
    _rule(
        r"\bperaturan\b|\bsurat edaran\b|\bkebijakan\b",
        "peraturan, surat edaran atau kebijakan lain beserta dokumen pendukungnya",
        "Pasal 18 ayat (1) huruf b dan Pasal 11 ayat (1) huruf c",
    ),
    _rule(
        r"\bsp3\b|\bskp2\b|penghentian penyidikan|penghentian penuntutan",
        "surat perintah penghentian penyidikan atau penuntutan",
        "Pasal 18 ayat (1) huruf c",
    ),
    _rule(
        r"\blaporan keuangan\b|\blaporan realisasi anggaran\b|\blra\b|\bneraca\b",
        "laporan keuangan",
        "Pasal 9 ayat (2) huruf c",
    ),
    _rule(
        r"\brencana kerja\b|\brencana kegiatan\b|\bpagu\b|\bdipa\b|\brka\b|\brkt\b|\bdpa\b|\brenja\b"
        r"|\brencana anggaran\b|\bperkiraan pengeluaran\b|\brencana pengeluaran\b",
        "rencana kerja proyek termasuk perkiraan pengeluaran tahunan",
        "Pasal 11 ayat (1) huruf d",
    ),
    _rule(
        r"\bperjanjian\b|\bkontrak\b|\bkerja ?sama\b|\bmou\b|\bnota kesepahaman\b",
        "perjanjian badan publik dengan pihak ketiga",
        "Pasal 11 ayat (1) huruf e",
    ),
    _rule(
        r"\bprosedur kerja\b|\bsop\b|\bstandar operasional\b|\bstandar pelayanan\b",
        "prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat",
        "Pasal 11 ayat (1) huruf g",
    ),
    _rule(
        r"\blaporan (?:layanan|pelayanan) (?:akses )?informasi\b",
        "laporan mengenai pelayanan akses informasi publik",
        "Pasal 11 ayat (1) huruf h",
    ),
    _rule(
        r"\blaporan kinerja\b|\blakip\b|\blkjip\b|\bstruktur organisasi\b|\btugas (?:pokok )?dan fungsi\b"
        r"|\bprofil (?:badan|dinas|instansi|lembaga)\b",
        "informasi tentang badan publik, kegiatan dan kinerjanya",
        "Pasal 9 ayat (2) huruf a dan b",
    ),
    _rule(
        r"pengembalian (?:uang|kerugian)\b.*korupsi",
        "laporan hasil pengembalian uang hasil korupsi",
        "Pasal 18 ayat (1) huruf f",
    ),
)

#: Words that point at a person's secret (Pasal 17 huruf h, or an authentic deed or will: huruf g).
PERSONAL = re.compile(
    r"\brekam medis\b|\bkesehatan\b|\bmedical\b|\bdata pribadi\b|\bbiodata\b|\brekening\b|\bnik\b"
    r"|\bnomor induk kependudukan\b|\bgaji\b|\bpenghasilan\b|\bharta kekayaan\b|\briwayat hidup\b"
    r"|\bkeluarga\b|\bakta\b|\bwasiat\b|\bpsikolog|\bnilai (?:skp|ujian|seleksi|rapor)\b|\bhasil evaluasi\b"
)


def _text(content: ItemContent) -> str:
    return " ".join((content.judul, content.ringkasan, content.dokumen_sumber)).casefold()


def open_by_law(content: ItemContent) -> list[OpenRule]:
    """The rules an item's words point at (each at most once)."""
    text = _text(content)
    return [rule for rule in OPEN_RULES if rule.pattern.search(text)]


def looks_personal(content: ItemContent) -> bool:
    return bool(PERSONAL.search(_text(content)))
