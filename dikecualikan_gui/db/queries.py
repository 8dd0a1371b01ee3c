"""Named reads and writes. Everything here returns domain dataclasses; driver errors become
StorageError. Writes are called by services inside connection.transaction()."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from dikecualikan_gui.db import connection, migrations, register
from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import (
    AppMeta,
    Approval,
    Attachment,
    AuditEvent,
    ConsequenceTest,
    Edition,
    Holiday,
    Item,
    NomorCounter,
    Penetapan,
    Profile,
    TestGround,
    TestParticipant,
    TestSession,
    TestStatute,
    User,
)
from dikecualikan_gui.db.rows import as_date, raw_rows
from dikecualikan_gui.domain import audit_chain
from dikecualikan_gui.domain.content import RegisterColumns, canonical_json, item_dict
from dikecualikan_gui.domain.model import (
    Actor,
    AgencyProfile,
    ApprovalRecord,
    AttachmentInfo,
    AuditAction,
    AuditEntry,
    Bentuk,
    Decision,
    Ground,
    ItemContent,
    ItemRecord,
    JangkaWaktu,
    JangkaWaktuKind,
    Kesimpulan,
    Participant,
    PrintSettings,
    ReleaseCondition,
    Role,
    Signatory,
    Status,
    TestContent,
    TestRecord,
    UserInfo,
    WaktuPengujian,
)
from dikecualikan_gui.errors import StorageError, ValidationError

AUDIT_HEAD_KEY = migrations.AUDIT_HEAD_KEY
SYSTEM_ACTOR = "sistem"


# --- meta ------------------------------------------------------------------------------------


@guarded
def get_meta(key: str) -> str | None:
    row = AppMeta.get_or_none(AppMeta.key == key)
    return None if row is None else row.value


def set_meta(key: str, value: str) -> None:
    AppMeta.put(key, value)


# --- audit -----------------------------------------------------------------------------------


def _head_for_update() -> dict[str, Any]:
    query = AppMeta.select().where(AppMeta.key == AUDIT_HEAD_KEY)
    if connection.current().for_update:
        query = query.for_update()
    try:
        head = dict(json.loads(query.get().value))
        int(head["count"]), int(head["last_id"]), str(head["hash"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            "Kepala jejak audit di basis data rusak; jalankan 'dikecualikan audit verify' dan pulihkan dari cadangan."
        ) from exc
    return head


class AuditBatch:
    """Chains several events in memory and writes them in bulk (imports). Use inside a transaction."""

    def __init__(self) -> None:
        self.head = _head_for_update()
        self.rows: list[dict[str, Any]] = []

    def append(
        self,
        actor: Actor | None,
        action: AuditAction,
        at: datetime,
        details: dict[str, Any] | None = None,
        item_id: int | None = None,
        item_nomor: str = "",
        actor_name: str | None = None,
    ) -> int:
        event_id = int(self.head["last_id"]) + 1
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        actor_id = actor.id if actor else None
        name = actor_name or (actor.username if actor else SYSTEM_ACTOR)
        body = canonical_json(details or {})
        digest = audit_chain.event_hash(
            self.head["hash"], event_id, stamp, actor_id, name, action.value, item_id, item_nomor, body
        )
        self.rows.append(
            {
                "id": event_id,
                "at": stamp,
                "actor_id": actor_id,
                "actor": name,
                "action": action.value,
                "item_id": item_id,
                "item_nomor": item_nomor,
                "details": body,
                "prev_hash": self.head["hash"],
                "hash": digest,
            }
        )
        self.head = {"count": int(self.head["count"]) + 1, "hash": digest, "last_id": event_id}
        return event_id

    def flush(self) -> None:
        for start in range(0, len(self.rows), 500):
            AuditEvent.insert_many(self.rows[start : start + 500]).execute()
        self.rows.clear()
        set_meta(AUDIT_HEAD_KEY, json.dumps(self.head))


def append_audit(
    actor: Actor | None,
    action: AuditAction,
    at: datetime,
    details: dict[str, Any] | None = None,
    item_id: int | None = None,
    item_nomor: str = "",
    actor_name: str | None = None,
) -> int:
    """Append one chained event. Must run inside a write transaction."""
    batch = AuditBatch()
    event_id = batch.append(actor, action, at, details, item_id, item_nomor, actor_name)
    batch.flush()
    return event_id


@guarded
def audit_head() -> tuple[int | None, str | None]:
    """(count, hash) of the stored chain head; (None, None) when it is missing or unreadable,
    which verification then reports."""
    value = get_meta(AUDIT_HEAD_KEY)
    try:
        head = json.loads(value) if value is not None else None
        return (int(head["count"]), str(head["hash"])) if head else (None, None)
    except (ValueError, KeyError, TypeError):
        return (None, None)


_EVENT_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.actor_id,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.item_id,
    AuditEvent.item_nomor,
    AuditEvent.details,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def iter_audit(batch: int = 20_000) -> Iterator[audit_chain.EventData]:
    """All events in id order, read in batches (keyset pagination)."""
    last = -1
    while True:
        with connection.storage_errors():
            rows = list(
                AuditEvent.select(*_EVENT_COLUMNS)
                .where(AuditEvent.id > last)
                .order_by(AuditEvent.id)
                .limit(batch)
                .tuples()
            )
        if not rows:
            return
        for row in rows:
            yield audit_chain.EventData(*row)
        last = rows[-1][0]


@guarded
def last_events(count: int) -> tuple[int, list[audit_chain.EventData]]:
    """(how many events there are, the last ``count`` of them in id order)."""
    total = AuditEvent.select().count()
    rows = list(AuditEvent.select(*_EVENT_COLUMNS).order_by(AuditEvent.id.desc()).limit(count).tuples())
    return total, [audit_chain.EventData(*row) for row in reversed(rows)]


def _entry(event: audit_chain.EventData) -> AuditEntry:
    try:
        action: AuditAction | None = AuditAction(event.action)
    except ValueError:
        action = None
    return AuditEntry(
        id=event.id,
        at=datetime.strptime(event.at, "%Y-%m-%dT%H:%M:%S.%fZ"),
        actor=event.actor,
        action=action,
        action_name=event.action,
        item_id=event.item_id,
        item_nomor=event.item_nomor,
        details=json.loads(event.details),
    )


@guarded
def item_history(item_id: int) -> list[AuditEntry]:
    rows = AuditEvent.select(*_EVENT_COLUMNS).where(AuditEvent.item_id == item_id).order_by(AuditEvent.id).tuples()
    return [_entry(audit_chain.EventData(*row)) for row in rows]


@guarded
def recent_audit(limit: int = 100, action: AuditAction | None = None) -> list[AuditEntry]:
    query = AuditEvent.select(*_EVENT_COLUMNS)
    if action is not None:
        query = query.where(AuditEvent.action == action.value)
    rows = query.order_by(AuditEvent.id.desc()).limit(limit).tuples()
    return [_entry(audit_chain.EventData(*row)) for row in rows]


# --- users -----------------------------------------------------------------------------------


def _user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        nama=user.nama,
        nip=user.nip,
        jabatan=user.jabatan,
        role=Role(user.role),
        active=bool(user.active),
        locked_until=user.locked_until,
        last_login=user.last_login,
    )


@dataclass(frozen=True)
class Credentials:
    user: UserInfo
    password_hash: str
    failed_logins: int


@guarded
def get_credentials(username: str, lock: bool = False) -> Credentials | None:
    """The user with the password hash; ``lock`` (inside a write transaction) row-locks it on
    PostgreSQL, so that parallel attempts count one after another."""
    query = User.select().where(User.username == username)
    if lock and connection.current().for_update:
        query = query.for_update()
    user = query.first()
    if user is None:
        return None
    return Credentials(_user_info(user), user.password_hash, user.failed_logins)


@guarded
def get_user(user_id: int) -> UserInfo | None:
    user = User.get_or_none(User.id == user_id)
    return None if user is None else _user_info(user)


@guarded
def get_user_by_username(username: str) -> UserInfo | None:
    user = User.get_or_none(User.username == username)
    return None if user is None else _user_info(user)


@guarded
def list_users() -> list[UserInfo]:
    return [_user_info(u) for u in User.select().order_by(User.username)]


@guarded
def count_users() -> int:
    return int(User.select().count())


@guarded
def count_active_admins(excluding: int | None = None) -> int:
    """Inside a write transaction the admin rows are locked (PostgreSQL), so two administrators
    cannot disable each other at the same moment."""
    query = User.select(User.id).where((User.role == Role.ADMIN.value) & (User.active == True))  # noqa: E712
    if connection.current().for_update:
        query = query.for_update()
    return sum(1 for row in query.tuples() if row[0] != excluding)


def insert_user(username: str, nama: str, nip: str, jabatan: str, role: Role, password_hash: str, at: datetime) -> int:
    try:
        with connection.current().atomic():
            return int(
                User.insert(
                    username=username,
                    nama=nama,
                    nip=nip,
                    jabatan=jabatan,
                    role=role.value,
                    active=True,
                    password_hash=password_hash,
                    created_at=at,
                ).execute()
            )
    except pw.IntegrityError as exc:
        raise ValidationError(
            {"username": "Nama pengguna {u} sudah dipakai; pilih nama lain.".format(u=username)}
        ) from exc


def update_user(user_id: int, **fields: Any) -> None:
    if "role" in fields and isinstance(fields["role"], Role):
        fields["role"] = fields["role"].value
    User.update(**fields).where(User.id == user_id).execute()


# --- agency profile --------------------------------------------------------------------------

_SIGNATORY_FIELDS = ("nama", "nip", "jabatan", "pangkat")
_PROFILE_FIELDS = (
    "nama_badan_publik",
    "pemerintah",
    "unit_kerja",
    "alamat",
    "kota",
    "telepon",
    "email",
    "website",
    "logo_path",
    "penetapan_pattern",
    "idle_lock_minutes",
)


@guarded
def get_profile() -> AgencyProfile:
    row = Profile.get_or_none(Profile.id == 1)
    if row is None:
        return AgencyProfile()
    try:
        settings = PrintSettings.from_dict(json.loads(row.print_settings or "{}"))
    except (ValueError, TypeError, AttributeError):
        settings = PrintSettings()
    return AgencyProfile(
        **{name: getattr(row, name) for name in _PROFILE_FIELDS},
        ppid=Signatory(*(getattr(row, "ppid_" + f) for f in _SIGNATORY_FIELDS)),
        atasan=Signatory(*(getattr(row, "atasan_" + f) for f in _SIGNATORY_FIELDS)),
        print_settings=settings,
    )


def save_profile(profile: AgencyProfile, at: datetime) -> None:
    values: dict[str, Any] = {name: getattr(profile, name) for name in _PROFILE_FIELDS}
    for prefix, person in (("ppid_", profile.ppid), ("atasan_", profile.atasan)):
        values.update({prefix + f: getattr(person, f) for f in _SIGNATORY_FIELDS})
    values["print_settings"] = json.dumps(profile.print_settings.to_dict(), ensure_ascii=False)
    values["updated_at"] = at
    Profile.insert(id=1, **values).on_conflict(conflict_target=[Profile.id], update=values).execute()


# --- items -----------------------------------------------------------------------------------


def format_nomor(tahun: int, urut: int) -> str:
    return "{t}/{u:03d}".format(t=tahun, u=urut)


def reserve_nomors(tahun: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of the year; returns the first urut.

    The counter only grows, so a number is never issued twice (not even after a draft is deleted).
    """
    NomorCounter.insert(tahun=tahun, last=0).on_conflict_ignore().execute()
    query = NomorCounter.select().where(NomorCounter.tahun == tahun)
    if connection.current().for_update:
        query = query.for_update()
    last = query.get().last
    NomorCounter.update(last=last + count).where(NomorCounter.tahun == tahun).execute()
    return last + 1


