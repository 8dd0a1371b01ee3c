"""After approval: expiry (announced 30 working days ahead, automatic the day after), opening
early by a decision of the atasan, and the holiday list the working days are counted with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dikecualikan_gui.db import connection, queries, register
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain.model import (
    Actor,
    AuditAction,
    Decision,
    ItemRecord,
    ItemRow,
    ReleaseCondition,
    RowFilter,
    Status,
)
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.domain.workdays import NOTICE_WORKING_DAYS, add_working_days
from dikecualikan_gui.errors import Conflict, InvalidState, PermissionDenied, ValidationError
from dikecualikan_gui.services.common import (
    authorize,
    check_version,
    conflict_message,
    load_item,
    local_today,
    utcnow,
)
from dikecualikan_gui.services.items import in_force

#: Why a whole exemption is opened before its end. One person's consent (Pasal 18 ayat 2) is
#: not among them: it opens that person's own information only (services.disclosures), and the
#: item stays in the DIK for everyone else.
OPENING_REASONS = {
    "uji_ulang": "Hasil uji konsekuensi ulang menyatakan informasi terbuka",
    ReleaseCondition.PUTUSAN.value: "Putusan Komisi Informasi atau pengadilan",
}


# --- holidays --------------------------------------------------------------------------------


def holidays() -> list[queries.HolidayEntry]:
    return queries.list_holidays()


def holiday_dates() -> set[date]:
    return {holiday.tanggal for holiday in queries.list_holidays()}


def set_holiday(actor: Actor | None, tanggal: date, nama: str, *, now: datetime | None = None) -> None:
    require(actor, Action.EDIT_PROFILE)
    now = now or utcnow()
    with connection.transaction():
        authorize(actor, Action.EDIT_PROFILE)
        queries.upsert_holiday(tanggal, nama.strip())
        queries.append_audit(
            actor, AuditAction.HOLIDAYS_CHANGED, now, details={"tambah": tanggal.isoformat(), "nama": nama.strip()}
        )


def remove_holiday(actor: Actor | None, tanggal: date, *, now: datetime | None = None) -> None:
    require(actor, Action.EDIT_PROFILE)
    now = now or utcnow()
    with connection.transaction():
        authorize(actor, Action.EDIT_PROFILE)
        if queries.delete_holiday(tanggal):
            queries.append_audit(actor, AuditAction.HOLIDAYS_CHANGED, now, details={"hapus": tanggal.isoformat()})


# --- expiry ----------------------------------------------------------------------------------


def notice_until(today: date | None = None) -> date:
    """The last end date that is 'soon': 30 working days from today, holidays excluded."""
    return add_working_days(today or local_today(), NOTICE_WORKING_DAYS, holiday_dates())


def expiring_soon(today: date | None = None) -> list[ItemRow]:
    """Approved items whose exemption ends within 30 working days (the 'Segera berakhir' view)."""
    return register.list_rows(RowFilter(berakhir_until=notice_until(today)))


def count_expiring_soon(today: date | None = None) -> int:
    return register.count_rows(RowFilter(berakhir_until=notice_until(today)))


def expire_due(today: date | None = None, *, now: datetime | None = None) -> list[str]:
    """The day after its end date an exemption ends by itself (the law opens the information);
    recorded as done by the system. Returns the numbers of the items that ended."""
    today = today or local_today()
    now = now or utcnow()
    ended = []
    with connection.transaction():
        for due in queries.due_for_expiry(today):
            if queries.update_item(due.item_id, due.version, now, status=Status.BERAKHIR):
                queries.append_audit(
                    None,
                    AuditAction.EXPIRED,
                    now,
                    item_id=due.item_id,
                    item_nomor=due.nomor,
                    details={
                        "status": ["disetujui", Status.BERAKHIR.value],
                        "berakhir": due.berakhir.isoformat(),
                        "alasan": "jangka waktu pengecualian telah berakhir",
                    },
                )
                ended.append(due.nomor)
    return ended


# --- opening early ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Opening:
    reason_kind: str  # a key of OPENING_REASONS
    alasan: str  # the reason in words (which decision, which consent, ...)
    nomor_penetapan: str
    tanggal: date
    tempat: str


def open_early(
    actor: Actor | None, item_id: int, expected_version: int | None, opening: Opening, *, now: datetime | None = None
) -> ItemRecord:
    """A decision of the atasan, with a reason and a penetapan: the information is open again."""
    require(actor, Action.OPEN_EARLY)
    if actor is None:
        raise PermissionDenied("Pembukaan informasi diputuskan oleh seorang atasan PPID.")
    now = now or utcnow()
    problems = {}
    if opening.reason_kind not in OPENING_REASONS:
        problems["dasar"] = "Pilih dasar pembukaan informasi."
    if not opening.alasan.strip():
        problems["alasan"] = "Tuliskan alasan pembukaan (mis. nomor putusan atau tanggal persetujuan)."
    if not opening.nomor_penetapan.strip():
        problems["nomor_penetapan"] = "Nomor penetapan wajib diisi."
    if problems:
        raise ValidationError(problems)
    with connection.transaction():
        authorize(actor, Action.OPEN_EARLY)
        item = load_item(item_id)
        check_version(item, expected_version)
        if not in_force(item):
            raise InvalidState(
                "Hanya informasi yang sedang dikecualikan (disetujui) yang dapat dibuka; usulan {n} "
                "berstatus {s}.".format(n=item.nomor, s=item.status.label.lower())
            )
        penetapan_id = queries.insert_penetapan(
            opening.nomor_penetapan.strip(), opening.tanggal, opening.tempat.strip(), "pembukaan", actor.id, now
        )
        snap = content_rules.snapshot(item.content, item.test.content if item.test else None)
        queries.insert_approval(
            item.id,
            item.test.id if item.test else None,
            Decision.DIBUKA,
            "{d}: {a}".format(d=OPENING_REASONS[opening.reason_kind], a=opening.alasan.strip()),
            actor.id,
            now,
            penetapan_id,
            content_rules.fingerprint(snap),
            content_rules.canonical_json(snap),
        )
        if not queries.update_item(item.id, item.version, now, status=Status.BERAKHIR, berakhir=opening.tanggal):
            raise Conflict(conflict_message(item))
        queries.append_audit(
            actor,
            AuditAction.OPENED,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={
                "status": [item.status.value, Status.BERAKHIR.value],
                "dasar": OPENING_REASONS[opening.reason_kind],
                "alasan": opening.alasan.strip(),
                "nomor_penetapan": opening.nomor_penetapan.strip(),
                "tanggal_penetapan": opening.tanggal.isoformat(),
            },
        )
    return load_item(item_id)
