"""The legal basis ("dasar hukum") of an exemption: reading the free text, writing it back.

Published tables cite the basis in many ways ("Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008
jo. UU 27/2022", "Psl. 17 hrf c angka 4 UU KIP", numbered lists of several laws, ...).
``parse_legal_basis`` finds the Pasal 17 grounds of UU 14/2008 (UU KIP) and keeps every other
statute as written; ``format_legal_basis`` writes grounds and statutes back as text that
``parse_legal_basis`` reads to the same grounds (same order) and statutes.

How a text is read:

* Segments are separated by line breaks, ";" and "jo."/"juncto".
* In a segment, "anchors" are found: a pasal ("Pasal 17", "Psl. 57") or a statute keyword
  ("UU", "Peraturan ...", "Perpres", "Keputusan ...", ...). A statute keyword inside the title of
  the statute before it ("PP 61/2010 tentang Pelaksanaan UU 14/2008 ...") is not an anchor.
* A pasal directly followed by a statute (only spaces between) is a pasal of that statute; so is
  a statute directly followed by a pasal. After a connector ("dan", ",", "serta", ...) the next
  anchor starts a separate reference.
* "Pasal 17" with UU KIP, or with no statute, gives grounds; every other reference goes to
  ``uu_lain`` as written (list markers, connectors and trailing punctuation trimmed).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from dikecualikan_gui.domain.model import Ground
from dikecualikan_gui.domain.pasal17 import UU_KIP, ground_error

_T = TypeVar("_T")


@dataclass(frozen=True)
class LegalBasis:
    """What a "dasar hukum" text says. ``notes`` are findings that do not make it unusable."""

    grounds: tuple[Ground, ...] = ()
    uu_lain: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


class LegalBasisError(ValueError):
    """The text names a Pasal 17 ground that does not exist (huruf k, huruf h angka 9, ...)."""


NOTE_EMPTY = "Dasar hukum kosong."
NOTE_NO_HURUF = 'Dasar hukum menyebut "Pasal 17" tanpa huruf.'
NOTE_NO_GROUNDS = "Tidak ada dasar Pasal 17 UU 14/2008 yang disebut."
NOTE_OTHER_LAW = '"{t}" dibaca sebagai pasal peraturan lain, bukan Pasal 17 UU 14/2008.'
NOTE_UNKNOWN = 'Bagian "{t}" tidak dikenali sebagai pasal atau peraturan dan tidak dicatat.'

_F = re.IGNORECASE | re.ASCII

_SPACES = re.compile(r"[^\S\r\n]+")  # any whitespace but line breaks (also non-breaking spaces)
_SEGMENT_BREAK = re.compile(r"[\r\n;]+|\b(?:jo|juncto)\b\.?", _F)

_STATUTE_WORDS = (
    r"kitab undang ?-? ?undang(?: hukum(?: acara)? (?:pidana|perdata))?"
    r"|kuhperdata|kuhper|kuhp|kuhap"
    r"|undang ?-? ?undang(?: dasar)?|uud|uu|perppu|perpu"
    r"|peraturan|pp|perpres|permen[a-z]*|perda|pergub|perbup|perwal[a-z]*|perwako|perki|perka"
    r"|perkom|perma|perban|perdes|perdirjen|perdir"
    r"|surat keputusan|surat edaran|keputusan|kepmen[a-z]*|keppres|kepres|kepgub|kepbup"
    r"|kepwal[a-z]*|sk|instruksi|inpres|qanun|ketetapan|tap mpr"
)
_ANCHOR = re.compile(
    r"\b(?:(?P<pasal>(?:pasal|psl|ps)\.? ?(?P<number>\d{1,4})(?P<suffix>[a-z]?))(?!\w)"
    r"|(?P<statute>" + _STATUTE_WORDS + r")(?![a-z]))",
    _F,
)
_TENTANG = re.compile(r"\btentang\b", _F)
_KIP = re.compile(
    r"(?:undang ?-? ?undang|uu)(?: (?:republik indonesia|ri))?"
    r" ?(?:(?:(?:nomor|no|nr)\.? ?)?14 ?(?:(?:tahun|thn|th)\.? ?|/ ?)2008(?!\d)"
    r"|(?:tentang )?(?:kip|keterbukaan informasi publik)(?![a-z]))",
    _F,
)
_KIP_TITLE = re.compile(r" ?,? ?tentang (?:keterbukaan informasi publik|kip)(?![a-z])", _F)

# The list of huruf and angka after "Pasal 17".
_AYAT = re.compile(r" ?,? ?(?:ayat|ay\.) ?(?:\( ?\d{1,3} ?\)|\d{1,3}(?!\d))", _F)
_HURUF_KW = re.compile(r" ?(?:huruf|hrf|hr)\.?(?![a-z])", _F)
_LETTER = re.compile(r" ?(?:\( ?([a-z]) ?\)|([a-z])(?![\w-]))", _F)
_DOT_NUMBER = re.compile(r"\.(\d{1,2})(?!\d)", _F)  # "huruf h.5"
_ANGKA_KW = re.compile(r" ?(?:angka|butir|poin|point)\.?(?![a-z])", _F)
_NUMBER = re.compile(r" ?(?:\( ?(\d{1,9}) ?\)|(\d{1,9}))(?!\w)", _F)
_RANGE = re.compile(r" ?(?:s ?[./] ?d\b\.?|sampai dengan|sampai|hingga|[-\u2013\u2014])", _F)
_SEPARATOR = re.compile(r"(?: ?(?:,|&|/|(?:dan|serta|atau)(?![a-z])))+", _F)

_CONNECTORS = frozenset({"dan", "serta", "atau", "maupun", "jo", "jo.", "juncto"})
_DISCONNECTING = ",;.&/:"
_TRIM = " ,;:.&/-\u2013\u2014*\u2022"
_LIST_MARKER = re.compile(r" ?(?:\(?\d{1,2}[.)]|\(?[a-z][.)])(?= |$)", _F)
_FILLER = re.compile(
    r"(?:(?:dasar hukum(?: pengecualian)?|berdasarkan|sesuai(?: dengan)?|mengacu(?: pada| kepada)?"
    r"|merujuk(?: pada| kepada)?|menurut|vide|lihat|diatur dalam|ketentuan|pengecualian"
    r"|sebagaimana(?: telah)?(?: beberapa kali| terakhir)? diubah(?: terakhir)?(?: dengan)?)\W*)+",
    _F,
)


def parse_legal_basis(text: str) -> LegalBasis:
    """Read a "dasar hukum" text; raise LegalBasisError if it names a ground that cannot exist.

    Grounds keep their order of appearance, without duplicates. A huruf that has angka but is
    cited without one (e.g. "Pasal 17 huruf h") is returned as Ground("h", None).
    """
    if not text.strip():
        return LegalBasis(notes=(NOTE_EMPTY,))
    grounds: list[Ground] = []
    uu_lain: list[str] = []
    notes: list[str] = []
    for segment in _SEGMENT_BREAK.split(_SPACES.sub(" ", text)):
        _read_segment(segment.strip(), grounds, uu_lain, notes)
    if not grounds:
        notes.append(NOTE_NO_GROUNDS)
    return LegalBasis(_unique(grounds), _unique(uu_lain), _unique(notes))


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


def _read_segment(
    segment: str, grounds: list[Ground], uu_lain: list[str], notes: list[str]
) -> None:
    anchors = _anchors(segment)
    if not anchors:
        _unrecognised(segment, notes)
        return
    _unrecognised(segment[: anchors[0].start()], notes)
    pieces = list(zip(anchors, [a.start() for a in anchors[1:]] + [len(segment)], strict=True))
    i = 0
    while i < len(pieces):
        anchor, end = pieces[i]
        size = 1
        if i + 1 < len(pieces):
            following = pieces[i + 1][0]
            joined = _connected(segment[anchor.start() : end])
            if joined and _is_pasal(following) != _is_pasal(anchor):
                size = 2
        _read_reference(segment, pieces[i : i + size], grounds, uu_lain, notes)
        i += size


def _is_pasal(anchor: re.Match[str]) -> bool:
    return anchor.group("pasal") is not None


def _anchors(segment: str) -> list[re.Match[str]]:
    """Pasal and statute anchors, leaving out statutes named in the title of the one before."""
    found = []
    statute_start = -1
    for m in _ANCHOR.finditer(segment):
        if m.group("statute") is not None:
            if (
                statute_start >= 0
                and _TENTANG.search(segment, statute_start, m.start())
                and _connected(segment[statute_start : m.start()])
            ):
                continue
            statute_start = m.start()
        else:
            statute_start = -1
        found.append(m)
    return found


def _connected(text: str) -> bool:
    """True when ``text`` does not end in a connector ("dan", ",", ...) before what follows."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in _DISCONNECTING:
        return False
    return stripped.rpartition(" ")[2].lower() not in _CONNECTORS