def next_nomor(tahun: int) -> tuple[int, str]:
    urut = reserve_nomors(tahun, 1)
    return urut, format_nomor(tahun, urut)


def _content_values(content: ItemContent) -> dict[str, Any]:
    return {**item_dict(content), "tanggal_usulan": content.tanggal_usulan}


@dataclass(frozen=True)
class NewItem:
    tahun: int
    urut: int
    nomor: str
    content: ItemContent
    petugas_id: int
    status: Status
    columns: RegisterColumns
    berakhir: date | None = None
    sumber: str = ""


CHUNK = 100  # rows per multi-row INSERT (stays far below every driver's parameter limit)


def _columns(columns: RegisterColumns) -> dict[str, str | int]:
    return {
        "search_text": columns.search_text,
        "hurufs": columns.hurufs,
        "dasar_hukum": columns.dasar_hukum,
        "jangka_waktu": columns.jangka_waktu,
        "kekurangan": columns.kekurangan,
    }


def _item_values(new: NewItem, at: datetime) -> dict[str, Any]:
    return {
        "tahun": new.tahun,
        "urut": new.urut,
        "nomor": new.nomor,
        "petugas": new.petugas_id,
        "sumber": new.sumber,
        "status": new.status.value,
        "version": 1,
        **_columns(new.columns),
        "berakhir": new.berakhir,
        "created_at": at,
        "updated_at": at,
        **_content_values(new.content),
    }


