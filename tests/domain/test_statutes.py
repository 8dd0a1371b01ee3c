"""The kind of instrument a text cites, and whether it is an Undang-Undang (Pasal 17 huruf j)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dikecualikan_gui.domain.statutes import StatuteKind, is_undang_undang, is_uu_kip, statute_kind

K = StatuteKind

# (text, kind, is_undang_undang)
KINDS = [
    # Undang-Undang, in the ways tables write it
    ("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan Pasal 44", K.UNDANG_UNDANG, True),
    ("UU 27/2022", K.UNDANG_UNDANG, True),
    ("UU No. 43 Tahun 2009", K.UNDANG_UNDANG, True),
    ("UU Nomor 43 Tahun 2009", K.UNDANG_UNDANG, True),
    ("UU No.36/2009 tentang Kesehatan", K.UNDANG_UNDANG, True),
    ("Undang Undang Nomor 25 Tahun 2009", K.UNDANG_UNDANG, True),
    ("Undang- Undang Nomor 43 Tahun 2009", K.UNDANG_UNDANG, True),
    ("Undang-undang Republik Indonesia Nomor 43 Tahun 2009", K.UNDANG_UNDANG, True),
    ("UU RI No. 27 Tahun 2022 tentang Pelindungan Data Pribadi", K.UNDANG_UNDANG, True),
    ("Pasal 44 ayat (1) huruf h Undang-undang Nomor 43 Tahun 2009 tentang Kearsipan", K.UNDANG_UNDANG, True),
    (
        ("Pasal 16 ayat 1 butir b, Undang-Undang Nomor 11 tahun 2008 tentang Informasi dan Transaksi Elektronik"),
        K.UNDANG_UNDANG,
        True,
    ),
    ("UU 11/2008 sebagaimana telah diubah dengan UU 19/2016", K.UNDANG_UNDANG, True),
    ("UU ITE", K.UNDANG_UNDANG, True),
    ("UU-ITE", K.UNDANG_UNDANG, True),
    ("Undang-Undang Nomor 27 Tahun 2022 (UU PDP)", K.UNDANG_UNDANG, True),
    ("uu kearsipan", K.UNDANG_UNDANG, True),
    ("Kitab Undang-Undang Hukum Pidana Pasal 322", K.UNDANG_UNDANG, True),
    ("KUHP Pasal 322", K.UNDANG_UNDANG, True),
    ("KUHPerdata Pasal 1909", K.UNDANG_UNDANG, True),
    # Perppu
    ("Perppu Nomor 1 Tahun 2020", K.PERPPU, True),
    ("Perpu 1/2020", K.PERPPU, True),
    ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020", K.PERPPU, True),
    # UU 14/2008 itself, and "undang-undang" that names no law
    ("UU 14/2008", K.UNDANG_UNDANG, False),
    ("UU KIP", K.UNDANG_UNDANG, False),
    ("UU No. 14 Tahun 2008", K.UNDANG_UNDANG, False),
    ("Undang-Undang 14 Tahun 2008 tentang Keterbukaan Informasi Publik", K.UNDANG_UNDANG, False),
    ("Pasal 17 huruf j UU Nomor 14 Tahun 2008", K.UNDANG_UNDANG, False),
    ("berdasarkan undang-undang", K.UNDANG_UNDANG, False),
    ("Undang-Undang yang berlaku", K.UNDANG_UNDANG, False),
    ("UU terkait", K.UNDANG_UNDANG, False),
    ("UUD 1945 Pasal 28F", K.UUD, False),
    ("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", K.UUD, False),
    # Peraturan Pemerintah
    ("PP 61/2010", K.PERATURAN_PEMERINTAH, False),
    ("PP No. 61 Tahun 2010", K.PERATURAN_PEMERINTAH, False),
    ("Peraturan Pemerintah Nomor 60 Tahun 2008", K.PERATURAN_PEMERINTAH, False),
    (
        "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
        K.PERATURAN_PEMERINTAH,
        False,
    ),
    (
        "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009",
        K.PERATURAN_PEMERINTAH,
        False,
    ),  # the UU is only in the title
    # Perpres
    ("Perpres No. 16 Tahun 2018 Pasal 26 ayat (5)", K.PERPRES, False),
    ("Pasal 26 ayat (3) Perpres 16/2018", K.PERPRES, False),
    ("Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa", K.PERPRES, False),
    ("Perpres 54/2010 sebagaimana terakhir diubah dengan Perpres 4/2015", K.PERPRES, False),
    ("Perpres 54/2010 jo. Perpres 4/2015", K.PERPRES, False),
    # Peraturan Menteri
    ("Permendagri 3/2017", K.PERATURAN_MENTERI, False),
    ("Permendagri Nomor 3 Tahun 2017", K.PERATURAN_MENTERI, False),
    ("Permenkominfo 5/2020", K.PERATURAN_MENTERI, False),
    ("Permenkeu 1/2020", K.PERATURAN_MENTERI, False),
    ("Permenkes 269/2008", K.PERATURAN_MENTERI, False),
    ("Permenristekdikti 75/2016", K.PERATURAN_MENTERI, False),
    ("Peraturan Menteri Keuangan Nomor 190/PMK.05/2012", K.PERATURAN_MENTERI, False),
    ("PMK 190/PMK.05/2012", K.PERATURAN_MENTERI, False),
    ("Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017", K.PERATURAN_MENTERI, False),
    ("Peraturan Bersama Menteri Dalam Negeri dan Menteri Keuangan", K.PERATURAN_MENTERI, False),
    # Peraturan Komisi Informasi
    ("Peraturan Komisi Informasi Nomor 1 Tahun 2017", K.PERKI, False),
    ("Peraturan Komisi Informasi (Perki) Nomor 1 Tahun 2017", K.PERKI, False),
    ("Perki 1/2021", K.PERKI, False),
    ("Peraturan KI No. 1 Tahun 2021", K.PERKI, False),
    # regional
    ("Perda 1/2020", K.PERDA, False),
    ("Peraturan Daerah Kabupaten Banyumas Nomor 1 Tahun 2020", K.PERDA, False),
    ("Qanun Aceh Nomor 1 Tahun 2020", K.PERDA, False),
    ("Pergub 5/2019", K.PERGUB, False),
    ("Peraturan Gubernur Jawa Tengah Nomor 5 Tahun 2019", K.PERGUB, False),
    ("Perbup 7/2021", K.PERBUP, False),
    ("Peraturan Bupati Karanganyar Nomor 7 Tahun 2021", K.PERBUP, False),
    ("Perwal 2/2022", K.PERWAL, False),
    ("Perwali 2/2022", K.PERWAL, False),
    ("Peraturan Wali Kota Semarang Nomor 2 Tahun 2022", K.PERWAL, False),
    ("Peraturan Walikota Semarang Nomor 2 Tahun 2022", K.PERWAL, False),
    # Keputusan / SK
    ("Keputusan Sekjen Kementerian Perhubungan Nomor 12 Tahun 2020", K.KEPUTUSAN, False),
    ("Keputusan Sekretaris Jenderal Nomor 12 Tahun 2020", K.KEPUTUSAN, False),
    ("Surat Keputusan Kepala Dinas Nomor 5 Tahun 2020", K.KEPUTUSAN, False),
    ("SK Direktur Nomor 5/SK/III/2020", K.KEPUTUSAN, False),
    ("SK Rektor", K.KEPUTUSAN, False),
    ("Kepmenkes 1/2019", K.KEPUTUSAN, False),
    ("Keputusan Presiden Nomor 103 Tahun 2001", K.KEPUTUSAN, False),
    # other
    ("Surat Edaran Menteri PANRB Nomor 2 Tahun 2021", K.LAINNYA, False),
    ("Instruksi Presiden Nomor 9 Tahun 2015", K.LAINNYA, False),
    ("Peraturan Kepala Arsip Nasional Nomor 17 Tahun 2011", K.LAINNYA, False),
    ("Peraturan Mahkamah Agung Nomor 1 Tahun 2011", K.LAINNYA, False),
    ("Kode Etik Jurnalistik", K.LAINNYA, False),
    ("", K.LAINNYA, False),
]


@pytest.mark.parametrize(("text", "kind", "undang_undang"), KINDS)
def test_statute_kind(text: str, kind: StatuteKind, undang_undang: bool) -> None:
    assert statute_kind(text) is kind
    assert is_undang_undang(text) is undang_undang


@pytest.mark.parametrize(
    ("text", "undang_undang"),
    [
        # huruf j needs another Undang-Undang: one among several instruments is enough ...
        ("Perpres 54/2010 jo. UU 43/2009", True),
        ("Pasal 17 huruf j UU 14/2008 jo. UU 43/2009", True),
        ("PP 61/2010; UU 43/2009", True),
        # ... but a UU in the title of a PP, Perpres or Permen is not one
        ("PP 61/2010 tentang Pelaksanaan UU 43/2009", False),
        ("Permendagri 3/2017 tentang Pedoman Pelaksanaan Undang-Undang Nomor 14 Tahun 2008", False),
        ("Pasal 17 huruf j UU 14/2008 jo. Keputusan Sekretaris Jenderal Nomor 12 Tahun 2020", False),
        ("Pasal 17 huruf j UU 14/2008 jo. Perpres 54/2010 Pasal 6", False),
    ],
)
def test_is_undang_undang_with_several_instruments(text: str, undang_undang: bool) -> None:
    assert is_undang_undang(text) is undang_undang


@pytest.mark.parametrize(
    ("text", "kip"),
    [
        ("UU 14/2008", True),
        ("UU KIP", True),
        ("Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", True),
        ("Pasal 17 huruf h UU No. 14 Tahun 2008", True),
        ("UU 43/2009", False),
        ("PP 61/2010 tentang Pelaksanaan UU 14/2008", False),
        ("", False),
    ],
)
def test_is_uu_kip(text: str, kip: bool) -> None:
    assert is_uu_kip(text) is kip


def test_kinds_have_labels() -> None:
    assert StatuteKind.parse("perpres") is StatuteKind.PERPRES
    assert all(kind.label for kind in StatuteKind)


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_any_text_has_a_kind(text: str) -> None:
    assert isinstance(statute_kind(text), StatuteKind)
    assert isinstance(is_undang_undang(text), bool)
