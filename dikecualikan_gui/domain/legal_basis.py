"""The legal basis ("dasar hukum") of an exemption: reading the free text, writing it back.

Published tables cite the basis in many ways ("Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008
jo. UU 27/2022", "Psl. 17 hrf c angka 4 UU KIP", numbered lists of several laws, "Perpres 54/2010
sebagaimana terakhir diubah dengan Perpres 4/2015", ...). ``parse_legal_basis`` finds the Pasal 17
grounds of UU 14/2008 (UU KIP) and keeps every other statute as written; ``format_legal_basis``
writes grounds and statutes back as text that ``parse_legal_basis`` reads to the same grounds
(same order) and statutes.

How a text is read: ``legal_references.read_references`` cuts it into references (a pasal, an
instrument, or an instrument with its pasal and amendments). Then:

* A reference to UU 14/2008, or to no instrument: "Pasal 17" gives grounds
  (``pasal17_text.read_grounds``); "Pasal 17" without a huruf gives none, with a note. Another
  pasal ("Pasal 18 UU 14/2008", "Pasal 6 ayat (3) UU KIP", or "Pasal 18" alone) is an article of
  UU 14/2008 that is no ground of exemption: it is noted and not kept.
* Every other reference goes to ``uu_lain`` as written (list markers, connectors and trailing
  punctuation trimmed): "Pasal 16 ayat 1 butir b, Undang-Undang Nomor 11 Tahun 2008 tentang
  Informasi dan Transaksi Elektronik" is one statute, and so is an instrument with its amendment.
* Text that is neither a pasal nor an instrument is noted, unless it is a list marker or filler
  ("Dasar hukum:", "berdasarkan", ...).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from dikecualikan_gui.domain.legal_references import (
    LIST_MARKER,
    Reference,
    Where,
    clean,
    instrument,
    read_references,
    written,
)
from dikecualikan_gui.domain.model import Ground
from dikecualikan_gui.domain.pasal17 import UU_KIP
from dikecualikan_gui.domain.pasal17_text import LegalBasisError, read_grounds
from dikecualikan_gui.domain.statutes import AMENDMENT, is_uu_kip_name

__all__ = [
    "NOTE_BARE_PASAL",
    "NOTE_EMPTY",
    "NOTE_KIP_ARTICLE",
    "NOTE_NO_GROUNDS",
    "NOTE_NO_HURUF",
    "NOTE_OTHER_LAW",
    "NOTE_UNKNOWN",
    "LegalBasis",
    "LegalBasisError",
    "format_grounds",
    "format_legal_basis",
    "parse_legal_basis",
]

_T = TypeVar("_T")


@dataclass(frozen=True)
class LegalBasis:
    """What a "dasar hukum" text says. ``notes`` are findings that do not make it unusable."""

    grounds: tuple[Ground, ...] = ()
    uu_lain: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


NOTE_EMPTY = "Dasar hukum kosong."
NOTE_NO_HURUF = 'Dasar hukum menyebut "Pasal 17" tanpa huruf.'
NOTE_NO_GROUNDS = "Tidak ada dasar Pasal 17 UU 14/2008 yang disebut."
NOTE_OTHER_LAW = '"{t}" dibaca sebagai pasal peraturan lain, bukan Pasal 17 UU 14/2008.'
NOTE_UNKNOWN = 'Bagian "{t}" tidak dikenali sebagai pasal atau peraturan dan tidak dicatat.'
NOTE_KIP_ARTICLE = (
    '"{t}" adalah pasal UU 14/2008, bukan dasar pengecualian Pasal 17; tidak dicatat sebagai peraturan lain.'
)
NOTE_BARE_PASAL = (
    '"{t}" tidak menyebut peraturannya dan dibaca sebagai pasal UU 14/2008, bukan dasar '
    "pengecualian Pasal 17; tidak dicatat sebagai peraturan lain."
)

_F = re.IGNORECASE | re.ASCII

_KIP_TITLE = re.compile(r" ?,? ?tentang (?:keterbukaan informasi publik|kip)(?![a-z])", _F)
# One word or phrase that only introduces a reference; see _is_filler.
_FILLER = re.compile(
    r"(?:dasar hukum(?: pengecualian)?|berdasarkan|sesuai(?: dengan)?|mengacu(?: pada| kepada)?"
    r"|merujuk(?: pada| kepada)?|menurut|vide|lihat|diatur dalam|ketentuan|pengecualian|penjelasan"
    r"|dan|" + AMENDMENT + r")(?![a-z])\W*",
    _F,
)


@dataclass
class _Notes:
    """Notes in the order of the text they are about."""

    items: list[tuple[Where, str]] = field(default_factory=list)

    def add(self, where: Where, note: str) -> None:
        self.items.append((where, note))

    def unrecognised(self, where: Where, text: str) -> None:
        """Note text that is neither a pasal nor an instrument, unless it is a list marker or filler."""
        m = LIST_MARKER.match(text)
        cleaned = clean(text[m.end() :] if m else text)
        if cleaned and not _is_filler(cleaned):
            self.add(where, NOTE_UNKNOWN.format(t=cleaned))

    def in_order(self) -> list[str]:
        return [note for _, note in sorted(self.items, key=lambda item: item[0])]


def _is_filler(text: str) -> bool:
    """True when ``text`` is only filler ("Dasar hukum:", "sebagaimana telah diubah dengan", ...).

    Phrase by phrase, each taken whole: one regular expression repeating the phrases would try
    exponentially many ways to cut a long text that is not filler.
    """
    pos = 0
    while pos < len(text):
        m = _FILLER.match(text, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    return True


def parse_legal_basis(text: str) -> LegalBasis:
    """Read a "dasar hukum" text; raise LegalBasisError if it names a ground that cannot exist.

    Grounds keep their order of appearance, without duplicates. A huruf that has angka but is
    cited without one (e.g. "Pasal 17 huruf h") is returned as Ground("h", None).
    """
    if not text.strip():
        return LegalBasis(notes=(NOTE_EMPTY,))
    grounds: list[Ground] = []
    uu_lain: list[str] = []
    notes = _Notes()
    references, heads = read_references(text)
    for where, head in heads:
        notes.unrecognised(where, head)
    for reference in references:
        _read_reference(reference, grounds, uu_lain, notes)
    found = notes.in_order()
    if not grounds:
        found.append(NOTE_NO_GROUNDS)
    return LegalBasis(_unique(grounds), _unique(uu_lain), _unique(found))


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


def _read_reference(reference: Reference, grounds: list[Ground], uu_lain: list[str], notes: _Notes) -> None:
    statute = instrument(reference)
    kip = statute.kip() if statute is not None else None
    if statute is not None and kip is None:
        text = written(reference)
        if any(p.is_pasal_17 for p in reference):
            notes.add(reference[0].where, NOTE_OTHER_LAW.format(t=text))
        if text:
            uu_lain.append(text)
        return
    for piece in reference:
        if piece.is_pasal_17:
            found, end = read_grounds(piece.text, piece.anchor.end - piece.anchor.start)
            if not found:
                notes.add(piece.where, NOTE_NO_HURUF)
            grounds.extend(found)
            notes.unrecognised(piece.where, piece.text[end:])
        elif piece.is_pasal:
            note = NOTE_BARE_PASAL if statute is None else NOTE_KIP_ARTICLE
            notes.add(piece.where, note.format(t=clean(piece.text)))
        elif kip is not None:
            # Text after the name of UU 14/2008 (and its title) that is no anchor, as in
            # "UU KIP dan Kode Etik Jurnalistik", is noted rather than silently dropped.
            title = _KIP_TITLE.match(piece.segment, kip.end(), piece.end)
            rest = piece.segment[title.end() if title else kip.end() : piece.end]
            if not is_uu_kip_name(clean(rest).strip("()")):  # "... Publik (UU KIP)"
                notes.unrecognised(piece.where, rest)


def _join(words: Sequence[str]) -> str:
    """ "a", "a dan b", "a, b dan c"."""
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
        "huruf " + huruf + (" angka " + _join([str(n) for n in numbers]) if numbers else "") for huruf, numbers in items
    ]
    return "Pasal 17 " + _join(parts)


def format_legal_basis(grounds: Sequence[Ground], uu_lain: Sequence[str]) -> str:
    """Full text: the grounds with the name of UU 14/2008, then each other statute on its line."""
    lines = [format_grounds(grounds) + " " + UU_KIP] if grounds else []
    lines.extend(" ".join(s.split()) for s in uu_lain if s.strip())
    return "\n".join(lines)