def insert_item(new: NewItem, at: datetime) -> int:
    return int(Item.insert(**_item_values(new, at)).execute())


def insert_items(news: Sequence[NewItem], at: datetime) -> list[int]:
    """Many items of one year with consecutive numbers (an import); their ids in the same order."""
    if not news:
        return []
    for start in range(0, len(news), CHUNK):
        Item.insert_many([_item_values(n, at) for n in news[start : start + CHUNK]]).execute()
    tahun, uruts = news[0].tahun, [n.urut for n in news]
    ids: dict[int, int] = dict(
        raw_rows(
            Item.select(Item.urut, Item.id).where((Item.tahun == tahun) & Item.urut.between(min(uruts), max(uruts)))
        )
    )
    return [ids[u] for u in uruts]


def update_item(
    item_id: int,
    expected_version: int,
    at: datetime,
    *,
    content: ItemContent | None = None,
    status: Status | None = None,
    columns: RegisterColumns | None = None,
    berakhir: date | None | bool = False,
) -> bool:
    """Write if nobody changed the item since ``expected_version``; False when someone did."""
    values: dict[Any, Any] = {Item.version: Item.version + 1, Item.updated_at: at}
    if content is not None:
        values.update({getattr(Item, k): v for k, v in _content_values(content).items()})
    if status is not None:
        values[Item.status] = status.value
    if columns is not None:
        values.update({getattr(Item, k): v for k, v in _columns(columns).items()})
    if berakhir is not False:
        values[Item.berakhir] = berakhir
    changed = Item.update(values).where((Item.id == item_id) & (Item.version == expected_version)).execute()
    return bool(changed)


