"""Builders of sample data for tests (import as: from factories import ...)."""
from __future__ import annotations

from datetime import date

from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import (
    Bentuk,
    Ground,
    ItemContent,
    JangkaWaktuKind,
    Kesimpulan,
    Participant,
    TestContent,
)

PASSWORD = "kata-sandi-rahasia"


def sample_content(judul: str = "Biodata pegawai beserta riwayat kesehatan") -> ItemContent:
    return ItemContent(
        judul=judul,
        ringkasan="Data pribadi pegawai Dinas",
        dokumen_sumber="Berkas kepegawaian",
        unit_pengusul="Subbagian Umum dan Kepegawaian",
        penanggung_jawab="Kepala Subbagian Umum",
        bentuk=Bentuk.KEDUANYA,
        lokasi_penyimpanan="Lemari arsip ruang kepegawaian",
        tanggal_usulan=date(2026, 11, 2),
    )


def sample_test(**changes: object) -> TestContent:
    values: dict[str, object] = dict(
        tanggal=date(2026, 11, 10),
        tempat="Pontianak",
        peserta=(Participant("Siti", "Petugas PPID", "Sekretariat"),
                 Participant("Budi", "Kepala Bidang", "Bidang UKM")),
        grounds=(Ground("h", 2),),
        alasan="Memuat rahasia pribadi",
        konsekuensi="Mengungkap riwayat kesehatan pegawai",
        pertimbangan="Melindungi hak pribadi lebih besar daripada manfaat membuka",
        kesimpulan=Kesimpulan.SELURUHNYA,
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=5),
    )
    values.update(changes)
    return TestContent(**values)  # type: ignore[arg-type]
