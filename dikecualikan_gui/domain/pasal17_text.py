"""The huruf and angka written after "Pasal 17": "huruf h angka 5", "huruf b dan i", "hrf c angka 4",
"huruf h (5)", "huruf h.5", "huruf h angka 1 s.d. 3", "h" (no "huruf"), ...

``read_grounds`` is used by ``legal_basis.parse_legal_basis`` on a pasal it has found to be
Pasal 17 of UU 14/2008; a ground that cannot exist is a ``LegalBasisError``.
"""

from __future__ import annotations

import re

from dikecualikan_gui.domain.model import Ground
from dikecualikan_gui.domain.pasal17 import CATEGORIES, ground_error


class LegalBasisError(ValueError):
    """The text names a Pasal 17 ground that does not exist (huruf k, huruf h angka 9, ...)."""


_F = re.IGNORECASE | re.ASCII

_AYAT = re.compile(r" ?,? ?(?:ayat|ay\.) ?(?:\( ?\d{1,3} ?\)|\d{1,3}(?!\d))", _F)
_HURUF_KW = re.compile(r" ?(?:huruf|hrf|hr)\.?(?![a-z])", _F)
_LETTER = re.compile(r" ?(?:\( ?([a-z]) ?\)|([a-z])(?![\w-]))", _F)
# A letter without "huruf" before it ("Pasal 17 h", "Pasal 17 (h)", "Pasal 17 h.5"): a to j only.
_BARE_LETTER = re.compile(r" ?(?:\( ?[a-j] ?\)|[a-j](?![\w-]))", _F)
_DOT_NUMBER = re.compile(r"\.(\d{1,2})(?!\d)", _F)  # "huruf h.5"
_PAREN_NUMBER = re.compile(r" ?\( ?(\d{1,2}) ?\)", _F)  # "huruf h (5)"
_ANGKA_KW = re.compile(r" ?(?:angka|butir|poin|point)\.?(?![a-z])", _F)
_NUMBER = re.compile(r" ?(?:\( ?(\d{1,9}) ?\)|(\d{1,9}))(?!\w)", _F)
_RANGE = re.compile(r" ?(?:s ?[./] ?d\b\.?|sampai dengan|sampai|hingga|[-\u2013\u2014])", _F)
_SEPARATOR = re.compile(r"(?: ?(?:,|&|/|(?:dan|serta|atau)(?![a-z])))+", _F)


def _check(huruf: str, angka: int | None) -> None:
    message = ground_error(huruf, angka)
    if message is not None:
        raise LegalBasisError(message)


def read_grounds(piece: str, pos: int) -> tuple[list[Ground], int]:
    """The grounds listed in ``piece`` after the "Pasal 17" that ends at ``pos``, and where the list
    ends. Raise LegalBasisError for a huruf or angka Pasal 17 does not have."""
    m = _AYAT.match(piece, pos)  # "Pasal 17 ayat (1)": Pasal 17 has no ayat; ignore it
    if m:
        pos = m.end()
    m = _HURUF_KW.match(piece, pos)
    if m is not None:
        pos = m.end()
    elif _BARE_LETTER.match(piece, pos) is None:
        return [], pos
    end = pos
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
    """Angka after a huruf: "angka 5", "angka 3 dan 4", "angka 1 s.d. 3", "angka (5)", ".5", " (5)"."""
    m = _DOT_NUMBER.match(piece, pos)
    if m is None:
        keyword = _ANGKA_KW.match(piece, pos)
        if keyword is not None:
            m = _NUMBER.match(piece, keyword.end())
        elif CATEGORIES[huruf].has_angka:  # "huruf h (5)"; after huruf b, "(5)" is something else
            m = _PAREN_NUMBER.match(piece, pos)
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
