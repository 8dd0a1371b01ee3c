"""The audit trail as a hash chain: each event's hash covers its content and the previous hash.

An edited row no longer matches its own hash; a deleted or reordered row breaks the link to its
neighbour; rows cut from the end are caught by the head (count and last hash) kept apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from dikecualikan_gui.domain.content import canonical_json

GENESIS = "0" * 64


@dataclass(frozen=True)
class EventData:
    """One audit row as stored (details already serialised as canonical JSON)."""

    id: int
    at: str
    actor_id: int | None
    actor: str
    action: str
    item_id: int | None
    item_nomor: str
    details: str
    prev_hash: str
    hash: str


def event_hash(
    prev_hash: str,
    event_id: int,
    at: str,
    actor_id: int | None,
    actor: str,
    action: str,
    item_id: int | None,
    item_nomor: str,
    details: str,
) -> str:
    payload = canonical_json([prev_hash, event_id, at, actor_id, actor, action, item_id, item_nomor, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hash_of(event: EventData) -> str:
    return event_hash(
        event.prev_hash,
        event.id,
        event.at,
        event.actor_id,
        event.actor,
        event.action,
        event.item_id,
        event.item_nomor,
        event.details,
    )


@dataclass(frozen=True)
class Problem:
    position: int  # 1-based position in the chain (ordered by id); 0 for the chain as a whole
    event_id: int | None
    message: str


@dataclass(frozen=True)
class VerifyResult:
    count: int
    problems: tuple[Problem, ...]
    head: str = GENESIS  # hash of the last event: write it down to compare later

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(events: Iterable[EventData], head_count: int | None, head_hash: str | None) -> VerifyResult:
    """Walk the chain in id order and report every break with its position."""
    problems: list[Problem] = []
    prev_hash = GENESIS
    prev_id: int | None = None
    position = 0
    for position, event in enumerate(events, start=1):
        if event.prev_hash != prev_hash:
            if prev_id is not None and event.id != prev_id + 1:
                message = (
                    "Peristiwa hilang sebelum posisi {p}: setelah id {a} langsung id {b}, dan rantai hash terputus."
                ).format(p=position, a=prev_id, b=event.id)
            else:
                message = (
                    "Rantai terputus di posisi {p} (id {i}): peristiwa ini tidak merujuk "
                    "peristiwa sebelumnya; baris dihapus, disisipkan atau diubah "
                    "urutannya."
                ).format(p=position, i=event.id)
            problems.append(Problem(position, event.id, message))
        if hash_of(event) != event.hash:
            problems.append(
                Problem(
                    position,
                    event.id,
                    ("Isi peristiwa di posisi {p} (id {i}) telah diubah: hash tidak cocok.").format(
                        p=position, i=event.id
                    ),
                )
            )
        prev_hash = event.hash
        prev_id = event.id
    if head_count is None and head_hash is None and position:
        problems.append(Problem(0, None, "Kepala rantai jejak audit tidak ada atau rusak."))
    elif head_count is not None and head_count != position:
        problems.append(
            Problem(
                0,
                None,
                (
                    "Jumlah peristiwa {n}, seharusnya {m}: ada peristiwa terakhir yang dihapus atau "
                    "ditambahkan di luar aplikasi."
                ).format(n=position, m=head_count),
            )
        )
    elif head_hash is not None and position and head_hash != prev_hash:
        problems.append(
            Problem(
                position,
                prev_id,
                ("Peristiwa terakhir (posisi {p}) tidak cocok dengan kepala rantai yang tersimpan.").format(p=position),
            )
        )
    return VerifyResult(position, tuple(problems), prev_hash)


def password_seal(stored_hash: str) -> str:
    """A short seal of a stored password hash, kept in the audit trail so that `audit verify` notices
    a hash copied or written into the table behind the trail (it reveals nothing of the password:
    the hash itself is salted scrypt)."""
    return hashlib.sha256(("sandi:" + stored_hash).encode("utf-8")).hexdigest()[:16]
