"""The "dasar hukum" as real published DIK tables and lembar uji write it (issue 9, point 6).

Each row: the text, the Pasal 17 grounds expected ("h5 b i" = huruf h angka 5, huruf b, huruf i),
the other statutes expected (``uu_lain``, as written), and a word every note must contain, if any.
Texts marked "verbatim" are copied from a published table or keputusan; the others follow the
phrasings of published tables named in the issue (Politeknik PPID, Pemkab Banyumas, Karanganyar,
PKTJ Tegal) with placeholder numbers where the number was not recorded.
"""

from __future__ import annotations

import pytest

from dikecualikan_gui.domain.legal_basis import (
    NOTE_BARE_PASAL,
    NOTE_KIP_ARTICLE,
    NOTE_NO_GROUNDS,
    NOTE_NO_HURUF,
    LegalBasis,
    parse_legal_basis,
)
from dikecualikan_gui.domain.model import Ground

UU_ITE_16 = "Pasal 16 ayat 1 butir b, Undang-Undang Nomor 11 tahun 2008 tentang Informasi dan Transaksi Elektronik"
PERPRES_54 = "Perpres 54/2010 sebagaimana terakhir diubah dengan Perpres 4/2015"
UU_KIP_LONG = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"


def g(spec: str) -> tuple[Ground, ...]:
    return tuple(Ground(s[0], int(s[1:]) if s[1:] else None) for s in spec.split())


