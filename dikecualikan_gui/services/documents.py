"""The printed documents: gather their data, have ReportLab build them, keep issued ones in the
softcopy archive (a copy in the data folder, its SHA-256, who and when), and export the DIK.

An issued document is frozen. A keputusan, the lembar uji of a held test and the berita acara of a
session are archived under the key of what they are of (``Spec.kunci``) when first printed, saved or
exported; every later print of that key gives the archived bytes, whatever changed since."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.db import documents as archive_queries
from dikecualikan_gui.domain.issued import ArchivedDocument
from dikecualikan_gui.domain.model import Actor, AuditAction, Paper
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.services import storage
from dikecualikan_gui.services.common import utcnow
from dikecualikan_gui.services.dik_export import DIK_COLUMNS, dik_csv, dik_xlsx
from dikecualikan_gui.services.document_builders import (
    PROPOSED,
    berita_acara_spec,
    dik_spec,
    penetapan_spec,
    render_berita_acara,
    render_dik,
    render_history,
    render_penetapan,
    render_uji,
    render_usulan,
    uji_spec,
)
from dikecualikan_gui.services.document_kinds import ISSUED_KINDS, KINDS, Progress, Render, Spec

__all__ = [
    "ARCHIVE",
    "DIK_COLUMNS",
    "ISSUED_KINDS",
    "KINDS",
    "PROPOSED",
    "ArchivedDocument",
    "Progress",
    "Published",
    "Render",
    "Spec",
    "archive",
    "archived_bytes",
    "berita_acara_spec",
    "dik_csv",
    "dik_spec",
    "dik_xlsx",
    "issue",
    "issue_spec",
    "issued_copy",
    "penetapan_spec",
    "publish",
    "render_berita_acara",
    "render_dik",
    "render_history",
    "render_penetapan",
    "render_uji",
    "render_usulan",
    "uji_spec",
]

ARCHIVE = "arsip"


def _store(config: Config, name: str, pdf: bytes) -> None:
    """Keep an issued document's copy under ``name`` (relative to the data folder) in the register's
    file store; a copy that was damaged or changed since is written anew."""
    store = storage.store_for(config)
    try:
        store.put_bytes(name, pdf)
    except OSError as exc:
        raise StorageError(
            "Salinan dokumen tidak dapat disimpan di {d}: {e}.".format(d=store.where(name), e=exc.strerror or exc)
        ) from exc


def issue(
    actor: Actor | None,
    config: Config,
    jenis: str,
    pdf: bytes,
    judul: str,
    referensi: str = "",
    *,
    kunci: str = "",
    earlier: tuple[str, ...] = (),
    facts: Mapping[str, Any] | None = None,
    item_id: int | None = None,
    penetapan_id: int | None = None,
    paper: Paper = Paper.F4,
    now: datetime | None = None,
) -> ArchivedDocument:
    """Record an issued document: a copy in the data folder, its SHA-256, who and when. Under a
    ``kunci`` only the first issue is recorded: when the key was issued before (on this desk or
    another), that record is returned and nothing is added (compare its SHA-256 with ``pdf``)."""
    now = now or utcnow()
    sha = hashlib.sha256(pdf).hexdigest()
    with connection.transaction():
        audit = queries.AuditBatch()  # holds the audit chain head: two desks issuing one key take turns
        first = archive_queries.first_issued(config.data_dir, kunci, *earlier) if kunci else None
        if first is not None:
            if first.sha256 == sha:
                _store(config, _name(config, first), pdf)  # the same bytes mend a damaged copy
            return first
        relative = "{a}/{y}/{h}.pdf".format(a=ARCHIVE, y=now.year, h=sha)
        _store(config, relative, pdf)
        document_id = archive_queries.insert_document(
            jenis,
            judul,
            referensi,
            item_id,
            penetapan_id,
            paper.value,
            actor.id if actor else None,
            now,
            sha,
            len(pdf),
            relative,
            kunci,
        )
        details = {
            "jenis": KINDS.get(jenis, jenis),
            "judul": judul,
            "referensi": referensi,
            "sha256": sha,
            "ukuran": len(pdf),
            "kertas": paper.value,
            **({"kunci": kunci} if kunci else {}),
            **(facts or {}),
        }
        audit.append(
            actor,
            AuditAction.DOCUMENT_ISSUED,
            now,
            details,
            item_id=item_id,
            item_nomor=referensi if jenis == "uji" else "",
        )
        audit.flush()
    found = archive_queries.get_document(config.data_dir, document_id)
    assert found is not None
    return found


def issue_spec(actor: Actor | None, config: Config, spec: Spec, pdf: bytes, paper: Paper) -> ArchivedDocument:
    return issue(
        actor,
        config,
        spec.jenis,
        pdf,
        spec.judul,
        spec.referensi,
        kunci=spec.kunci,
        earlier=spec.earlier,
        facts=spec.facts,
        item_id=spec.item_id,
        penetapan_id=spec.penetapan_id,
        paper=paper,
    )


def issued_copy(config: Config, keys: Sequence[str]) -> ArchivedDocument | None:
    """The archived copy of a document issued under one of ``keys`` (a Spec's keys) before (None: not
    issued yet, or not a frozen kind)."""
    return archive_queries.first_issued(config.data_dir, *keys) if keys else None


@dataclass(frozen=True)
class Published:
    data: bytes
    record: ArchivedDocument | None  # None: a working paper, not archived
    reprint: bool  # the archived copy of a document issued before


def publish(
    actor: Actor | None,
    config: Config,
    spec: Spec,
    paper: Paper | None,
    paper_used: Paper,
    write: Callable[[bytes], None],
) -> Published:
    """Print or export ``spec``: a document issued before gives its archived bytes; otherwise it is
    built, written, and (an issued kind) archived. ``write`` runs before anything is archived."""
    first = issued_copy(config, spec.keys)
    if first is not None:
        data = archived_bytes(first)
        write(data)
        return Published(data, first, True)
    pdf = spec.render(paper, None)
    write(pdf)
    if not spec.issued:
        return Published(pdf, None, False)
    record = issue_spec(actor, config, spec, pdf, paper_used)
    if record.sha256 == hashlib.sha256(pdf).hexdigest():
        return Published(pdf, record, False)
    data = archived_bytes(record)  # another desk issued it a moment earlier: that copy is the document
    write(data)
    return Published(data, record, True)


def archive(config: Config, item_id: int | None = None) -> list[ArchivedDocument]:
    """Issued documents, newest first (of one item, or all)."""
    return archive_queries.list_documents(config.data_dir, item_id)


def _name(config: Config, document: ArchivedDocument) -> str:
    """The document's name in the file store (its path relative to the data folder)."""
    try:
        return document.path.relative_to(config.data_dir).as_posix()
    except ValueError:
        return str(document.path)