def _read_reference(
    segment: str,
    pieces: list[tuple[re.Match[str], int]],
    grounds: list[Ground],
    uu_lain: list[str],
    notes: list[str],
) -> None:
    """One reference: a pasal, a statute, or a pasal with its statute (either order).

    ``pieces`` holds one or two anchors, each with the end of its text in ``segment``.
    """
    pasal, pasal_end = next(((m, e) for m, e in pieces if _is_pasal(m)), (None, 0))
    statute, statute_end = next(((m, e) for m, e in pieces if not _is_pasal(m)), (None, 0))
    kip = _KIP.match(segment, statute.start(), statute_end) if statute is not None else None
    is_pasal_17 = pasal is not None and pasal.group("number") == "17" and not pasal.group("suffix")
    if (pasal is None or is_pasal_17) and (statute is None or kip is not None):
        if pasal is not None:
            piece = segment[pasal.start() : pasal_end]
            found, end = _pasal_17_grounds(piece, pasal.end() - pasal.start())
            if not found:
                notes.append(NOTE_NO_HURUF)
            grounds.extend(found)
            _unrecognised(piece[end:], notes)
        if kip is not None:
            # Text after the name of UU 14/2008 (and its title) that is no anchor, as in
            # "UU KIP dan Kode Etik Jurnalistik", is noted rather than silently dropped.
            title = _KIP_TITLE.match(segment, kip.end(), statute_end)
            rest = segment[title.end() if title else kip.end() : statute_end]
            if not _KIP.fullmatch(_clean(rest).strip("()")):  # "... Publik (UU KIP)"
                _unrecognised(rest, notes)
        return
    written = _clean(segment[pieces[0][0].start() : pieces[-1][1]])
    if is_pasal_17:
        notes.append(NOTE_OTHER_LAW.format(t=written))
    if written:
        uu_lain.append(written)


