"""Legal instruments named in free text: where a text names them, and of which kind they are.

A "dasar hukum" cell names pasal ("Pasal 17", "Psl. 57") and instruments ("UU 43/2009",
"Peraturan Presiden Nomor 16 Tahun 2018", "Permendagri 3/2017", "Keputusan Sekjen ...").
``find_anchors`` finds both in one segment of text; ``statute_kind`` tells the kind of the
instrument a text cites, and ``is_undang_undang`` whether it cites an Undang-Undang (or a Perppu)
other than UU 14/2008 -- what Pasal 17 huruf j requires (docs/law.md section 3).

An instrument named inside the title of another ("PP 61/2010 tentang Pelaksanaan UU 14/2008")
or as its abbreviation in brackets ("Peraturan Komisi Informasi (Perki) Nomor 1 Tahun 2017",
"UU 27/2022 (UU PDP)") is not an instrument of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dikecualikan_gui.domain.model import LabeledEnum


class StatuteKind(LabeledEnum):
    UUD = ("uud", "Undang-Undang Dasar")
    UNDANG_UNDANG = ("uu", "Undang-Undang")
    PERPPU = ("perppu", "Peraturan Pemerintah Pengganti Undang-Undang")
    PERATURAN_PEMERINTAH = ("pp", "Peraturan Pemerintah")
    PERPRES = ("perpres", "Peraturan Presiden")
    PERATURAN_MENTERI = ("permen", "Peraturan Menteri")
    PERKI = ("perki", "Peraturan Komisi Informasi")
    PERDA = ("perda", "Peraturan Daerah")
    PERGUB = ("pergub", "Peraturan Gubernur")
    PERBUP = ("perbup", "Peraturan Bupati")
    PERWAL = ("perwal", "Peraturan Wali Kota")
    KEPUTUSAN = ("keputusan", "Keputusan")
    LAINNYA = ("lainnya", "Lainnya")


#: Kinds that are an Undang-Undang in the sense of Pasal 17 huruf j.
UNDANG_UNDANG_KINDS = frozenset({StatuteKind.UNDANG_UNDANG, StatuteKind.PERPPU})

_F = re.IGNORECASE | re.ASCII
_UU = r"undang ?-? ?undang"

_SPACES = re.compile(r"[^\S\r\n]+")  # any whitespace but line breaks (also non-breaking spaces)
_SEGMENT_BREAK = re.compile(r"[\r\n;]+")

# The words that start the name of an instrument; longer names before their prefixes.
_STATUTE_WORDS = (
    r"kitab " + _UU + r"(?: hukum(?: acara)? (?:pidana|perdata))?"
    r"|kuhperdata|kuhper|kuhp|kuhap"
    r"|peraturan pemerintah pengganti (?:" + _UU + r"|uu)"
    r"|" + _UU + r"(?: dasar)?|uud|uu|perppu|perpu"
    r"|peraturan|pp|perpres|permen[a-z]*|pmk|perda|pergub|perbup|perwal[a-z]*|perwako|perki|perka"
    r"|perkom|perma|perban|perdes|perdirjen|perdir|pojk"
    r"|surat keputusan|surat edaran|keputusan|kepmen[a-z]*|keppres|kepres|kepgub|kepbup"
    r"|kepwal[a-z]*|kepdirjen|kepsekjen|sk|instruksi|inpres|qanun|ketetapan|tap mpr"
)
_ANCHOR = re.compile(
    r"\b(?:(?P<pasal>(?:pasal|psl|ps)\.? ?(?P<number>\d{1,4})(?P<suffix>[a-z]?))(?!\w)"
    r"|(?<![/-])(?P<statute>" + _STATUTE_WORDS + r")(?![a-z]))",
    _F,
)
# The kind of an instrument, from the words at its start (tried in this order).
_KINDS = tuple(
    (re.compile(pattern, _F), kind)
    for pattern, kind in (
        (_UU + r" dasar|uud", StatuteKind.UUD),
        (r"perp?pu|peraturan pemerintah pengganti", StatuteKind.PERPPU),
        (r"kitab|kuh|undang|uu", StatuteKind.UNDANG_UNDANG),
        (r"peraturan pemerintah|pp", StatuteKind.PERATURAN_PEMERINTAH),
        (r"peraturan presiden|perpres", StatuteKind.PERPRES),
        (r"peraturan komisi informasi|peraturan ki(?![a-z])|perki", StatuteKind.PERKI),
        (r"peraturan (?:bersama )?menteri|permen|pmk", StatuteKind.PERATURAN_MENTERI),
        (r"peraturan daerah|perda|qanun", StatuteKind.PERDA),
        (r"peraturan gubernur|pergub", StatuteKind.PERGUB),
        (r"peraturan bupati|perbup", StatuteKind.PERBUP),
        (r"peraturan wali ?kota|perwal|perwako", StatuteKind.PERWAL),
        (r"surat keputusan|keputusan|kep(?:men|pres|res|gub|bup|wal|dirjen|sekjen)|sk", StatuteKind.KEPUTUSAN),
    )
)
_TENTANG = re.compile(r"\btentang\b", _F)
_KIP = re.compile(
    r"(?:" + _UU + r"|uu)(?: (?:republik indonesia|ri))?"
    r" ?(?:(?:(?:nomor|no|nr)\.? ?)?14 ?(?:(?:tahun|thn|th)\.? ?|/ ?)2008(?!\d)"
    r"|(?:tentang )?(?:kip|keterbukaan informasi publik)(?![a-z]))",
    _F,
)
# "... sebagaimana telah beberapa kali diubah terakhir dengan ...", "... yang diubah dengan ...".
_AMEND_WORD = (
    r"(?:telah|beberapa|kali|terakhir|untuk|dan|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan)(?![a-z])"
)
# Each word after one run of spaces and commas, so that a long text cannot make it backtrack.
AMENDMENT = (
    r"(?:(?:sebagaimana|yang)(?:[ ,]+" + _AMEND_WORD + r")*[ ,]+)?di(?:ubah|rubah)(?![a-z])"
    r"(?:[ ,]+" + _AMEND_WORD + r")*(?:[ ,]+(?:dengan|oleh|melalui|menjadi)(?![a-z]))?"
)
_AMENDMENT_AT_END = re.compile(r"(?<![a-z])" + AMENDMENT + r"[ ,]*$", _F)
_CONNECTORS = frozenset({"dan", "serta", "atau", "maupun", "jo", "jo.", "juncto"})
_DISCONNECTING = ",;.&/:"
# The word after "UU"/"Undang-Undang" that names a law ("Nomor 43", "43/2009", "ITE", "tentang ...").
_NEXT_WORD = re.compile(r"(?: ?(?:republik indonesia|ri)(?![a-z]))?[\s.,:(-]*([a-z0-9]*)", _F)
_NOT_A_NAME = frozenset(
    {
        "",
        "yang",
        "lain",
        "lainnya",
        "terkait",
        "tersebut",
        "ini",
        "itu",
        "berlaku",
        "dan",
        "atau",
        "serta",
        "maupun",
        "jo",
        "juncto",
        "sebagaimana",
        "di",
        "dalam",
        "pada",
        "sesuai",
    }
)


@dataclass(frozen=True)
class Anchor:
    """A pasal ("Pasal 17", "Psl. 57A") or the first words of an instrument, in one segment."""

    start: int
    end: int
    number: str = ""  # of a pasal: "17"
    suffix: str = ""  # of a pasal: "A" in "Pasal 17A"
    kind: StatuteKind | None = None  # of an instrument; None for a pasal

    @property
    def is_pasal(self) -> bool:
        return self.kind is None

    @property
    def is_pasal_17(self) -> bool:
        return self.kind is None and self.number == "17" and not self.suffix


def segments(text: str) -> list[str]:
    """The text cut at line breaks and ";", spaces collapsed, each stripped."""
    return [s.strip() for s in _SEGMENT_BREAK.split(_SPACES.sub(" ", text))]


def connected(text: str) -> bool:
    """True when ``text`` does not end in a connector ("dan", ",", "jo.", ...) before what follows."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in _DISCONNECTING:
        return False
    return stripped.rpartition(" ")[2].lower() not in _CONNECTORS