def archived_bytes(document: ArchivedDocument, config: Config | None = None) -> bytes:
    """The stored copy, checked against its SHA-256: a reprint is byte-identical. (``config`` names the
    data folder; without it the document's own path says where it is.)"""
    if config is not None:
        store: storage.FileStore = storage.store_for(config)
        name = _name(config, document)
    elif connection.is_sqlite():
        store, name = storage.FolderStore(document.path.parent), document.path.name
    else:
        store, name = storage.DatabaseStore(document.path.parent), document.path.name
    if store.size(name) is None:
        raise StorageError(
            "Salinan dokumen {j} {r} yang diterbitkan tidak ada di {p}. Pulihkan arsip dari "
            "cadangan; dokumen yang sudah diterbitkan tidak disusun ulang.".format(
                j=document.judul, r=document.referensi, p=store.where(name)
            )
        )
    try:
        data = store.read_bytes(name)
    except (StorageError, OSError) as exc:
        raise StorageError(
            "Salinan dokumen {j} {r} telah berubah sejak diterbitkan (SHA-256 tidak cocok): {p}. "
            "Pulihkan arsip dari cadangan; dokumen yang sudah diterbitkan tidak disusun "
            "ulang.".format(j=document.judul, r=document.referensi, p=store.where(name))
        ) from exc
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise StorageError(
            "Salinan dokumen {j} {r} telah berubah sejak diterbitkan (SHA-256 tidak cocok): {p}. "
            "Pulihkan arsip dari cadangan; dokumen yang sudah diterbitkan tidak disusun "
            "ulang.".format(j=document.judul, r=document.referensi, p=store.where(name))
        )
    return data
