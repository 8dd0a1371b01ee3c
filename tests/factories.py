"""Builders of sample data for tests (import as: from factories import ...)."""

from __future__ import annotations

from datetime import date

from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import (
    Actor,
    AgencyProfile,
    Bentuk,
    Ground,
    ItemContent,
    JangkaWaktuKind,
    Kesimpulan,
    Participant,
    Signatory,
    UjiContent,
)
from dikecualikan_gui.services import items

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


def sample_test(**changes: object) -> UjiContent:
    values: dict[str, object] = dict(
        tanggal=date(2026, 11, 10),
        tempat="Pontianak",
        peserta=(
            Participant("Siti", "Petugas PPID", "Sekretariat"),
            Participant("Budi", "Kepala Bidang", "Bidang UKM"),
        ),
        grounds=(Ground("h", 2),),
        alasan="Memuat rahasia pribadi",
        konsekuensi="Mengungkap riwayat kesehatan pegawai",
        pertimbangan="Melindungi hak pribadi lebih besar daripada manfaat membuka",
        kesimpulan=Kesimpulan.SELURUHNYA,
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=5),
    )
    values.update(changes)
    return UjiContent(**values)  # type: ignore[arg-type]


def sample_profile() -> AgencyProfile:
    return AgencyProfile(
        nama_badan_publik="Dinas Koperasi dan UKM",
        pemerintah="Pemerintah Provinsi Kalimantan Barat",
        unit_kerja="Sekretariat",
        alamat="Jalan Sutan Syahrir Nomor 1, Pontianak 78116",
        kota="Pontianak",
        telepon="(0561) 736221",
        email="ppid@diskop.kalbarprov.go.id",
        ppid=Signatory("Rina Wulandari, S.Sos.", "198705122010012003", "Sekretaris Dinas", "Pembina"),
        atasan=Signatory("Drs. H. Ahmad Fauzi, M.Si.", "197001011990031001", "Kepala Dinas", "Pembina Utama Muda"),
    )


def submitted(petugas: Actor, content: ItemContent | None = None, test: UjiContent | None = None) -> int:
    """An item with its consequence test, submitted for approval; returns its id."""
    item = items.create_item(petugas, content or sample_content())
    item = items.record_test(petugas, item.id, item.version, test or sample_test())
    return items.submit(petugas, item.id, item.version).item.id
