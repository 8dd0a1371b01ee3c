"""The enums that cross the layers: stored value and the label users read."""

from __future__ import annotations

import enum


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
    RESEALED = ("jejak_disegel_ulang", "Menyegel ulang jejak audit dengan kunci baru")
