"""Holding the audit trail against what lies outside the database file: the key's seals on every
event, the anchor beside the file, and the verification codes printed on documents
(domain/audit_seal explains each)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dikecualikan_gui.db import connection, seal
from dikecualikan_gui.db import seal_store as store
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.domain.model import AuditAction

#: How many event ids a message names before it says "and N more".
SHOWN = 5


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:SHOWN])
    return shown + (" dan {n} lainnya".format(n=len(ids) - SHOWN) if len(ids) > SHOWN else "")


@dataclass(frozen=True)
class AnchorRead:
    anchor: audit_seal.Anchor | None
    problem: str | None = None


def read_anchor_first() -> AnchorRead:
    """The anchor as it is now, read BEFORE the database snapshot it is held against: it is written
    after each commit, so read first it is never ahead of what the snapshot then sees (another
    desk committing meanwhile is no false alarm)."""
    db_file = connection.sqlite_file()
    if db_file is None:
        return AnchorRead(None)
    if seal.current_key() is None and seal.key_problem() is None:
        seal.ensure_key(db_file, create=False)  # opened without setup (tests, tools): read only
    try:
        return AnchorRead(seal.read_anchor(db_file))
    except audit_seal.AnchorUnreadable as exc:
        return AnchorRead(
            None,
            "Berkas kepala jejak audit {p}: {e}; berkas itu diubah di luar aplikasi.".format(
                p=store.anchor_path(db_file), e=exc
            ),
        )


def problems(read: AnchorRead) -> list[str]:
    """Every way the trail disagrees with its key and anchor (empty on PostgreSQL and in memory,
    which have neither). Call inside a read snapshot, with the anchor read before it."""
    db_file = connection.sqlite_file()
    if db_file is None:
        return []
    found = [seal.key_problem()] if seal.key_problem() else []
    key = seal.current_key()
    if key is None:
        return [p for p in found if p]
    anchor = read.anchor
    if read.problem:
        found.append(read.problem)
    unsealed: list[int] = []
    forged: list[int] = []
    at_anchor: tuple[int, str] | None = None
    position = 0
    for position, (event_id, event_hash, mac) in enumerate(store.iter_seals(), start=1):
        if mac is None:
            unsealed.append(event_id)
        elif mac != audit_seal.event_mac(key, event_hash):
            forged.append(event_id)
        if anchor is not None and event_id == anchor.last_id:
            at_anchor = (position, event_hash)
    if unsealed:
        found.append(
            "{n} peristiwa tanpa segel kunci (id {i}): ditambahkan di luar aplikasi.".format(
                n=len(unsealed), i=_ids(unsealed)
            )
        )
    if forged:
        found.append(
            "Segel {n} peristiwa tidak cocok dengan kunci register (id {i}): jejak audit ditulis ulang di luar "
            "aplikasi.".format(n=len(forged), i=_ids(forged))
        )
    found += _anchor_problems(anchor, at_anchor, position, db_file)
    return [p for p in found if p]


def quick_problems(newest: int, read: AnchorRead) -> list[str]:
    """What a start can afford: the key, the anchor against the stored head (one indexed read) and
    the seals of the ``newest`` events. Inside a read snapshot, the anchor read before it."""
    db_file = connection.sqlite_file()
    key = seal.current_key()
    if db_file is None or key is None:
        return [p for p in [seal.key_problem()] if p]
    found = [
        "Segel peristiwa id {i} tidak ada atau tidak cocok dengan kunci register.".format(i=event_id)
        for event_id, event_hash, mac in store.last_seals(newest)
        if mac != audit_seal.event_mac(key, event_hash)
    ]
    if read.problem:
        return found + [read.problem]
    anchor = read.anchor
    head = store.stored_head()
    if anchor is None:
        return found + ["Berkas kepala jejak audit {p} tidak ada.".format(p=store.anchor_path(db_file))]
    if head is not None and anchor.count > head[0]:
        return found + _anchor_problems(anchor, None, head[0], db_file)
    if anchor.count and (store.event_hash_at(anchor.last_id) or ("",))[0] != anchor.hash:
        return found + _anchor_problems(anchor, None, anchor.count, db_file)
    return found


def _anchor_problems(
    anchor: audit_seal.Anchor | None, at_anchor: tuple[int, str] | None, count: int, db_file: Path
) -> list[str]:
    if anchor is None:
        if store.anchor_path(db_file).exists():
            return []  # unreadable: reported above
        return [
            "Berkas kepala jejak audit {p} tidak ada: dihapus, atau basis data dipindahkan tanpa berkas itu. Salin "
            "berkas itu dari folder asal, atau pulihkan register dari cadangan terbaru (pemulihan menuliskannya "
            "lagi).".format(p=store.anchor_path(db_file))
        ]
    if count < anchor.count:
        return [
            "Register ini memuat {n} peristiwa, padahal pada {t} sudah {m}: basis data dikembalikan ke salinan "
            "lama, atau peristiwa terakhir dihapus.".format(n=count, t=anchor.at, m=anchor.count)
        ]
    if anchor.count and at_anchor != (anchor.count, anchor.hash):
        return [
            "Peristiwa id {i} tidak lagi seperti yang tercatat di kepala jejak audit pada {t}: rantai ditulis "
            "ulang di luar aplikasi.".format(i=anchor.last_id, t=anchor.at)
        ]
    return []


# -- verification codes --------------------------------------------------------------------------


def current_code() -> str:
    """The code of this moment in the register's history, printed in a document's footer."""
    head = store.stored_head()
    key = seal.current_key()
    if head is None or head[1] == 0 or (key is None and connection.sqlite_file() is not None):
        return ""  # an SQLite register without its key prints no code rather than one anyone could compute
    return audit_seal.verification_code(key, head[1], head[2])


@dataclass(frozen=True)
class CodeCheck:
    ok: bool
    message: str


def check_code(code: str) -> CodeCheck:
    """Whether a code printed on a document belongs to this register's history, and to which moment."""
    parsed = audit_seal.parse_code(code)
    if parsed is None:
        return CodeCheck(
            False,
            "'{c}' bukan kode verifikasi: bentuknya NOMOR-XXXX-XXXX, seperti tercetak di kaki dokumen.".format(c=code),
        )
    event_id, typed = parsed
    if seal.key_problem():
        return CodeCheck(False, "Kode tidak dapat diperiksa di sini. " + str(seal.key_problem()))
    event = store.event_hash_at(event_id)
    if event is None or not audit_seal.code_matches(seal.current_key(), event[0], typed):
        return CodeCheck(
            False,
            "Kode {c} TIDAK ada dalam riwayat register ini: dokumen itu tidak dicetak dari register ini, atau "
            "riwayatnya telah diubah sejak dokumen dicetak.".format(c=code.strip()),
        )
    try:
        action = AuditAction(event[2]).label
    except ValueError:
        action = event[2]
    return CodeCheck(
        True,
        "Kode {c} cocok: kode ini dicetak dari register ini ketika peristiwa terakhirnya id {i} ({t}, {a}). "
        "Kode tidak membuktikan isi lembarannya: bandingkan dokumen dengan salinannya di arsip aplikasi.".format(
            c=code.strip(), i=event_id, t=event[1][:19].replace("T", " ") + " UTC", a=action
        ),
    )