def _check(huruf: str, angka: int | None) -> None:
    message = ground_error(huruf, angka)
    if message is not None:
        raise LegalBasisError(message)


def _pasal_17_grounds(piece: str, pos: int) -> tuple[list[Ground], int]:
    """The grounds listed in ``piece`` after the "Pasal 17" that ends at ``pos``, and where
    the list ends."""
    m = _AYAT.match(piece, pos)  # "Pasal 17 ayat (1)": Pasal 17 has no ayat; ignore it
    if m:
        pos = m.end()
    m = _HURUF_KW.match(piece, pos)
    if m is None:
        return [], pos
    end = pos = m.end()
    found: list[Ground] = []
    while letter := _LETTER.match(piece, pos):
        huruf = (letter.group(1) or letter.group(2)).lower()
        _check(huruf, None)
        numbers, end = _angka_list(piece, letter.end(), huruf)
        pos = end
        if numbers:
            found.extend(Ground(huruf, n) for n in numbers)
        else:
            found.append(Ground(huruf))
        # The next huruf: "dan i", ", huruf j", or "huruf j" without a separator.
        separator = _SEPARATOR.match(piece, pos)
        pos = separator.end() if separator else pos
        keyword = _HURUF_KW.match(piece, pos)
        if keyword:
            pos = keyword.end()
        elif separator is None:
            break
    return found, end


