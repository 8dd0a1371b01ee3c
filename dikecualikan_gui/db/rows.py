"""Reading rows as the driver returns them (the register reads hundreds of thousands of values)."""

from __future__ import annotations

from datetime import date
from typing import Any

import peewee as pw

from dikecualikan_gui.db import connection


def raw_rows(query: pw.Query) -> list[tuple[Any, ...]]:
    """Rows as the driver returns them, without peewee's per-value conversion (the register reads
    hundreds of thousands of values; the few that need it are converted below)."""
    return list(connection.current().execute(query).fetchall())


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
