"""The atasan's decisions: approve under a penetapan, return with notes, reject with a reason."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dikecualikan_gui.db import connection, item_batch, queries
from dikecualikan_gui.db import sessions as session_queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.model import (
    Actor,
    AuditAction,
    Decision,
    ItemRecord,
    Kesimpulan,
    Role,
    Status,
)
from dikecualikan_gui.domain.numbering import render_penetapan_number
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import Conflict, InvalidState, NotFound, PermissionDenied, ValidationError
from dikecualikan_gui.services import auth
from dikecualikan_gui.services.common import (
    authorize,
    check_version,
    conflict_message,
    load_item,
    local_today,
    utcnow,
)
from dikecualikan_gui.services.items import expiry_of, in_force


def _snapshot(item: ItemRecord) -> dict[str, Any]:
    return content_rules.snapshot(item.content, item.test.content if item.test else None)


def wrote_the_test(actor: Actor, item: ItemRecord) -> bool:
    """The four-eyes rule: whoever wrote, changed or recorded the item's test does not approve it."""
    return item.test is not None and actor.id in session_queries.test_authors(item.id, item.test.id)


def _check_four_eyes(actor: Actor | None, item: ItemRecord) -> None:
    if actor is not None and wrote_the_test(actor, item):
        raise PermissionDenied(
            "Anda mencatat uji konsekuensi usulan {n}; persetujuan harus diberikan oleh atasan lain "
            "(prinsip empat mata).".format(n=item.nomor)
        )


def sign_off(
    username: str,
    password: str,
    item_ids: Sequence[int] = (),
    *,
    now: datetime | None = None,
    loaded: Sequence[ItemRecord] | None = None,
) -> Actor:
    """The supervisor's own username and password, like a signature, even when an atasan is the
    one signed in. Wrong passwords count toward the account's lockout; every refusal is audited.
    Only an active atasan passes; the recorder of an item's test may not sign it (four-eyes).

    ``loaded``: the items as the caller already read them, checked instead of reading each again
    (the decision itself checks the four-eyes rule once more, inside its transaction)."""
    now = now or utcnow()
    user = auth.authenticate(username, password, now=now, purpose="persetujuan")
    actor = user.as_actor()
    reason = None
    if user.role is not Role.ATASAN:
        reason = "Pengguna {u} berperan {r}; persetujuan hanya dapat ditandatangani oleh Atasan PPID.".format(
            u=user.username, r=user.role.label
        )
    else:
        known = {item.id: item for item in loaded or ()}
        for item_id in item_ids:
            item = known.get(item_id) or load_item(item_id)
            if wrote_the_test(actor, item):
                reason = (
                    "Anda mencatat uji konsekuensi usulan {n}; persetujuan harus diberikan oleh atasan lain "
                    "(prinsip empat mata)."
                ).format(n=item.nomor)
                break
    if reason is not None:
        with connection.transaction():
            queries.append_audit(actor, AuditAction.SIGNOFF_REFUSED, now, details={"alasan": reason})
        raise PermissionDenied(reason)
    return actor


def propose_penetapan_number(tanggal: date | None = None) -> str:
    """The next number from the agency's pattern, skipping numbers already used."""
    tanggal = tanggal or local_today()
    pattern = queries.get_profile().penetapan_pattern
    urut = queries.count_penetapan(tanggal.year) + 1
    number = render_penetapan_number(pattern, urut, tanggal)
    for _ in range(1000):  # numbers typed by hand may sit ahead of the count
        if not queries.penetapan_exists(number):
            break
        urut += 1
        number = render_penetapan_number(pattern, urut, tanggal)
    return number