def ends_in_amendment(text: str) -> bool:
    """True when ``text`` ends in "sebagaimana (telah) diubah (terakhir) dengan" or the like."""
    return _AMENDMENT_AT_END.search(text) is not None


def kind_at(text: str, pos: int = 0) -> StatuteKind:
    """The kind of the instrument whose name starts at ``pos``."""
    for pattern, kind in _KINDS:
        if pattern.match(text, pos):
            return kind
    return StatuteKind.LAINNYA


def uu_kip_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The name of UU 14/2008 when it starts at ``pos`` (and ends by ``end``), else None."""
    return _KIP.match(text, pos, end)


def is_uu_kip_name(text: str) -> bool:
    """True when ``text`` is exactly a name of UU 14/2008 ("UU KIP", "UU No. 14 Tahun 2008")."""
    return _KIP.fullmatch(text) is not None


def find_anchors(segment: str) -> list[Anchor]:
    """Pasal and instruments in one segment, leaving out instruments named in the title of the one
    before ("PP 61/2010 tentang Pelaksanaan UU 14/2008") or as its abbreviation in brackets."""
    found: list[Anchor] = []
    statute_start = -1
    for m in _ANCHOR.finditer(segment):
        if m.group("statute") is None:
            found.append(Anchor(m.start(), m.end(), m.group("number"), m.group("suffix")))
            statute_start = -1
            continue
        kind = kind_at(segment, m.start())
        if statute_start >= 0:
            between = segment[statute_start : m.start()]
            in_title = _TENTANG.search(between) is not None and connected(between) and not ends_in_amendment(between)
            alias = between.rstrip().endswith("(") and found[-1].kind is kind
            if in_title or alias:
                continue
        statute_start = m.start()
        found.append(Anchor(m.start(), m.end(), kind=kind))
    return found


def _instruments(text: str) -> list[tuple[str, Anchor, int]]:
    """Each instrument of its own in ``text``: its segment, anchor and the end of its words."""
    out: list[tuple[str, Anchor, int]] = []
    for segment in segments(text):
        anchors = find_anchors(segment)
        ends = [a.start for a in anchors[1:]] + [len(segment)] if anchors else []
        out.extend((segment, a, end) for a, end in zip(anchors, ends, strict=True) if not a.is_pasal)
    return out


def statute_kind(text: str) -> StatuteKind:
    """The kind of the (first) instrument ``text`` cites: "UU 27/2022" -> UNDANG_UNDANG,
    "Pasal 26 ayat (5) Perpres No. 16 Tahun 2018" -> PERPRES, "Permendagri 3/2017" ->
    PERATURAN_MENTERI, "Keputusan Sekjen ..." -> KEPUTUSAN; LAINNYA when it names none."""
    found = _instruments(text)
    return (found[0][1].kind or StatuteKind.LAINNYA) if found else StatuteKind.LAINNYA


def is_uu_kip(text: str) -> bool:
    """True when the (first) instrument ``text`` cites is UU 14/2008 itself."""
    found = _instruments(text)
    return bool(found) and uu_kip_at(found[0][0], found[0][1].start, found[0][2]) is not None


def is_undang_undang(text: str) -> bool:
    """True when ``text`` cites, as an instrument of its own, a named Undang-Undang or Perppu other
    than UU 14/2008: "UU 27/2022", "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan Pasal 44",
    "UU ITE", "KUHP Pasal 322", "Perppu Nomor 1 Tahun 2020".

    False for a PP, Perpres, Permen, Perki, Perda, Pergub, Perbup, Perwal, Keputusan or SK -- also
    when their title names a UU ("PP 61/2010 tentang Pelaksanaan UU 14/2008") --, for the UUD 1945,
    for UU 14/2008 alone, and for "Undang-Undang" that names no law ("berdasarkan undang-undang").
    With several instruments ("Perpres 54/2010 jo. UU 43/2009") one Undang-Undang is enough.
    """
    for segment, anchor, end in _instruments(text):
        if anchor.kind not in UNDANG_UNDANG_KINDS or uu_kip_at(segment, anchor.start, end):
            continue
        if anchor.kind is StatuteKind.UNDANG_UNDANG and segment[anchor.start : anchor.end].lower().startswith(
            ("kitab", "kuh")
        ):
            return True
        m = _NEXT_WORD.match(segment, anchor.end, end)
        if m is not None and m.group(1).lower() not in _NOT_A_NAME:
            return True
    return False
