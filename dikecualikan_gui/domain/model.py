"""Plain data that crosses the layers: enums and frozen dataclasses, no storage, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, NamedTuple


class LabeledEnum(enum.Enum):
    """An enum whose value is the stored/contract name and whose label is what users read."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabeledEnum:
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def parse(cls, text: str) -> LabeledEnum:
        """Accept the stored value or the label, ignoring case, spaces and punctuation."""
        wanted = _squash(text)
        for member in cls:
            if wanted in (_squash(member.value), _squash(member.label)):
                return member
        raise ValueError(text)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class Status(LabeledEnum):
    DRAF = ("draf", "Draf")
    DIUJI = ("diuji", "Diuji (menunggu persetujuan)")
    DISETUJUI = ("disetujui", "Disetujui (masuk DIK)")
    DIKEMBALIKAN = ("dikembalikan", "Dikembalikan untuk diperbaiki")
    DITOLAK = ("ditolak", "Ditolak (tetap terbuka)")
    BERAKHIR = ("berakhir", "Berakhir (terbuka kembali)")


class Role(LabeledEnum):
    PETUGAS = ("petugas", "Petugas PPID")
    ATASAN = ("atasan", "Atasan PPID")
    ADMIN = ("admin", "Administrator")


class Bentuk(LabeledEnum):
    SOFTCOPY = ("softcopy", "Softcopy")
    HARDCOPY = ("hardcopy", "Hardcopy")
    KEDUANYA = ("keduanya", "Softcopy dan hardcopy")


class WaktuPengujian(LabeledEnum):
    """When the test was done (Perki 1/2017 Pasal 4 ayat 2)."""

    SEBELUM_PERMOHONAN = ("sebelum_permohonan", "Sebelum ada permohonan")
    SAAT_PERMOHONAN = ("saat_permohonan", "Pada saat ada permohonan")
    PERINTAH_MAJELIS = ("perintah_majelis", "Atas perintah Majelis Komisioner")


class Kesimpulan(LabeledEnum):
    SELURUHNYA = ("dikecualikan_seluruhnya", "Dikecualikan seluruhnya")
    SEBAGIAN = ("dikecualikan_sebagian", "Dikecualikan sebagian")
    TERBUKA = ("terbuka", "Terbuka")


class ReleaseCondition(LabeledEnum):
    """Conditions under which exempted information opens (UU 14/2008 Pasal 18)."""

    PERSETUJUAN = (
        "persetujuan",
        "Persetujuan tertulis pihak yang rahasianya diungkap (Pasal 18 ayat 2 huruf a)",
    )
    JABATAN_PUBLIK = (
        "jabatan_publik",
        "Berkaitan dengan posisi seseorang dalam jabatan publik (Pasal 18 ayat 2 huruf b)",
    )
    PUTUSAN = ("putusan", "Putusan Komisi Informasi atau pengadilan")


class JangkaWaktuKind(LabeledEnum):
    DURASI = ("durasi", "Jangka waktu (tahun/bulan)")
    SAMPAI_TANGGAL = ("sampai_tanggal", "Sampai tanggal tertentu")
    PERISTIWA = ("peristiwa", "Sampai peristiwa tertentu")
    TIDAK_TERBATAS = ("tidak_terbatas", "Tidak terbatas")


class Decision(LabeledEnum):
    DISETUJUI = ("disetujui", "Disetujui")
    DIKEMBALIKAN = ("dikembalikan", "Dikembalikan")
    DITOLAK = ("ditolak", "Ditolak")
    DIBUKA = ("dibuka", "Dibuka sebelum jangka waktunya berakhir")


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
class TestContent:
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
class Signatory:
    nama: str = ""
    nip: str = ""
    jabatan: str = ""
    pangkat: str = ""


class Paper(LabeledEnum):
    F4 = ("F4", "F4 / Folio (215 × 330 mm)")
    A4 = ("A4", "A4 (210 × 297 mm)")


class DiktumStyle(LabeledEnum):
    KESATU = ("kesatu", "KESATU, KEDUA, KETIGA, …")
    PERTAMA = ("pertama", "PERTAMA, KEDUA, KETIGA, …")


class Signer(LabeledEnum):
    ATASAN = ("atasan", "Atasan PPID")
    PPID = ("ppid", "PPID")


