"""What interrupted restores and backups leave beside an SQLite register, and its removal at the
next start (setup.open_register).

Leftovers (work folders, ``*.sebagian`` partial copies, a ``diganti`` name that is still a hard link
of the live file) are never anyone's only copy: the backup zip, or the live file, still holds the
data. Those another process is still working on are left alone.
"""

from __future__ import annotations

import glob
import os
import shutil
import time
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.services.backup_zip import (
    ARCHIVE_PREFIX,
    ATTACHMENTS_PREFIX,
    BACKUP_WORKDIR,
    CLAIM,
    PARTIAL,
    RESTORE_WORKDIR,
    _stored_root,
)


def clean_leftovers(target: Path, config: Config, *, stale_after: float = 3600.0) -> list[Path]:
    """Remove what interrupted restores and backups left beside ``target`` (call holding the
    register shared, i.e. after opening it). None of it is anyone's only copy (module docstring);
    work folders still claimed by a running process and partial files written to in the last
    ``stale_after`` seconds are left alone. Returns what was removed."""
    folder = target.parent
    if not folder.is_dir():
        return []
    clock = time.time()
    removed, busy = clean_workdirs(folder)
    partials = [*folder.glob(glob.escape(target.name) + ".diganti-*" + PARTIAL)]
    for prefix in (ATTACHMENTS_PREFIX, ARCHIVE_PREFIX):
        root = _stored_root(config, prefix)
        if root.is_dir():
            partials += root.glob("*/*" + PARTIAL)  # lampiran/ab/<sha256>, arsip/YYYY/<sha256>.pdf
    if config.attachments_dir.is_dir():  # attachments.store_file's temporary copies
        partials += [p for p in config.attachments_dir.glob("tmp*") if p.is_file()]
    for partial in partials:
        try:
            if clock - partial.stat().st_mtime >= stale_after:
                partial.unlink()
                removed.append(partial)
        except OSError:
            continue
    if not busy and target.exists():  # an aside name made just before an interrupted swap
        for aside in folder.glob(glob.escape(target.name) + ".diganti-*"):
            try:
                if aside.is_file() and os.path.samefile(aside, target):
                    aside.unlink()
                    removed.append(aside)
            except OSError:
                continue
    return removed


def clean_workdirs(folder: Path) -> tuple[list[Path], bool]:
    """Remove the backup and restore work folders in ``folder`` that no running process claims
    (also the data folder of a PostgreSQL register, where its backups and restores work). Returns
    what was removed and whether a restore is still at work there."""
    removed: list[Path] = []
    clock = time.time()
    busy = False
    for work in sorted([*folder.glob(RESTORE_WORKDIR + "*"), *folder.glob(BACKUP_WORKDIR + "*")]):
        if not work.is_dir():
            continue
        claim = work / CLAIM
        try:
            if connection.in_use(claim) or (not claim.exists() and clock - work.stat().st_mtime < 60):
                busy = busy or work.name.startswith(RESTORE_WORKDIR)
                continue
        except OSError:  # another program cleaned it meanwhile
            continue
        shutil.rmtree(work, ignore_errors=True)
        if not work.exists():
            removed.append(work)
    return removed, busy
