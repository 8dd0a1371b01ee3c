"""Attachments: files copied into the register's file store (services/storage.py: the data folder,
or the database on PostgreSQL), stored by their SHA-256, listed per item."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import workflow
from dikecualikan_gui.domain.model import Actor, AttachmentInfo, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import NotFound, PermissionDenied, StorageError, ValidationError
from dikecualikan_gui.services import storage
from dikecualikan_gui.services.common import authorize, load_item, utcnow

CHUNK = storage.CHUNK
sha256_of = storage.sha256_of
FOLDER = "lampiran"  # config.attachments_dir's name: an attachment's store name is lampiran/<stored_path>


def relative_store_path(sha256: str) -> str:
    return "{a}/{h}".format(a=sha256[:2], h=sha256)


def store_name(relative: str) -> str:
    """The name in the file store (services/storage.py) of an attachment stored at ``relative``."""
    return "{f}/{r}".format(f=FOLDER, r=relative)


def store_file(config: Config, source: Path) -> tuple[str, int, str]:
    """Copy ``source`` into the register's file store (the data folder, or the database on
    PostgreSQL); returns (sha256, size, path relative to the attachments folder)."""
    try:
        if not source.is_file():
            raise ValidationError({"lampiran": "Berkas {p} tidak ditemukan atau bukan berkas.".format(p=source)})
        stored = storage.store_for(config).put_file(source, lambda sha: store_name(relative_store_path(sha)))
        return stored.sha256, stored.size, relative_store_path(stored.sha256)
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
    """The stored file of an attachment on this PC's disk (on PostgreSQL a copy taken from the
    database); with ``verify``, its SHA-256 is checked too."""
    store = storage.store_for(config)
    name = store_name(info.stored_path)
    path = store.local_file(name)
    if path is None:
        raise StorageError(
            "Berkas lampiran {n} tidak ada di {p}. Pulihkan dari cadangan.".format(n=info.nama, p=store.where(name))
        )
    if verify and sha256_of(path) != info.sha256:
        raise StorageError(
            "Berkas lampiran {n} telah berubah sejak disimpan (SHA-256 tidak cocok).".format(n=info.nama)
        )
    return path


def export_attachment(config: Config, info: AttachmentInfo, target: Path) -> None:
    """Write an attachment to ``target``, checked against its SHA-256 while it is written."""
    store = storage.store_for(config)
    name = store_name(info.stored_path)
    try:
        store.copy_to(name, target)
    except StorageError as exc:
        if store.size(name) is None:
            raise StorageError(
                "Berkas lampiran {n} tidak ada di {p}. Pulihkan dari cadangan.".format(n=info.nama, p=store.where(name))
            ) from exc
        raise StorageError(
            "Berkas lampiran {n} telah berubah sejak disimpan (SHA-256 tidak cocok).".format(n=info.nama)
        ) from exc
    except OSError as exc:
        raise StorageError("Lampiran tidak dapat ditulis ke {p}: {e}.".format(p=target, e=exc.strerror or exc)) from exc