def approve(
    actor: Actor | None,
    item_ids: Sequence[int],
    nomor_penetapan: str,
    *,
    tanggal: date | None = None,
    tempat: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[ItemRecord]:
    """Approve one or more items under one penetapan. All or nothing."""
    require(actor, Action.APPROVE)
    now = now or utcnow()
    nomor_penetapan = nomor_penetapan.strip()
    today = local_today(now)
    tanggal = _checked_request(nomor_penetapan, item_ids, tanggal, today)
    tempat = (tempat if tempat is not None else queries.get_profile().kota).strip()
    if actor is None:
        raise PermissionDenied("Persetujuan harus diberikan oleh seorang atasan PPID.")
    with connection.transaction():
        authorize(actor, Action.APPROVE)
        items = _load_all(item_ids)
        for item in items:
            _check_approvable(actor, item, expected_versions, today)
        _check_tested_before(items, tanggal)
        penetapan_id = queries.insert_penetapan(nomor_penetapan, tanggal, tempat, "pengecualian", actor.id, now)
        placed = _Penetapan(penetapan_id, nomor_penetapan, tanggal, tempat)
        for item in items:
            _approve_one(actor, item, placed, now)
    logging.getLogger(__name__).info(
        "Disetujui dan ditetapkan oleh pengguna id=%s: usulan id=%s",
        actor.id if actor else "-",
        ",".join(str(item.id) for item in items),
    )
    return _load_all([item.id for item in items])


def _checked_request(nomor_penetapan: str, item_ids: Sequence[int], tanggal: date | None, today: date) -> date:
    """Every problem of the request at once; the penetapan's date (today when none is given), never
    in the future."""
    problems = {}
    if not nomor_penetapan:
        problems["nomor_penetapan"] = "Nomor penetapan wajib diisi."
    if not item_ids:
        problems["items"] = "Pilih paling sedikit satu usulan untuk disetujui."
    problems.update((f.field, f.message) for f in validation.date_problem("tanggal", "Tanggal penetapan", tanggal))
    if problems:
        raise ValidationError(problems)
    tanggal = tanggal or today
    if tanggal > today:
        raise ValidationError(
            {
                "tanggal": "Tanggal penetapan {d} belum tiba; penetapan diberi tanggal hari ini atau "
                "sebelumnya.".format(d=tanggal.isoformat())
            }
        )
    return tanggal


def _check_approvable(actor: Actor, item: ItemRecord, expected_versions: Mapping[int, int] | None, today: date) -> None:
    """One item may be approved now by ``actor``: unchanged since shown, waiting for a decision, not
    written or tested by the approver (four eyes), its test not concluding 'terbuka', complete."""
    if expected_versions is not None:
        check_version(item, expected_versions.get(item.id))
    workflow.check_decidable(item.status, item.nomor)
    _check_four_eyes(actor, item)
    if item.test is not None and item.test.content.kesimpulan is Kesimpulan.TERBUKA:
        raise InvalidState(
            "Kesimpulan uji konsekuensi usulan {n} menyatakan informasi terbuka; usulan ini "
            "tidak dapat ditetapkan sebagai dikecualikan. Tolak atau kembalikan.".format(n=item.nomor)
        )
    errors = validation.errors(
        validation.submission_findings(item.content, item.test.content if item.test else None, today)
    )
    if errors:
        raise ValidationError(
            {"items": "Usulan {n} belum lengkap: {e}".format(n=item.nomor, e=" ".join(e.message for e in errors))}
        )


@dataclass(frozen=True)
class _Penetapan:
    id: int
    nomor: str
    tanggal: date
    tempat: str


def _approve_one(actor: Actor, item: ItemRecord, penetapan: _Penetapan, now: datetime) -> None:
    """The approval row with the content's snapshot and fingerprint, the item's new status and end
    date, and the event that records it."""
    snap = _snapshot(item)
    digest = content_rules.fingerprint(snap)
    prior = queries.approvals_of(item.id, latest_only=True, decision=Decision.DISETUJUI)
    # Approving a change to the same test keeps the end date in force; only a new
    # consequence test (a re-test, an extension) starts a new period.
    same_test = bool(prior) and item.test is not None and prior[0].test_id == item.test.id
    berakhir = item.berakhir if same_test else expiry_of(item.test.content if item.test else None, penetapan.tanggal)
    queries.insert_approval(
        item.id,
        item.test.id if item.test else None,
        Decision.DISETUJUI,
        "",
        actor.id,
        now,
        penetapan.id,
        digest,
        content_rules.canonical_json(snap),
    )
    if not queries.update_item(item.id, item.version, now, status=Status.DISETUJUI, berakhir=berakhir):
        raise Conflict(conflict_message(item))
    queries.append_audit(
        actor,
        AuditAction.APPROVED,
        now,
        item_id=item.id,
        item_nomor=item.nomor,
        details={
            "status": [item.status.value, Status.DISETUJUI.value],
            "nomor_penetapan": penetapan.nomor,
            "tanggal_penetapan": penetapan.tanggal.isoformat(),
            "tempat": penetapan.tempat,
            "fingerprint": digest,
        },
    )


def _load_all(item_ids: Sequence[int]) -> list[ItemRecord]:
    """Every item in full, read in one batch (the same records as load_item); NotFound for a missing one."""
    wanted = list(dict.fromkeys(item_ids))
    found = item_batch.get_items(wanted)
    for item_id in wanted:
        if item_id not in found:
            raise NotFound("Usulan dengan id {i} tidak ditemukan.".format(i=item_id))
    return [found[i] for i in wanted]


def _check_tested_before(items: Sequence[ItemRecord], tanggal: date) -> None:
    """UU 14/2008 Pasal 19: the PPID tests before information is declared exempt. Every item's
    test must have been held (in a session) on or before the date of the penetapan."""
    untested = [i.nomor for i in items if i.test is None or not i.test.held]
    if untested:
        raise InvalidState(
            "Uji konsekuensi usulan {n} belum tercatat sebagai pengujian yang diadakan; catat sesi pengujian "
            "konsekuensinya sebelum disetujui (Pasal 19 UU 14/2008).".format(n=", ".join(untested))
        )
    later = [
        (i.nomor, i.test.content.tanggal)
        for i in items
        if i.test is not None and i.test.content.tanggal is not None and i.test.content.tanggal > tanggal
    ]
    if later:
        raise ValidationError(
            {
                "tanggal": (
                    "Tanggal penetapan {d} mendahului uji konsekuensinya: {l}. Penetapan diberi tanggal pada atau "
                    "setelah tanggal uji (Pasal 19 UU 14/2008)."
                ).format(
                    d=tanggal.isoformat(), l="; ".join("{n} diuji {t}".format(n=n, t=t.isoformat()) for n, t in later)
                )
            }
        )


def _decide_without_penetapan(
    actor: Actor | None,
    item_id: int,
    expected_version: int | None,
    decision: Decision,
    catatan: str,
    action: AuditAction,
    status: Status,
    field: str,
    missing: str,
    now: datetime | None,
    permission: Action,
) -> ItemRecord:
    now = now or utcnow()
    catatan = catatan.strip()
    if not catatan:
        raise ValidationError({field: missing})
    if actor is None:
        raise PermissionDenied("Keputusan harus diambil oleh seorang atasan PPID.")
    with connection.transaction():
        authorize(actor, permission)
        item = load_item(item_id)
        check_version(item, expected_version)
        workflow.check_decidable(item.status, item.nomor)
        snap = _snapshot(item)
        queries.insert_approval(
            item.id,
            item.test.id if item.test else None,
            decision,
            catatan,
            actor.id,
            now,
            None,
            content_rules.fingerprint(snap),
            content_rules.canonical_json(snap),
        )
        if not queries.update_item(item.id, item.version, now, status=status):
            raise Conflict(conflict_message(item))
        queries.append_audit(
            actor,
            action,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={"status": [item.status.value, status.value], field: catatan},
        )
    return load_item(item_id)


def return_item(
    actor: Actor | None, item_id: int, expected_version: int | None, catatan: str, *, now: datetime | None = None
) -> ItemRecord:
    """Send back to the officer for rework (notes required); the item becomes editable again."""
    require(actor, Action.RETURN)
    return _decide_without_penetapan(
        actor,
        item_id,
        expected_version,
        Decision.DIKEMBALIKAN,
        catatan,
        AuditAction.RETURNED,
        Status.DIKEMBALIKAN,
        "catatan",
        "Tuliskan catatan perbaikan untuk petugas.",
        now,
        Action.RETURN,
    )


def reject_item(
    actor: Actor | None, item_id: int, expected_version: int | None, alasan: str, *, now: datetime | None = None
) -> ItemRecord:
    """Refuse the exemption (reason required); the information stays public. A change to an item
    already in force cannot be refused this way: return it, or open the item by a decision."""
    require(actor, Action.REJECT)
    item = load_item(item_id)
    if item.status is Status.DIUJI and in_force(item):
        raise InvalidState(
            "Usulan {n} sudah ditetapkan sebagai informasi yang dikecualikan; perubahan yang menunggu "
            "persetujuan dapat dikembalikan kepada petugas, dan informasinya hanya dibuka dengan keputusan "
            "pembukaan.".format(n=item.nomor)
        )
    return _decide_without_penetapan(
        actor,
        item_id,
        expected_version,
        Decision.DITOLAK,
        alasan,
        AuditAction.REJECTED,
        Status.DITOLAK,
        "alasan",
        "Tuliskan alasan penolakan.",
        now,
        Action.REJECT,
    )


def needs_reapproval(item: ItemRecord) -> bool:
    """True when an item that was approved has content that differs from what was approved."""
    approved = queries.approvals_of(item.id, latest_only=True, decision=Decision.DISETUJUI)
    return bool(approved) and approved[0].fingerprint != content_rules.fingerprint(_snapshot(item))


def changes_since_approval(item_id: int) -> list[tuple[str, Any, Any]]:
    """(field, approved value, current value) for every field changed since the last approval."""
    return changes_since_approval_of(load_item(item_id))


def changes_since_approval_of(item: ItemRecord) -> list[tuple[str, Any, Any]]:
    """As changes_since_approval, for an item already read (only an item decided on before is looked up)."""
    if item.last_decision is None:
        return []
    approved = queries.approvals_of(item.id, latest_only=True, decision=Decision.DISETUJUI)
    if not approved:
        return []
    return content_rules.diff(queries.approval_snapshot(approved[0].id), _snapshot(item))


def return_items(
    actor: Actor | None, items: Mapping[int, int | None], catatan: str, *, now: datetime | None = None
) -> list[ItemRecord]:
    """Return several items with the same notes: all of them, or none."""
    with connection.transaction():
        return [return_item(actor, item_id, version, catatan, now=now) for item_id, version in items.items()]


def reject_items(
    actor: Actor | None, items: Mapping[int, int | None], alasan: str, *, now: datetime | None = None
) -> list[ItemRecord]:
    """Reject several items with the same reason: all of them, or none."""
    with connection.transaction():
        return [reject_item(actor, item_id, version, alasan, now=now) for item_id, version in items.items()]
