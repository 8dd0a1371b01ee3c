"""The "dasar hukum" text: Pasal 17 grounds of UU 14/2008 and the other statutes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dikecualikan_gui.domain.legal_basis import (
    NOTE_EMPTY,
    NOTE_NO_GROUNDS,
    NOTE_NO_HURUF,
    LegalBasis,
    LegalBasisError,
    format_grounds,
    format_legal_basis,
    parse_legal_basis,
)
from dikecualikan_gui.domain.model import Ground
from dikecualikan_gui.domain.pasal17 import CATEGORIES, HURUF, UU_KIP

FAST = settings(max_examples=250, deadline=None)


def g(spec: str) -> tuple[Ground, ...]:
    """ "h5 b i" -> (Ground("h", 5), Ground("b"), Ground("i"))."""
    return tuple(Ground(s[0], int(s[1:]) if s[1:] else None) for s in spec.split())


# --- the published examples ----------------------------------------------------------------

EXAMPLES = [
    ("Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008 jo. UU 27/2022", "h5", ("UU 27/2022",)),
    ("Psl. 17 hrf c angka 4 UU KIP", "c4", ()),
    ("Pasal 17 huruf b dan i Undang-Undang Nomor 14 Tahun 2008", "b i", ()),
    (
        (
            "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 "
            "huruf j;\n2. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;\n"
            "3. Peraturan Pemerintah Nomor 60 Tahun 2008"
        ),
        "j",
        ("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan", "Peraturan Pemerintah Nomor 60 Tahun 2008"),
    ),
    ("UU 14/2008, PP 60/2008, PP 12/2017", "", ("PP 60/2008", "PP 12/2017")),
    ("Pasal 17 huruf j UU 14/2008 jo. Perpres 54/2010 Pasal 6", "j", ("Perpres 54/2010 Pasal 6",)),
    ("Pasal 17 huruf i dan UU Nomor 43 Tahun 2009", "i", ("UU Nomor 43 Tahun 2009",)),
    (
        "Pasal 17 huruf h UU KIP dan Pasal 57 UU 36/2009 tentang Kesehatan",
        "h",
        ("Pasal 57 UU 36/2009 tentang Kesehatan",),
    ),
    ("Pasal 17 huruf h angka 3 dan 4", "h3 h4", ()),
    ("Pasal 17 huruf a angka 1, huruf h angka 2", "a1 h2", ()),
    ("Pasal 17 huruf h angka 1 s.d. 3", "h1 h2 h3", ()),
    ("Pasal 17 huruf h angka 1 s/d 3", "h1 h2 h3", ()),
    ("Pasal 17 huruf h angka 1 sampai dengan 3", "h1 h2 h3", ()),
    ("Pasal 17 huruf h angka 1-3", "h1 h2 h3", ()),
    ("Pasal 17 huruf h angka 1 \u2013 3", "h1 h2 h3", ()),
    ("Pasal 17 huruf (h) angka (5)", "h5", ()),
    ("Pasal 17 huruf h.5", "h5", ()),
    ("pasal 17 ayat (1) huruf h angka 2", "h2", ()),
    ("Pasal 17 ayat 1 huruf h angka 2", "h2", ()),
    ("Pasal 17 UU 14/2008", "", ()),
    ("Pasal 17", "", ()),
    ("Pasal 17 UU 43/2009", "", ("Pasal 17 UU 43/2009",)),
    ("UU 14/2008 Pasal 17 huruf j", "j", ()),
    ("Pasal 17 huruf h", "h", ()),
    # more of the same kind, as found in published tables
    ("PASAL 17 HURUF H ANGKA 5 UU KIP", "h5", ()),
    ("Pasal 17 huruf a, b, dan c angka 2", "a b c2", ()),
    ("Pasal 17 huruf a angka 1 huruf h angka 2", "a1 h2", ()),
    ("Pasal 17 huruf h angka 2 & 3 UU No.14/2008", "h2 h3", ()),
    ("Pasal 17 huruf h angka 2, angka 3", "h2 h3", ()),
    ("Pasal 17 huruf b dan huruf i", "b i", ()),
    ("Pasal 17 huruf h angka 5; Pasal 17 huruf h angka 5", "h5", ()),
    ("Pasal 17 huruf h dan Pasal 17 huruf i", "h i", ()),
    ("Pasal 17 huruf j UU KIP juncto UU 43/2009", "j", ("UU 43/2009",)),
    ("Pasal 17 huruf j UU KIP jo UU 43/2009", "j", ("UU 43/2009",)),
    ("Pasal 17 huruf j, UU 43/2009 tentang Kearsipan.", "j", ("UU 43/2009 tentang Kearsipan",)),
    ("Pasal 17 huruf j serta Permenkes 269/2008", "j", ("Permenkes 269/2008",)),
    ("Dasar hukum: Pasal 17 huruf h angka 2", "h2", ()),
    ("- Pasal 17 huruf h\n- PP 61/2010", "h", ("PP 61/2010",)),
    ("a. Pasal 17 huruf g\nb. UU 30/2004 tentang Jabatan Notaris", "g", ("UU 30/2004 tentang Jabatan Notaris",)),
    ("Pasal 17 huruf j UU KIP\r\nUU Nomor 43 Tahun 2009 (Pasal 44)", "j", ("UU Nomor 43 Tahun 2009 (Pasal 44)",)),
    (
        (
            "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 "
            "Tahun 2008 tentang Keterbukaan Informasi Publik"
        ),
        "",
        (
            (
                "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 "
                "Tahun 2008 tentang Keterbukaan Informasi Publik"
            ),
        ),
    ),
    ("Pasal 6 ayat (3) UU 14/2008", "", ()),  # an article of UU KIP, not another statute
    ("Pasal 17A UU 12/2011", "", ("Pasal 17A UU 12/2011",)),
    ("Pasal\u00a017 huruf\u00a0h  angka   5", "h5", ()),
    ("UU 43/2009 dan Pasal 17 huruf i", "i", ("UU 43/2009",)),
    (
        "Pasal 17 huruf j Undang-Undang Nomor 14 Tahun 2008 dan Undang-Undang Nomor 43 Tahun 2009",
        "j",
        ("Undang-Undang Nomor 43 Tahun 2009",),
    ),
    (
        "Pasal 17 huruf h UU 14/2008 jo UU 27/2022 tentang Pelindungan Data Pribadi",
        "h",
        ("UU 27/2022 tentang Pelindungan Data Pribadi",),
    ),
]


@pytest.mark.parametrize(("text", "grounds", "uu_lain"), EXAMPLES)
def test_published_examples(text: str, grounds: str, uu_lain: tuple[str, ...]) -> None:
    result = parse_legal_basis(text)
    assert result.grounds == g(grounds)
    assert result.uu_lain == uu_lain


# Rows of a published DIK table (from a Politeknik's PPID website).
PUBLISHED_ROWS = [
    (("Pasal 17 huruf h angka 5 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; "), "h5", ()),
    (
        ("Pasal 17 huruf b dan i Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; dan "),
        "b i",
        (),
    ),
    (("Pasal 17 huruf b Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan "), "b", ()),
    (
        (
            "1. Pasal 17 huruf j Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            "Publik;\n    2. Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa;\n"
            "    3. Pasal 44 ayat (1) huruf h Undang-undang Nomor 43 Tahun 2009 tentang Kearsipan"
        ),
        "j",
        (
            "Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa",
            "Pasal 44 ayat (1) huruf h Undang-undang Nomor 43 Tahun 2009 tentang Kearsipan",
        ),
    ),
    (
        (
            "Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa; sebagaimana "
            "terakhir diubah dengan Peraturan Presiden No. 4 Tahun 2015 "
        ),
        "",
        (
            "Peraturan Presiden Nomor 54 Tahun 2010 tentang Pengadaan Barang/Jasa sebagaimana "
            "terakhir diubah dengan Peraturan Presiden No. 4 Tahun 2015",
        ),  # one, with its amendment
    ),
]


@pytest.mark.parametrize(("text", "grounds", "uu_lain"), PUBLISHED_ROWS)
def test_rows_of_a_published_table(text: str, grounds: str, uu_lain: tuple[str, ...]) -> None:
    result = parse_legal_basis(text)
    assert result.grounds == g(grounds)
    assert result.uu_lain == uu_lain
    assert all(note.startswith(("Tidak ada dasar", "Dasar hukum menyebut")) for note in result.notes)


@pytest.mark.parametrize(
    "statute",
    [
        "UU KIP",
        "UU 14/2008",
        "UU No. 14 Tahun 2008",
        "UU No.14 Th. 2008",
        "UU Nomor 14 Tahun 2008",
        "UU RI Nomor 14 Tahun 2008",
        "Undang-Undang Nomor 14 Tahun 2008",
        ("Undang-undang Republik Indonesia Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"),
        "Undang Undang Nomor 14 Tahun 2008",
        "UU Keterbukaan Informasi Publik",
        "Undang-Undang tentang Keterbukaan Informasi Publik",
    ],
)
def test_names_of_uu_kip(statute: str) -> None:
    for text in ("Pasal 17 huruf h angka 1 " + statute, statute + " Pasal 17 huruf h angka 1"):
        assert parse_legal_basis(text) == LegalBasis(grounds=g("h1"))
    assert parse_legal_basis(statute) == LegalBasis(notes=(NOTE_NO_GROUNDS,))


@pytest.mark.parametrize(
    "statute",
    [
        "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
        "UU 36/2009",
        "UUD 1945 Pasal 28F",
        "Peraturan Pemerintah Nomor 61 Tahun 2010",
        "PP 60/2008",
        "Peraturan Presiden Nomor 16 Tahun 2018",
        "Perpres 54/2010 Pasal 6",
        "Peraturan Menteri Kesehatan Nomor 269 Tahun 2008 tentang Rekam Medis",
        "Permenkes 269/2008",
        "Permendagri Nomor 3 Tahun 2017",
        "Permenristekdikti 75/2016",
        "Peraturan Daerah Kabupaten Banyumas Nomor 1 Tahun 2020",
        "Perda 1/2020",
        "Peraturan Gubernur Jawa Tengah Nomor 5 Tahun 2019",
        "Pergub 5/2019",
        "Peraturan Bupati Karanganyar Nomor 7 Tahun 2021",
        "Perbup 7/2021",
        "Peraturan Wali Kota Semarang Nomor 2 Tahun 2022",
        "Perwal 2/2022",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2017",
        "Perki 1/2021",
        "Keputusan Sekretaris Jenderal Nomor 12 Tahun 2020",
        "Kepmenkes 1/2019",
        "Surat Keputusan Kepala Dinas Nomor 5 Tahun 2020",
        "SK Direktur 12/2021",
        "Surat Edaran Menteri PANRB Nomor 2 Tahun 2021",
        "Instruksi Presiden Nomor 9 Tahun 2015",
        "Inpres 9/2015",
        "Kitab Undang-Undang Hukum Pidana Pasal 322",
        "KUHP Pasal 322",
    ],
)
def test_other_statutes_are_kept_as_written(statute: str) -> None:
    for text in (
        "Pasal 17 huruf j UU 14/2008 jo. " + statute,
        "Pasal 17 huruf j; " + statute + ";",
        "Pasal 17 huruf j dan " + statute,
        "Pasal 17 huruf j, " + statute + ".",
        "1. Pasal 17 huruf j\n2. " + statute,
    ):
        result = parse_legal_basis(text)
        assert result.grounds == g("j"), text
        assert result.uu_lain == (statute,), text


# --- notes -----------------------------------------------------------------------------------


def test_notes() -> None:
    assert parse_legal_basis("Pasal 17 UU 14/2008").notes == (NOTE_NO_HURUF, NOTE_NO_GROUNDS)
    assert parse_legal_basis("Pasal 17").notes == (NOTE_NO_HURUF, NOTE_NO_GROUNDS)
    assert parse_legal_basis("Pasal 17 huruf").notes == (NOTE_NO_HURUF, NOTE_NO_GROUNDS)
    assert parse_legal_basis("UU 14/2008, PP 60/2008, PP 12/2017").notes == (NOTE_NO_GROUNDS,)
    assert parse_legal_basis("Pasal 17 huruf h angka 5 UU KIP").notes == ()
    assert parse_legal_basis("Pasal 17 huruf h").notes == ()  # missing angka: for the validator
    for empty in ("", "  ", "\n"):
        assert parse_legal_basis(empty) == LegalBasis(notes=(NOTE_EMPTY,))


def test_pasal_17_of_another_law_is_noted() -> None:
    result = parse_legal_basis("Pasal 17 UU 43/2009")
    assert result.grounds == ()
    assert result.uu_lain == ("Pasal 17 UU 43/2009",)
    assert any('"Pasal 17 UU 43/2009"' in note and "peraturan lain" in note for note in result.notes)


def test_text_that_is_no_statute_is_noted_not_kept() -> None:
    result = parse_legal_basis("Pasal 17 huruf j UU KIP dan Kode Etik Jurnalistik")
    assert result.grounds == g("j")
    assert result.uu_lain == ()
    assert any('"Kode Etik Jurnalistik"' in note for note in result.notes)
    result = parse_legal_basis("Kode Etik Kedokteran Indonesia")
    assert result.uu_lain == ()
    assert result.notes[0].startswith('Bagian "Kode Etik Kedokteran Indonesia"')


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Pasal 17 huruf k", ["huruf k"]),
        ("Pasal 17 huruf h dan k UU KIP", ["huruf k"]),
        ("Pasal 17 huruf (z)", ["huruf z"]),
        ("Pasal 17 huruf h angka 9", ["huruf h", "angka 9", "1 sampai 5"]),
        ("Pasal 17 huruf h angka 3 dan 6", ["huruf h", "angka 6"]),
        ("Pasal 17 huruf h angka 1 s.d. 9", ["huruf h", "angka 9"]),
        ("Pasal 17 huruf c angka 8", ["huruf c", "angka 8", "1 sampai 7"]),
        ("Pasal 17 huruf a angka 0", ["huruf a", "angka 0"]),
        ("Pasal 17 huruf h.7", ["huruf h", "angka 7"]),
        ("Pasal 17 huruf b angka 2", ["huruf b", "angka 2", "tidak memiliki angka"]),
        ("UU KIP Pasal 17 huruf j angka 1", ["huruf j", "angka 1"]),
    ],
)
def test_grounds_that_cannot_exist_are_errors(text: str, named: list[str]) -> None:
    with pytest.raises(LegalBasisError) as excinfo:
        parse_legal_basis(text)
    for words in named:
        assert words in str(excinfo.value)
    assert isinstance(excinfo.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "Pasal 17 huruf h angka 5 UU No. 14 Tahun 2008 tentang KIP",
        ("Pasal 17 huruf h angka 5 Undang-Undang No 14 Tahun 2008 tentang Keterbukaan Informasi Publik (UU KIP)"),
        "Pasal 17 huruf h angka 5.",
        "Dasar hukum pengecualian: Pasal 17 huruf h angka 5",
        "1) Pasal 17 huruf h angka 5",
    ],
)
def test_usual_decorations_give_no_notes(text: str) -> None:
    assert parse_legal_basis(text) == LegalBasis(grounds=g("h5"))


def test_impossible_pasal_17_of_another_law_is_not_an_error() -> None:
    result = parse_legal_basis("Pasal 17 huruf k UU 43/2009")
    assert result.grounds == ()
    assert result.uu_lain == ("Pasal 17 huruf k UU 43/2009",)


# --- formatting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grounds", "expected"),
    [
        ("", ""),
        ("h5", "Pasal 17 huruf h angka 5"),
        ("h", "Pasal 17 huruf h"),
        ("b i", "Pasal 17 huruf b dan i"),
        ("b d i", "Pasal 17 huruf b, d dan i"),
        ("h3 h4", "Pasal 17 huruf h angka 3 dan 4"),
        ("h1 h2 h3", "Pasal 17 huruf h angka 1, 2 dan 3"),
        ("a1 h2", "Pasal 17 huruf a angka 1 dan huruf h angka 2"),
        ("b h2 i", "Pasal 17 huruf b, huruf h angka 2 dan huruf i"),
        ("h3 a1 h4", "Pasal 17 huruf h angka 3, huruf a angka 1 dan huruf h angka 4"),
    ],
)
def test_format_grounds(grounds: str, expected: str) -> None:
    assert format_grounds(g(grounds)) == expected


def test_format_legal_basis() -> None:
    assert format_legal_basis(g("h5"), ()) == "Pasal 17 huruf h angka 5 " + UU_KIP
    assert format_legal_basis(g("h5"), ()) == (
        "Pasal 17 huruf h angka 5 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
    )
    assert format_legal_basis(g("j"), ("UU 43/2009", "  PP 61/2010\n")) == (
        "Pasal 17 huruf j " + UU_KIP + "\nUU 43/2009\nPP 61/2010"
    )
    assert format_legal_basis((), ("UU 43/2009", "")) == "UU 43/2009"
    assert format_legal_basis((), ()) == ""


# --- properties ------------------------------------------------------------------------------

ALL_GROUNDS = [Ground(h) for h in HURUF] + [Ground(h, a) for h in HURUF for a in CATEGORIES[h].angka]
ground_lists = st.lists(st.sampled_from(ALL_GROUNDS), unique=True, max_size=8).map(tuple)

STATUTE_FORMS = [
    "UU Nomor {n} Tahun {y}",
    "Undang-Undang Nomor {n} Tahun {y}",
    "UU {n}/{y}",
    "Peraturan Pemerintah Nomor {n} Tahun {y}",
    "PP {n}/{y}",
    "Perpres {n}/{y}",
    "Peraturan Presiden Nomor {n} Tahun {y}",
    "Permenkes {n}/{y}",
    "Peraturan Menteri Dalam Negeri Nomor {n} Tahun {y}",
    "Perda Kabupaten Banyumas Nomor {n} Tahun {y}",
    "Pergub {n}/{y}",
    "Perbup {n}/{y}",
    "Perwal {n}/{y}",
    "Perki {n}/{y}",
    "Keputusan Sekretaris Jenderal Nomor {n} Tahun {y}",
    "Surat Edaran Menteri PANRB Nomor {n} Tahun {y}",
    "Instruksi Presiden Nomor {n} Tahun {y}",
]
TITLES = [
    "",
    " tentang Kearsipan",
    " tentang Kesehatan",
    " tentang Pengadaan Barang/Jasa Pemerintah",
    " tentang Informasi dan Transaksi Elektronik",
    " tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    (" tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik"),
]


AMENDED = [
    " sebagaimana telah diubah dengan ",
    " sebagaimana terakhir diubah dengan ",
    " sebagaimana telah beberapa kali diubah terakhir dengan ",
    " yang diubah dengan ",
]


def _instrument(draw: st.DrawFn, form: str) -> str:
    n, y = draw(st.integers(1, 300)), draw(st.integers(1945, 2030))
    if (n, y) == (14, 2008) and form.startswith("U"):
        n = 15  # not UU KIP itself
    return form.format(n=n, y=y) + draw(st.sampled_from(TITLES))


@st.composite
def statutes(draw: st.DrawFn) -> str:
    """One statute as parse_legal_basis keeps it: with a pasal, an amendment, or both."""
    form = draw(st.sampled_from(STATUTE_FORMS))
    text = _instrument(draw, form)
    amendment = draw(st.sampled_from([None, "jo.", "juncto", *AMENDED]))
    if amendment in ("jo.", "juncto"):  # "jo." joins instruments of one kind
        text = f"{text} {amendment} {_instrument(draw, form)}"
    elif amendment is not None:
        text = text + amendment + _instrument(draw, draw(st.sampled_from(STATUTE_FORMS)))
    pasal = draw(st.one_of(st.none(), st.integers(1, 200)))
    where = draw(st.sampled_from(["after", "before", "before, comma"]))
    if pasal is not None:
        if where == "after":
            text = f"{text} Pasal {pasal}"
        elif where == "before" or pasal == 17:  # "Pasal 17, ..." is UU 14/2008's
            text = f"Pasal {pasal} {text}"
        else:
            text = f"Pasal {pasal} ayat (1) huruf b, {text}"
    return text


@given(ground_lists, st.lists(statutes(), unique=True, max_size=4).map(tuple))
@settings(max_examples=300, deadline=None)
def test_format_legal_basis_reads_back(grounds: tuple[Ground, ...], uu_lain: tuple[str, ...]) -> None:
    """The contract: the same grounds in the same order (any order), the same statutes."""
    result = parse_legal_basis(format_legal_basis(grounds, uu_lain))
    assert result.grounds == grounds
    assert result.uu_lain == uu_lain


@given(ground_lists.filter(bool))
@FAST
def test_format_grounds_reads_back(grounds: tuple[Ground, ...]) -> None:
    result = parse_legal_basis(format_grounds(grounds))
    assert result.grounds == grounds
    assert result.uu_lain == ()
    assert result.notes == ()


@given(ground_lists)
@FAST
def test_grounds_have_no_duplicates_and_keep_first_order(grounds: tuple[Ground, ...]) -> None:
    text = "; ".join(format_grounds((x,)) for x in grounds + grounds)
    assert parse_legal_basis(text).grounds == grounds


@given(st.text(max_size=120))
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_raises_only_value_errors(text: str) -> None:
    try:
        result = parse_legal_basis(text)
    except ValueError:
        return
    assert all(x.huruf in HURUF for x in result.grounds)


LEGALISH = [
    "Pasal",
    "Psl.",
    "17",
    "17A",
    "huruf",
    "hrf",
    "h",
    "k",
    "(h)",
    "h.5",
    "angka",
    "(5)",
    "5",
    "9",
    "0",
    "ayat",
    "(1)",
    "dan",
    "serta",
    ",",
    ";",
    "s.d.",
    "-",
    "sampai",
    "UU",
    "14/2008",
    "No.",
    "14",
    "Tahun",
    "2008",
    "KIP",
    "jo.",
    "tentang",
    "Kearsipan",
    "PP",
    "Peraturan",
    "\n",
    "(",
    ")",
    "1.",
    "a.",
    "Undang-Undang",
    "Perpres",
    "Keputusan",
    "Keterbukaan",
    "Informasi",
    "Publik",
]


@given(st.lists(st.sampled_from(LEGALISH), max_size=25).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_legal_looking_noise_raises_only_value_errors(text: str) -> None:
    try:
        result = parse_legal_basis(text)
    except ValueError:
        return
    for x in result.grounds:
        assert x.huruf in HURUF
        assert x.angka is None or x.angka in CATEGORIES[x.huruf].angka
