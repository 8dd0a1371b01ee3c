"""Attachments: files copied into the data folder, stored by their SHA-256, listed per item."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import workflow
from dikecualikan_gui.domain.model import Actor, AttachmentInfo, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import NotFound, PermissionDenied, StorageError, ValidationError
from dikecualikan_gui.services.common import authorize, load_item, utcnow

CHUNK = 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def relative_store_path(sha256: str) -> str:
    return "{a}/{h}".format(a=sha256[:2], h=sha256)


def store_file(config: Config, source: Path) -> tuple[str, int, str]:
    """Copy ``source`` into the content store; returns (sha256, size, relative path)."""
    try:
        if not source.is_file():
            raise ValidationError({"lampiran": "Berkas {p} tidak ditemukan atau bukan berkas.".format(p=source)})
        config.attachments_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=config.attachments_dir, delete=False) as tmp:
            digest = hashlib.sha256()
            size = 0
            with source.open("rb") as handle:
                for block in iter(lambda: handle.read(CHUNK), b""):
                    digest.update(block)
                    size += len(block)
                    tmp.write(block)
        sha = digest.hexdigest()
        relative = relative_store_path(sha)
        target = config.attachments_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.unlink(tmp.name)
        else:
            os.replace(tmp.name, target)
        return sha, size, relative
    except PermissionError as exc:
        raise StorageError(
            "Berkas {p} tidak dapat dibaca atau disalin: izin ditolak.".format(p=exc.filename or source)
        ) from exc
    except OSError as exc:
        raise StorageError(
            "Lampiran tidak dapat disalin ke {d}: {e}.".format(d=config.attachments_dir, e=exc.strerror or exc)
        ) from exc


def add_attachment(
    actor: Actor | None,
    config: Config,
    item_id: int,
    source: Path,
    *,
    name: str | None = None,
    now: datetime | None = None,
) -> AttachmentInfo:
    require(actor, Action.MANAGE_ATTACHMENTS)
    if actor is None:
        raise PermissionDenied("Lampiran harus ditambahkan oleh seorang petugas.")
    now = now or utcnow()
    item = load_item(item_id)
    workflow.check_editable(item.status, item.nomor)
    sha, size, relative = store_file(config, Path(source))
    label = name or Path(source).name
    with connection.transaction():
        authorize(actor, Action.MANAGE_ATTACHMENTS)
        item = load_item(item_id)
        workflow.check_editable(item.status, item.nomor)
        attachment_id = queries.insert_attachment(item.id, label, size, sha, relative, actor.id, now)
        queries.append_audit(
            actor,
            AuditAction.ATTACHMENT_ADDED,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={"nama": label, "ukuran": size, "sha256": sha},
        )
    info = queries.get_attachment(attachment_id)
    assert info is not None
    return info


def list_attachments(item_id: int) -> list[AttachmentInfo]:
    return queries.attachments_of(item_id)


def remove_attachment(actor: Actor | None, attachment_id: int, *, now: datetime | None = None) -> None:
    """Take an attachment off the item; the stored file and the record of it are kept."""
    require(actor, Action.MANAGE_ATTACHMENTS)
    if actor is None:
        raise PermissionDenied("Lampiran harus dihapus oleh seorang petugas.")
    now = now or utcnow()
    with connection.transaction():
        authorize(actor, Action.MANAGE_ATTACHMENTS)
        info = queries.get_attachment(attachment_id)
        if info is None:
            raise NotFound("Lampiran tidak ditemukan (mungkin sudah dihapus).")
        item = load_item(info.item_id)
        workflow.check_editable(item.status, item.nomor)
        queries.mark_attachment_removed(info.id, actor.id, now)
        queries.append_audit(
            actor,
            AuditAction.ATTACHMENT_REMOVED,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={"nama": info.nama, "sha256": info.sha256},
        )


def attachment_file(config: Config, info: AttachmentInfo, verify: bool = False) -> Path:
    """The stored file of an attachment; with ``verify``, its SHA-256 is checked too."""
    path = config.attachments_dir / info.stored_path
    if not path.is_file():
        raise StorageError(
            "Berkas lampiran {n} tidak ada di {p}. Pulihkan folder lampiran dari cadangan.".format(n=info.nama, p=path)
        )
    if verify and sha256_of(path) != info.sha256:
        raise StorageError(
            "Berkas lampiran {n} telah berubah sejak disimpan (SHA-256 tidak cocok).".format(n=info.nama)
        )
    return path


def export_attachment(config: Config, info: AttachmentInfo, target: Path) -> None:
    shutil.copyfile(attachment_file(config, info, verify=True), target)
