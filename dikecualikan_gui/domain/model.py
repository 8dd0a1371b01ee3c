"""Plain data that crosses the layers: enums and frozen dataclasses, no storage, no Qt.

The enums live in ``enums.py``, the agency profile and print settings in ``agency.py``, what was
issued and frozen (DIK editions, archived documents) in ``issued.py``; every name is importable from
here as before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from dikecualikan_gui.domain.agency import AgencyProfile, DiktumStyle, Paper, PrintSettings, Signatory, Signer
from dikecualikan_gui.domain.enums import (
    AuditAction,
    Bentuk,
    Decision,
    JangkaWaktuKind,
    Kesimpulan,
    LabeledEnum,
    ReleaseCondition,
    Role,
    Status,
    WaktuPengujian,
)

__all__ = [
    "Actor",
    "AgencyProfile",
    "ApprovalRecord",
    "AttachmentInfo",
    "AuditAction",
    "AuditEntry",
    "Bentuk",
    "Decision",
    "DiktumStyle",
    "DisclosureRecord",
    "Ground",
    "ItemContent",
    "ItemRecord",
    "ItemRow",
    "JangkaWaktu",
    "JangkaWaktuKind",
    "Kesimpulan",
    "LabeledEnum",
    "Paper",
    "Participant",
    "PrintSettings",
    "RegisterRow",
    "ReleaseCondition",
    "Role",
    "RowFilter",
    "SessionInfo",
    "Signatory",
    "Signer",
    "Status",
    "UjiContent",
    "UjiRecord",
    "UserInfo",
    "WaktuPengujian",
]


@dataclass(frozen=True)
class Ground:
    """One Pasal 17 ground: a huruf (a-j) and, where that huruf has sub-points, its angka."""

    huruf: str
    angka: int | None = None


@dataclass(frozen=True)
class JangkaWaktu:
    """The exemption period. ``text`` keeps the words as written (or as generated)."""

    kind: JangkaWaktuKind
    years: int = 0
    months: int = 0
    until: date | None = None
    event: str = ""
    text: str = ""


@dataclass(frozen=True)
class Participant:
    nama: str
    jabatan: str = ""
    unit: str = ""


@dataclass(frozen=True)
class ItemContent:
    """What the officer writes on the form 'daftar informasi yang akan dikecualikan'."""

    judul: str
    ringkasan: str = ""
    dokumen_sumber: str = ""
    unit_pengusul: str = ""
    penanggung_jawab: str = ""
    bentuk: Bentuk = Bentuk.KEDUANYA
    lokasi_penyimpanan: str = ""
    tanggal_usulan: date | None = None


@dataclass(frozen=True)
class UjiContent:
    """One uji konsekuensi. Without a date it is only what was proposed or imported: no test
    was held yet (only a session, or a session of one at submission, records one)."""

    tanggal: date | None
    tempat: str = ""
    waktu: WaktuPengujian = WaktuPengujian.SEBELUM_PERMOHONAN
    peserta: tuple[Participant, ...] = ()
    grounds: tuple[Ground, ...] = ()
    uu_lain: tuple[str, ...] = ()
    alasan: str = ""
    konsekuensi: str = ""
    pertimbangan: str = ""
    kesimpulan: Kesimpulan = Kesimpulan.SELURUHNYA
    bagian_dikecualikan: str = ""
    jangka_waktu: JangkaWaktu | None = None
    syarat_pembukaan: tuple[ReleaseCondition, ...] = ()
    catatan_pembukaan: str = ""
    dasar_hukum_asli: str = ""


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts (None in a service call means the system)."""

    id: int
    username: str
    nama: str
    role: Role


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    nama: str
    nip: str
    jabatan: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login: datetime | None

    def as_actor(self) -> Actor:
        return Actor(self.id, self.username, self.nama, self.role)


