"""DIK editions (pemutakhiran): the approved list frozen under a penetapan, numbered, never
changed, and compared with the previous edition."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain.issued import Edition, EditionEntry
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import Actor, AuditAction
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import NotFound, PermissionDenied, ValidationError
from dikecualikan_gui.services.common import authorize, local_today, utcnow


@dataclass(frozen=True)
class EditionDiff:
    """What changed from the previous edition (by item number)."""

    added: tuple[EditionEntry, ...]
    extended: tuple[tuple[EditionEntry, EditionEntry], ...]  # (before, after): ends later
    changed: tuple[tuple[EditionEntry, EditionEntry], ...]  # approved again, same or earlier end
    opened: tuple[EditionEntry, ...]  # no longer in the list

    @property
    def empty(self) -> bool:
        return not (self.added or self.extended or self.changed or self.opened)


def current_entries() -> list[EditionEntry]:
    """The Daftar Informasi yang Dikecualikan as it stands: the approved items."""
    entries = []
    for force in queries.in_force_snapshots():
        row = content_rules.snapshot_row(
            force.item_id,
            force.nomor,
            force.tahun,
            force.urut,
            force.berakhir,
            json.loads(force.snapshot),
            force.approved_by,
            force.nomor_penetapan,
            force.tanggal_penetapan,
        )
        entries.append(
            EditionEntry(
                nomor=row.nomor,
                judul=row.judul,
                dasar_hukum=format_legal_basis(row.grounds, row.uu_lain),
                konsekuensi=row.konsekuensi,
                pertimbangan=row.pertimbangan,
                jangka_waktu=row.jangka_waktu,
                berakhir=row.berakhir.isoformat() if row.berakhir else None,
                nomor_penetapan=row.nomor_penetapan or "",
                fingerprint=force.fingerprint,
            )
        )
    return entries


def list_editions() -> list[Edition]:
    """Newest first."""
    return queries.list_editions()


def get_edition(nomor: int) -> Edition:
    for edition in list_editions():
        if edition.nomor == nomor:
            return edition
    raise NotFound("Edisi DIK nomor {n} tidak ada.".format(n=nomor))


def create_edition(
    actor: Actor | None,
    tahun: int,
    nomor_penetapan: str,
    tanggal: date | None = None,
    tempat: str | None = None,
    *,
    now: datetime | None = None,
) -> Edition:
    """Freeze the current approved list as the next edition, under its own penetapan."""
    require(actor, Action.PUBLISH_EDITION)
    if actor is None:
        raise PermissionDenied("Edisi DIK ditetapkan oleh seorang atasan PPID.")
    now = now or utcnow()
    tanggal = tanggal or local_today(now)
    problems = {}
    if not nomor_penetapan.strip():
        problems["nomor_penetapan"] = "Nomor penetapan edisi wajib diisi."
    if not 2000 <= tahun <= 2200:
        problems["tahun"] = "Tahun edisi tidak wajar: {t}.".format(t=tahun)
    if tanggal > local_today(now):
        problems["tanggal"] = (
            "Tanggal penetapan edisi {d} belum tiba; penetapan diberi tanggal hari ini atau sebelumnya.".format(
                d=tanggal.isoformat()
            )
        )
    if problems:
        raise ValidationError(problems)
    with connection.transaction():
        authorize(actor, Action.PUBLISH_EDITION)
        entries = current_entries()
        if not entries:
            raise ValidationError({"items": "Belum ada informasi yang disetujui; edisi DIK tidak dapat dibuat."})
        snapshot = content_rules.canonical_json([entry.__dict__ for entry in entries])
        digest = content_rules.fingerprint([entry.__dict__ for entry in entries])
        kota = tempat if tempat is not None else queries.get_profile().kota
        penetapan_id = queries.insert_penetapan(nomor_penetapan.strip(), tanggal, kota.strip(), "edisi", actor.id, now)
        queries.insert_edition(tahun, penetapan_id, actor.id, now, snapshot, digest)
        edition = list_editions()[0]
        queries.append_audit(
            actor,
            AuditAction.EDITION_CREATED,
            now,
            details={
                "edisi": edition.nomor,
                "tahun": tahun,
                "nomor_penetapan": nomor_penetapan.strip(),
                "jumlah": len(entries),
                "fingerprint": digest,
            },
        )
    return edition


def diff(before: Edition | None, after: Edition | None) -> EditionDiff:
    """Compare two editions; ``after`` None compares ``before`` with the list as it stands now."""
    old = {e.nomor: e for e in (before.entries if before else ())}
    new = {e.nomor: e for e in (after.entries if after else tuple(current_entries()))}
    extended: list[tuple[EditionEntry, EditionEntry]] = []
    changed: list[tuple[EditionEntry, EditionEntry]] = []
    for nomor in new.keys() & old.keys():
        a, b = old[nomor], new[nomor]
        if a.fingerprint == b.fingerprint and a.berakhir == b.berakhir:
            continue
        ends_later = (
            b.berakhir is None
            and a.berakhir is not None
            or (a.berakhir is not None and b.berakhir is not None and b.berakhir > a.berakhir)
        )
        (extended if ends_later else changed).append((a, b))
    return EditionDiff(
        added=tuple(new[n] for n in sorted(new.keys() - old.keys())),
        extended=tuple(sorted(extended, key=lambda pair: pair[1].nomor)),
        changed=tuple(sorted(changed, key=lambda pair: pair[1].nomor)),
        opened=tuple(old[n] for n in sorted(old.keys() - new.keys())),
    )


def previous(edition: Edition) -> Edition | None:
    """The edition this one follows (and whose keputusan it revokes)."""
    earlier = [e for e in list_editions() if e.nomor < edition.nomor]
    return earlier[0] if earlier else None


def diff_with_previous(edition: Edition) -> EditionDiff:
    return diff(previous(edition), edition)


def of_penetapan(nomor_penetapan: str) -> Edition | None:
    """The edition fixed by this keputusan, if it is an edition's."""
    return next((e for e in list_editions() if e.nomor_penetapan == nomor_penetapan), None)


def matching_edition() -> Edition | None:
    """The latest edition when the list as it stands is exactly that edition (same items, same
    approved content, same end dates and keputusan): the DIK is then that edition's lampiran."""
    rows = queries.list_editions(limit=1)  # only the latest is read
    if not rows:
        return None
    latest = rows[0]
    now = {e.nomor: e for e in current_entries()}
    return latest if now == {e.nomor: e for e in latest.entries} else None


def verify_editions() -> list[str]:
    """Editions whose stored list no longer matches its fingerprint (changed outside the application)."""
    problems = []
    for row in queries.edition_seals():
        data: Any = json.loads(row.snapshot)
        if content_rules.fingerprint(data) != row.fingerprint:
            problems.append(
                "Edisi DIK nomor {n} telah diubah di luar aplikasi: sidik SHA-256 tidak cocok.".format(n=row.nomor)
            )
    return problems