def delete_draft_item(item_id: int, expected_version: int) -> bool:
    """Delete a draft with its tests and attachment records; False when it is no longer that
    draft (changed or submitted meanwhile): the guard row-locks it before anything is deleted."""
    claimed = (
        Item.update(version=Item.version + 1)
        .where((Item.id == item_id) & (Item.version == expected_version) & (Item.status == Status.DRAF.value))
        .execute()
    )
    if not claimed:
        return False
    Attachment.delete().where(Attachment.item == item_id).execute()
    tests = ConsequenceTest.select(ConsequenceTest.id).where(ConsequenceTest.item == item_id)
    for model in (TestGround, TestStatute, TestParticipant):
        model.delete().where(model.test.in_(tests)).execute()
    ConsequenceTest.delete().where(ConsequenceTest.item == item_id).execute()
    Item.delete().where(Item.id == item_id).execute()
    return True


@guarded
def item_id_by_nomor(nomor: str) -> int | None:
    row = Item.select(Item.id).where(Item.nomor == nomor).tuples().first()
    return None if row is None else int(row[0])


def _item_content(row: Item) -> ItemContent:
    return ItemContent(
        judul=row.judul,
        ringkasan=row.ringkasan,
        dokumen_sumber=row.dokumen_sumber,
        unit_pengusul=row.unit_pengusul,
        penanggung_jawab=row.penanggung_jawab,
        bentuk=Bentuk(row.bentuk),
        lokasi_penyimpanan=row.lokasi_penyimpanan,
        tanggal_usulan=row.tanggal_usulan,
    )


@guarded
def item_source(item_id: int) -> str:
    row = Item.select(Item.sumber).where(Item.id == item_id).tuples().first()
    return row[0] if row else ""


@guarded
def get_item(item_id: int) -> ItemRecord | None:
    row = (
        Item.select(Item, User.username)
        .join(User, on=(Item.petugas == User.id))
        .where(Item.id == item_id)
        .objects()
        .first()
    )
    if row is None:
        return None
    tests = tests_of(item_id, latest_only=True)
    decisions = approvals_of(item_id, latest_only=True)
    return ItemRecord(
        id=row.id,
        nomor=row.nomor,
        tahun=row.tahun,
        urut=row.urut,
        status=Status(row.status),
        version=row.version,
        content=_item_content(row),
        petugas=row.username,
        petugas_id=row.petugas_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        berakhir=row.berakhir,
        test=tests[0] if tests else None,
        last_decision=decisions[0] if decisions else None,
    )


