"""References in a "dasar hukum" text: which pasal belong to which instrument.

``read_references`` cuts the text into references -- a pasal, an instrument, or an instrument with
its pasal -- for ``legal_basis.parse_legal_basis`` to sort into Pasal 17 grounds and other statutes:

* Segments are separated by line breaks and ";". A quotation of the law ("... yang berbunyi :
  ...") is left out, up to the next segment that starts with a pasal or an instrument.
* In a segment, the anchors of ``statutes.find_anchors`` are found: pasal and instruments.
* A pasal directly followed by an instrument (only spaces between) is a pasal of that instrument,
  and so is one followed by a comma and an instrument ("Pasal 16 ayat 1 butir b, UU 11/2008 ..."),
  except "Pasal 17". Pasal joined by "dan", "," or "jo." before an instrument ("Pasal 55 jo.
  Pasal 56 KUHP") belong to it. An instrument directly followed by pasal ("UU 43/2009 Pasal 44
  dan Pasal 45") owns them, and also pasal after a comma that are not "Pasal 17" and have no
  instrument of their own. Otherwise a connector ("dan", ",", "jo.", ...) starts a new reference.
* An instrument and its amendment are one reference: "Perpres 54/2010 sebagaimana terakhir diubah
  dengan Perpres 4/2015" (also after ";" or a line break), and "X jo. Y" or "X juncto Y" when X
  and Y are instruments of the same kind (a UU and a Perppu count as one kind), neither of them
  UU 14/2008.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from dikecualikan_gui.domain.statutes import (
    AMENDMENT,
    UNDANG_UNDANG_KINDS,
    Anchor,
    connected,
    ends_in_amendment,
    find_anchors,
    segments,
    uu_kip_at,
)

_F = re.IGNORECASE | re.ASCII

_QUOTE = re.compile(r"\b(?:yang )?berbunyi\b", _F)  # "Pasal 17 huruf i yang berbunyi : ..."
_AMENDMENT_HEAD = re.compile(r"[ ,]*(?:dan )?" + AMENDMENT + r"(?![a-z])", _F)
_JO_HEAD = re.compile(r" ?(?:jo|juncto)\b\.?", _F)
_AND_WORDS = frozenset({"dan", "serta", "atau", "maupun", "&"})
_JO_WORDS = frozenset({"jo", "jo.", "juncto"})
CONNECTORS = _AND_WORDS | _JO_WORDS
_TRIM = " ,;:.&/-\u2013\u2014*\u2022"
LIST_MARKER = re.compile(r" ?(?:\(?\d{1,2}[.)]|\(?[a-z][.)])(?= |$)", _F)

#: Where a text is: (segment number, offset in the segment).
Where = tuple[int, int]


class Link(enum.Enum):
    """How the text of a piece ends, that is, how it is tied to the anchor after it."""

    DIRECT = "direct"  # only spaces or words: "Pasal 17 huruf h UU 14/2008"
    COMMA = "comma"  # "Pasal 16 ayat 1 butir b, UU 11/2008"
    AND = "and"  # "dan", "serta", "atau", "&"
    JO = "jo"  # "jo.", "juncto"
    AMEND = "amend"  # "sebagaimana telah diubah dengan"
    BREAK = "break"  # another punctuation mark, or the end of the segment


_CHAIN = (Link.COMMA, Link.AND, Link.JO)


@dataclass
class Piece:
    """An anchor and the text after it up to the next anchor in its segment."""

    anchor: Anchor
    segment: str
    index: int  # of the segment
    end: int
    link: Link = Link.BREAK

    @property
    def text(self) -> str:
        return self.segment[self.anchor.start : self.end]

    @property
    def where(self) -> Where:
        return (self.index, self.anchor.start)

    @property
    def is_pasal(self) -> bool:
        return self.anchor.is_pasal

    @property
    def is_pasal_17(self) -> bool:
        return self.anchor.is_pasal_17

    def kip(self) -> re.Match[str] | None:
        """The name of UU 14/2008 at the start of an instrument piece."""
        return None if self.is_pasal else uu_kip_at(self.segment, self.anchor.start, self.end)


Reference = list[Piece]


def read_references(text: str) -> tuple[list[Reference], list[tuple[Where, str]]]:
    """The references in ``text``, and the text before the first anchor of each segment."""
    pieces, heads = _pieces(text)
    return _merge_amendments(_references(pieces)), heads


def instrument(reference: Reference) -> Piece | None:
    """The (first) instrument of a reference, None for a pasal alone."""
    return next((p for p in reference if not p.is_pasal), None)


def written(reference: Reference) -> str:
    """The reference as written: its text in each segment, joined by a space, trimmed."""
    parts: list[str] = []
    for index in dict.fromkeys(p.index for p in reference):
        here = [p for p in reference if p.index == index]
        start = here[0].anchor.start if not parts else 0  # later: with "sebagaimana ..." or "jo."
        parts.append(here[0].segment[start : here[-1].end].strip(" ,;"))
    return clean(" ".join(parts))


def clean(text: str) -> str:
    """Collapse spaces; trim connectors, unmatched brackets and punctuation at both ends."""
    text = " ".join(text.split())
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_TRIM)
        head, _, last = text.rpartition(" ")
        if head and last.lower() in CONNECTORS:
            text = head
        first, _, tail = text.partition(" ")
        if first.lower() in CONNECTORS:
            text = tail
        if text.endswith("(") or (text.endswith(")") and text.count(")") > text.count("(")):
            text = text[:-1]
        if text.startswith(")") or (text.startswith("(") and text.count("(") > text.count(")")):
            text = text[1:]
    return text


def _pieces(text: str) -> tuple[list[Piece], list[tuple[Where, str]]]:
    pieces: list[Piece] = []
    heads: list[tuple[Where, str]] = []
    quoting = False
    for index, segment in enumerate(segments(text)):
        anchors = find_anchors(segment)
        if quoting:  # the quotation goes on until a segment starts with a pasal or an instrument
            marker = LIST_MARKER.match(segment)
            if not anchors or anchors[0].start > (marker.end() + 1 if marker else 0):
                continue
            quoting = False
        quote = _QUOTE.search(segment)
        if quote is not None:
            segment = segment[: quote.start()]
            anchors = find_anchors(segment)
            quoting = True
        head = segment[: anchors[0].start] if anchors else segment
        if pieces and pieces[-1].index == index - 1 and anchors:
            if _AMENDMENT_HEAD.fullmatch(head.rstrip()):
                pieces[-1].link = Link.AMEND
            elif _JO_HEAD.fullmatch(head.rstrip()):
                pieces[-1].link = Link.JO
        heads.append(((index, 0), head))
        ends = [a.start for a in anchors[1:]] + [len(segment)] if anchors else []
        for i, (anchor, end) in enumerate(zip(anchors, ends, strict=True)):
            piece = Piece(anchor, segment, index, end)
            if i + 1 < len(anchors):
                piece.link = _link(piece.text)
            pieces.append(piece)
    return pieces, heads


def _link(text: str) -> Link:
    if ends_in_amendment(text):
        return Link.AMEND
    stripped = text.rstrip()
    last = stripped.rpartition(" ")[2].lower()
    if last in _JO_WORDS:
        return Link.JO
    if last in _AND_WORDS or stripped.endswith("&"):
        return Link.AND
    if stripped.endswith(","):
        return Link.COMMA
    return Link.DIRECT if connected(stripped) else Link.BREAK


def _pasal_owner(pieces: list[Piece], j: int) -> int | None:
    """The instrument the pasal ``pieces[j]`` (with the pasal joined to it) belongs to, if any."""
    k = j
    while k + 1 < len(pieces):
        here, after = pieces[k], pieces[k + 1]
        if not after.is_pasal:
            if here.link is Link.DIRECT or (here.link is Link.COMMA and not here.is_pasal_17):
                return k + 1
            return None
        if here.link not in _CHAIN or here.is_pasal_17 or after.is_pasal_17:
            return None
        k += 1
    return None


def _owns_next_pasal(pieces: list[Piece], start: int, last: int) -> bool:
    """Whether the instrument ``pieces[start]``, whose reference ends at ``last``, owns the next pasal."""
    if last + 1 >= len(pieces) or not pieces[last + 1].is_pasal:
        return False
    link, after = pieces[last].link, pieces[last + 1]
    if last == start and link is Link.DIRECT:
        return True
    allowed = link is Link.COMMA if last == start else link in _CHAIN
    return allowed and not after.is_pasal_17 and _pasal_owner(pieces, last + 1) is None


def _references(pieces: list[Piece]) -> list[Reference]:
    references: list[Reference] = []
    i = 0
    while i < len(pieces):
        if pieces[i].is_pasal:
            owner = _pasal_owner(pieces, i)
            end = i if owner is None else owner
        else:
            end = i
            while _owns_next_pasal(pieces, i, end):
                end += 1
        references.append(pieces[i : end + 1])
        i = end + 1
    return references


def _merge_amendments(references: list[Reference]) -> list[Reference]:
    merged: list[Reference] = []
    for reference in references:
        if merged and _amends(merged[-1], reference):
            merged[-1] = merged[-1] + reference
        else:
            merged.append(reference)
    return merged


def _amends(before: Reference, after: Reference) -> bool:
    link = before[-1].link
    first, second = instrument(before), instrument(after)
    if link not in (Link.AMEND, Link.JO) or first is None or second is None:
        return False
    if first.kip() or second.kip():
        return False
    kinds = {first.anchor.kind, second.anchor.kind}
    return link is Link.AMEND or len(kinds) == 1 or kinds <= UNDANG_UNDANG_KINDS