REAL = [
    # --- an article of another UU, written "Pasal ..., Undang-Undang ..." (one basis) ---------
    (UU_ITE_16, "", (UU_ITE_16,)),
    ("Pasal 17 huruf j UU 14/2008; " + UU_ITE_16, "j", (UU_ITE_16,)),
    ("Pasal 17 huruf j UU 14/2008 jo. " + UU_ITE_16, "j", (UU_ITE_16,)),
    ("1. Pasal 17 huruf h angka 5 UU KIP\n2. " + UU_ITE_16, "h5", (UU_ITE_16,)),
    # --- an instrument with its amendment (one instrument) -----------------------------------
    (PERPRES_54, "", (PERPRES_54,)),
    (
        "Perpres 54/2010 sebagaimana telah diubah dengan Perpres 4/2015",
        "",
        ("Perpres 54/2010 sebagaimana telah diubah dengan Perpres 4/2015",),
    ),
    ("Perpres 54/2010 jo. Perpres 4/2015", "", ("Perpres 54/2010 jo. Perpres 4/2015",)),
    ("Perpres 54/2010 juncto Perpres 4/2015", "", ("Perpres 54/2010 juncto Perpres 4/2015",)),
    (
        "Perpres 54/2010, sebagaimana telah diubah dengan Perpres 4/2015",
        "",
        ("Perpres 54/2010, sebagaimana telah diubah dengan Perpres 4/2015",),
    ),
    ("Pasal 17 huruf j UU 14/2008 jo. " + PERPRES_54, "j", (PERPRES_54,)),  # HPS pengadaan
    (
        "Pasal 17 huruf j UU 14/2008;\njo. Perpres 54/2010\njo. Perpres 4/2015",
        "j",
        ("Perpres 54/2010 jo. Perpres 4/2015",),
    ),
    # Politeknik PPID, HPS row (verbatim): the amendment after a ";"
    (
        (
            "Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa; sebagaimana terakhir "
            "diubah dengan Peraturan Presiden No. 4 Tahun 2015 "
        ),
        "",
        (
            "Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa sebagaimana terakhir "
            "diubah dengan Peraturan Presiden No. 4 Tahun 2015",
        ),
    ),
    # Mengingat of a Bupati Pemalang keputusan (verbatim)
    (
        (
            "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah sebagaimana telah diubah "
            "beberapa kali terakhir dengan Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua Atas "
            "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah"
        ),
        "",
        (
            (
                "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah sebagaimana telah diubah "
                "beberapa kali terakhir dengan Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua "
                "Atas Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah"
            ),
        ),
    ),
    # Mengingat of a Perka ANRI (verbatim): a Keppres amended by a Perpres
    (
        (
            "Keputusan Presiden Nomor 103 Tahun 2001 tentang Kedudukan, Tugas, Fungsi, Kewenangan, "
            "Susunan Organisasi, dan Tata Kerja Lembaga Pemerintah Non Departemen sebagaimana telah enam "
            "kali diubah terakhir dengan Peraturan Presiden Nomor 64 Tahun 2005"
        ),
        "",
        (
            (
                "Keputusan Presiden Nomor 103 Tahun 2001 tentang Kedudukan, Tugas, Fungsi, Kewenangan, "
                "Susunan Organisasi, dan Tata Kerja Lembaga Pemerintah Non Departemen sebagaimana telah enam "
                "kali diubah terakhir dengan Peraturan Presiden Nomor 64 Tahun 2005"
            ),
        ),
    ),
    (
        "UU 11/2008 sebagaimana telah diubah dengan UU 19/2016",
        "",
        ("UU 11/2008 sebagaimana telah diubah dengan UU 19/2016",),
    ),
    # "jo." between instruments of different kinds keeps both
    ("Pasal 17 huruf j UU 14/2008 jo. UU 43/2009 jo. PP 28/2012", "j", ("UU 43/2009", "PP 28/2012")),
    # --- huruf and angka ------------------------------------------------------------------------
    ("Pasal 17 huruf h (5)", "h5", ()),
    ("Pasal 17 huruf h (5) UU 14/2008", "h5", ()),
    ("Pasal 17 huruf h(3) dan (4)", "h3 h4", ()),
    ("Pasal 17 huruf h angka 5", "h5", ()),
    ("Pasal 17 huruf h.5", "h5", ()),
    ("Pasal 17 h.5 UU KIP", "h5", ()),
    ("Pasal 17 (h) UU KIP", "h", ()),
    ("Pasal 17 h dan i", "h i", ()),
    # Politeknik PPID, "Biodata mahasiswa" (verbatim)
    ("Pasal 17 huruf h angka 5 " + UU_KIP_LONG + "; ", "h5", ()),
    # the forms that passed before, unchanged
    ("Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008 jo. UU 27/2022", "h5", ("UU 27/2022",)),
    ("Psl. 17 hrf c angka 4 UU KIP", "c4", ()),
    ("Pasal 17 huruf b dan i Undang-Undang Nomor 14 Tahun 2008", "b i", ()),
    (
        (
            "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf j;\n"
            "2. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;\n3. Peraturan Pemerintah Nomor 60 "
            "Tahun 2008"
        ),
        "j",
        ("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan", "Peraturan Pemerintah Nomor 60 Tahun 2008"),
    ),
    # --- the offices named in the issue ----------------------------------------------------------
    # Pemkab Banyumas, LHP (verbatim): UU KIP without a Pasal 17 ground, and two PP
    (
        (
            "a.     Undang-Undang 14 Tahun 2008 tentang Keterbukaan Informasi Publik;\n\nb.     Peraturan "
            "Pemerintah No 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah;\n\nc.     Peraturan "
            "Pemerintah No 12 Tahun 2017 tentang Pembinaan dan Pengawasan Pemerintahan Daerah."
        ),
        "",
        (
            "Peraturan Pemerintah No 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah",
            "Peraturan Pemerintah No 12 Tahun 2017 tentang Pembinaan dan Pengawasan Pemerintahan Daerah",
        ),
    ),
    ("UU 14/2008, PP 60/2008, PP 12/2017", "", ("PP 60/2008", "PP 12/2017")),
    # Karanganyar, arsip dinamis rahasia: huruf i with the UU on archives
    (
        "Pasal 17 huruf i " + UU_KIP_LONG + " jo. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
        "i",
        ("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",),
    ),
    (
        "Pasal 17 huruf i UU KIP dan Pasal 44 ayat (1) UU 43/2009 tentang Kearsipan",
        "i",
        ("Pasal 44 ayat (1) UU 43/2009 tentang Kearsipan",),
    ),
    # PKTJ Tegal: huruf j with a Keputusan Sekjen; huruf h angka 4
    (
        "Pasal 17 huruf j UU Nomor 14 Tahun 2008 jo. Keputusan Sekretaris Jenderal Kementerian "
        "Perhubungan Nomor 12 Tahun 2020",
        "j",
        ("Keputusan Sekretaris Jenderal Kementerian Perhubungan Nomor 12 Tahun 2020",),
    ),
    ("Pasal 17 huruf h angka 4 UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "h4", ()),
    # A Kabupaten Cilacap lembar uji (verbatim): the law quoted after "yang berbunyi"
    (
        (
            "UU Nomor 14 Tahun 2008 tentang KIP pasal 17 huruf i yang berbunyi : memorandum atau "
            "surat-surat antar badan publik atau intra badan publik, yang menurut sifatnya dirahasiakan "
            "kecuali atas putusan Komisi Informasi atau pengadilan;\nUU Nomor 23 Tahun 2014 Tentang "
            "Pemerintahan Daerah pasal 22 ayat 5 yang berbunyi :\nLaporan pelaksanaan anggaran Tugas "
            "Pembantuan disampaikan oleh kepala daerah penerima Tugas Pembantuan kepada DPRD bersamaan "
            "dengan penyampaian laporan keuangan Pemerintah Daerah dalam dokumen yang terpisah."
        ),
        "i",
        ("UU Nomor 23 Tahun 2014 Tentang Pemerintahan Daerah pasal 22 ayat 5",),
    ),
    (
        (
            "UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik pasal 17 huruf h yang berbunyi : "
            "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat "
            "mengungkap rahasia pribadi, yaitu:\n1. riwayat dan kondisi anggota keluarga; 2. riwayat, "
            "kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang; 3. kondisi keuangan, "
            "sset, pendapatan, dan rekening bank seseorang;\n4. hasil-hasil evaluasi sehubungan dengan "
            "kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang; dan/ atau 5. catatan yang "
            "menyangkut pribad"
        ),
        "h",
        (),
    ),
    # --- pasal joined to one instrument ---------------------------------------------------------
    ("Pasal 55 jo. Pasal 56 KUHP", "", ("Pasal 55 jo. Pasal 56 KUHP",)),
    ("UU 43/2009 Pasal 44 dan Pasal 45", "", ("UU 43/2009 Pasal 44 dan Pasal 45",)),
    ("Pasal 44 dan Pasal 45 UU 43/2009", "", ("Pasal 44 dan Pasal 45 UU 43/2009",)),
    ("Pasal 17 huruf j UU KIP, Pasal 44 UU 43/2009", "j", ("Pasal 44 UU 43/2009",)),
    ("Perpres No. 16 Tahun 2018 Pasal 26 ayat (5)", "", ("Perpres No. 16 Tahun 2018 Pasal 26 ayat (5)",)),
    (
        "Peraturan Komisi Informasi (Perki) Nomor 1 Tahun 2017",
        "",
        ("Peraturan Komisi Informasi (Perki) Nomor 1 Tahun 2017",),
    ),
    (
        "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020",
        "",
        ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020",),
    ),
    (
        "Peraturan Menteri Keuangan Nomor 190/PMK.05/2012 tentang Tata Cara Pembayaran",
        "",
        ("Peraturan Menteri Keuangan Nomor 190/PMK.05/2012 tentang Tata Cara Pembayaran",),
    ),
]


@pytest.mark.parametrize(("text", "grounds", "uu_lain"), REAL)
def test_real_phrasings(text: str, grounds: str, uu_lain: tuple[str, ...]) -> None:
    result = parse_legal_basis(text)
    assert result.grounds == g(grounds)
    assert result.uu_lain == uu_lain
    # nothing left unread: at most the findings about grounds
    assert set(result.notes) <= {NOTE_NO_GROUNDS}, result.notes


# --- articles of UU 14/2008 other than Pasal 17 ---------------------------------------------------

KIP_ARTICLES = [
    ("Pasal 18 UU 14/2008", "", "Pasal 18"),
    ("Pasal 6 ayat (3) UU 14/2008", "", "Pasal 6 ayat (3)"),
    ("Pasal 2 ayat (4) UU KIP", "", "Pasal 2 ayat (4)"),
    (UU_KIP_LONG + " Pasal 19", "", "Pasal 19"),
    ("Pasal 17 huruf h dan Pasal 18 ayat (2) UU 14/2008", "h", "Pasal 18 ayat (2)"),
    ("UU 14/2008 Pasal 17 huruf h dan Pasal 18", "h", "Pasal 18"),
    ("Pasal 17 huruf h angka 5 jo. Pasal 18 ayat (2) huruf a UU KIP", "h5", "Pasal 18 ayat (2) huruf a"),
]


@pytest.mark.parametrize(("text", "grounds", "article"), KIP_ARTICLES)
def test_other_articles_of_uu_kip_are_noted_not_kept(text: str, grounds: str, article: str) -> None:
    result = parse_legal_basis(text)
    assert result.grounds == g(grounds)
    assert result.uu_lain == ()  # not "another statute"
    assert NOTE_KIP_ARTICLE.format(t=article) in result.notes
    assert any("bukan dasar pengecualian Pasal 17" in note for note in result.notes)
    assert (NOTE_NO_GROUNDS in result.notes) == (not grounds)


def test_a_pasal_without_its_law_is_read_as_uu_kip() -> None:
    result = parse_legal_basis("Pasal 18")
    assert result == LegalBasis(notes=(NOTE_BARE_PASAL.format(t="Pasal 18"), NOTE_NO_GROUNDS))
    assert "bukan dasar pengecualian Pasal 17" in result.notes[0]


@pytest.mark.parametrize(
    "text", ["Pasal 17", "Pasal 17 UU 14/2008", "Pasal 17 Undang-Undang Nomor 14 Tahun 2008", "UU KIP Pasal 17"]
)
def test_bare_pasal_17_gives_no_grounds_and_says_so(text: str) -> None:
    """The importer keeps the text in dasar_hukum_asli; the parser invents nothing."""
    assert parse_legal_basis(text) == LegalBasis(notes=(NOTE_NO_HURUF, NOTE_NO_GROUNDS))


def test_pasal_17_of_another_law_by_comma_stays_with_uu_kip() -> None:
    # "Pasal 17" before a comma is UU 14/2008's; only other pasal join the instrument after a comma
    result = parse_legal_basis("Pasal 17 huruf j, UU 43/2009 tentang Kearsipan")
    assert result.grounds == g("j")
    assert result.uu_lain == ("UU 43/2009 tentang Kearsipan",)


def test_a_quotation_is_not_read() -> None:
    result = parse_legal_basis(
        "Pasal 17 huruf h UU KIP yang berbunyi: rahasia pribadi, yaitu:\n1. riwayat dan kondisi "
        "anggota keluarga;\n2. kondisi menurut Peraturan Menteri;\nPP 61/2010"
    )
    assert result.grounds == g("h")
    assert result.uu_lain == ("PP 61/2010",)  # the quotation ends at a line that starts with one
    assert result.notes == ()


def test_the_amendment_reads_back() -> None:
    from dikecualikan_gui.domain.legal_basis import format_legal_basis

    text = format_legal_basis(g("j"), (PERPRES_54, UU_ITE_16))
    assert parse_legal_basis(text) == LegalBasis(grounds=g("j"), uu_lain=(PERPRES_54, UU_ITE_16))