# --- consequence tests -----------------------------------------------------------------------


def _test_values(
    item_id: int,
    test: TestContent,
    recorded_by: int,
    at: datetime,
    import_findings: Sequence[str],
    sesi_id: int | None = None,
) -> dict[str, Any]:
    jw = test.jangka_waktu
    return {
        "item": item_id,
        "sesi": sesi_id,
        "tanggal": test.tanggal,
        "tempat": test.tempat,
        "waktu": test.waktu.value,
        "alasan": test.alasan,
        "konsekuensi": test.konsekuensi,
        "pertimbangan": test.pertimbangan,
        "kesimpulan": test.kesimpulan.value,
        "bagian_dikecualikan": test.bagian_dikecualikan,
        "jw_kind": jw.kind.value if jw else None,
        "jw_years": jw.years if jw else 0,
        "jw_months": jw.months if jw else 0,
        "jw_until": jw.until if jw else None,
        "jw_event": jw.event if jw else "",
        "jw_text": jw.text if jw else "",
        "syarat_pembukaan": ",".join(c.value for c in test.syarat_pembukaan),
        "catatan_pembukaan": test.catatan_pembukaan,
        "dasar_hukum_asli": test.dasar_hukum_asli,
        "import_findings": json.dumps(list(import_findings), ensure_ascii=False) if import_findings else "",
        "recorded_by": recorded_by,
        "recorded_at": at,
    }


def _insert_children(tests: Sequence[tuple[int, TestContent]]) -> None:
    """The grounds, statutes and participants of freshly inserted tests."""
    grounds = [
        {"test": test_id, "position": n, "huruf": g.huruf, "angka": g.angka}
        for test_id, test in tests
        for n, g in enumerate(test.grounds)
    ]
    statutes = [
        {"test": test_id, "position": n, "text": text} for test_id, test in tests for n, text in enumerate(test.uu_lain)
    ]
    people = [
        {"test": test_id, "position": n, "nama": p.nama, "jabatan": p.jabatan, "unit": p.unit}
        for test_id, test in tests
        for n, p in enumerate(test.peserta)
    ]
    for model, rows in ((TestGround, grounds), (TestStatute, statutes), (TestParticipant, people)):
        for start in range(0, len(rows), CHUNK * 3):
            model.insert_many(rows[start : start + CHUNK * 3]).execute()


def insert_test(
    item_id: int,
    test: TestContent,
    recorded_by: int,
    at: datetime,
    import_findings: Sequence[str] = (),
    sesi_id: int | None = None,
) -> int:
    test_id = int(
        ConsequenceTest.insert(**_test_values(item_id, test, recorded_by, at, import_findings, sesi_id)).execute()
    )
    _insert_children([(test_id, test)])
    return test_id


def update_test(test_id: int, test: TestContent, recorded_by: int, at: datetime, sesi_id: int | None = None) -> None:
    """Amend a test that no decision refers to yet (its children are written anew); with a
    session, the test becomes the one that session held."""
    values = _test_values(0, test, recorded_by, at, (), sesi_id)
    del values["item"], values["import_findings"]
    ConsequenceTest.update(**values).where(ConsequenceTest.id == test_id).execute()
    for model in (TestGround, TestStatute, TestParticipant):
        model.delete().where(model.test == test_id).execute()
    _insert_children([(test_id, test)])


@guarded
def test_has_decision(test_id: int) -> bool:
    return Approval.select().where(Approval.test == test_id).exists()


def insert_tests(entries: Sequence[tuple[int, TestContent, Sequence[str]]], recorded_by: int, at: datetime) -> None:
    """One new test for each of many items (an import): (item id, test, import findings)."""
    for start in range(0, len(entries), CHUNK):
        ConsequenceTest.insert_many(
            [
                _test_values(item_id, test, recorded_by, at, findings)
                for item_id, test, findings in entries[start : start + CHUNK]
            ]
        ).execute()
    item_ids = [item_id for item_id, _, _ in entries]
    newest: dict[int, int] = {}
    for start in range(0, len(item_ids), 1000):
        newest.update(
            raw_rows(
                ConsequenceTest.select(ConsequenceTest.item, pw.fn.MAX(ConsequenceTest.id))
                .where(ConsequenceTest.item.in_(item_ids[start : start + 1000]))
                .group_by(ConsequenceTest.item)
            )
        )
    _insert_children([(newest[item_id], test) for item_id, test, _ in entries])


