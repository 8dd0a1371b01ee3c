"""The audit trail's key and anchor in a backup and through a restore (db/seal.py, issue 10).

A backup carries the register's key in its manifest (``audit_key``), so that a register restored on
another PC can still check its seals and the codes on its documents; the zip is written readable by
its owner only, and is as sensitive as the register. A backup is refused while the register's own
check fails (a rolled-back or re-chained register is not laundered into a clean backup) and while
its key is missing. A restore stages the backup's key and an anchor of the restored head (or, for
a backup made before seals existed, a marker) as ``*.baru`` files before it swaps the database in,
and puts them in place after; a stop in between is settled by the next start (seal.settle_pending).
The replaced register's key and anchor are kept beside its aside copy, under that copy's name.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from dikecualikan_gui.db import migrations, seal
from dikecualikan_gui.db.seal_store import anchor_path, key_path, pending, write_private
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.errors import BackupError

KEY_FIELD = "audit_key"


def check_before_backup(problems: list[str]) -> dict[str, str]:
    """What the manifest carries of the key; refuses a register whose trail does not hold now."""
    if seal.key_problem():
        raise BackupError(str(seal.key_problem()) + " Cadangan tidak dibuat.")
    if problems:
        raise BackupError(
            "Cadangan tidak dibuat: jejak audit register ini tidak utuh ({p}). Jalankan 'dikecualikan audit "
            "verify'; cadangan dibuat lagi setelah register dipulihkan dari cadangan yang utuh.".format(
                p="; ".join(problems)
            )
        )
    key = seal.current_key()
    return {KEY_FIELD: key.hex()} if key is not None else {}


def backup_key(manifest: dict[str, object], facts: migrations.FileFacts) -> bytes | None:
    """The key a verified backup brings, checked against the fingerprint in its database."""
    text = manifest.get(KEY_FIELD)
    if text is None:
        if facts.audit_key_id is not None:
            raise BackupError(
                "Cadangan ini tidak memuat kunci segel jejak audit registernya, sehingga register yang "
                "dipulihkan tidak dapat diperiksa; cadangan ditolak."
            )
        return None  # made before the trail was sealed: the restored register gets a key at its start
    try:
        key = bytes.fromhex(str(text))
    except ValueError:
        key = b""
    if len(key) != audit_seal.KEY_BYTES or audit_seal.key_id(key) != facts.audit_key_id:
        raise BackupError(
            "Kunci segel jejak audit di dalam cadangan tidak cocok dengan basis datanya; cadangan rusak atau "
            "diubah, dan ditolak."
        )
    return key


def stage(target: Path, key: bytes | None, facts: migrations.FileFacts) -> None:
    """Before the swap: the backup's key and its head's anchor (or the marker), as pending files."""
    head = facts.audit_head or {}
    try:
        values = (int(str(head["count"])), int(str(head["last_id"])), str(head["hash"]))
    except (KeyError, ValueError) as exc:
        raise BackupError("Kepala jejak audit di dalam cadangan tidak terbaca; cadangan ditolak.") from exc
    seal.stage_restore(target, key, values)


def finish(target: Path, aside: Path | None, key: bytes | None) -> None:
    """After the swap: the old key and anchor go with the old register's aside copy (owner-only);
    the pending ones take their place (a backup made before seals leaves no key: the restored
    register gets a new one when it is opened)."""
    for final in (key_path(target), anchor_path(target)):
        if final.exists() and aside is not None:
            keep = final.with_name(aside.name + final.name[len(target.name) :])
            text = final.read_text(encoding="utf-8")
            write_private(keep, text)
            if key is None or final == anchor_path(target):
                final.unlink()
        elif final.exists() and key is None:
            final.unlink()
    staged = pending(key_path(target))
    if key is None:
        staged.unlink(missing_ok=True)
        return
    os.replace(staged, key_path(target))
    os.replace(pending(anchor_path(target)), anchor_path(target))


def drop_pending(target: Path) -> None:
    """A restore that stopped before its swap: its pending files go."""
    for final in (key_path(target), anchor_path(target)):
        with contextlib.suppress(OSError):
            pending(final).unlink()


def previous_anchor(aside: Path | None) -> dict[str, object] | None:
    """The replaced register's head as its anchor last recorded it (for the restore's event)."""
    if aside is None:
        return None
    try:
        body = json.loads(anchor_path(aside).read_text(encoding="utf-8"))
        return {k: body[k] for k in ("count", "last_id", "hash", "at")}
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
