"""The audit trail's key and anchor in a backup and through a restore (db/seal.py, issue 10).

A backup carries the register's key in its manifest (``audit_key``), so that a register restored on
another PC can still check its seals and the codes on its documents; keep backups where the
register itself would be kept. A restore writes the backup's key and an anchor of the restored
head as pending files (``*.baru``) before it swaps the database in, and renames them after; a stop
in between is finished by the next start (seal.ensure_key). The replaced register's key and
anchor are kept beside its aside copy, under that copy's name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from dikecualikan_gui.db import migrations, seal
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.errors import BackupError

KEY_FIELD = "audit_key"


def manifest_fields() -> dict[str, str]:
    """What a backup's manifest carries of the open register's key (nothing on a register without one)."""
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


def _pending(path: Path) -> Path:
    return path.with_name(path.name + seal.PENDING)


def stage(target: Path, key: bytes | None, facts: migrations.FileFacts) -> None:
    """Before the swap: the backup's key and the restored head's anchor, as pending files."""
    if key is None:
        return
    seal.write_private(_pending(seal.key_path(target)), key.hex() + "\n")
    head = facts.audit_head or {}
    try:
        anchor = audit_seal.Anchor(
            int(str(head["count"])),
            int(str(head["last_id"])),
            str(head["hash"]),
            datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    except (KeyError, ValueError) as exc:
        raise BackupError("Kepala jejak audit di dalam cadangan tidak terbaca; cadangan ditolak.") from exc
    seal.write_private(_pending(seal.anchor_path(target)), anchor.dumps(key))


def finish(target: Path, aside: Path | None, key: bytes | None) -> None:
    """After the swap: the old key and anchor go with the old register's aside copy; the pending
    ones take their place. A backup made before seals existed leaves no key: the register gets a
    new one when it is opened."""
    for final in (seal.key_path(target), seal.anchor_path(target)):
        if final.exists() and aside is not None:
            keep = final.with_name(aside.name + final.name[len(target.name) :])
            if key is None or final.name.endswith(seal.ANCHOR_SUFFIX):
                os.replace(final, keep)
            else:
                shutil.copyfile(final, keep)
        elif final.exists() and key is None:
            final.unlink()
        pending = _pending(final)
        if pending.exists():
            os.replace(pending, final)


def drop_pending(target: Path) -> None:
    """A restore that stopped before its swap: its pending files go."""
    for final in (seal.key_path(target), seal.anchor_path(target)):
        with contextlib.suppress(OSError):
            _pending(final).unlink()