def _jangka_waktu(row: ConsequenceTest) -> JangkaWaktu | None:
    if not row.jw_kind:
        return None
    return JangkaWaktu(
        kind=JangkaWaktuKind(row.jw_kind),
        years=row.jw_years,
        months=row.jw_months,
        until=row.jw_until,
        event=row.jw_event,
        text=row.jw_text,
    )


@guarded
def tests_of(item_id: int, latest_only: bool = False) -> list[TestRecord]:
    """The item's tests, newest first."""
    query = (
        ConsequenceTest.select(ConsequenceTest, User.username, TestSession.nomor.alias("sesi_nomor"))
        .join(User, on=(ConsequenceTest.recorded_by == User.id))
        .join(TestSession, pw.JOIN.LEFT_OUTER, on=(ConsequenceTest.sesi == TestSession.id))
        .where(ConsequenceTest.item == item_id)
        .order_by(ConsequenceTest.id.desc())
    )
    if latest_only:
        query = query.limit(1)
    rows = list(query.objects())
    if not rows:
        return []
    ids = [r.id for r in rows]
    grounds: dict[int, list[Ground]] = defaultdict(list)
    for test_id, huruf, angka in (
        TestGround.select(TestGround.test, TestGround.huruf, TestGround.angka)
        .where(TestGround.test.in_(ids))
        .order_by(TestGround.position)
        .tuples()
    ):
        grounds[test_id].append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = defaultdict(list)
    for test_id, text in (
        TestStatute.select(TestStatute.test, TestStatute.text)
        .where(TestStatute.test.in_(ids))
        .order_by(TestStatute.position)
        .tuples()
    ):
        statutes[test_id].append(text)
    people: dict[int, list[Participant]] = defaultdict(list)
    for test_id, nama, jabatan, unit in (
        TestParticipant.select(
            TestParticipant.test, TestParticipant.nama, TestParticipant.jabatan, TestParticipant.unit
        )
        .where(TestParticipant.test.in_(ids))
        .order_by(TestParticipant.position)
        .tuples()
    ):
        people[test_id].append(Participant(nama, jabatan, unit))
    return [
        TestRecord(
            id=r.id,
            item_id=item_id,
            content=TestContent(
                tanggal=r.tanggal,
                tempat=r.tempat,
                waktu=WaktuPengujian(r.waktu),
                peserta=tuple(people[r.id]),
                grounds=tuple(grounds[r.id]),
                uu_lain=tuple(statutes[r.id]),
                alasan=r.alasan,
                konsekuensi=r.konsekuensi,
                pertimbangan=r.pertimbangan,
                kesimpulan=Kesimpulan(r.kesimpulan),
                bagian_dikecualikan=r.bagian_dikecualikan,
                jangka_waktu=_jangka_waktu(r),
                syarat_pembukaan=tuple(ReleaseCondition(v) for v in r.syarat_pembukaan.split(",") if v),
                catatan_pembukaan=r.catatan_pembukaan,
                dasar_hukum_asli=r.dasar_hukum_asli,
            ),
            recorded_by=r.username,
            recorded_by_id=r.recorded_by_id,
            recorded_at=r.recorded_at,
            import_findings=tuple(json.loads(r.import_findings)) if r.import_findings else (),
            sesi=r.sesi_nomor,
        )
        for r in rows
    ]


# --- approvals -------------------------------------------------------------------------------


def insert_penetapan(nomor: str, tanggal: date, tempat: str, jenis: str, by: int, at: datetime) -> int:
    try:
        with connection.current().atomic():
            return int(
                Penetapan.insert(
                    nomor=nomor, tanggal=tanggal, tempat=tempat, jenis=jenis, ditetapkan_oleh=by, created_at=at
                ).execute()
            )
    except pw.IntegrityError as exc:
        raise ValidationError(
            {
                "nomor_penetapan": (
                    "Nomor penetapan {n} sudah dipakai untuk penetapan lain; gunakan nomor baru."
                ).format(n=nomor)
            }
        ) from exc


@guarded
def penetapan_exists(nomor: str) -> bool:
    return Penetapan.select().where(Penetapan.nomor == nomor).exists()


