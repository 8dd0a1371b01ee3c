"""The exemption categories of UU 14/2008 Pasal 17, huruf a-j, with their angka.

The wording follows the statute; ``label`` is the short name offices use in tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

UU_KIP = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
UU_KIP_SHORT = "UU Nomor 14 Tahun 2008"


@dataclass(frozen=True)
class Category:
    huruf: str
    label: str
    text: str
    angka: dict[int, str] = field(default_factory=dict)

    @property
    def has_angka(self) -> bool:
        return bool(self.angka)


_CATEGORIES = (
    Category(
        "a",
        "Menghambat proses penegakan hukum",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat menghambat proses penegakan hukum",
        {
            1: "menghambat proses penyelidikan dan penyidikan suatu tindak pidana",
            2: "mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang mengetahui adanya tindak pidana",
            3: "mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan "
            "dengan pencegahan dan penanganan segala bentuk kejahatan transnasional",
            4: "membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya",
            5: "membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum",
        },
    ),
    Category(
        "b",
        "Hak atas kekayaan intelektual dan persaingan usaha tidak sehat",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan "
        "perlindungan dari persaingan usaha tidak sehat",
    ),
    Category(
        "c",
        "Pertahanan dan keamanan negara",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat membahayakan pertahanan dan keamanan negara",
        {
            1: "informasi tentang strategi, intelijen, operasi, taktik dan teknik yang berkaitan "
            "dengan penyelenggaraan sistem pertahanan dan keamanan negara, meliputi tahap "
            "perencanaan, pelaksanaan dan pengakhiran atau evaluasi dalam kaitan dengan "
            "ancaman dari dalam dan luar negeri",
            2: "dokumen yang memuat tentang strategi, intelijen, operasi, teknik dan taktik yang "
            "berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara yang "
            "meliputi tahap perencanaan, pelaksanaan dan pengakhiran atau evaluasi",
            3: "jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam "
            "penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya",
            4: "gambar dan data tentang situasi dan keadaan pangkalan dan/atau instalasi militer",
            5: "data perkiraan kemampuan militer dan pertahanan negara lain terbatas pada segala "
            "tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan "
            "Negara Kesatuan Republik Indonesia dan/atau data terkait kerjasama militer dengan "
            "negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat "
            "rahasia",
            6: "sistem persandian negara",
            7: "sistem intelijen negara",
        },
    ),
    Category(
        "d",
        "Kekayaan alam Indonesia",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat mengungkapkan kekayaan alam Indonesia",
    ),
    Category(
        "e",
        "Ketahanan ekonomi nasional",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat merugikan ketahanan ekonomi nasional",
        {
            1: "rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara",
            2: "rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan",
            3: "rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, "
            "tarif, atau pendapatan negara/daerah lainnya",
            4: "rencana awal penjualan atau pembelian tanah atau properti",
            5: "rencana awal investasi asing",
            6: "proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lainnya",
            7: "hal-hal yang berkaitan dengan proses pencetakan uang",
        },
    ),
    Category(
        "f",
        "Hubungan luar negeri",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat merugikan kepentingan hubungan luar negeri",
        {
            1: "posisi, daya tawar dan strategi yang akan dan telah diambil oleh negara dalam "
            "hubungannya dengan negosiasi internasional",
            2: "korespondensi diplomatik antarnegara",
            3: "sistem komunikasi dan persandian yang dipergunakan dalam menjalankan hubungan internasional",
            4: "perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri",
        },
    ),
    Category(
        "g",
        "Akta otentik pribadi dan wasiat",
        "Informasi Publik yang apabila dibuka dapat mengungkapkan isi akta otentik yang "
        "bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang",
    ),
    Category(
        "h",
        "Rahasia pribadi",
        "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik "
        "dapat mengungkap rahasia pribadi",
        {
            1: "riwayat dan kondisi anggota keluarga",
            2: "riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang",
            3: "kondisi keuangan, aset, pendapatan, dan rekening bank seseorang",
            4: "hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan "
            "rekomendasi kemampuan seseorang",
            5: "catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan satuan "
            "pendidikan formal dan satuan pendidikan nonformal",
        },
    ),
    Category(
        "i",
        "Memorandum atau surat antar/intra Badan Publik",
        "Memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut "
        "sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan",
    ),
    Category(
        "j",
        "Dilarang diungkapkan berdasarkan Undang-Undang",
        "Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang",
    ),
)

CATEGORIES: dict[str, Category] = {c.huruf: c for c in _CATEGORIES}
HURUF = tuple(CATEGORIES)

#: Pasal 20 ayat 1: exemptions under these huruf are not permanent.
NOT_PERMANENT = frozenset("abcdef")
#: PP 61/2010: at most 30 years for huruf a.
MAX_YEARS_HURUF_A = 30


def ground_error(huruf: str, angka: int | None) -> str | None:
    """Why (huruf, angka) cannot be a Pasal 17 ground, or None when it can be.

    Missing angka for a huruf with sub-points is not an error here (it is a finding before
    submission); a huruf outside a-j or an angka that does not exist is.
    """
    category = CATEGORIES.get(huruf)
    if category is None:
        return "Pasal 17 tidak memiliki huruf {h}; pilih huruf a sampai j.".format(h=huruf)
    if angka is None:
        return None
    if not category.has_angka:
        return "Pasal 17 huruf {h} tidak memiliki angka; hapus angka {a}.".format(h=huruf, a=angka)
    if angka not in category.angka:
        return "Pasal 17 huruf {h} hanya memiliki angka 1 sampai {n}, bukan angka {a}.".format(
            h=huruf, n=max(category.angka), a=angka
        )
    return None
