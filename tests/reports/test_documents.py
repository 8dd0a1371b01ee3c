"""Issue 5: the printed documents, read back from the PDF with pypdf. Every field of every row is
there, on the right paper, the table header and "Halaman X dari Y" on every page; text of any kind
prints whole; issued documents are archived byte for byte."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from stored_files import archived_copy, damage_archived

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.jangka_waktu import make_jangka_waktu
from dikecualikan_gui.domain.legal_basis import format_legal_basis
from dikecualikan_gui.domain.model import (
    AuditAction,
    DiktumStyle,
    Ground,
    JangkaWaktuKind,
    Paper,
    Participant,
    PrintSettings,
)
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.page import Cancelled, Letterhead
from dikecualikan_gui.services import approval, audit, desk, items, profile
from dikecualikan_gui.services import documents as service

from conftest import People
from factories import sample_content, sample_profile, sample_test, submitted

DAY = date(2026, 11, 25)
PENETAPAN = "800/25/PPID/2026"
SIZES = {Paper.F4: (609.45, 935.43), Paper.A4: (595.28, 841.89)}


# --- reading PDFs back --------------------------------------------------------------------------


def pages_of(pdf: bytes) -> list[str]:
    assert pdf.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def words(text: str) -> str:
    """Whitespace as one space: cell text wraps onto new lines."""
    return " ".join(text.split())


def bare(text: str) -> str:
    """No whitespace at all: a long word or URL is broken inside, at any character."""
    return re.sub(r"\s+", "", text)


def sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]


def assert_size(size: tuple[float, float], paper: Paper, wide: bool) -> None:
    short, long = SIZES[paper]
    expected = (long, short) if wide else (short, long)
    assert size == pytest.approx(expected, abs=0.01)


def assert_numbered(pages: list[str]) -> None:
    for number, text in enumerate(pages, start=1):
        assert "Halaman {n} dari {t}".format(n=number, t=len(pages)) in text


# --- the register behind the documents ----------------------------------------------------------


@pytest.fixture
def agency_profile(people: People) -> None:
    profile.update_profile(people.admin, sample_profile())


def _test(number: int) -> dict[str, object]:
    """Test fields that differ from row to row, so each can be found in the right place."""
    grounds = [(Ground("h", 2),), (Ground("b", None), Ground("i", None)), (Ground("j", None),)][number % 3]
    return dict(
        grounds=grounds,
        uu_lain=("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",) if number % 3 == 2 else (),
        alasan="Alasan pengecualian butir {n}".format(n=number),
        konsekuensi="Konsekuensi apabila dibuka butir {n} mengungkap data pribadi".format(n=number),
        pertimbangan="Pertimbangan apabila ditutup butir {n} melindungi hak".format(n=number),
        jangka_waktu=make_jangka_waktu(JangkaWaktuKind.DURASI, years=1 + number % 9),
    )


def _approve(people: People, count: int, nomor: str = PENETAPAN) -> list[int]:
    ids = [
        submitted(
            people.petugas,
            sample_content("Informasi butir {n:02d} tentang pegawai".format(n=n)),
            sample_test(**_test(n)),
        )
        for n in range(count)
    ]
    approval.approve(people.atasan, ids, nomor, tanggal=DAY, tempat="Pontianak")
    return ids


# --- 4. the DIK ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_dik_prints_every_field_of_every_row_with_the_header_on_every_page(people: People, config: Config) -> None:
    ids = _approve(people, 60)
    pdf = service.render_dik(config, tanggal=DAY)
    pages = pages_of(pdf)
    text = words("\n".join(pages))

    assert len(pages) > 3
    for page in pages:
        # one header per page: at the top of every page, never again in the middle of one
        assert page.count("Informasi yang Dikecualikan") == 1 and page.count("Dasar Hukum Pengecualian") == 1
        assert "Dibuka" in page and "Ditutup" in page and "Jangka Waktu" in page
    assert_numbered(pages)
    assert all(w > h for w, h in sizes(pdf))

    positions = []
    for item_id in ids:
        item = items.get_item(item_id)
        test = items.tests_of(item_id)[0].content
        assert test.jangka_waktu is not None
        cell = words(item.content.judul)
        assert cell in text and item.nomor not in text  # an internal number means nothing to the public
        positions.append(text.index(cell))
        for value in (
            format_legal_basis(test.grounds, test.uu_lain),
            test.konsekuensi,
            test.pertimbangan,
            test.jangka_waktu.text,
        ):
            assert words(value) in text, value
    assert positions == sorted(positions)  # in the order of the nomor
    assert "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008" in text
    assert "Pasal 17 huruf b dan huruf i" in text or "Pasal 17 huruf b" in text

    first = pages[0]
    assert "PEMERINTAH PROVINSI KALIMANTAN BARAT" in first and "DINAS KOPERASI DAN UKM" in first
    assert "Jalan Sutan Syahrir" in first and "Jalan Sutan Syahrir" not in "".join(pages[1:])  # kop: page 1 only
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in first and "TAHUN 2026" in first
    last = pages[-1]
    # the DIK is the lampiran of the keputusan: its number and date on top, its place, date and signer below
    assert "LAMPIRAN : KEPUTUSAN KEPALA DINAS" in words(first) and "NOMOR : " + PENETAPAN in words(first)
    assert "Ditetapkan di Pontianak" in last and "pada tanggal 25 November 2026" in last
    assert "Kepala Dinas," in last and "Drs. Atasan PPID" in last  # who decided it (not the profile's atasan)
    assert "Informasi butir 59" in last  # the signature never stands alone on a page without the table
    assert all("Dicetak pada 25 November 2026" in page for page in pages)


def test_the_dik_shows_only_what_is_in_force(people: People, config: Config) -> None:
    approved = submitted(people.petugas, sample_content("Sudah ditetapkan"))
    approval.approve(people.atasan, [approved], PENETAPAN, tanggal=DAY)
    submitted(people.petugas, sample_content("Masih menunggu persetujuan"))
    text = words("\n".join(pages_of(service.render_dik(config, tanggal=DAY))))
    assert "Sudah ditetapkan" in text and "Masih menunggu" not in text
    assert "BADAN PUBLIK" in text and "Atasan PPID," in text  # no profile yet: placeholders, not blanks

    empty = words("\n".join(pages_of(docs.build_dik(_agency(), [], 2026, _signer(), DAY))))
    assert "Belum ada informasi yang ditetapkan" in empty and "Halaman 1 dari 1" in empty


def test_progress_is_reported_row_by_row_and_can_cancel(people: People, config: Config) -> None:
    _approve(people, 40)
    calls: list[tuple[int, int]] = []
    service.render_dik(config, tanggal=DAY, progress=lambda done, total: calls.append((done, total)))
    totals = {total for _, total in calls}
    assert len(totals) == 1 and totals.pop() >= 40
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]
    assert len(set(done)) > 4  # it moves through the table, not only at the end

    def cancel(done: int, total: int) -> None:
        if done > 5:
            raise Cancelled("dibatalkan")

    with pytest.raises(Cancelled):
        service.render_dik(config, tanggal=DAY, progress=cancel)


# --- any text prints whole ----------------------------------------------------------------------


def _agency(nama: str = "Dinas Komunikasi dan Informatika", settings: PrintSettings | None = None) -> docs.Agency:
    head = Letterhead(
        "Pemerintah Kota Pontianak", nama, "Sekretariat", "Jalan Rahadi Usman Nomor 3", "Telepon 0561", None
    )
    return docs.Agency(head, nama, "Sekretariat", "Pontianak", settings or PrintSettings())


def _signer() -> docs.Signature:
    return docs.Signature("Kepala Dinas", "Ir. Budi Santoso", "197001011990031001")


SAMPLES = {
    "markup": "<b>x</b> & &amp; \"kutip\" 'tunggal' a<b c>d &lt; <br/> <para> ]]> &#39; %s {0}",
    "long word": "Z" * 300,
    "url": "https://jdih.pontianak.go.id/peraturan/"
    + "/".join("bagian-{n}".format(n=n) for n in range(30))
    + "?tahun=2026&jenis=perwa#pasal-17",
    "non-latin": "ĀŠ – “kutip” — 中文 Ελληνικά Кириллица 日本語 한국어 ½ € ™ Ññ ẞ",
    "line breaks": "baris satu\nbaris dua\r\nbaris tiga\rbaris empat\tsesudah tab",
    "control characters": "awal\x00tengah\x07\x1bakhir\x7f",
}


@pytest.mark.parametrize("kind", SAMPLES)
def test_any_text_prints_whole_in_the_table_and_the_sheet(kind: str) -> None:
    sample = SAMPLES[kind]
    printed = bare(sample.translate({c: None for c in range(0x20) if c not in (9, 10, 13)} | {0x7F: None}))
    row = docs.ListRow("2026/001", sample, sample, sample, sample, sample, sample)
    dik = pages_of(docs.build_dik(_agency(), [row], 2026, _signer(), DAY))
    assert bare("".join(dik)).count(printed) == 5  # judul, dasar hukum, konsekuensi, pertimbangan, jangka waktu

    sheet = _sheet(judul=sample, alasan=sample, konsekuensi=sample, pertimbangan=sample)
    uji = pages_of(docs.build_uji(_agency(), sheet, _signer(), _signer()))
    assert bare("".join(uji)).count(printed) == 4
    if kind == "non-latin":  # right-to-left text prints in stored order (no bidi), but every letter prints
        arabic = docs.build_dik(_agency(), [dataclasses.replace(row, judul="Informasi العربية")], 2026, _signer(), DAY)
        assert set("العربية") <= set("".join(pages_of(arabic)))
    if kind == "line breaks":
        for text in ("\n".join(dik), "\n".join(uji)):
            assert re.search(r"baris satu\s*\n\s*baris dua\s*\n\s*baris tiga\s*\n\s*baris empat", text)


def test_the_agency_name_with_markup_characters_prints_in_the_kop() -> None:
    first = pages_of(docs.build_dik(_agency('Dinas Kominfo & <Statistik> "Kota"'), [], 2026, _signer(), DAY))[0]
    assert 'DINAS KOMINFO & <STATISTIK> "KOTA"' in first


def _tokens(prefix: str, text: str) -> list[str]:
    return re.findall(prefix + r"\d{4}", text)


def test_a_field_longer_than_a_page_splits_across_pages_without_losing_a_word() -> None:
    """5,000 characters of numbered words: found in order, each once, so nothing is lost or repeated
    where the row is split (the page header and footer come in between)."""
    opened = " ".join("a{n:04d}".format(n=n) for n in range(834))
    closed = " ".join("b{n:04d}".format(n=n) for n in range(834))
    assert len(opened) >= 5000
    rows = [
        docs.ListRow(
            "2026/{n:03d}".format(n=n),
            "Informasi {n}".format(n=n),
            "Pasal 17 huruf h angka 2",
            opened if n == 1 else "pendek",
            closed if n == 1 else "pendek",
            "5 (lima) tahun",
        )
        for n in range(3)
    ]
    pdf = docs.build_dik(_agency(), rows, 2026, _signer(), DAY, [docs.Citation("Kepala Dinas", PENETAPAN, DAY)])
    pages = pages_of(pdf)
    text = "\n".join(pages)
    assert len(pages) >= 3
    assert _tokens("a", text) == opened.split() and _tokens("b", text) == closed.split()
    assert all(page.count("Informasi yang Dikecualikan") == 1 for page in pages)
    assert "Informasi 2" in text and "Ir. Budi Santoso" in pages[-1]
    assert_numbered(pages)

    sheet = _sheet(konsekuensi=opened, pertimbangan=closed)
    uji_pages = pages_of(docs.build_uji(_agency(), sheet, _signer(), _signer()))
    uji = "\n".join(uji_pages)
    assert _tokens("a", uji) == opened.split() and _tokens("b", uji) == closed.split()
    assert all("Tanda Tangan" in page for page in uji_pages if "Peserta pengujian" in page)  # heading with table


# --- paper --------------------------------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
@pytest.mark.parametrize("paper", [Paper.F4, Paper.A4])
def test_every_document_on_the_chosen_paper(people: People, config: Config, paper: Paper) -> None:
    ids = _approve(people, 2)
    draft = items.create_item(people.petugas, sample_content("Usulan baru")).id
    assert_size(sizes(service.render_dik(config, paper))[0], paper, wide=True)
    assert_size(sizes(service.render_usulan(config, paper))[0], paper, wide=True)
    assert_size(sizes(service.render_uji(config, ids[0], paper=paper))[0], paper, wide=False)
    assert_size(sizes(service.render_history(config, draft, paper))[0], paper, wide=False)
    decree = sizes(service.render_penetapan(config, PENETAPAN, paper))
    assert_size(decree[0], paper, wide=False)
    assert_size(decree[-1], paper, wide=True)  # the lampiran is landscape


def test_the_profile_paper_is_the_default(people: People, config: Config) -> None:
    wanted = dataclasses.replace(sample_profile(), print_settings=PrintSettings(paper=Paper.A4))
    profile.update_profile(people.admin, wanted)
    assert_size(sizes(service.render_dik(config))[0], Paper.A4, wide=True)
    assert_size(sizes(service.render_dik(config, Paper.F4))[0], Paper.F4, wide=True)


# --- 2. the lembar uji konsekuensi ---------------------------------------------------------------


def _sheet(**changes: str) -> docs.UjiSheet:
    sheet = docs.UjiSheet(
        nomor="2026/001",
        urutan=1,
        judul="Biodata pegawai",
        ringkasan="Data pribadi",
        dokumen_sumber="Berkas",
        unit_pengusul="Subbagian Umum",
        bentuk_lokasi="Softcopy",
        tanggal=date(2026, 11, 10),
        tempat="Pontianak",
        waktu="Sebelum ada permohonan",
        dasar_hukum="Pasal 17 huruf h angka 2",
        alasan="Rahasia pribadi",
        konsekuensi="Mengungkap",
        pertimbangan="Melindungi",
        jangka_waktu="5 (lima) tahun",
        kesimpulan="dikecualikan_seluruhnya",
        bagian="",
        syarat="",
        peserta=(docs.Participant("Siti", "Petugas", "Sekretariat"),),
        sesi="UK-2026-001",
    )
    return dataclasses.replace(sheet, **changes)


@pytest.mark.usefixtures("agency_profile")
def test_the_lembar_uji_has_every_field_of_the_test(people: People, config: Config) -> None:
    peserta = (
        Participant("Siti Aminah, S.H.", "Pengelola Informasi", "Sekretariat"),
        Participant("Budi Hartono", "Kepala Bidang", "Bidang UKM"),
        Participant("Yohanes Lim", "Arsiparis", "Subbagian Umum"),
    )
    test = sample_test(
        peserta=peserta,
        uu_lain=("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",),
        alasan="Memuat rahasia pribadi pegawai",
        bagian_dikecualikan="",
    )
    item_id = submitted(people.petugas, test=test)
    item = items.get_item(item_id)
    pages = pages_of(service.render_uji(config, item_id))
    text = words("\n".join(pages))

    assert "LEMBAR PENGUJIAN KONSEKUENSI" in text and "Nomor Usulan {n}".format(n=item.nomor) in text
    assert "DINAS KOPERASI DAN UKM" in pages[0]
    sesi = items.tests_of(item_id)[0].sesi
    assert sesi and "Sesi pengujian nomor {s}, Selasa, 10 November 2026, Pontianak".format(s=sesi) in text
    assert "Pada hari Selasa, tanggal 10 November 2026, bertempat di Pontianak" in text
    assert "DRAF" not in text
    for value in (
        item.content.judul,
        item.content.ringkasan,
        item.content.dokumen_sumber,
        item.content.unit_pengusul,
        item.content.lokasi_penyimpanan,
        "Pasal 17 huruf h angka 2",
        "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
        test.alasan,
        test.konsekuensi,
        test.pertimbangan,
        "5 (lima) tahun",
        "[X] Dikecualikan seluruhnya",
        "Dinas Koperasi dan UKM",
    ):
        assert words(value) in text, value
    assert "[X] Terbuka" not in text
    table = text[text.index("Tanda Tangan") :]
    for person in peserta:
        assert person.nama in table and "{j}, {u}".format(j=person.jabatan, u=person.unit) in table
    # not decided yet: the Atasan's office signs by hand; no name for someone who has not approved
    assert "Menyetujui, Kepala Dinas" in text and "Drs. H. Ahmad Fauzi, M.Si." not in text
    assert "Rina Wulandari, S.Sos." in text and "Pontianak, 10 November 2026" in text
    assert_numbered(pages)
    approval.approve(people.atasan, [item_id], "PEN/UJI", tanggal=date(2026, 11, 12))
    approved = words("\n".join(pages_of(service.render_uji(config, item_id))))
    assert "Menyetujui, Kepala Dinas" in approved and "Drs. Atasan PPID" in approved  # who approved, as recorded


# --- 3. the penetapan ---------------------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_penetapan_carries_the_six_elements_of_perki_1_2017(people: People, config: Config) -> None:
    ids = _approve(people, 3)
    pdf = service.render_penetapan(config, PENETAPAN)
    pages = pages_of(pdf)
    landscape = [n for n, (w, h) in enumerate(sizes(pdf)) if w > h]
    assert landscape and landscape == list(range(landscape[0], len(pages)))  # the lampiran at the end
    decision = words("\n".join(pages[: landscape[0]]))
    lampiran = words("\n".join(pages[landscape[0] :]))

    assert "PEMERINTAH PROVINSI KALIMANTAN BARAT" in pages[0]
    for heading in (
        "KEPUTUSAN KEPALA DINAS",
        "NOMOR " + PENETAPAN,
        "TENTANG",
        "PENETAPAN KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN DI LINGKUNGAN DINAS KOPERASI DAN UKM",
        "Menimbang",
        "Mengingat",
        "Undang-Undang Nomor 14 Tahun 2008",
        "MEMUTUSKAN",
        "Menetapkan",
        "KESATU",
        "KEDUA",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan",
    ):
        assert heading in decision, heading
    # 2 the PPID whose test it is, and the official who decides; 3 badan publik and unit kerja
    assert "Rina Wulandari, S.Sos., NIP 198705122010012003, Sekretaris Dinas" in decision
    assert "Kepala Dinas, Drs. Atasan PPID" in decision
    assert "Dinas Koperasi dan UKM, unit kerja Sekretariat" in decision
    signed = next(page for page in pages if "Ditetapkan di" in page)
    assert "mulai berlaku" in signed  # the signature goes with the last diktum
    # 6 tempat and tanggal, under the decision and under the lampiran
    for part in (decision, lampiran):
        assert "Ditetapkan di Pontianak pada tanggal 25 November 2026" in part and "Drs. Atasan PPID" in part

    reference = lampiran[: lampiran.index("KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN")].casefold()
    for label in (
        "lampiran : keputusan kepala dinas",
        "nomor : " + PENETAPAN.casefold(),
        "tanggal : 25 november 2026",
        "tentang",
    ):
        assert label in reference
    assert "Informasi yang Dikecualikan" in lampiran and "Alasan Pengecualian" in lampiran
    for item_id in ids:  # 1 jenis informasi, 4 jangka waktu, 5 alasan
        item = items.get_item(item_id)
        test = items.tests_of(item_id)[0].content
        assert test.jangka_waktu is not None
        for value in (
            item.content.judul,
            test.alasan,
            test.konsekuensi,
            test.pertimbangan,
            test.jangka_waktu.text,
            format_legal_basis(test.grounds, test.uu_lain),
        ):
            assert words(value) in lampiran, value
        assert item.nomor not in lampiran  # the item numbers only when the profile asks for them
    assert_numbered(pages)


def test_the_diktum_style_follows_the_print_settings(people: People, config: Config) -> None:
    settings = PrintSettings(diktum=DiktumStyle.PERTAMA, tembusan=("Sekretaris Daerah",))
    profile.update_profile(people.admin, dataclasses.replace(sample_profile(), print_settings=settings))
    _approve(people, 1)
    text = words("\n".join(pages_of(service.render_penetapan(config, PENETAPAN))))
    assert "PERTAMA" in text and "KESATU" not in text and "Diktum PERTAMA" in text
    assert "Tembusan" in text and "Sekretaris Daerah" in text


def test_an_unknown_penetapan_is_not_found(config: Config) -> None:
    from dikecualikan_gui.errors import NotFound

    with pytest.raises(NotFound, match="TIDAK/ADA"):
        service.render_penetapan(config, "TIDAK/ADA")


# --- 5. the history and 1. the proposal list ----------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_history_lists_every_event_of_the_item(people: People, config: Config) -> None:
    item_id = _approve(people, 1)[0]
    other = submitted(people.petugas, sample_content("Usulan lain"))
    events = items.history(item_id)
    assert len(events) >= 4
    pages = pages_of(service.render_history(config, item_id))
    text = words("\n".join(pages))
    assert "RIWAYAT" in text and "Nomor Usulan " + items.get_item(item_id).nomor in text
    position = 0
    names = desk.full_names()  # people by their full names, not usernames (issue 11, point 12)
    for number, event in enumerate(events, start=1):
        line = history.describe(event)
        who = words(desk.full_name(line.who, names))
        found = text.index("{n} {w} {u} {a}".format(n=number, w=words(line.when), u=who, a=words(line.what)), position)
        position = found + 1  # in order
    assert PENETAPAN in text and words(people.petugas.nama) in text and words(people.atasan.nama) in text
    assert items.get_item(other).nomor not in text
    assert len(pages) == 1 and "Rina Wulandari, S.Sos." in pages[0]  # the signature follows on the same page


@pytest.mark.usefixtures("agency_profile")
def test_the_proposal_list_shows_the_items_in_progress(people: People, config: Config) -> None:
    _approve(people, 1)
    draft = items.create_item(people.petugas, sample_content("Notulen rapat pimpinan")).id
    waiting = submitted(
        people.petugas,
        sample_content("Dokumen penawaran lelang"),
        sample_test(konsekuensi="Persaingan usaha tidak sehat"),
    )
    text = words("\n".join(pages_of(service.render_usulan(config, tanggal=DAY))))
    assert "DAFTAR INFORMASI YANG AKAN DIKECUALIKAN" in text
    for item_id in (draft, waiting):
        item = items.get_item(item_id)
        assert item.nomor in text and item.content.judul in text
    assert "Persaingan usaha tidak sehat" in text
    assert "Informasi butir 00" not in text  # approved: in the DIK, no longer proposed
    assert "Mengetahui" in text and "Pontianak, 25 November 2026" in text


# --- the softcopy archive -----------------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_issued_documents_are_archived_byte_for_byte(people: People, config: Config) -> None:
    item_id = _approve(people, 2)[0]
    nomor = items.get_item(item_id).nomor
    pdf = service.render_uji(config, item_id)
    assert service.render_uji(config, item_id) == pdf  # the same inputs give the same bytes
    assert service.render_dik(config, tanggal=DAY) == service.render_dik(config, tanggal=DAY)
    when = datetime(2026, 11, 25, 3, 0)

    record = service.issue(
        people.petugas,
        config,
        "uji",
        pdf,
        "Lembar pengujian konsekuensi",
        nomor,
        item_id=item_id,
        paper=Paper.A4,
        now=when,
    )
    assert (record.jenis, record.created_by, record.created_at, record.item_id, record.referensi, record.paper) == (
        "uji",
        "petugas",
        when,
        item_id,
        nomor,
        "A4",
    )
    assert record.sha256 == hashlib.sha256(pdf).hexdigest() and record.ukuran == len(pdf)
    assert archived_copy(config, record) == pdf
    assert record.path.is_relative_to(config.data_dir / "arsip" / "2026")
    assert service.archived_bytes(record) == pdf

    dik = service.issue(
        people.atasan, config, "dik", service.render_dik(config, tanggal=DAY), "Daftar Informasi yang Dikecualikan"
    )
    assert [d.id for d in service.archive(config, item_id)] == [record.id]
    assert [d.id for d in service.archive(config)] == [dik.id, record.id]  # newest first
    event = audit.recent(5, AuditAction.DOCUMENT_ISSUED)[-1]
    assert (event.actor, event.item_id, event.details["sha256"]) == ("petugas", item_id, record.sha256)

    tampered = bytearray(pdf)
    tampered[len(pdf) // 2] ^= 0x01
    damage_archived(config, record, bytes(tampered))
    with pytest.raises(StorageError, match="berubah"):
        service.archived_bytes(record)
    again = service.issue(
        people.petugas, config, "uji", pdf, "Lembar pengujian konsekuensi", nomor, item_id=item_id, now=when
    )
    assert again.path == record.path and service.archived_bytes(again) == service.archived_bytes(record) == pdf
    damage_archived(config, record, None)
    with pytest.raises(StorageError, match="Pulihkan"):
        service.archived_bytes(record)