@guarded
def count_penetapan(tahun: int) -> int:
    start, end = date(tahun, 1, 1), date(tahun, 12, 31)
    return int(Penetapan.select().where(Penetapan.tanggal.between(start, end)).count())


def insert_approval(
    item_id: int,
    test_id: int | None,
    decision: Decision,
    catatan: str,
    by: int,
    at: datetime,
    penetapan_id: int | None,
    fingerprint: str,
    snapshot: str,
) -> int:
    return int(
        Approval.insert(
            item=item_id,
            test=test_id,
            decision=decision.value,
            catatan=catatan,
            decided_by=by,
            decided_at=at,
            penetapan=penetapan_id,
            fingerprint=fingerprint,
            snapshot=snapshot,
        ).execute()
    )


@guarded
def approvals_of(item_id: int, latest_only: bool = False, decision: Decision | None = None) -> list[ApprovalRecord]:
    """The item's decisions, newest first."""
    query = (
        Approval.select(Approval, User.username, Penetapan.nomor, Penetapan.tanggal, Penetapan.tempat)
        .join(User, on=(Approval.decided_by == User.id))
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.item == item_id)
        .order_by(Approval.id.desc())
    )
    if decision is not None:
        query = query.where(Approval.decision == decision.value)
    if latest_only:
        query = query.limit(1)
    return [
        ApprovalRecord(
            id=r[0],
            item_id=item_id,
            test_id=r[1],
            decision=Decision(r[2]),
            catatan=r[3],
            decided_by=r[4],
            decided_by_id=r[5],
            decided_at=r[6],
            nomor_penetapan=r[7] or "",
            tanggal_penetapan=r[8],
            tempat_penetapan=r[9] or "",
            fingerprint=r[10],
        )
        for r in query.select(
            Approval.id,
            Approval.test,
            Approval.decision,
            Approval.catatan,
            User.username,
            Approval.decided_by,
            Approval.decided_at,
            Penetapan.nomor,
            Penetapan.tanggal,
            Penetapan.tempat,
            Approval.fingerprint,
        ).tuples()
    ]


def iter_approval_snapshots(batch: int = 5000) -> Iterator[tuple[int, str, str, str]]:
    """(approval id, item nomor, fingerprint, snapshot JSON) of every decision, in batches."""
    last = -1
    while True:
        with connection.storage_errors():
            rows = raw_rows(
                Approval.select(Approval.id, Item.nomor, Approval.fingerprint, Approval.snapshot)
                .join(Item, on=(Approval.item == Item.id))
                .where(Approval.id > last)
                .order_by(Approval.id)
                .limit(batch)
            )
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


@guarded
def approval_snapshot(approval_id: int) -> dict[str, Any]:
    row = Approval.select(Approval.snapshot).where(Approval.id == approval_id).tuples().first()
    return {} if row is None else dict(json.loads(row[0]))


# --- attachments -----------------------------------------------------------------------------


def insert_attachment(
    item_id: int, nama: str, ukuran: int, sha256: str, stored_path: str, by: int, at: datetime
) -> int:
    return int(
        Attachment.insert(
            item=item_id, nama=nama, ukuran=ukuran, sha256=sha256, stored_path=stored_path, added_by=by, added_at=at
        ).execute()
    )


def mark_attachment_removed(attachment_id: int, by: int, at: datetime) -> None:
    Attachment.update(removed_at=at, removed_by=by).where(Attachment.id == attachment_id).execute()


def _attachment_info(row: Any) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        item_id=row.item_id,
        nama=row.nama,
        ukuran=row.ukuran,
        sha256=row.sha256,
        stored_path=row.stored_path,
        added_by=row.username,
        added_at=row.added_at,
    )


@guarded
def attachments_of(item_id: int) -> list[AttachmentInfo]:
    rows = (
        Attachment.select(Attachment, User.username)
        .join(User, on=(Attachment.added_by == User.id))
        .where((Attachment.item == item_id) & Attachment.removed_at.is_null())
        .order_by(Attachment.id)
        .objects()
    )
    return [_attachment_info(r) for r in rows]


@guarded
def get_attachment(attachment_id: int) -> AttachmentInfo | None:
    row = (
        Attachment.select(Attachment, User.username)
        .join(User, on=(Attachment.added_by == User.id))
        .where((Attachment.id == attachment_id) & Attachment.removed_at.is_null())
        .objects()
        .first()
    )
    return None if row is None else _attachment_info(row)