@dataclass(frozen=True)
class UjiRecord:
    """A stored consequence test with who recorded it."""

    id: int
    item_id: int
    content: UjiContent
    recorded_by: str
    recorded_by_id: int
    recorded_at: datetime
    import_findings: tuple[str, ...] = ()
    sesi: str | None = None  # the number of the session that held the test; None: not held yet

    @property
    def held(self) -> bool:
        """A recorded test: one held in a session (Pasal 19 UU 14/2008: the test comes first)."""
        return self.sesi is not None


@dataclass(frozen=True)
class SessionInfo:
    """A consequence-test session (sesi pengujian konsekuensi) as recorded."""

    id: int
    nomor: str
    tanggal: date
    waktu: str
    tempat: str
    pemimpin: Signatory
    peserta: tuple[Participant, ...]
    recorded_by: str
    recorded_at: datetime
    item_ids: tuple[int, ...]
    test_ids: tuple[int, ...]


@dataclass(frozen=True)
class DisclosureRecord:
    """Information of an item given to one person on that person's written consent."""

    id: int
    item_id: int
    tanggal: date
    pemilik: str
    penerima: str
    bagian: str
    dokumen_persetujuan: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class ApprovalRecord:
    id: int
    item_id: int
    test_id: int | None
    decision: Decision
    catatan: str
    decided_by: str
    decided_by_id: int
    decided_at: datetime
    nomor_penetapan: str
    tanggal_penetapan: date | None
    tempat_penetapan: str
    fingerprint: str


@dataclass(frozen=True)
class ItemRecord:
    """One item with its current test and its latest approval in force."""

    id: int
    nomor: str
    tahun: int
    urut: int
    status: Status
    version: int
    content: ItemContent
    petugas: str
    petugas_id: int
    created_at: datetime
    updated_at: datetime
    berakhir: date | None
    test: UjiRecord | None
    last_decision: ApprovalRecord | None


class ItemRow(NamedTuple):
    """A flat register row: what the list command, the exports and the register table read.

    A NamedTuple rather than a frozen dataclass: a register of 100,000 rows is built in one go,
    and a frozen dataclass costs several times more per row to construct.
    """

    id: int
    nomor: str
    tahun: int
    urut: int
    status: Status
    judul: str
    ringkasan: str
    unit_pengusul: str
    grounds: tuple[Ground, ...]
    uu_lain: tuple[str, ...]
    alasan: str
    konsekuensi: str
    pertimbangan: str
    kesimpulan: Kesimpulan | None
    jangka_waktu: str
    berakhir: date | None
    disetujui_oleh: str | None
    nomor_penetapan: str | None
    tanggal_penetapan: date | None
    bagian_dikecualikan: str = ""
    syarat_pembukaan: str = ""  # the release conditions as they read
    sumber: str = ""
    tanggal_uji: date | None = None
    sesi_uji: str | None = None
    kekurangan: int = 0  # how many blocking findings (stored with the item; 0: complete)


@dataclass(frozen=True)
class RowFilter:
    """Which items the register shows."""

    status: Status | None = None
    statuses: tuple[Status, ...] = ()
    tahun: int | None = None
    huruf: str | None = None
    search: str = ""
    ids: tuple[int, ...] = ()
    berakhir_until: date | None = None  # items in force whose exemption ends on or before this day
    in_force: bool = False  # only items standing in the DIK (approved, or approved with a change pending)
    incomplete: bool = False  # drafts (and returned items) that lack something ("Perlu dilengkapi")


class RegisterRow(NamedTuple):
    """One line of the register table (read from the item table alone)."""

    id: int
    nomor: str
    judul: str
    unit_pengusul: str
    dasar_hukum: str
    jangka_waktu: str
    status: Status
    berakhir: date | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    item_id: int
    nama: str
    ukuran: int
    sha256: str
    stored_path: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    """One audit event for display: who did what, when, to which item, with before/after."""

    id: int
    at: datetime
    actor: str
    action: AuditAction | None
    action_name: str
    item_id: int | None
    item_nomor: str
    details: dict[str, Any]
