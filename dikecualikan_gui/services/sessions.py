"""Consequence-test sessions (sesi pengujian konsekuensi): one meeting, many items, one berita acara.

Offices test many items in one meeting (UU 14/2008 Pasal 19: the PPID tests before declaring
information exempt; Perki 1/2017 Pasal 4). A session records the date, time, place, the PPID who
led it and the participants, and for each item the test as held (prefilled from what the item
proposes). Recording it makes the items diuji: tested and waiting for the Atasan PPID. A test
submitted from the item page is a session of one. A session never changes once recorded.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dikecualikan_gui.db import connection, queries, register
from dikecualikan_gui.db import sessions as session_queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain import validation, workflow
from dikecualikan_gui.domain.model import (
    Actor,
    AuditAction,
    ItemRecord,
    Participant,
    SessionInfo,
    Signatory,
    Status,
    UjiContent,
)
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import Conflict, InvalidState, NotFound, PermissionDenied, ValidationError
from dikecualikan_gui.services.common import authorize, check_version, conflict_message, load_item, local_today, utcnow

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionEntry:
    """One item of a session: the test as held (None: as the item proposes it), and the version
    the screen showed (None: no check)."""

    item_id: int
    test: UjiContent | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class SessionResult:
    nomor: str
    items: tuple[tuple[int, str], ...]  # (item id, nomor usulan)
    warnings: tuple[tuple[str, str], ...]  # (nomor usulan, message)


def proposed_test(item: ItemRecord) -> UjiContent:
    """What the session starts from for an item: its current test or proposal, undated."""
    return item.test.content if item.test is not None else validation.EMPTY_TEST


def can_join(item: ItemRecord) -> bool:
    """Items a session may test: drafts, returned items, and approved items being re-tested."""
    return item.status in workflow.TESTABLE


def complete_drafts() -> list[ItemRecord]:
    """The drafts (and returned items) whose content is complete: what a session may take up."""
    from dikecualikan_gui.domain.model import RowFilter

    rows = register.list_rows(RowFilter(statuses=tuple(workflow.SUBMITTABLE)))
    return [load_item(r.id) for r in rows if not r.kekurangan]


def _check_session(tanggal: date, peserta: Sequence[Participant], today: date, tempat: str) -> None:
    problems: dict[str, str] = {}
    if not tempat.strip():
        problems["tempat"] = "Tuliskan tempat sesi pengujian diadakan."
    found = validation.date_problem("tanggal", "Tanggal sesi pengujian", tanggal)
    if not found and tanggal > today:
        problems["tanggal"] = "Tanggal sesi pengujian {d} belum tiba; sesi dicatat setelah diadakan.".format(
            d=tanggal.isoformat()
        )
    problems.update((f.field, f.message) for f in found)
    if not [p for p in peserta if p.nama.strip()]:
        problems["peserta"] = "Catat paling sedikit satu peserta pengujian (nama, jabatan, unit)."
    for number, person in enumerate(peserta, start=1):
        if not person.nama.strip():
            problems["peserta"] = "Nama peserta ke-{n} kosong.".format(n=number)
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True)
class _Plan:
    place: str
    people: tuple[Participant, ...]
    tests: list[tuple[ItemRecord, UjiContent]]
    warnings: list[tuple[str, str]]


def _plan(
    tanggal: date, entries: Sequence[SessionEntry], peserta: Sequence[Participant], tempat: str | None, today: date
) -> _Plan:
    """Every check of a session, without writing: the test of each item as held, and the warnings.
    Raises ValidationError naming every item that cannot be tested (and what it lacks)."""
    place = (tempat if tempat is not None else queries.get_profile().kota).strip()
    _check_session(tanggal, peserta, today, place)
    if not entries:
        raise ValidationError({"items": "Pilih paling sedikit satu usulan untuk diuji dalam sesi ini."})
    ids = [e.item_id for e in entries]
    if len(set(ids)) != len(ids):
        raise ValidationError({"items": "Satu usulan hanya dapat diuji sekali dalam satu sesi."})
    people = tuple(Participant(p.nama.strip(), p.jabatan.strip(), p.unit.strip()) for p in peserta)
    plan = _Plan(place, people, [], [])
    refused: list[str] = []
    for entry in entries:
        item = load_item(entry.item_id)
        check_version(item, entry.expected_version)
        if not can_join(item):
            refused.append(
                "{n}: berstatus {s} dan tidak dapat diuji dalam sesi.".format(n=item.nomor, s=item.status.label.lower())
            )
            continue
        test = dataclasses.replace(entry.test or proposed_test(item), tanggal=tanggal, tempat=place, peserta=people)
        findings = validation.submission_findings(item.content, test, today)
        errors = [f.message for f in validation.errors(findings)]
        retest = _retest_problem(item, tanggal)
        if errors or retest:
            refused.append("{n}: {e}".format(n=item.nomor, e=" ".join(errors + ([retest] if retest else []))))
            continue
        plan.warnings.extend((item.nomor, f.message) for f in validation.warnings(findings))
        plan.tests.append((item, test))
    if refused:
        raise ValidationError({"items": "Sesi tidak dicatat; usulan berikut belum dapat diuji: " + " | ".join(refused)})
    return plan


def session_warnings(
    tanggal: date,
    entries: Sequence[SessionEntry],
    peserta: Sequence[Participant],
    *,
    tempat: str | None = None,
    now: datetime | None = None,
) -> list[tuple[str, str]]:
    """(nomor usulan, warning) for a session about to be recorded, for the screen to confirm; raises
    ValidationError when the session cannot be recorded at all."""
    return _plan(tanggal, entries, peserta, tempat, local_today(now or utcnow())).warnings


def record_session(
    actor: Actor | None,
    tanggal: date,
    entries: Sequence[SessionEntry],
    peserta: Sequence[Participant],
    *,
    tempat: str | None = None,
    waktu: str = "",
    pemimpin: Signatory | None = None,
    now: datetime | None = None,
) -> SessionResult:
    """Record one session over the given items, all or nothing. An item that is incomplete or may
    not be tested refuses the whole session, naming the item and what it lacks. The warnings are
    returned and stored with each item's event (the screen has them confirmed first)."""
    require(actor, Action.RECORD_TEST)
    require(actor, Action.SUBMIT)
    if actor is None:
        raise PermissionDenied("Sesi pengujian dicatat oleh seorang petugas PPID.")
    now = now or utcnow()
    leader = pemimpin or queries.get_profile().ppid
    with connection.transaction():
        authorize(actor, Action.RECORD_TEST)
        authorize(actor, Action.SUBMIT)
        plan = _plan(tanggal, entries, peserta, tempat, local_today(now))
        sesi_id, nomor = session_queries.insert_session(
            tanggal, waktu.strip(), plan.place, leader, plan.people, actor.id, now
        )
        audit = queries.AuditBatch()
        for item, test in plan.tests:
            _hold(
                actor, item, test, sesi_id, nomor, now, audit, warnings=[m for n, m in plan.warnings if n == item.nomor]
            )
        audit.append(
            actor,
            AuditAction.SESSION_RECORDED,
            now,
            {
                "sesi": nomor,
                "tanggal": tanggal.isoformat(),
                "waktu": waktu.strip(),
                "tempat": plan.place,
                "pemimpin": leader.nama,
                "peserta": [[p.nama, p.jabatan, p.unit] for p in plan.people],
                "usulan": [item.nomor for item, _ in plan.tests],
            },
        )
        audit.flush()
    _log.info(
        "Sesi uji %s dicatat oleh pengguna id=%s: usulan id=%s",
        nomor,
        actor.id if actor else "-",
        ",".join(str(item.id) for item, _ in plan.tests),
    )
    return SessionResult(nomor, tuple((item.id, item.nomor) for item, _ in plan.tests), tuple(plan.warnings))


