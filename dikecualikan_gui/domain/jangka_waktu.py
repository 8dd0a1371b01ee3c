"""The exemption period (jangka waktu pengecualian): reading it, writing it, computing its end.

Published tables write it in many ways: a duration ("20 Tahun", "5 (lima) tahun", "dua puluh
tahun"), "Tidak terbatas", a date ("Sampai dengan 31 Desember 2027") or an event in words
("Sampai memperoleh persetujuan dari yang bersangkutan"). ``parse_jangka_waktu`` sorts them into
a ``JangkaWaktu``; ``describe`` writes the canonical words for one built in a form.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dikecualikan_gui.domain.dates import (
    add_months,
    format_date_id,
    month_number,
    parse_date,
)
from dikecualikan_gui.domain.model import JangkaWaktu, JangkaWaktuKind

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def number_words(n: int) -> str:
    """Indonesian words for 0 <= n < 1000: 25 -> "dua puluh lima", 100 -> "seratus"."""
    if not 0 <= n < 1000:
        raise ValueError(f"Angka {n} di luar 0 sampai 999.")
    if n == 0:
        return "nol"
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return _UNITS[n - 10] + " belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        head = _UNITS[tens] + " puluh"
    else:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else _UNITS[hundreds] + " ratus"
    return head + " " + number_words(rest) if rest else head


_WORD_NUMBERS: dict[str, int] = {number_words(n): n for n in range(1000)}

_F = re.IGNORECASE | re.ASCII
_NUMBER_WORD = (
    r"(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus"
    r"|belas|puluh|ratus)"
)


def _quantity(name: str) -> str:
    """A number in digits (optionally with words in brackets) or in words (optionally digits)."""
    return (
        rf"(?:(?P<{name}_d>\d{{1,4}})(?: ?\([a-z -]*\))?"
        rf"|(?P<{name}_w>{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD})*)(?: ?\( ?\d{{1,4}} ?\))?)"
    )


_DURATION = re.compile(
    r"(?:jangka waktu |masa |kurun waktu )?(?:selama |sampai dengan |sampai |hingga )?"
    r"(?:(?:{y}) ?(?:tahun|thn|th)\.?(?![a-z]))?"
    r" ?(?:dan )?"
    r"(?:(?:{m}) ?(?:bulan|bln|bl)\.?(?![a-z]))?"
    r"(?: (?:terhitung )?(?:sejak|mulai|dari|setelah|sesudah)(?: (?:tanggal|saat|informasi|dokumen|surat"
    r"|keputusan|dikecualikan))*"
    r" (?:ditetapkan|penetapan|ditetapkannya|penetapannya|pengujian|diuji|dibuat|diterbitkan|disahkan"
    r"|ditandatangani))?".format(y=_quantity("y"), m=_quantity("m")),
    _F,
)
_UNLIMITED = re.compile(
    r"(?:tidak (?:terbatas|dibatasi|ada batas(?: waktu)?)|tanpa batas(?: waktu)?"
    r"|selamanya|selama-lamanya|seterusnya|permanen|sepanjang masa)(?: waktu(?:nya)?)?",
    _F,
)
_UNTIL = re.compile(r"(?:sampai|hingga|s ?[./] ?d\b\.?)(?: dengan)?(?: (?:tanggal|tgl\.?))? ?(?P<rest>.+)", _F)
_UNTIL_YEAR = re.compile(r"(?:akhir )?(?:tahun )?(?:anggaran )?(?P<year>\d{4})", _F)
_UNTIL_MONTH = re.compile(r"(?:akhir )?(?:bulan )?(?P<month>[a-z]+)\.? (?P<year>\d{4})", _F)
# What is meant as a date even when it cannot be one: "31/02/2027", "31 Desembr 2027".
_NUMERIC_DATE = re.compile(
    r"\d{1,4} ?[-/.] ?\d{1,2} ?[-/.] ?\d{1,4}(?:[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?", _F
)
_WORD_DATE = re.compile(r"\d{1,2} ?-? ?[a-z]+\.? ?-? ?\d{4}", _F)


def _normalize(text: str) -> str:
    return " ".join(text.split()).lower().rstrip(" .,;")


_DECIMAL_YEARS = re.compile(r"(?P<whole>\d{1,3})[,.](?P<part>\d{1,2}) ?(?=tahun|thn|th\b)", _F)
MAX_YEARS = 100


def _duration(normalized: str) -> tuple[int, int] | None:
    """(years, months) when the whole text is a duration, else None."""
    decimal = _DECIMAL_YEARS.search(normalized)
    if decimal is not None:  # "1,5 tahun" is 1 year 6 months
        total = round(float("{w}.{p}".format(w=decimal.group("whole"), p=decimal.group("part"))) * 12)
        normalized = (
            normalized[: decimal.start()]
            + "{y} tahun {m} bulan".format(y=total // 12, m=total % 12)
            + normalized[decimal.end() :].replace("tahun", "", 1).replace("thn", "", 1)
        )
        normalized = " ".join(normalized.split())
    m = _DURATION.fullmatch(normalized)
    if m is None:
        return None
    values: list[int | None] = []
    for name in ("y", "m"):
        digits, words = m.group(name + "_d"), m.group(name + "_w")
        if digits is not None:
            values.append(int(digits))
        elif words is not None:
            number = _WORD_NUMBERS.get(words.replace("-", " "))
            if number is None:  # "belas tahun"
                return None
            values.append(number)
        else:
            values.append(None)
    years, months = values
    if years is None and months is None:
        return None
    return years or 0, months or 0


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _until(rest: str) -> date | None:
    """The date after "sampai ...": None when ``rest`` is not date-like, ValueError when it is
    but cannot be a date."""
    m = _UNTIL_YEAR.fullmatch(rest)
    if m:
        return date(int(m.group("year")), 12, 31)
    m = _UNTIL_MONTH.fullmatch(rest)
    if m:
        month = month_number(m.group("month"))
        if month is not None:
            return _last_day(int(m.group("year")), month)
    if _NUMERIC_DATE.fullmatch(rest) or _WORD_DATE.fullmatch(rest):
        return parse_date(rest)
    return None


def _bad_date(original: str) -> str:
    return (
        f'Jangka waktu "{original}" memuat tanggal yang tidak dapat dibaca; tulis seperti '
        '"Sampai dengan 31 Desember 2027" atau "sampai 31/12/2027".'
    )


def parse_jangka_waktu(text: str) -> JangkaWaktu:
    """Sort the words of an exemption period into a JangkaWaktu; ``text`` is kept as written."""
    original = text.strip()
    normalized = _normalize(original)
    if not normalized:
        raise ValueError("Jangka waktu kosong.")
    if _UNLIMITED.fullmatch(normalized):
        return JangkaWaktu(JangkaWaktuKind.TIDAK_TERBATAS, text=original)
    duration = _duration(normalized)
    if duration is not None:
        years, months = duration
        if years == 0 and months == 0:
            raise ValueError(f'Jangka waktu "{original}" bernilai nol; isi lamanya pengecualian.')
        if years * 12 + months > MAX_YEARS * 12:
            raise ValueError(f'Jangka waktu "{original}" lebih dari {MAX_YEARS} tahun; periksa isiannya.')
        return JangkaWaktu(JangkaWaktuKind.DURASI, years=years, months=months, text=original)
    m = _UNTIL.fullmatch(normalized)
    if m:
        try:
            until = _until(m.group("rest"))
        except ValueError:
            raise ValueError(_bad_date(original)) from None
        if until is not None:
            return JangkaWaktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=until, text=original)
    else:
        # A bare date means "until that date".
        try:
            until = parse_date(normalized)
        except ValueError:
            if _NUMERIC_DATE.fullmatch(normalized):
                raise ValueError(_bad_date(original)) from None
        else:
            return JangkaWaktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=until, text=original)
    return JangkaWaktu(JangkaWaktuKind.PERISTIWA, event=original, text=original)


def _amount(n: int, unit: str) -> str:
    if 0 <= n < 1000:
        return f"{n} ({number_words(n)}) {unit}"
    return f"{n} {unit}"


def describe(jw: JangkaWaktu) -> str:
    """Canonical Indonesian words: "5 (lima) tahun", "Sampai dengan 31 Desember 2027", ..."""
    kind = jw.kind
    if kind is JangkaWaktuKind.DURASI:
        parts = []
        if jw.years:
            parts.append(_amount(jw.years, "tahun"))
        if jw.months:
            parts.append(_amount(jw.months, "bulan"))
        return " ".join(parts) or _amount(0, "tahun")
    if kind is JangkaWaktuKind.SAMPAI_TANGGAL:
        if jw.until is None:
            return jw.text
        return "Sampai dengan " + format_date_id(jw.until)
    if kind is JangkaWaktuKind.PERISTIWA:
        return jw.event.strip() or jw.text
    return "Tidak terbatas"


def make_jangka_waktu(
    kind: JangkaWaktuKind,
    years: int = 0,
    months: int = 0,
    until: date | None = None,
    event: str = "",
) -> JangkaWaktu:
    """Build a JangkaWaktu from form fields, with ``text`` = describe(...).

    Fields that do not belong to ``kind`` are ignored (a form may keep values of hidden widgets).
    """
    if kind is JangkaWaktuKind.DURASI:
        if years < 0 or months < 0:
            raise ValueError("Jumlah tahun dan bulan jangka waktu tidak boleh negatif.")
        if years == 0 and months == 0:
            raise ValueError("Isi jumlah tahun atau bulan; jangka waktu tidak boleh 0.")
        if years * 12 + months > MAX_YEARS * 12:
            raise ValueError(f"Jangka waktu paling lama {MAX_YEARS} tahun.")
        jw = JangkaWaktu(kind, years=years, months=months)
    elif kind is JangkaWaktuKind.SAMPAI_TANGGAL:
        if until is None:
            raise ValueError("Isi tanggal berakhirnya pengecualian.")
        jw = JangkaWaktu(kind, until=until)
    elif kind is JangkaWaktuKind.PERISTIWA:
        event = event.strip()
        if not event:
            raise ValueError("Isi peristiwa yang mengakhiri pengecualian.")
        read_as = parse_jangka_waktu(event).kind
        if read_as is not JangkaWaktuKind.PERISTIWA:
            raise ValueError(f'Peristiwa "{event}" terbaca sebagai "{read_as.label}"; pilih jenis jangka waktu itu.')
        jw = JangkaWaktu(kind, event=event)
    else:
        jw = JangkaWaktu(kind)
    return JangkaWaktu(jw.kind, jw.years, jw.months, jw.until, jw.event, text=describe(jw))


def total_months(jw: JangkaWaktu) -> int | None:
    """Length of a duration in months (for rules such as "huruf a at most 30 years"), else None."""
    if jw.kind is JangkaWaktuKind.DURASI:
        return jw.years * 12 + jw.months
    return None


def compute_expiry(jw: JangkaWaktu, start: date) -> date | None:
    """When the exemption ends: the anniversary of ``start`` for a duration, the date itself for
    "sampai tanggal"; None for an event or an unlimited period."""
    if jw.kind is JangkaWaktuKind.DURASI:
        return add_months(start, jw.years * 12 + jw.months)
    if jw.kind is JangkaWaktuKind.SAMPAI_TANGGAL:
        return jw.until
    return None
