"""Schema version 5 on an existing register: tests become sessions or lose an invented date.

Before version 5 an import gave every complete row a consequence test dated on the import day,
held at the agency's city, and made the item diuji: a meeting that never took place. Such a test
(the one the import wrote, never amended since) keeps what the file said but loses its date; its
item, when still waiting for approval, goes back to draf, and its history says "uji tidak
tercatat". Every other test that was submitted or decided on was held as its officer recorded it:
it becomes a session of one with its own date, place and participants.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

import peewee as pw

from dikecualikan_gui.domain.model import AuditAction, Decision, Status
from dikecualikan_gui.domain.numbering import session_number

#: Statuses in which an item's latest test has been submitted.
_SUBMITTED = (Status.DIUJI.value, Status.DISETUJUI.value, Status.DITOLAK.value, Status.BERAKHIR.value)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def invented_tests(db: pw.Database) -> dict[int, int]:
    """{test id: item id} of the tests an import wrote and nobody amended since."""
    imported = set()
    changed = set()
    for action, item_id, details in db.execute_sql(
        "SELECT action, item_id, details FROM audit_event WHERE action IN (%s, %s) AND item_id IS NOT NULL".replace(
            "%s", db.param
        ),
        (AuditAction.IMPORTED.value, AuditAction.TEST_CHANGED.value),
    ).fetchall():
        data = json.loads(details or "{}")
        if action == AuditAction.IMPORTED.value and "uji" in data:
            imported.add(item_id)
        elif action == AuditAction.TEST_CHANGED.value and "test_id" in data:
            changed.add(data["test_id"])
    first: dict[int, int] = {}
    for item_id, test_id in db.execute_sql("SELECT item_id, MIN(id) FROM consequence_test GROUP BY item_id").fetchall():
        if item_id in imported and test_id not in changed:
            first[test_id] = item_id
    return first


def upgrade(db: pw.Database) -> None:
    from dikecualikan_gui.db import queries  # the audit chain is appended as everywhere else

    p = db.param
    now = datetime.utcnow().replace(microsecond=0)
    invented = invented_tests(db)
    items = {row[0]: row[1:] for row in db.execute_sql("SELECT id, nomor, status FROM item").fetchall()}
    latest = {
        row[0]: row[1]
        for row in db.execute_sql("SELECT item_id, MAX(id) FROM consequence_test GROUP BY item_id").fetchall()
    }
    approved = {
        row[0]
        for row in db.execute_sql(
            "SELECT DISTINCT item_id FROM approval WHERE decision = {p}".format(p=p), (Decision.DISETUJUI.value,)
        ).fetchall()
    }
    for test_id, item_id in sorted(invented.items()):
        nomor, status = items[item_id]
        tanggal, jw_kind, jw_until = db.execute_sql(
            "SELECT tanggal, jw_kind, jw_until FROM consequence_test WHERE id = {p}".format(p=p), (test_id,)
        ).fetchone()
        db.execute_sql("UPDATE consequence_test SET tanggal = NULL WHERE id = {p}".format(p=p), (test_id,))
        details: dict[str, Any] = {"test_id": test_id, "tanggal_semula": str(tanggal)[:10]}
        # Only the item's current test decides its status: a later, real re-test stands; and an item
        # once approved stays in force (a change waiting under it is returned by the atasan, not here).
        if (
            latest.get(item_id) == test_id
            and status in (Status.DIUJI.value, Status.DRAF.value)
            and item_id not in approved
        ):
            # no test was held: no end date counts from it (a fixed end date stays known)
            end = jw_until if jw_kind == "sampai_tanggal" else None
            db.execute_sql(
                "UPDATE item SET status = {p}, berakhir = {p}, version = version + 1 WHERE id = {p}".format(p=p),
                (Status.DRAF.value, end, item_id),
            )
            if status == Status.DIUJI.value:
                details["status"] = [Status.DIUJI.value, Status.DRAF.value]
                items[item_id] = (nomor, Status.DRAF.value)
        queries.append_audit(None, AuditAction.TEST_UNRECORDED, now, details, item_id=item_id, item_nomor=nomor)

    decided = {
        row[0] for row in db.execute_sql("SELECT DISTINCT test_id FROM approval WHERE test_id IS NOT NULL").fetchall()
    }
    held = []
    for test_id, item_id, tanggal, tempat, by, at in db.execute_sql(
        "SELECT id, item_id, tanggal, tempat, recorded_by_id, recorded_at FROM consequence_test "
        "WHERE tanggal IS NOT NULL ORDER BY id"
    ).fetchall():
        if test_id in invented:
            continue
        if test_id in decided or latest.get(item_id) != test_id or items[item_id][1] in _SUBMITTED:
            held.append((test_id, _as_date(tanggal), tempat, by, at))
    people: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for test_id, nama, jabatan, unit in db.execute_sql(
        "SELECT test_id, nama, jabatan, unit FROM test_participant ORDER BY test_id, position"
    ).fetchall():
        people[test_id].append((nama, jabatan, unit))
    counters: dict[int, int] = {}
    for test_id, tanggal, tempat, by, at in held:
        urut = counters[tanggal.year] = counters.get(tanggal.year, 0) + 1
        db.execute_sql(
            "INSERT INTO test_session (tahun, urut, nomor, tanggal, waktu, tempat, pemimpin_nama, pemimpin_nip, "
            "pemimpin_jabatan, recorded_by_id, recorded_at) VALUES ({q})".format(q=", ".join([p] * 11)),
            (tanggal.year, urut, session_number(tanggal.year, urut), tanggal, "", tempat, "", "", "", by, at),
        )
        sesi_id = db.execute_sql(
            "SELECT id FROM test_session WHERE tahun = {p} AND urut = {p}".format(p=p), (tanggal.year, urut)
        ).fetchone()[0]
        db.execute_sql("UPDATE consequence_test SET sesi_id = {p} WHERE id = {p}".format(p=p), (sesi_id, test_id))
        for position, (nama, jabatan, unit) in enumerate(people[test_id]):
            db.execute_sql(
                "INSERT INTO session_participant (sesi_id, position, nama, jabatan, unit) "
                "VALUES ({p}, {p}, {p}, {p}, {p})".format(p=p),
                (sesi_id, position, nama, jabatan, unit),
            )
    for tahun, last in counters.items():
        db.execute_sql(
            "INSERT INTO app_meta (key, value) VALUES ({p}, {p})".format(p=p), (counter_key(tahun), str(last))
        )
    fill_gaps(db)


def fill_gaps(db: pw.Database) -> None:
    """item.kekurangan for every item: what its latest test or proposal still lacks."""
    from dikecualikan_gui.domain.model import Ground, ItemContent, JangkaWaktu, JangkaWaktuKind, Kesimpulan, UjiContent
    from dikecualikan_gui.domain.validation import gaps

    p = db.param
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in db.execute_sql(
        "SELECT test_id, huruf, angka FROM test_ground ORDER BY test_id, position"
    ).fetchall():
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in db.execute_sql("SELECT test_id, text FROM test_statute ORDER BY test_id, position").fetchall():
        statutes[test_id].append(text)
    tests = {
        row[0]: row[1:]
        for row in db.execute_sql(
            "SELECT item_id, id, konsekuensi, pertimbangan, kesimpulan, bagian_dikecualikan, jw_text "
            "FROM consequence_test "
            "WHERE id IN (SELECT MAX(id) FROM consequence_test GROUP BY item_id)"
        ).fetchall()
    }
    for item_id, judul in db.execute_sql("SELECT id, judul FROM item").fetchall():
        test = None
        if item_id in tests:
            test_id, konsekuensi, pertimbangan, kesimpulan, bagian, jw_text = tests[item_id]
            test = UjiContent(
                tanggal=None,
                grounds=tuple(grounds[test_id]),
                uu_lain=tuple(statutes[test_id]),
                konsekuensi=konsekuensi,
                pertimbangan=pertimbangan,
                kesimpulan=Kesimpulan(kesimpulan),
                bagian_dikecualikan=bagian,
                jangka_waktu=JangkaWaktu(JangkaWaktuKind.PERISTIWA, text=jw_text) if jw_text else None,
            )
        missing = len(gaps(ItemContent(judul=judul), test))
        if missing:
            db.execute_sql("UPDATE item SET kekurangan = {p} WHERE id = {p}".format(p=p), (missing, item_id))


def counter_key(tahun: int) -> str:
    """The AppMeta key that holds the last session number issued in a year."""
    return "sesi_urut:{t}".format(t=tahun)