def _retest_problem(item: ItemRecord, tanggal: date) -> str | None:
    """A re-test of an item in force comes after the penetapan it may replace, or it would move the
    end of an exemption into the past."""
    from dikecualikan_gui.domain.model import Decision
    from dikecualikan_gui.services.items import in_force

    if not in_force(item):
        return None
    approved = queries.approvals_of(item.id, latest_only=True, decision=Decision.DISETUJUI)
    since = approved[0].tanggal_penetapan if approved else None
    if since is not None and tanggal < since:
        return (
            "Uji ulang bertanggal {t} mendahului penetapan yang berlaku ({p}, {d}); uji ulang diadakan setelah "
            "penetapan itu."
        ).format(t=tanggal.isoformat(), p=approved[0].nomor_penetapan, d=since.isoformat())
    return None


def _hold(
    actor: Actor | None,
    item: ItemRecord,
    test: UjiContent,
    sesi_id: int,
    nomor: str,
    now: datetime,
    audit: queries.AuditBatch,
    event: bool = True,
    warnings: Sequence[str] = (),
) -> None:
    """Write one item's test as held in the session and make the item diuji (with a
    'uji dicatat' event unless the caller records the step in its own words)."""
    from dikecualikan_gui.services.items import expiry_of, in_force, test_is_open

    keep_end = in_force(item)
    recorder = actor.id if actor is not None else item.petugas_id
    if item.test is not None and test_is_open(item):
        queries.update_test(item.test.id, test, recorder, now, sesi_id)
        test_id = item.test.id
    else:
        test_id = queries.insert_test(item.id, test, recorder, now, sesi_id=sesi_id)
    if not queries.update_item(
        item.id,
        item.version,
        now,
        status=Status.DIUJI,
        columns=content_rules.register_columns(item.nomor, item.content, test),
        berakhir=False if keep_end else expiry_of(test, None),
    ):
        raise Conflict(conflict_message(item))
    if not event:
        return
    details: dict[str, object] = {
        "test_id": test_id,
        "sesi": nomor,
        "after": content_rules.test_dict(test),
        "status": [item.status.value, Status.DIUJI.value],
    }
    if warnings:
        details["peringatan"] = list(warnings)  # shown and confirmed before recording
    audit.append(actor, AuditAction.TEST_RECORDED, now, details, item_id=item.id, item_nomor=item.nomor)


