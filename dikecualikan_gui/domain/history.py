"""Audit events as readable lines: who did what, when, and what changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from dikecualikan_gui.domain.content import FIELD_LABELS
from dikecualikan_gui.domain.dates import format_date_short
from dikecualikan_gui.domain.legal_basis import format_grounds
from dikecualikan_gui.domain.model import AuditAction, AuditEntry, Ground, Status

TEST_ACTIONS = {AuditAction.TEST_RECORDED, AuditAction.TEST_CHANGED}
MAX_VALUE = 90


@dataclass(frozen=True)
class HistoryLine:
    when: str
    who: str
    what: str
    changes: tuple[str, ...]

    def text(self) -> str:
        head = "{w} — {u}: {a}".format(w=self.when, u=self.who, a=self.what)
        return head + ("; " + "; ".join(self.changes) if self.changes else "")


def local_time(moment: datetime) -> datetime:
    """A stored (naive UTC) moment in the computer's time zone."""
    return moment.replace(tzinfo=timezone.utc).astimezone()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def format_value(key: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(kosong)"
    if key.endswith("pasal17") and isinstance(value, list):
        return format_grounds([Ground(g["huruf"], g["angka"]) for g in value]) or "(kosong)"
    if key.endswith("jangka_waktu") and isinstance(value, dict):
        return _short(str(value.get("teks", "")))
    if key.endswith("peserta") and isinstance(value, list):
        return _short(", ".join(str(p[0]) for p in value))
    if isinstance(value, list):
        return _short("; ".join(str(v) for v in value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date_short(datetime.strptime(value, "%Y-%m-%d").date())
        except ValueError:
            pass  # looks like a date but is not one: shown as written
    return _short(str(value))


def _changes(entry: AuditEntry) -> list[str]:
    details = entry.details
    before = details.get("before") if isinstance(details.get("before"), dict) else None
    after = details.get("after") if isinstance(details.get("after"), dict) else None
    prefix = "uji." if entry.action in TEST_ACTIONS else ""
    lines = []
    if before is not None and after is not None:
        for key in after:
            label = FIELD_LABELS.get(prefix + key, key)
            lines.append(
                "{l}: {a} → {b}".format(l=label, a=format_value(key, before.get(key)), b=format_value(key, after[key]))
            )
    status = details.get("status")
    if isinstance(status, list) and len(status) == 2:
        lines.append("Status: {a} → {b}".format(a=_status(status[0]), b=_status(status[1])))
    for key, label in (
        ("nomor_penetapan", "nomor penetapan"),
        ("catatan", "catatan"),
        ("alasan", "alasan"),
        ("nama", "berkas"),
        ("sumber", "sumber"),
        ("sesi", "sesi pengujian"),
        ("tanggal_semula", "tanggal dari impor (bukan pengujian)"),
        ("pemilik", "informasi milik"),
        ("penerima", "diberikan kepada"),
        ("persetujuan", "persetujuan tertulis"),
    ):
        if key in details and not isinstance(details[key], dict | list):
            lines.append("{l}: {v}".format(l=label[:1].upper() + label[1:], v=_short(str(details[key]))))
    if "baris" in details and "berkas" not in details:  # before version 5 the row stood apart
        lines.append("Baris: {v}".format(v=details["baris"]))
    for key in ("temuan", "peringatan"):
        if details.get(key):
            lines.append("{k}: {v}".format(k=key.capitalize(), v=_short(" ".join(map(str, details[key])))))
    return lines


def _status(value: Any) -> str:
    try:
        return Status(value).label
    except ValueError:
        return str(value)


def describe(entry: AuditEntry) -> HistoryLine:
    when = local_time(entry.at).strftime("%d/%m/%Y %H:%M")
    what = entry.action.label if entry.action is not None else entry.action_name
    return HistoryLine(when, entry.actor, what, tuple(_changes(entry)))
