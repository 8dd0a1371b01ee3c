"""The state of the register held against its audit trail.

The hash chain proves the trail was not edited; it says nothing of the tables beside it. Someone
with the database file could delete an approval row (the item silently leaves the DIK), change a
penetapan number (the DIK prints the forged one), set a status without a decision, or promote a
user to atasan. Every such change leaves the tables saying something the trail does not: this
module replays what the trail says and names each difference, in Indonesian.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from dikecualikan_gui.db import queries
from dikecualikan_gui.db import state as state_queries
from dikecualikan_gui.domain.audit_chain import EventData, password_seal
from dikecualikan_gui.domain.model import AuditAction, Status
from dikecualikan_gui.services.audit_lockouts import LockoutReplay

#: The events that carry the seal of a password hash they stored.
SEAL_EVENTS = frozenset({AuditAction.USER_ADDED.value, AuditAction.PASSWORD_CHANGED.value, AuditAction.LOGIN_OK.value})
#: The events whose "after" holds an item's content (item_dict keys).
CONTENT_EVENTS = frozenset({AuditAction.ITEM_CREATED.value, AuditAction.ITEM_CHANGED.value, AuditAction.IMPORTED.value})


def _label(status: str) -> str:
    try:
        return Status(status).label
    except ValueError:
        return status


class _Replay:
    """What the trail says the tables hold, built event by event."""

    def __init__(self) -> None:
        self.status: dict[int, str] = {}
        self.approvals: Counter[tuple[int, str, str, str]] = Counter()
        self.roles: dict[str, str] = {}
        self.active: dict[str, bool] = {}
        self.seals: dict[str, str] = {}
        self.names: dict[int, str] = {}
        self.content: dict[int, dict[str, object]] = {}
        self.lockouts = LockoutReplay()

    def feed(self, event: EventData) -> None:
        details = json.loads(event.details or "{}")
        self.lockouts.feed(event, details)
        if event.item_id is not None:
            self._item(event, details)
        if event.action == AuditAction.APPROVED.value and event.item_id is not None:
            key = (
                event.item_id,
                str(details.get("fingerprint", "")),
                str(details.get("nomor_penetapan", "")),
                str(details.get("tanggal_penetapan", "")),
            )
            self.approvals[key] += 1
        if "sandi" in details and event.action in SEAL_EVENTS:
            owner = (details.get("after") or {}).get("username") or details.get("username") or event.actor
            self.seals[str(owner)] = str(details["sandi"])
        self._user(event, details)

    def _item(self, event: EventData, details: dict[str, Any]) -> None:
        assert event.item_id is not None
        self.names[event.item_id] = event.item_nomor
        after = details.get("after")
        if event.action in CONTENT_EVENTS and isinstance(after, dict):
            self.content.setdefault(event.item_id, {}).update(after)
        status = details.get("status")
        if isinstance(status, list) and len(status) == 2:
            self.status[event.item_id] = str(status[1])
        elif event.action == AuditAction.IMPORTED.value and isinstance(status, str):
            self.status[event.item_id] = status
        elif event.action == AuditAction.ITEM_CREATED.value:
            self.status[event.item_id] = Status.DRAF.value

    def _user(self, event: EventData, details: dict[str, Any]) -> None:
        after = details.get("after") or {}
        if event.action == AuditAction.USER_ADDED.value:
            self.roles[str(after.get("username"))] = str(after.get("role"))
            self.active[str(after.get("username"))] = True
        elif event.action == AuditAction.USER_CHANGED.value:
            if "role" in after:
                self.roles[str(details.get("username"))] = str(after["role"])
            if "active" in after:
                self.active[str(details.get("username"))] = bool(after["active"])


def state_problems() -> list[str]:
    """Every difference between the tables and what the trail says, named."""
    problems = [
        "Berkas basis data rusak secara fisik (pemeriksaan SQLite: {m}). Pulihkan dari cadangan.".format(m=message)
        for message in state_queries.integrity_problems()
    ]
    if problems:
        return problems  # the tables cannot be trusted to be read
    said = _Replay()
    for event in queries.iter_audit():
        said.feed(event)
    items = state_queries.item_statuses()
    return (
        _item_problems(said, items) + _approval_problems(said, items) + _user_problems(said) + said.lockouts.problems()
    )


def _item_problems(said: _Replay, items: dict[int, tuple[str, str]]) -> list[str]:
    problems = []
    for item_id, content in sorted(state_queries.item_contents().items()):
        recorded = said.content.get(item_id, {})
        changed = [key for key, value in content.items() if key in recorded and recorded[key] != value]
        if changed:
            problems.append(
                "Usulan {n}: isi {f} di tabel berbeda dari yang tercatat di jejak audit.".format(
                    n=items[item_id][0], f=", ".join(changed)
                )
            )
    for item_id, (nomor, status) in sorted(items.items()):
        recorded_status = said.status.get(item_id)
        if recorded_status is not None and recorded_status != status:
            problems.append(
                "Usulan {n}: status di tabel '{t}', menurut jejak audit '{a}'.".format(
                    n=nomor, t=_label(status), a=_label(recorded_status)
                )
            )
    for item_id in sorted(set(said.status) - set(items)):
        if said.status[item_id] != Status.DRAF.value:  # a draft may be deleted; anything after it may not
            problems.append(
                "Usulan {n} tercatat di jejak audit tetapi tidak ada lagi di tabel usulan.".format(
                    n=said.names.get(item_id, item_id)
                )
            )
    return problems


def _approval_problems(said: _Replay, items: dict[int, tuple[str, str]]) -> list[str]:
    problems = []
    stored: Counter[tuple[int, str, str, str]] = Counter(
        (item_id, fingerprint, nomor, tanggal)
        for _, item_id, fingerprint, nomor, tanggal in state_queries.approved_rows()
    )
    for key in sorted(set(said.approvals) | set(stored)):
        item_id, fingerprint, nomor, tanggal = key
        name = said.names.get(item_id) or items.get(item_id, (str(item_id), ""))[0]
        if stored[key] < said.approvals[key]:
            problems.append(
                "Usulan {n}: persetujuan dengan penetapan {p} tanggal {t} tercatat di jejak audit tetapi "
                "tidak ada (atau diubah) di tabel persetujuan.".format(n=name, p=nomor, t=tanggal)
            )
        elif stored[key] > said.approvals[key]:
            problems.append(
                "Usulan {n}: tabel persetujuan memuat persetujuan dengan penetapan {p} tanggal {t} yang "
                "tidak tercatat di jejak audit.".format(n=name, p=nomor, t=tanggal)
            )
    return problems


def _user_problems(said: _Replay) -> list[str]:
    problems = []
    for username, (role, active, stored_hash) in sorted(state_queries.user_states().items()):
        if username in said.seals and said.seals[username] != password_seal(stored_hash):
            problems.append(
                "Pengguna {u}: kata sandi yang tersimpan tidak sama dengan yang terakhir tercatat di "
                "jejak audit (diganti di luar aplikasi).".format(u=username)
            )
        if username in said.roles and said.roles[username] != role:
            problems.append(
                "Pengguna {u}: peran di tabel '{t}', menurut jejak audit '{a}'.".format(
                    u=username, t=role, a=said.roles[username]
                )
            )
        if username in said.active and said.active[username] != active:
            problems.append(
                "Pengguna {u}: status aktif di tabel '{t}', menurut jejak audit '{a}'.".format(
                    u=username, t="aktif" if active else "nonaktif", a="aktif" if said.active[username] else "nonaktif"
                )
            )
        if username not in said.roles:
            problems.append(
                "Pengguna {u} ada di tabel pengguna tetapi penambahannya tidak tercatat di jejak audit.".format(
                    u=username
                )
            )
    return problems
