"""Indonesian dates: formatting, lenient parsing, month arithmetic."""

from __future__ import annotations

import locale
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dikecualikan_gui.domain.dates import (
    MONTHS,
    add_months,
    format_date_id,
    month_number,
    parse_date,
)

FAST = settings(max_examples=250, deadline=None)
# Years with four digits: what parse_date reads and what offices write.
dates_4_digit_year = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


def test_months_are_the_indonesian_names_in_order() -> None:
    assert MONTHS == (
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


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 11, 25), "25 November 2026"),
        (date(2022, 8, 1), "1 Agustus 2022"),
        (date(2027, 12, 31), "31 Desember 2027"),
        (date(2024, 2, 29), "29 Februari 2024"),
        (date(2025, 5, 9), "9 Mei 2025"),
    ],
)
def test_format_date_id(d: date, expected: str) -> None:
    assert format_date_id(d) == expected


def test_format_date_id_ignores_the_computer_locale() -> None:
    previous = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("de_DE.UTF-8", "en_US.UTF-8", "C"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert format_date_id(date(2026, 3, 2)) == "2 Maret 2026"
    finally:
        locale.setlocale(locale.LC_TIME, previous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25", date(2026, 11, 25)),
        ("25/11/2026", date(2026, 11, 25)),
        ("25-11-2026", date(2026, 11, 25)),
        ("25.11.2026", date(2026, 11, 25)),
        ("5/1/2026", date(2026, 1, 5)),
        ("25 November 2026", date(2026, 11, 25)),
        ("25 Nov 2026", date(2026, 11, 25)),
        ("25 Nov. 2026", date(2026, 11, 25)),
        ("25 Nopember 2026", date(2026, 11, 25)),
        ("25 NOPEMBER 2026", date(2026, 11, 25)),
        ("25 november 2026", date(2026, 11, 25)),
        ("1 Agustus 2022", date(2022, 8, 1)),
        ("1 Agt 2022", date(2022, 8, 1)),
        ("1 Agu 2022", date(2022, 8, 1)),
        ("1 Ags 2022", date(2022, 8, 1)),
        ("1 Pebruari 2022", date(2022, 2, 1)),
        ("9 Mei 2017", date(2017, 5, 9)),
        ("17 Okt 2020", date(2020, 10, 17)),
        ("17 Des 2020", date(2020, 12, 17)),
        ("Rabu, 25 November 2026", date(2026, 11, 25)),
        ("25-Nov-2026", date(2026, 11, 25)),
        ("25-Dec-2026", date(2026, 12, 25)),
        ("  25/11/2026  ", date(2026, 11, 25)),
        ("\t2026-11-25\n", date(2026, 11, 25)),
        ("2026-11-25 00:00:00", date(2026, 11, 25)),
        ("2026-11-25T13:45", date(2026, 11, 25)),
        ("2026-11-25 00:00:00.000", date(2026, 11, 25)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts_what_offices_write(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",
        "29/02/2025",
        "2026-13-01",
        "2026-00-10",
        "0/11/2026",
        "32 Januari 2026",
        "25 Novembr 2026",
        "25 Bulan 2026",
        "25/11/26",
        "25112026",
        "besok",
        "2026",
        "November 2026",
        "25 November",
        "0000-01-01",
    ],
)
def test_parse_date_rejects_unreadable_or_impossible_dates(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_date(text)
    message = str(excinfo.value)
    assert message == (f'Tanggal "{text}" tidak dapat dibaca; tulis seperti 25/11/2026 atau 2026-11-25.')


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_parse_date_empty(text: str) -> None:
    with pytest.raises(ValueError, match="Tanggal belum diisi"):
        parse_date(text)


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Januari", 1),
        ("jan", 1),
        ("Pebruari", 2),
        ("Mei", 5),
        ("agt", 8),
        ("Agu", 8),
        ("ags", 8),
        ("Sept", 9),
        ("okt", 10),
        ("Nop", 11),
        ("nopember", 11),
        ("Des.", 12),
    ],
)
def test_month_number(name: str, number: int) -> None:
    assert month_number(name) == number


def test_month_number_unknown() -> None:
    assert month_number("Bulan") is None
    assert month_number("") is None


@given(dates_4_digit_year)
@FAST
def test_parse_date_reads_every_format_it_is_meant_to(d: date) -> None:
    assert parse_date(format_date_id(d)) == d
    assert parse_date(d.isoformat()) == d
    assert parse_date(d.strftime("%d/%m/%Y")) == d
    assert parse_date(d.strftime("%d-%m-%Y")) == d
    assert parse_date(d.strftime("%d.%m.%Y")) == d
    short = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    assert parse_date(short) == d
    assert parse_date(format_date_id(d).upper()) == d


@given(st.text(max_size=40))
@FAST
def test_parse_date_raises_only_value_error(text: str) -> None:
    try:
        parse_date(text)
    except ValueError:
        pass


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 11, 25), 60, date(2031, 11, 25)),
        (date(2026, 11, 25), 0, date(2026, 11, 25)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 5, 31), 4, date(2026, 9, 30)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("start", "months"), [(date(9999, 12, 1), 1), (date(1, 1, 1), -1), (date(2026, 1, 1), 10**30)])
def test_add_months_out_of_range(start: date, months: int) -> None:
    with pytest.raises(ValueError, match="di luar tahun 1 sampai 9999"):
        add_months(start, months)


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(8000, 12, 31)), st.integers(min_value=-11000, max_value=11000)
)
@FAST
def test_add_months_invariants(d: date, months: int) -> None:
    result = add_months(d, months)
    # The calendar month moves by exactly ``months``.
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == months
    # The day is kept, or clamped to the last day of a shorter month.
    assert result.day <= d.day
    if result.day < d.day:
        assert (result + timedelta(days=1)).day == 1
    # Going back gives the start again whenever no clamping happened.
    if d.day <= 28:
        assert result.day == d.day
        assert add_months(result, -months) == d


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(8000, 12, 31)),
    st.integers(min_value=0, max_value=600),
    st.integers(min_value=0, max_value=600),
)
@FAST
def test_add_months_is_monotonic(d: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_months(d, low) <= add_months(d, high)
