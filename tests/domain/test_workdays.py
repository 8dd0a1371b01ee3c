"""Working days with weekends and holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dikecualikan_gui.domain.workdays import add_working_days, is_working_day, working_days_between

HOLIDAYS = {date(2026, 12, 25), date(2027, 1, 1)}  # Natal (Friday), Tahun Baru (Friday)


def test_weekends_are_skipped() -> None:
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 1) == date(2026, 11, 30)  # Monday
    assert add_working_days(friday, 5) == date(2026, 12, 4)


def test_holidays_are_skipped() -> None:
    thursday = date(2026, 12, 24)
    assert add_working_days(thursday, 1, HOLIDAYS) == date(2026, 12, 28)
    assert add_working_days(thursday, 1) == date(2026, 12, 25)
    assert not is_working_day(date(2027, 1, 1), HOLIDAYS)


def test_thirty_working_days_across_the_year_end() -> None:
    start = date(2026, 12, 1)
    end = add_working_days(start, 30, HOLIDAYS)
    assert end == date(2027, 1, 14)
    assert working_days_between(start, end, HOLIDAYS) == 30


def test_negative_is_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 1), -1)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(0, 400),
    st.sets(st.dates(min_value=date(2000, 1, 1), max_value=date(2092, 1, 1)), max_size=30),
)
@settings(max_examples=200, deadline=None)
def test_counting_back_gives_the_same_number(start: date, days: int, holidays: set[date]) -> None:
    end = add_working_days(start, days, holidays)
    assert working_days_between(start, end, holidays) == days
    assert days == 0 or is_working_day(end, holidays)
    assert end - start <= timedelta(days=days * 3 + 10 + len(holidays))
