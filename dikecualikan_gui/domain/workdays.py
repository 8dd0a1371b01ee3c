"""Working days: Monday to Friday, minus the holidays the administrator lists."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

#: Items whose exemption ends within this many working days are announced (PPID must act
#: at the latest 30 working days before the end; Permenpora 14/2023 Pasal 55, after the KI rule).
NOTICE_WORKING_DAYS = 30


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date] = ()) -> date:
    """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
    if days < 0:
        raise ValueError("Jumlah hari kerja tidak boleh negatif.")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, holidays: Collection[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            count += 1
    return count