@guarded
def all_attachment_paths() -> list[str]:
    return [row[0] for row in Attachment.select(Attachment.stored_path).distinct().tuples()]


# --- lifecycle: expiry, holidays, editions -----------------------------------------------------


@guarded
def due_for_expiry(today: date) -> list[tuple[int, str, int, date]]:
    """(id, nomor, version, berakhir) of items in force whose last exempt day has passed."""
    return [
        (i, n, v, as_date(b))
        for i, n, v, b in raw_rows(
            Item.select(Item.id, Item.nomor, Item.version, Item.berakhir)
            .where(register.in_force_condition() & Item.berakhir.is_null(False) & (Item.berakhir < today))
            .order_by(Item.berakhir)
        )
    ]


@guarded
def list_holidays() -> list[tuple[date, str]]:
    return [
        (as_date(d), n) for d, n in raw_rows(Holiday.select(Holiday.tanggal, Holiday.nama).order_by(Holiday.tanggal))
    ]


def upsert_holiday(tanggal: date, nama: str) -> None:
    Holiday.insert(tanggal=tanggal, nama=nama).on_conflict(
        conflict_target=[Holiday.tanggal], update={Holiday.nama: nama}
    ).execute()


def delete_holiday(tanggal: date) -> bool:
    return bool(Holiday.delete().where(Holiday.tanggal == tanggal).execute())


@dataclass(frozen=True)
class EditionRow:
    id: int
    nomor: int
    tahun: int
    nomor_penetapan: str
    tanggal_penetapan: date
    created_by: str
    created_at: datetime
    fingerprint: str
    snapshot: str


def insert_edition(tahun: int, penetapan_id: int, by: int, at: datetime, snapshot: str, fingerprint: str) -> int:
    """The next edition number (one after the last). The audit head row is locked first, so two
    desks publishing at once on PostgreSQL take turns instead of reading the same last number."""
    _head_for_update()
    last = Edition.select(pw.fn.MAX(Edition.nomor)).scalar() or 0
    return int(
        Edition.insert(
            nomor=last + 1,
            tahun=tahun,
            penetapan=penetapan_id,
            created_by=by,
            created_at=at,
            snapshot=snapshot,
            fingerprint=fingerprint,
        ).execute()
    )


@guarded
def list_editions() -> list[EditionRow]:
    rows = raw_rows(
        Edition.select(
            Edition.id,
            Edition.nomor,
            Edition.tahun,
            Penetapan.nomor,
            Penetapan.tanggal,
            User.username,
            Edition.created_at,
            Edition.fingerprint,
            Edition.snapshot,
        )
        .join(Penetapan, on=(Edition.penetapan == Penetapan.id))
        .switch(Edition)
        .join(User, on=(Edition.created_by == User.id))
        .order_by(Edition.nomor.desc())
    )
    return [EditionRow(i, n, t, pn, as_date(pt), u, _as_datetime(c), f, s) for i, n, t, pn, pt, u, c, f, s in rows]


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class InForce:
    """An item as it stands in the DIK: the content of its approval in force."""

    item_id: int
    nomor: str
    tahun: int
    urut: int
    berakhir: date | None
    snapshot: str
    fingerprint: str
    nomor_penetapan: str
    tanggal_penetapan: date | None
    approved_by: str


@guarded
def in_force_snapshots() -> list[InForce]:
    latest = (
        Approval.select(pw.fn.MAX(Approval.id))
        .where(Approval.decision == Decision.DISETUJUI.value)
        .group_by(Approval.item)
    )
    rows = raw_rows(
        Approval.select(
            Item.id,
            Item.nomor,
            Item.tahun,
            Item.urut,
            Item.berakhir,
            Approval.snapshot,
            Approval.fingerprint,
            Penetapan.nomor,
            Penetapan.tanggal,
            User.username,
        )
        .join(Item, on=(Approval.item == Item.id))
        .switch(Approval)
        .join(User, on=(Approval.decided_by == User.id))
        .switch(Approval)
        .join(Penetapan, pw.JOIN.LEFT_OUTER, on=(Approval.penetapan == Penetapan.id))
        .where(Approval.id.in_(latest) & Item.status.in_(register.IN_FORCE_STATUSES))
        .order_by(Item.tahun, Item.urut)
    )
    return [InForce(i, n, t, r, as_date(b), s, f, pn or "", as_date(pt), u) for i, n, t, r, b, s, f, pn, pt, u in rows]
