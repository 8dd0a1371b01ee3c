"""The exemption period: reading what tables write, canonical words, expiry."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dikecualikan_gui.domain.dates import add_months
from dikecualikan_gui.domain.jangka_waktu import (
    compute_expiry,
    describe,
    make_jangka_waktu,
    number_words,
    parse_jangka_waktu,
    total_months,
)
from dikecualikan_gui.domain.model import JangkaWaktu, JangkaWaktuKind

K = JangkaWaktuKind
FAST = settings(max_examples=250, deadline=None)


# --- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years", "months"),
    [
        ("20 Tahun", 20, 0),
        ("1 tahun", 1, 0),
        ("5 (lima) tahun", 5, 0),
        ("5(lima)tahun", 5, 0),
        ("Selama 5 tahun", 5, 0),
        ("selama 5 (lima) tahun.", 5, 0),
        ("30 thn", 30, 0),
        ("30 Thn.", 30, 0),
        ("6 bulan", 0, 6),
        ("6 (enam) bulan", 0, 6),
        ("18 bulan", 0, 18),
        ("2 tahun 6 bulan", 2, 6),
        ("2 tahun dan 6 bulan", 2, 6),
        ("lima tahun", 5, 0),
        ("Lima Tahun", 5, 0),
        ("dua puluh tahun", 20, 0),
        ("satu tahun enam bulan", 1, 6),
        ("lima (5) tahun", 5, 0),
        ("sepuluh tahun", 10, 0),
        ("sebelas tahun", 11, 0),
        ("dua belas bulan", 0, 12),
        ("dua puluh lima tahun", 25, 0),
        ("sembilan puluh sembilan tahun", 99, 0),
        ("seratus tahun", 100, 0),
        ("Jangka waktu 4 tahun", 4, 0),
        ("5 tahun sejak ditetapkan", 5, 0),
        ("5 tahun terhitung sejak tanggal penetapan", 5, 0),
        ("Sampai dengan 5 tahun", 5, 0),
        ("  3 tahun  ", 3, 0),
    ],
)
def test_durations(text: str, years: int, months: int) -> None:
    jw = parse_jangka_waktu(text)
    assert jw == JangkaWaktu(K.DURASI, years=years, months=months, text=text.strip())


def test_every_number_word_reads_back() -> None:
    for n in range(1, 101):
        jw = parse_jangka_waktu(number_words(n) + " tahun")
        assert (jw.kind, jw.years, jw.months) == (K.DURASI, n, 0), n
    for n in range(1, 1000):
        jw = parse_jangka_waktu(number_words(n).title() + " Bulan")
        assert (jw.kind, jw.years, jw.months) == (K.DURASI, 0, n), n


@pytest.mark.parametrize("text", ["seratus satu tahun", "8000 tahun", "1201 bulan", "100 tahun 1 bulan"])
def test_more_than_a_hundred_years_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="100 tahun"):
        parse_jangka_waktu(text)


@pytest.mark.parametrize(
    "text,years,months",
    [
        ("1,5 tahun", 1, 6),
        ("2.5 thn", 2, 6),
        ("Selama 4 (empat) tahun sejak informasi ditetapkan", 4, 0),
        ("5 tahun setelah ditetapkan", 5, 0),
        ("5 tahun sejak dokumen dibuat", 5, 0),
        ("35 tahun terhitung sejak tanggal penetapan", 35, 0),
    ],
)
def test_durations_with_decimals_and_a_starting_point(text: str, years: int, months: int) -> None:
    jw = parse_jangka_waktu(text)
    assert (jw.kind, jw.years, jw.months, jw.text) == (K.DURASI, years, months, text)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (25, "dua puluh lima"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (999, ("sembilan ratus sembilan puluh sembilan")),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


@pytest.mark.parametrize("n", [-1, 1000])
def test_number_words_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        number_words(n)


@pytest.mark.parametrize(
    "text",
    [
        "Tidak terbatas",
        "Tidak Terbatas",
        "TIDAK TERBATAS",
        "tidak terbatas.",
        "tanpa batas waktu",
        "Tanpa batas",
        "selamanya",
        "Permanen",
        "tidak ada batas waktu",
        "Tidak terbatas waktu",
    ],
)
def test_unlimited(text: str) -> None:
    assert parse_jangka_waktu(text) == JangkaWaktu(K.TIDAK_TERBATAS, text=text)


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Sampai dengan 31 Desember 2027", date(2027, 12, 31)),
        ("s.d. 31-12-2027", date(2027, 12, 31)),
        ("s/d 31-12-2027", date(2027, 12, 31)),
        ("sampai tanggal 2027-12-31", date(2027, 12, 31)),
        ("hingga 31/12/2027", date(2027, 12, 31)),
        ("Hingga tanggal 1 Agustus 2027", date(2027, 8, 1)),
        ("sampai dengan tanggal 30 Nopember 2027", date(2027, 11, 30)),
        ("sampai tahun 2030", date(2030, 12, 31)),
        ("sampai akhir tahun 2030", date(2030, 12, 31)),
        ("sampai 2030", date(2030, 12, 31)),
        ("sampai Desember 2027", date(2027, 12, 31)),
        ("sampai akhir Februari 2028", date(2028, 2, 29)),
        ("31 Desember 2027", date(2027, 12, 31)),
        ("31/12/2027", date(2027, 12, 31)),
        ("sampai 2027-12-31 00:00:00", date(2027, 12, 31)),
    ],
)
def test_until_a_date(text: str, until: date) -> None:
    assert parse_jangka_waktu(text) == JangkaWaktu(K.SAMPAI_TANGGAL, until=until, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Sampai memperoleh persetujuan dari yang bersangkutan",
        "Dapat dibuka pada waktu pemeriksaan",
        "Selama Jangka Waktu Tertentu",
        "sampai pengumuman pemenang",
        "Sampai proses hukum selesai",
        "Selama yang bersangkutan masih menjabat",
        "Sampai dengan 5 tahun setelah kontrak berakhir",
        "Tidak terbatas selama pegawai aktif",
        "sampai pengumuman 2027",
        "5 tahun 2027",
        "5 tahun setelah kontrak berakhir",
        "hingga 31/12/2027 atau sampai putusan pengadilan",
        "belas tahun",
    ],
)
def test_events_in_words(text: str) -> None:
    assert parse_jangka_waktu(text) == JangkaWaktu(K.PERISTIWA, event=text, text=text)


def test_text_is_kept_verbatim_but_stripped() -> None:
    jw = parse_jangka_waktu("  Sampai   memperoleh PERSETUJUAN \n")
    assert jw.text == jw.event == "Sampai   memperoleh PERSETUJUAN"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty(text: str) -> None:
    with pytest.raises(ValueError, match=r"^Jangka waktu kosong\.$"):
        parse_jangka_waktu(text)


@pytest.mark.parametrize(
    "text",
    [
        "sampai 31/02/2027",
        "Sampai dengan 31 Februari 2027",
        "s.d. 2027-02-30",
        "hingga 32-12-2027",
        "sampai tanggal 31 Desembr 2027",
        "31/02/2027",
        "sampai tahun 0000",
    ],
)
def test_impossible_dates_are_errors(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_jangka_waktu(text)
    message = str(excinfo.value)
    assert f'"{text}"' in message
    assert "tanggal yang tidak dapat dibaca" in message


@pytest.mark.parametrize("text", ["0 tahun", "nol bulan", "0 tahun 0 bulan"])
def test_zero_duration_is_an_error(text: str) -> None:
    with pytest.raises(ValueError, match="bernilai nol"):
        parse_jangka_waktu(text)


@given(st.text(max_size=60))
@FAST
def test_parse_raises_only_value_error(text: str) -> None:
    try:
        jw = parse_jangka_waktu(text)
    except ValueError:
        return
    assert jw.text == text.strip()


# --- describe / make -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jw", "expected"),
    [
        (JangkaWaktu(K.DURASI, years=5), "5 (lima) tahun"),
        (JangkaWaktu(K.DURASI, years=20), "20 (dua puluh) tahun"),
        (JangkaWaktu(K.DURASI, months=6), "6 (enam) bulan"),
        (JangkaWaktu(K.DURASI, years=2, months=6), "2 (dua) tahun 6 (enam) bulan"),
        (JangkaWaktu(K.DURASI, years=1500), "1500 tahun"),
        (JangkaWaktu(K.SAMPAI_TANGGAL, until=date(2027, 12, 31)), "Sampai dengan 31 Desember 2027"),
        (JangkaWaktu(K.PERISTIWA, event="Sampai pengumuman pemenang"), "Sampai pengumuman pemenang"),
        (JangkaWaktu(K.TIDAK_TERBATAS), "Tidak terbatas"),
    ],
)
def test_describe(jw: JangkaWaktu, expected: str) -> None:
    assert describe(jw) == expected


def test_make_jangka_waktu_sets_text_and_ignores_other_fields() -> None:
    jw = make_jangka_waktu(K.DURASI, years=5, until=date(2030, 1, 1), event="x")
    assert jw == JangkaWaktu(K.DURASI, years=5, text="5 (lima) tahun")
    assert make_jangka_waktu(K.TIDAK_TERBATAS, years=3) == JangkaWaktu(K.TIDAK_TERBATAS, text="Tidak terbatas")
    assert make_jangka_waktu(K.SAMPAI_TANGGAL, until=date(2027, 12, 31)) == JangkaWaktu(
        K.SAMPAI_TANGGAL, until=date(2027, 12, 31), text="Sampai dengan 31 Desember 2027"
    )
    assert make_jangka_waktu(K.PERISTIWA, event="  Sampai pengumuman pemenang ") == JangkaWaktu(
        K.PERISTIWA, event="Sampai pengumuman pemenang", text="Sampai pengumuman pemenang"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": K.DURASI}, "tidak boleh 0"),
        ({"kind": K.DURASI, "years": 0, "months": 0}, "tidak boleh 0"),
        ({"kind": K.DURASI, "years": -1, "months": 6}, "tidak boleh negatif"),
        ({"kind": K.DURASI, "years": 1, "months": -6}, "tidak boleh negatif"),
        ({"kind": K.SAMPAI_TANGGAL}, "Isi tanggal"),
        ({"kind": K.PERISTIWA}, "Isi peristiwa"),
        ({"kind": K.PERISTIWA, "event": "   "}, "Isi peristiwa"),
        ({"kind": K.PERISTIWA, "event": "5 tahun"}, "terbaca sebagai"),
        ({"kind": K.PERISTIWA, "event": "Tidak terbatas"}, "terbaca sebagai"),
        ({"kind": K.PERISTIWA, "event": "sampai 31/12/2027"}, "terbaca sebagai"),
        ({"kind": K.PERISTIWA, "event": "sampai 31/02/2027"}, "tidak dapat dibaca"),
    ],
)
def test_make_jangka_waktu_rejects_inconsistent_input(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_jangka_waktu(**kwargs)  # type: ignore[arg-type]


durations = (
    st.tuples(st.integers(0, 99), st.integers(0, 11))
    .filter(lambda ym: ym != (0, 0))
    .map(lambda ym: make_jangka_waktu(K.DURASI, *ym))
)
until_dates = st.dates(min_value=date(1000, 1, 1)).map(lambda d: make_jangka_waktu(K.SAMPAI_TANGGAL, until=d))


def _event_or_none(text: str) -> JangkaWaktu | None:
    try:
        return make_jangka_waktu(K.PERISTIWA, event=text)
    except ValueError:
        return None


events = (
    st.one_of(
        st.sampled_from(
            [
                "Sampai memperoleh persetujuan dari yang bersangkutan",
                "Dapat dibuka pada waktu pemeriksaan",
                "Selama Jangka Waktu Tertentu",
                "sampai pengumuman pemenang",
            ]
        ),
        st.text(min_size=1, max_size=40),
    )
    .map(_event_or_none)
    .filter(lambda jw: jw is not None)
)


@given(st.one_of(durations, until_dates, events, st.just(make_jangka_waktu(K.TIDAK_TERBATAS))))
@FAST
def test_describe_reads_back(jw: JangkaWaktu | None) -> None:
    assert jw is not None
    again = parse_jangka_waktu(describe(jw))
    assert (again.kind, again.years, again.months, again.until, again.event) == (
        jw.kind,
        jw.years,
        jw.months,
        jw.until,
        jw.event,
    )
    assert again == jw


# --- expiry ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("5 tahun", date(2026, 11, 25), date(2031, 11, 25)),
        ("1 tahun", date(2024, 2, 29), date(2025, 2, 28)),
        ("6 bulan", date(2026, 8, 31), date(2027, 2, 28)),
        ("2 tahun 6 bulan", date(2026, 1, 15), date(2028, 7, 15)),
        ("Sampai dengan 31 Desember 2027", date(2026, 11, 25), date(2027, 12, 31)),
        ("Tidak terbatas", date(2026, 11, 25), None),
        ("sampai pengumuman pemenang", date(2026, 11, 25), None),
    ],
)
def test_compute_expiry(text: str, start: date, expected: date | None) -> None:
    assert compute_expiry(parse_jangka_waktu(text), start) == expected


@pytest.mark.parametrize(
    ("jw", "expected"),
    [
        (JangkaWaktu(K.DURASI, years=30), 360),
        (JangkaWaktu(K.DURASI, years=30, months=1), 361),
        (JangkaWaktu(K.DURASI, months=7), 7),
        (JangkaWaktu(K.SAMPAI_TANGGAL, until=date(2060, 1, 1)), None),
        (JangkaWaktu(K.PERISTIWA, event="x"), None),
        (JangkaWaktu(K.TIDAK_TERBATAS), None),
    ],
)
def test_total_months(jw: JangkaWaktu, expected: int | None) -> None:
    assert total_months(jw) == expected


@given(st.integers(0, 99), st.integers(0, 11), st.dates(min_value=date(1900, 1, 1), max_value=date(2500, 12, 31)))
@FAST
def test_expiry_of_a_duration_is_the_anniversary(years: int, months: int, start: date) -> None:
    assume((years, months) != (0, 0))
    jw = make_jangka_waktu(K.DURASI, years=years, months=months)
    expiry = compute_expiry(jw, start)
    assert expiry == add_months(start, years * 12 + months)
    assert expiry is not None and expiry > start
    total = total_months(jw)
    assert total is not None and total == years * 12 + months