def _angka_list(piece: str, pos: int, huruf: str) -> tuple[list[int], int]:
    """Angka after a huruf: "angka 5", "angka 3 dan 4", "angka 1 s.d. 3", "angka (5)", ".5"."""
    m = _DOT_NUMBER.match(piece, pos)
    if m is None:
        keyword = _ANGKA_KW.match(piece, pos)
        m = _NUMBER.match(piece, keyword.end()) if keyword else None
        if m is None:
            return [], pos
    numbers = [_number_of(m)]
    _check(huruf, numbers[0])
    pos = m.end()
    while True:
        dash = _RANGE.match(piece, pos)
        m = _NUMBER.match(piece, dash.end()) if dash else None
        if m is not None:
            low, high = numbers[-1], _number_of(m)
            _check(huruf, high)
            step = 1 if high >= low else -1
            numbers.extend(range(low + step, high + step, step))
            pos = m.end()
            continue
        separator = _SEPARATOR.match(piece, pos)
        if separator is not None:
            after = separator.end()
            keyword = _ANGKA_KW.match(piece, after)
            m = _NUMBER.match(piece, keyword.end() if keyword else after)
            if m is not None:
                numbers.append(_number_of(m))
                _check(huruf, numbers[-1])
                pos = m.end()
                continue
        return numbers, pos


def _number_of(m: re.Match[str]) -> int:
    return int(m.group(1) or m.group(2))


def _clean(text: str) -> str:
    """Collapse spaces; trim connectors, unmatched brackets and punctuation at both ends."""
    text = " ".join(text.split())
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_TRIM)
        head, _, last = text.rpartition(" ")
        if head and last.lower() in _CONNECTORS:
            text = head
        first, _, tail = text.partition(" ")
        if first.lower() in _CONNECTORS:
            text = tail
        if text.endswith("(") or (text.endswith(")") and text.count(")") > text.count("(")):
            text = text[:-1]
        if text.startswith(")") or (text.startswith("(") and text.count("(") > text.count(")")):
            text = text[1:]
    return text


def _unrecognised(text: str, notes: list[str]) -> None:
    """Note text that is neither a pasal nor a statute, unless it is a list marker or filler."""
    m = _LIST_MARKER.match(text)
    cleaned = _clean(text[m.end() :] if m else text)
    if cleaned and not _FILLER.fullmatch(cleaned):
        notes.append(NOTE_UNKNOWN.format(t=cleaned))


def _join(words: Sequence[str]) -> str:
    """"a", "a dan b", "a, b dan c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " dan " + words[-1]


def format_grounds(grounds: Sequence[Ground]) -> str:
    """Display text: "Pasal 17 huruf h angka 5", "Pasal 17 huruf b dan i", ...

    Order is preserved: only adjacent grounds of the same huruf are grouped ("huruf h angka 3
    dan 4"), so ``parse_legal_basis(format_grounds(g)).grounds == tuple(g)`` for any valid
    grounds without duplicates, in any order.
    """
    return _format_grounds(tuple(grounds))


@functools.lru_cache(maxsize=4096)
def _format_grounds(grounds: tuple[Ground, ...]) -> str:
    """format_grounds, remembered: a register repeats the same few combinations many times."""
    if not grounds:
        return ""
    items: list[tuple[str, list[int]]] = []
    for g in grounds:
        if g.angka is not None and items and items[-1][0] == g.huruf and items[-1][1]:
            items[-1][1].append(g.angka)
        else:
            items.append((g.huruf, [] if g.angka is None else [g.angka]))
    if all(not numbers for _, numbers in items):
        return "Pasal 17 huruf " + _join([huruf for huruf, _ in items])
    parts = [
        "huruf " + huruf + (" angka " + _join([str(n) for n in numbers]) if numbers else "")
        for huruf, numbers in items
    ]
    return "Pasal 17 " + _join(parts)


def format_legal_basis(grounds: Sequence[Ground], uu_lain: Sequence[str]) -> str:
    """Full text: the grounds with the name of UU 14/2008, then each other statute on its line."""
    lines = [format_grounds(grounds) + " " + UU_KIP] if grounds else []
    lines.extend(" ".join(s.split()) for s in uu_lain if s.strip())
    return "\n".join(lines)