@dataclass(frozen=True)
class PrintSettings:
    """How documents are printed; the variants offices differ on are settings (formats.md)."""

    paper: Paper = Paper.F4
    margin_top_cm: float = 2.0
    margin_right_cm: float = 2.0
    margin_bottom_cm: float = 2.5
    margin_left_cm: float = 3.0
    font_size: float = 11.0
    diktum: DiktumStyle = DiktumStyle.KESATU
    penetapan_signer: Signer = Signer.ATASAN
    ppid_prefix: str = ""  # e.g. "a.n." or "Plt." printed above the jabatan
    atasan_prefix: str = ""
    show_pangkat_nip: bool = True
    #: the statutes cited under Mengingat, with their Lembaran Negara / Berita Negara where known
    #: (the Berita Negara number of Perki 1/2017 was not verified, so none is given); an office adds
    #: the basis of its own authority (its regional law, its Pergub/Perbup on PPID)
    mengingat: tuple[str, ...] = (
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (Lembaran Negara Republik "
        "Indonesia Tahun 2008 Nomor 61, Tambahan Lembaran Negara Republik Indonesia Nomor 4846)",
        "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 "
        "tentang Keterbukaan Informasi Publik (Lembaran Negara Republik Indonesia Tahun 2010 Nomor 99, "
        "Tambahan Lembaran Negara Republik Indonesia Nomor 5149)",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik (Berita Negara "
        "Republik Indonesia Tahun 2021 Nomor 741)",
    )
    tembusan: tuple[str, ...] = ()
    show_nomor_usulan: bool = False  # the item numbers ("2026/001") in the DIK and a keputusan's lampiran

    #: the Mengingat list before the Lembaran Negara were cited: a profile that stored exactly this
    #: never edited it, and gets the current default
    FORMER_MENGINGAT: ClassVar[tuple[str, ...]] = (
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 "
        "tentang Keterbukaan Informasi Publik",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "paper": self.paper.value,
            "margins_cm": [self.margin_top_cm, self.margin_right_cm, self.margin_bottom_cm, self.margin_left_cm],
            "font_size": self.font_size,
            "diktum": self.diktum.value,
            "penetapan_signer": self.penetapan_signer.value,
            "ppid_prefix": self.ppid_prefix,
            "atasan_prefix": self.atasan_prefix,
            "show_pangkat_nip": self.show_pangkat_nip,
            "mengingat": list(self.mengingat),
            "tembusan": list(self.tembusan),
            "show_nomor_usulan": self.show_nomor_usulan,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrintSettings:
        """Unknown or damaged values fall back to the defaults. A stored Mengingat list is kept as
        it is, unless it is the former default unchanged (then the current default)."""
        default = cls()
        try:
            top, right, bottom, left = (float(m) for m in data.get("margins_cm", ()))
        except (TypeError, ValueError):
            top, right, bottom, left = (
                default.margin_top_cm,
                default.margin_right_cm,
                default.margin_bottom_cm,
                default.margin_left_cm,
            )

        def enum(kind: Any, key: str, fallback: Any) -> Any:
            try:
                return kind(data.get(key, fallback.value))
            except ValueError:
                return fallback

        def flag(key: str, fallback: bool) -> bool:
            value = data.get(key, fallback)
            if isinstance(value, str):  # "ya"/"tidak" as typed, e.g. by `profile set`
                return value.strip().casefold() in {"ya", "y", "true", "1", "benar", "on"}
            return bool(value)

        mengingat = tuple(str(x) for x in data.get("mengingat", default.mengingat))
        return cls(
            paper=enum(Paper, "paper", default.paper),
            margin_top_cm=top,
            margin_right_cm=right,
            margin_bottom_cm=bottom,
            margin_left_cm=left,
            font_size=float(data.get("font_size", default.font_size) or default.font_size),
            diktum=enum(DiktumStyle, "diktum", default.diktum),
            penetapan_signer=enum(Signer, "penetapan_signer", default.penetapan_signer),
            ppid_prefix=str(data.get("ppid_prefix", "")),
            atasan_prefix=str(data.get("atasan_prefix", "")),
            show_pangkat_nip=flag("show_pangkat_nip", True),
            mengingat=default.mengingat if mengingat == cls.FORMER_MENGINGAT else mengingat,
            tembusan=tuple(str(x) for x in data.get("tembusan", ())),
            show_nomor_usulan=flag("show_nomor_usulan", False),
        )


@dataclass(frozen=True)
class AgencyProfile:
    nama_badan_publik: str = ""
    pemerintah: str = ""
    unit_kerja: str = ""
    alamat: str = ""
    kota: str = ""
    telepon: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""
    ppid: Signatory = field(default_factory=Signatory)
    atasan: Signatory = field(default_factory=Signatory)
    penetapan_pattern: str = "{urut:03d}/PPID/{tahun}"
    idle_lock_minutes: int = 10
    print_settings: PrintSettings = field(default_factory=PrintSettings)


@dataclass(frozen=True)
class TestRecord:
    """A stored consequence test with who recorded it."""

    id: int
    item_id: int
    content: TestContent
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
    test: TestRecord | None
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


class AuditAction(LabeledEnum):
    LOGIN_OK = ("login_berhasil", "Masuk ke aplikasi")
    LOGIN_FAILED = ("login_gagal", "Gagal masuk")
    ACCOUNT_LOCKED = ("akun_terkunci", "Akun terkunci karena salah kata sandi berulang")
    USER_ADDED = ("pengguna_ditambah", "Menambah pengguna")
    USER_CHANGED = ("pengguna_diubah", "Mengubah data pengguna")
    PASSWORD_CHANGED = ("kata_sandi_diubah", "Mengganti kata sandi")
    PROFILE_CHANGED = ("profil_diubah", "Mengubah profil badan publik")
    ITEM_CREATED = ("usulan_dibuat", "Membuat usulan")
    ITEM_CHANGED = ("usulan_diubah", "Mengubah usulan")
    DRAFT_DELETED = ("draf_dihapus", "Menghapus draf")
    TEST_RECORDED = ("uji_dicatat", "Mencatat uji konsekuensi")
    TEST_CHANGED = ("uji_diubah", "Mengubah uji konsekuensi yang belum diajukan")
    SESSION_RECORDED = ("sesi_uji_dicatat", "Mencatat sesi pengujian konsekuensi")
    TEST_UNRECORDED = (
        "uji_tidak_tercatat",
        "Uji tidak tercatat: tanggal uji berasal dari impor, bukan dari pengujian yang diadakan; perlu sesi pengujian",
    )
    DISCLOSED = (
        "dibuka_atas_persetujuan",
        "Memberikan informasi kepada pihak yang bersangkutan atas persetujuannya (Pasal 18 ayat 2 huruf a)",
    )
    SUBMITTED = ("usulan_diajukan", "Mengajukan untuk persetujuan")
    APPROVED = ("usulan_disetujui", "Menyetujui dan menetapkan")
    RETURNED = ("usulan_dikembalikan", "Mengembalikan untuk diperbaiki")
    REJECTED = ("usulan_ditolak", "Menolak")
    SIGNOFF_REFUSED = ("persetujuan_ditolak", "Penandatanganan persetujuan ditolak")
    OPENED = ("dibuka_lebih_awal", "Membuka informasi sebelum jangka waktunya berakhir")
    EXPIRED = ("berakhir", "Jangka waktu pengecualian berakhir; informasi terbuka")
    EDITION_CREATED = ("edisi_dik", "Menetapkan edisi Daftar Informasi yang Dikecualikan")
    HOLIDAYS_CHANGED = ("hari_libur", "Mengubah daftar hari libur")
    DOCUMENT_ISSUED = ("dokumen_diterbitkan", "Menerbitkan dokumen (arsip softcopy)")
    ATTACHMENT_ADDED = ("lampiran_ditambah", "Menambah lampiran")
    ATTACHMENT_REMOVED = ("lampiran_dihapus", "Menghapus lampiran")
    IMPORTED = ("impor", "Mengimpor daftar")
    BACKUP_CREATED = ("cadangan_dibuat", "Membuat cadangan")
    RESTORED = ("dipulihkan", "Memulihkan dari cadangan")
    SCHEMA_UPGRADED = ("skema_diperbarui", "Memperbarui skema basis data")


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