def hold_single(
    actor: Actor | None,
    item: ItemRecord,
    test: UjiContent,
    now: datetime,
    audit: queries.AuditBatch,
    event: bool = True,
) -> str:
    """The test of one item, as filled in on its page, held as a session of one (inside the
    caller's transaction). Returns the session number."""
    if test.tanggal is None:
        raise InvalidState(validation.NOT_HELD)
    _check_session(test.tanggal, test.peserta, local_today(now), test.tempat)
    retest = _retest_problem(item, test.tanggal)
    if retest:
        raise ValidationError({"tanggal": retest})
    sesi_id, nomor = session_queries.insert_session(
        test.tanggal,
        "",
        test.tempat,
        queries.get_profile().ppid,
        test.peserta,
        actor.id if actor is not None else item.petugas_id,
        now,
    )
    warnings = [
        f.message for f in validation.warnings(validation.submission_findings(item.content, test, local_today(now)))
    ]
    _hold(actor, item, test, sesi_id, nomor, now, audit, event, warnings)
    audit.append(
        actor,
        AuditAction.SESSION_RECORDED,
        now,
        {
            "sesi": nomor,
            "tanggal": test.tanggal.isoformat(),
            "tempat": test.tempat,
            "peserta": [[p.nama, p.jabatan, p.unit] for p in test.peserta],
            "usulan": [item.nomor],
        },
    )
    return nomor


def get_session(nomor: str) -> SessionInfo:
    found = session_queries.get_session(nomor.strip())
    if found is None:
        raise NotFound("Sesi pengujian nomor {n} tidak ditemukan.".format(n=nomor.strip()))
    return found


def list_sessions() -> list[tuple[str, date, str, int]]:
    return session_queries.list_sessions()
