"""The agency profile and how its documents are printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from dikecualikan_gui.domain.enums import LabeledEnum


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
