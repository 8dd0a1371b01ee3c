"""Indonesian dates: formatting, lenient parsing of what offices type, and month arithmetic.

Independent of the computer's locale: month names come from ``MONTHS``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Lower-case month name or abbreviation -> month number. Besides the standard names and their
# first three letters: old spellings (Pebruari, Nopember), the usual Indonesian abbreviations,
# and English names as Excel on an English-language computer writes them ("25-Dec-2026").
_MONTH_ALIASES: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_ALIASES[_name.lower()] = _number
    _MONTH_ALIASES[_name[:3].lower()] = _number
_MONTH_ALIASES.update(
    {
        "pebruari": 2,
        "peb": 2,
        "nopember": 11,
        "nop": 11,
        "agt": 8,
        "ags": 8,
        "agus": 8,
        "sept": 9,
        "january": 1,
        "february": 2,
        "march": 3,
        "may": 5,
        "june": 6,
        "july": 7,
        "aug": 8,
        "august": 8,
        "oct": 10,
        "october": 10,
        "dec": 12,
        "december": 12,
    }
)
del _number, _name

# Dates outside these years are typing errors (1926 for 2026, 20226 from Excel), not records.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def implausible(d: date | None) -> bool:
    return d is not None and not EARLIEST <= d <= LATEST


_FLAGS = re.IGNORECASE | re.ASCII
_TIME = r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME, _FLAGS)
_DMY = re.compile(r"(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})" + _TIME, _FLAGS)
_WORDS = re.compile(
    r"(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),? )?"
    r"(\d{1,2})(?: | ?- ?)([a-z]+)\.?(?: | ?- ?)(\d{4})",
    _FLAGS,
)

_EXAMPLE = "tulis seperti 25/11/2026 atau 2026-11-25"


def month_number(name: str) -> int | None:
    """1-12 for an Indonesian (or English) month name or abbreviation, else None."""
    return _MONTH_ALIASES.get(name.strip().rstrip(".").lower())


def format_date_id(d: date) -> str:
    """25 November 2026."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


SHORT_MONTHS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def day_name_id(d: date) -> str:
    """Senin ... Minggu."""
    return DAYS[d.weekday()]


def format_date_short(d: date) -> str:
    """25 Nov 2026 (for tables)."""
    return "{day} {month} {year}".format(day=d.day, month=SHORT_MONTHS[d.month - 1], year=d.year)


def parse_date(text: str) -> date:
    """Read a date as offices write it; raise ValueError with an Indonesian message otherwise.

    Accepted: 2026-11-25 (also with a time, as Excel exports it), 25/11/2026, 25-11-2026,
    25.11.2026, 25 November 2026, 25 Nov 2026, 25 Nopember 2026, Rabu, 25 November 2026.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError(f"Tanggal belum diisi; {_EXAMPLE}.")
    parts: tuple[int, int, int] | None = None
    m = _ISO.fullmatch(cleaned)
    if m:
        parts = (int(m.group(1)), int(m.group(3)), int(m.group(4)))
    elif m := _DMY.fullmatch(cleaned):
        parts = (int(m.group(4)), int(m.group(3)), int(m.group(1)))
    elif m := _WORDS.fullmatch(cleaned):
        month = month_number(m.group(2))
        if month is not None:
            parts = (int(m.group(3)), month, int(m.group(1)))
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise ValueError(f'Tanggal "{cleaned}" tidak dapat dibaca; {_EXAMPLE}.')


def add_months(d: date, months: int) -> date:
    """``d`` plus ``months`` calendar months; the day is clamped to the end of a shorter month.

    31 Jan + 1 month = 28 (or 29) Feb; 29 Feb 2024 + 12 months = 28 Feb 2025.
    """
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        raise ValueError("Tanggal hasil perhitungan berada di luar tahun 1 sampai 9999.")
    month = month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
