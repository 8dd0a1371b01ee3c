"""Numbers: penetapan letters from the agency's pattern."""

from __future__ import annotations

from datetime import date

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PLACEHOLDERS = "{urut}, {urut:03d}, {tahun}, {bulan}, {bulan_romawi}"


def render_penetapan_number(pattern: str, urut: int, tanggal: date) -> str:
    """E.g. '{urut:03d}/PPID/{bulan_romawi}/{tahun}' -> '007/PPID/XI/2026'."""
    if "{urut" not in pattern:
        raise ValueError(
            "Pola nomor penetapan {p!r} harus memuat {{urut}} (nomor urut), agar setiap penetapan "
            "mendapat nomor sendiri.".format(p=pattern)
        )
    try:
        return pattern.format(
            urut=urut, tahun=tanggal.year, bulan=tanggal.month, bulan_romawi=ROMAN_MONTHS[tanggal.month - 1]
        )
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        raise ValueError(
            "Pola nomor penetapan {p!r} tidak dapat dipakai; gunakan teks dengan {ph}.".format(
                p=pattern, ph=PLACEHOLDERS
            )
        ) from exc


def session_number(tahun: int, urut: int) -> str:
    """The number of a consequence-test session and its berita acara, e.g. 'UK-2026-007'
    (no slashes or spaces, so it can be typed on the command line as it is)."""
    return "UK-{t}-{u:03d}".format(t=tahun, u=urut)
