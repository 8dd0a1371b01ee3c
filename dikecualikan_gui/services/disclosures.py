"""Consent under UU 14/2008 Pasal 18 ayat 2 huruf a: the person whose secret it is agrees in
writing, and their own information is given to them (or to whom they name). That lifts the secret
for that person only: the item stays in the DIK for everyone else. Opening a whole item takes a
re-test, a Komisi Informasi or court decision, or the end of its jangka waktu.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.db import disclosures as disclosure_queries
from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.model import Actor, AuditAction, Decision, DisclosureRecord
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import InvalidState, PermissionDenied, ValidationError
from dikecualikan_gui.services.common import authorize, load_item, local_today, utcnow
from dikecualikan_gui.services.items import in_force

#: Pasal 18 ayat 2 applies to these grounds only (akta otentik pribadi, rahasia pribadi).
PERSONAL_HURUFS = frozenset({"g", "h"})


@dataclass(frozen=True)
class Consent:
    tanggal: date
    pemilik: str  # whose information it is: the person who consented
    penerima: str  # to whom it is given (the person, or whom they named)
    dokumen_persetujuan: str  # the written consent: letter, number, date
    bagian: str = ""  # which of the item's information


def _problems(consent: Consent, today: date) -> dict[str, str]:
    problems = {f.field: f.message for f in validation.date_problem("tanggal", "Tanggal pemberian", consent.tanggal)}
    if not problems and consent.tanggal > today:
        problems["tanggal"] = "Tanggal pemberian belum tiba; catat setelah informasi diberikan."
    if not consent.pemilik.strip():
        problems["pemilik"] = "Tuliskan nama orang yang informasinya diberikan dan yang memberi persetujuan."
    if not consent.penerima.strip():
        problems["penerima"] = "Tuliskan kepada siapa informasi diberikan."
    if not consent.dokumen_persetujuan.strip():
        problems["dokumen_persetujuan"] = (
            "Persetujuan harus tertulis (Pasal 18 ayat 2 huruf a UU 14/2008): sebutkan "
            "surat persetujuannya, nomor dan tanggalnya."
        )
    return problems


def record_disclosure(
    actor: Actor | None, item_id: int, consent: Consent, *, now: datetime | None = None
) -> DisclosureRecord:
    """Record that the consenting person's own information was given; the item stays exempt."""
    require(actor, Action.RECORD_DISCLOSURE)
    if actor is None:
        raise PermissionDenied("Pemberian informasi dicatat oleh petugas atau atasan PPID.")
    now = now or utcnow()
    problems = _problems(consent, local_today(now))
    if problems:
        raise ValidationError(problems)
    with connection.transaction():
        authorize(actor, Action.RECORD_DISCLOSURE)
        item = load_item(item_id)
        if not in_force(item):
            raise InvalidState(
                "Usulan {n} tidak sedang dikecualikan; informasinya tidak memerlukan persetujuan "
                "untuk diberikan.".format(n=item.nomor)
            )
        hurufs = approved_hurufs(item.id)
        if not hurufs & PERSONAL_HURUFS:
            raise InvalidState(
                "Persetujuan pihak yang bersangkutan hanya membuka informasi yang dikecualikan berdasarkan Pasal 17 "
                "huruf g atau h (Pasal 18 ayat 2 UU 14/2008); usulan {n} berdasar huruf {h}.".format(
                    n=item.nomor, h=", ".join(sorted(hurufs)) or "-"
                )
            )
        fields = (
            consent.pemilik.strip(),
            consent.penerima.strip(),
            consent.bagian.strip(),
            consent.dokumen_persetujuan.strip(),
        )
        disclosure_id = disclosure_queries.insert_disclosure(item.id, consent.tanggal, *fields, actor.id, now)
        queries.append_audit(
            actor,
            AuditAction.DISCLOSED,
            now,
            item_id=item.id,
            item_nomor=item.nomor,
            details={
                "tanggal": consent.tanggal.isoformat(),
                "pemilik": fields[0],
                "penerima": fields[1],
                "bagian": fields[2],
                "persetujuan": fields[3],
                "catatan": "informasi tetap dikecualikan bagi pihak lain",
            },
        )
    return next(d for d in disclosures_of(item_id) if d.id == disclosure_id)


def approved_hurufs(item_id: int) -> set[str]:
    """The Pasal 17 huruf of the approval in force (a pending re-test does not count yet)."""
    approved = queries.approvals_of(item_id, latest_only=True, decision=Decision.DISETUJUI)
    if not approved:
        return set()
    test = queries.approval_snapshot(approved[0].id).get("uji") or {}
    return {g["huruf"] for g in test.get("pasal17", [])}


def disclosures_of(item_id: int) -> list[DisclosureRecord]:
    return disclosure_queries.disclosures_of(item_id)
