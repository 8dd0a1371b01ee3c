"""The key-value meta table (schema version, the audit head)."""

from __future__ import annotations

from dikecualikan_gui.db import migrations
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import AppMeta

AUDIT_HEAD_KEY = migrations.AUDIT_HEAD_KEY
SYSTEM_ACTOR = "sistem"
CHUNK = 100  # rows per multi-row INSERT (stays far below every driver's parameter limit)


@guarded
def get_meta(key: str) -> str | None:
    row = AppMeta.get_or_none(AppMeta.key == key)
    return None if row is None else row.value


def set_meta(key: str, value: str) -> None:
    AppMeta.put(key, value)
