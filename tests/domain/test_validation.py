"""The rules of domain.md section 8, one by one, on the pure functions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.model import (
    Ground,
    ItemContent,
    JangkaWaktuKind,
    Kesimpulan,
    Participant,
    ReleaseCondition,
)
from dikecualikan_gui.domain.numbering import render_penetapan_number

from factories import sample_content, sample_test


def _fields(findings: list[validation.Finding], level: validation.Level) -> list[str]:
    return sorted(f.field for f in findings if f.level is level)


def test_a_complete_item_has_no_findings() -> None:
    assert validation.submission_findings(sample_content(), sample_test()) == []


def test_judul_is_required() -> None:
    assert _fields(validation.item_problems(sample_content("  ")), validation.Level.ERROR) == ["judul"]


@pytest.mark.parametrize(
    "ground,ok",
    [
        (Ground("a", 1), True),
        (Ground("a", 5), True),
        (Ground("a", 6), False),
        (Ground("c", 7), True),
        (Ground("c", 8), False),
        (Ground("e", 7), True),
        (Ground("f", 4), True),
        (Ground("f", 5), False),
        (Ground("h", 5), True),
        (Ground("h", 0), False),
        (Ground("b"), True),
        (Ground("b", 1), False),
        (Ground("d", 2), False),
        (Ground("g"), True),
        (Ground("i", 1), False),
        (Ground("j"), True),
        (Ground("k"), False),
        (Ground("A"), False),
    ],
)
def test_structural_ground_rules(ground: Ground, ok: bool) -> None:
    problems = validation.test_problems(sample_test(grounds=(ground,)))
    assert (problems == []) is ok


@pytest.mark.parametrize("huruf", ["a", "c", "e", "f", "h"])
def test_angka_required_where_the_huruf_has_sub_points(huruf: str) -> None:
    findings = validation.submission_findings(sample_content(), sample_test(grounds=(Ground(huruf),)))
    assert _fields(findings, validation.Level.ERROR) == ["pasal17"]
    assert "angka" in findings[0].message


def test_duplicates_and_nameless_participants_are_errors() -> None:
    test = sample_test(grounds=(Ground("h", 2), Ground("h", 2)), peserta=(Participant(" "),))
    assert _fields(validation.test_problems(test), validation.Level.ERROR) == ["pasal17", "peserta"]


def test_submission_requires_each_part() -> None:
    test = sample_test(
        grounds=(),
        konsekuensi="",
        pertimbangan="",
        jangka_waktu=None,
        kesimpulan=Kesimpulan.SEBAGIAN,
        bagian_dikecualikan="",
    )
    fields = _fields(validation.submission_findings(sample_content(), test), validation.Level.ERROR)
    assert fields == ["bagian_dikecualikan", "jangka_waktu", "konsekuensi", "pasal17", "pertimbangan"]
    assert _fields(validation.submission_findings(sample_content(), None), validation.Level.ERROR) == ["uji"]


def test_huruf_j_needs_another_statute() -> None:
    test = sample_test(grounds=(Ground("j"),))
    content = ItemContent(judul="Arsip dinamis rahasia")
    assert _fields(validation.submission_findings(content, test), validation.Level.ERROR) == ["uu_lain"]
    assert validation.submission_findings(content, replace(test, uu_lain=("UU 43/2009",))) == []


UNLIMITED = make_jangka_waktu(JangkaWaktuKind.TIDAK_TERBATAS)


@pytest.mark.parametrize(
    "huruf,refused", [("a", True), ("b", True), ("d", True), ("f", True), ("g", False), ("h", False), ("i", False)]
)
def test_pasal_20_refuses_unlimited_periods_for_a_to_f(huruf: str, refused: bool) -> None:
    """UU 14/2008 Pasal 20 ayat 1: exemptions under huruf a to f are not permanent (a hard limit)."""
    angka = 1 if huruf in "acefh" else None
    findings = validation.submission_findings(
        sample_content(), sample_test(grounds=(Ground(huruf, angka),), jangka_waktu=UNLIMITED)
    )
    errors = validation.errors(findings)
    assert ([f.field for f in errors] == ["jangka_waktu"]) is refused
    assert not refused or "Pasal 20 ayat 1" in errors[0].message


@pytest.mark.parametrize(
    "jw,refused",
    [
        (make_jangka_waktu(JangkaWaktuKind.DURASI, years=30), False),
        (make_jangka_waktu(JangkaWaktuKind.DURASI, years=30, months=1), True),
        (make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2056, 11, 10)), False),
        (make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=date(2056, 11, 11)), True),
    ],
)
def test_huruf_a_longer_than_thirty_years_is_refused(jw: object, refused: bool) -> None:
    test = sample_test(grounds=(Ground("a", 1),), jangka_waktu=jw, tanggal=date(2026, 11, 10))
    findings = validation.submission_findings(sample_content("Berkas penyidikan perkara"), test)
    assert (_fields(findings, validation.Level.ERROR) == ["jangka_waktu"]) is refused


@pytest.mark.parametrize(
    "judul,warned",
    [
        ("Putusan Pengadilan Negeri Pontianak", True),
        ("Peraturan Gubernur tentang tunjangan", True),
        ("Surat Keputusan Kepala Dinas", True),
        ("SK penempatan pegawai", True),
        ("Kebijakan pengadaan", True),
        ("SP3 perkara korupsi", True),
        ("Surat Edaran Sekda", True),
        ("Keputusan rapat pimpinan", True),
        ("Laporan Hasil Pemeriksaan", False),
        ("Nilai SKP pegawai", False),
        ("Biodata pegawai", False),
    ],
)
def test_pasal_18_material_warns(judul: str, warned: bool) -> None:
    findings = validation.submission_findings(sample_content(judul), sample_test())
    assert (_fields(findings, validation.Level.WARNING) == ["judul"]) is warned


def test_release_conditions_of_pasal_18_2_fit_only_g_and_h() -> None:
    consent = (ReleaseCondition.PERSETUJUAN,)
    ok = validation.submission_findings(sample_content(), sample_test(syarat_pembukaan=consent))
    assert ok == []
    off = validation.submission_findings(
        ItemContent(judul="Dokumen penawaran lelang"), sample_test(grounds=(Ground("b"),), syarat_pembukaan=consent)
    )
    assert _fields(off, validation.Level.WARNING) == ["syarat_pembukaan"]


@pytest.mark.parametrize(
    "year,ok", [(1899, False), (1900, True), (2026, True), (2199, True), (2200, False), (9999, False)]
)
def test_implausible_years_are_typing_errors(year: int, ok: bool) -> None:
    day = date(year, 12, 31)
    assert (validation.item_problems(replace(sample_content(), tanggal_usulan=day)) == []) is ok
    far = make_jangka_waktu(JangkaWaktuKind.SAMPAI_TANGGAL, until=day)
    assert (
        _fields(
            validation.test_problems(sample_test(tanggal=day, jangka_waktu=far), today=date(2300, 1, 1)),
            validation.Level.ERROR,
        )
        == []
    ) is ok
    if not ok:
        [problem] = validation.item_problems(replace(sample_content(), tanggal_usulan=day))
        assert "tidak wajar" in problem.message and "1900" in problem.message


def test_a_penetapan_pattern_needs_the_running_number() -> None:
    assert render_penetapan_number("{urut:03d}/PPID/{bulan_romawi}/{tahun}", 7, date(2026, 11, 2)) == "007/PPID/XI/2026"
    with pytest.raises(ValueError, match="urut"):
        render_penetapan_number("PPID/{tahun}", 7, date(2026, 11, 2))


def test_a_test_date_in_the_future_is_refused() -> None:
    """A consequence test is recorded after it was held, never ahead of it."""
    problems = validation.test_problems(sample_test(tanggal=date(2026, 11, 30)), today=date(2026, 11, 29))
    assert [f.field for f in problems] == ["tanggal"] and "belum tiba" in problems[0].message
    assert validation.test_problems(sample_test(tanggal=date(2026, 11, 29)), today=date(2026, 11, 29)) == []


def test_an_undated_test_was_not_held_and_blocks_submission_but_is_no_gap() -> None:
    test = sample_test(tanggal=None)
    errors = validation.errors(validation.submission_findings(sample_content(), test, date(2026, 11, 29)))
    assert [f.field for f in errors] == ["tanggal"] and "belum diadakan" in errors[0].message
    assert validation.gaps(sample_content(), test) == []
    assert "Konsekuensi apabila informasi dibuka wajib diisi." in validation.gaps(
        sample_content(), replace(test, konsekuensi="")
    )
    assert validation.gaps(sample_content(), None)  # nothing proposed: the grounds, harm, period are missing


@pytest.mark.parametrize(
    "judul,article",
    [
        ("Ketetapan Pagu Indikatif", "Pasal 18 ayat (1) huruf b"),
        ("Laporan keuangan tahun 2025", "Pasal 9 ayat (2) huruf c"),
        ("Dokumen perjanjian kerja sama", "Pasal 11 ayat (1) huruf e"),
        ("Rencana kerja dan anggaran 2027", "Pasal 11 ayat (1) huruf d"),
        ("SOP pelayanan perizinan", "Pasal 11 ayat (1) huruf g"),
        ("Laporan layanan informasi publik", "Pasal 11 ayat (1) huruf h"),
        ("Laporan kinerja instansi (LKjIP)", "Pasal 9 ayat (2) huruf a dan b"),
        ("Putusan Pengadilan Negeri Pontianak", "Pasal 18 ayat (1) huruf a"),
        ("SP3 perkara korupsi", "Pasal 18 ayat (1) huruf c"),
    ],
)
def test_information_the_law_says_is_open_is_warned_about_with_its_article(judul: str, article: str) -> None:
    findings = validation.submission_findings(ItemContent(judul=judul), sample_test(grounds=(Ground("b"),)))
    messages = [f.message for f in validation.warnings(findings) if f.field == "judul"]
    assert any(article in m for m in messages), messages
    assert validation.errors(findings) == []


def test_a_persons_secret_outside_huruf_g_and_h_is_warned_about() -> None:
    personal = validation.submission_findings(
        ItemContent(judul="Rekam medis pegawai"), sample_test(grounds=(Ground("b"),))
    )
    assert "pasal17" in _fields(personal, validation.Level.WARNING)
    fitting = validation.submission_findings(sample_content("Rekam medis pegawai"), sample_test())
    assert "pasal17" not in _fields(fitting, validation.Level.WARNING)


@pytest.mark.parametrize(
    "statute,refused",
    [
        ("Perpres No. 16 Tahun 2018 Pasal 26 ayat (5)", True),
        ("Peraturan Pemerintah Nomor 61 Tahun 2010", True),
        ("Permendagri 3/2017", True),
        ("Peraturan Daerah Provinsi Kalimantan Barat Nomor 4 Tahun 2019", True),
        ("Keputusan Sekretaris Jenderal Nomor 12 Tahun 2020", True),
        ("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan Pasal 44", False),
        ("UU 27/2022", False),
        ("Perppu Nomor 1 Tahun 2020", False),
    ],
)
def test_huruf_j_needs_an_undang_undang_not_a_lower_regulation(statute: str, refused: bool) -> None:
    """The 2026-11-29 reading of Pasal 17 huruf j: only another Undang-Undang (UU or Perppu) founds it."""
    test = sample_test(grounds=(Ground("j"),), uu_lain=(statute,))
    errors = validation.errors(validation.submission_findings(ItemContent(judul="Harga Perkiraan Sendiri"), test))
    assert ([f.field for f in errors] == ["uu_lain"]) is refused
    assert not refused or "Undang-Undang (UU atau Perppu)" in errors[0].message
