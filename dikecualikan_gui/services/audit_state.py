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

from dikecualikan_gui.db import queries
from dikecualikan_gui.db import state as state_queries
from dikecualikan_gui.domain.audit_chain import password_seal
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


def state_problems() -> list[str]:
    """Every difference between the tables and what the trail says, named."""
    problems = [
        "Berkas basis data rusak secara fisik (pemeriksaan SQLite: {m}). Pulihkan dari cadangan.".format(m=message)
        for message in state_queries.integrity_problems()
    ]
    if problems:
        return problems  # the tables cannot be trusted to be read
    status_said: dict[int, str] = {}
    approvals_said: Counter[tuple[int, str, str, str]] = Counter()
    roles_said: dict[str, str] = {}
    active_said: dict[str, bool] = {}
    seal_said: dict[str, str] = {}
    names: dict[int, str] = {}
    content_said: dict[int, dict[str, object]] = {}
    lockouts = LockoutReplay()
    for event in queries.iter_audit():
        details = json.loads(event.details or "{}")
        lockouts.feed(event, details)
        if event.item_id is not None:
            names[event.item_id] = event.item_nomor
            after = details.get("after")
            if event.action in CONTENT_EVENTS and isinstance(after, dict):
                content_said.setdefault(event.item_id, {}).update(after)
            status = details.get("status")
            if isinstance(status, list) and len(status) == 2:
                status_said[event.item_id] = str(status[1])
            elif event.action == AuditAction.IMPORTED.value and isinstance(status, str):
                status_said[event.item_id] = status
            elif event.action == AuditAction.ITEM_CREATED.value:
                status_said[event.item_id] = Status.DRAF.value
        if event.action == AuditAction.APPROVED.value and event.item_id is not None:
            approvals_said[
                (
                    event.item_id,
                    str(details.get("fingerprint", "")),
                    str(details.get("nomor_penetapan", "")),
                    str(details.get("tanggal_penetapan", "")),
                )
            ] += 1
        if "sandi" in details and event.action in SEAL_EVENTS:
            owner = (details.get("after") or {}).get("username") or details.get("username") or event.actor
            seal_said[str(owner)] = str(details["sandi"])
        if event.action == AuditAction.USER_ADDED.value:
            after = details.get("after") or {}
            roles_said[str(after.get("username"))] = str(after.get("role"))
            active_said[str(after.get("username"))] = True
        elif event.action == AuditAction.USER_CHANGED.value:
            after = details.get("after") or {}
            if "role" in after:
                roles_said[str(details.get("username"))] = str(after["role"])
            if "active" in after:
                active_said[str(details.get("username"))] = bool(after["active"])
    items = state_queries.item_statuses()
    for item_id, content in sorted(state_queries.item_contents().items()):
        recorded = content_said.get(item_id, {})
        changed = [key for key, value in content.items() if key in recorded and recorded[key] != value]
        if changed:
            problems.append(
                "Usulan {n}: isi {f} di tabel berbeda dari yang tercatat di jejak audit.".format(
                    n=items[item_id][0], f=", ".join(changed)
                )
            )
    for item_id, (nomor, status) in sorted(items.items()):
        said = status_said.get(item_id)
        if said is not None and said != status:
            problems.append(
                "Usulan {n}: status di tabel '{t}', menurut jejak audit '{a}'.".format(
                    n=nomor, t=_label(status), a=_label(said)
                )
            )
    for item_id in sorted(set(status_said) - set(items)):
        if status_said[item_id] != Status.DRAF.value:  # a draft may be deleted; anything after it may not
            problems.append(
                "Usulan {n} tercatat di jejak audit tetapi tidak ada lagi di tabel usulan.".format(
                    n=names.get(item_id, item_id)
                )
            )
    stored: Counter[tuple[int, str, str, str]] = Counter(
        (item_id, fingerprint, nomor, tanggal)
        for _, item_id, fingerprint, nomor, tanggal in state_queries.approved_rows()
    )
    for key in sorted(set(approvals_said) | set(stored)):
        item_id, fingerprint, nomor, tanggal = key
        name = names.get(item_id) or items.get(item_id, (str(item_id), ""))[0]
        if stored[key] < approvals_said[key]:
            problems.append(
                "Usulan {n}: persetujuan dengan penetapan {p} tanggal {t} tercatat di jejak audit tetapi "
                "tidak ada (atau diubah) di tabel persetujuan.".format(n=name, p=nomor, t=tanggal)
            )
        elif stored[key] > approvals_said[key]:
            problems.append(
                "Usulan {n}: tabel persetujuan memuat persetujuan dengan penetapan {p} tanggal {t} yang "
                "tidak tercatat di jejak audit.".format(n=name, p=nomor, t=tanggal)
            )
    for username, (role, active, stored_hash) in sorted(state_queries.user_states().items()):
        if username in seal_said and seal_said[username] != password_seal(stored_hash):
            problems.append(
                "Pengguna {u}: kata sandi yang tersimpan tidak sama dengan yang terakhir tercatat di "
                "jejak audit (diganti di luar aplikasi).".format(u=username)
            )
        if username in roles_said and roles_said[username] != role:
            problems.append(
                "Pengguna {u}: peran di tabel '{t}', menurut jejak audit '{a}'.".format(
                    u=username, t=role, a=roles_said[username]
                )
            )
        if username in active_said and active_said[username] != active:
            problems.append(
                "Pengguna {u}: status aktif di tabel '{t}', menurut jejak audit '{a}'.".format(
                    u=username, t="aktif" if active else "nonaktif", a="aktif" if active_said[username] else "nonaktif"
                )
            )
        if username not in roles_said:
            problems.append(
                "Pengguna {u} ada di tabel pengguna tetapi penambahannya tidak tercatat di jejak audit.".format(
                    u=username
                )
            )
    return problems + lockouts.problems()
