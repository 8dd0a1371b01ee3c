"""Issue 9: what the lists and the keputusan say and where it lands on the page — the Alasan
Pengecualian of the lampiran, the Mengingat with their Lembaran Negara, the tembusan with the
signature, a signature never alone on a page, a short DIK on one page, the proposal list in the
columns of the DIK, a bare "Pasal 17" printed as written. PDFs are read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Paper, PrintSettings
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.keputusan import mengingat
from dikecualikan_gui.reports.page import Letterhead
from dikecualikan_gui.services import approval, items, profile
from dikecualikan_gui.services import documents as service

from conftest import People
from factories import sample_content, sample_profile, sample_test, submitted

DAY = date(2026, 11, 25)
PENETAPAN = "800/25/PPID/2026"
PAPERS = [Paper.F4, Paper.A4]


def pages_of(pdf: bytes) -> list[str]:
    """The words of every page, the page number at its foot left out."""
    return [
        re.sub(r"\s*Halaman \d+ dari \d+\s*", " ", " ".join(page.extract_text().split())).strip()
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _agency(paper: Paper = Paper.F4, **settings: object) -> docs.Agency:
    head = Letterhead(
        "Pemerintah Provinsi Kalimantan Barat",
        "Dinas Koperasi dan UKM",
        "Sekretariat",
        "Jalan Sutan Syahrir Nomor 1, Pontianak 78116",
        "Telepon (0561) 736221",
        None,
    )
    return docs.Agency(
        head,
        "Dinas Koperasi dan UKM",
        "Sekretariat",
        "Pontianak",
        dataclasses.replace(PrintSettings(), paper=paper, **settings),
    )


SIGNER = docs.Signature("Kepala Dinas", "Drs. H. Ahmad Fauzi, M.Si.", "197001011990031001", "Pembina Utama Muda")
PPID = docs.Signature("Sekretaris Dinas", "Rina Wulandari, S.Sos.", "198705122010012003", "Pembina")


def _row(n: int, **changes: str) -> docs.ListRow:
    row = docs.ListRow(
        "2026/{n:03d}".format(n=n),
        "Informasi nomor {n}".format(n=n),
        "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008",
        "Mengungkap {n}".format(n=n),
        "Melindungi {n}".format(n=n),
        "5 (lima) tahun",
        "Alasan {n}".format(n=n),
    )
    return dataclasses.replace(row, **changes)


@pytest.fixture
def agency_profile(people: People) -> None:
    profile.update_profile(people.admin, sample_profile())


# --- the keputusan: Alasan Pengecualian, Mengingat, tembusan -------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_lampiran_gives_the_reason_or_else_the_consequence(people: People, config: Config) -> None:
    """Perki 1/2017 Pasal 4 ayat 4 huruf e: the column is never blank for an item whose test has a
    consequence but no reason."""
    with_reason = submitted(
        people.petugas,
        sample_content("Informasi beralasan"),
        sample_test(alasan="Memuat rahasia pribadi", konsekuensi="Akibat pertama terungkap"),
    )
    without = submitted(
        people.petugas,
        sample_content("Informasi tanpa alasan"),
        sample_test(alasan="", konsekuensi="Akibat kedua terungkap"),
    )
    approval.approve(people.atasan, [with_reason, without], PENETAPAN, tanggal=DAY, tempat="Pontianak")
    pages = pages_of(service.render_penetapan(config, PENETAPAN))
    lampiran = " ".join(pages[next(n for n, p in enumerate(pages) if "LAMPIRAN" in p) :])

    assert "Alasan Pengecualian" in lampiran
    assert "Memuat rahasia pribadi" in lampiran and lampiran.count("Akibat pertama terungkap") == 1
    # no reason recorded: the consequence under Alasan Pengecualian and again under Dibuka
    assert lampiran.count("Akibat kedua terungkap") == 2
    second = lampiran[lampiran.index("Informasi tanpa alasan") :]
    assert re.match(r"Informasi tanpa alasan Pasal 17 .*? Akibat kedua terungkap Akibat kedua terungkap", second)
    for item_id in (with_reason, without):  # internal numbers are left out by default
        assert items.get_item(item_id).nomor not in lampiran


def test_mengingat_ends_each_statute_with_a_semicolon_and_the_last_with_a_full_stop() -> None:
    assert mengingat(["UU A", "PP B;", "Perki C.  ", "", "Pergub D ;"]) == ["UU A;", "PP B;", "Perki C;", "Pergub D."]
    assert mengingat([]) == ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik."]

    decree = docs.Decree(
        nomor=PENETAPAN,
        tanggal=DAY,
        tempat="Pontianak",
        jenis="pengecualian",
        tahun=2026,
        rows=(_row(1),),
        ppid=PPID,
        signer=SIGNER,
        office="Kepala Dinas",
    )
    text = " ".join(pages_of(docs.build_penetapan(_agency(), decree)))
    cited = text[text.index("Mengingat") : text.index("MEMUTUSKAN")]
    assert (
        "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (Lembaran Negara Republik "
        "Indonesia Tahun 2008 Nomor 61, Tambahan Lembaran Negara Republik Indonesia Nomor 4846); 2. Peraturan "
        "Pemerintah Nomor 61 Tahun 2010"
    ) in cited
    assert (
        "(Lembaran Negara Republik Indonesia Tahun 2010 Nomor 99, Tambahan Lembaran Negara Republik Indonesia "
        "Nomor 5149); 3." in cited
    )
    assert "Pengklasifikasian Informasi Publik; 4." in cited  # no Berita Negara number that was not verified
    assert cited.rstrip().endswith("(Berita Negara Republik Indonesia Tahun 2021 Nomor 741).")
    assert cited.count(";") == 3 and ";;" not in cited


def test_a_stored_mengingat_is_kept_and_only_the_former_default_is_renewed() -> None:
    current = PrintSettings().mengingat
    assert PrintSettings.from_dict({}).mengingat == current
    assert PrintSettings.from_dict({"mengingat": list(PrintSettings.FORMER_MENGINGAT)}).mengingat == current
    edited = [*PrintSettings.FORMER_MENGINGAT, "Peraturan Gubernur Kalimantan Barat Nomor 7 Tahun 2020"]
    assert PrintSettings.from_dict({"mengingat": edited}).mengingat == tuple(edited)
    assert PrintSettings.from_dict({"mengingat": ["Undang-Undang Nomor 14 Tahun 2008"]}).mengingat == (
        "Undang-Undang Nomor 14 Tahun 2008",
    )
    assert not PrintSettings().show_nomor_usulan and not PrintSettings.from_dict({}).show_nomor_usulan
    shown = PrintSettings(show_nomor_usulan=True)
    assert PrintSettings.from_dict(shown.to_dict()) == shown
    assert not PrintSettings.from_dict({"show_nomor_usulan": "tidak"}).show_nomor_usulan  # as `profile set` stores it


@pytest.mark.parametrize("paper", PAPERS)
def test_the_tembusan_stays_with_its_label_and_the_signature(paper: Paper) -> None:
    """However far down the page the decision ends (each statute under Mengingat pushes it down
    a line or two), the tembusan is never split from its label nor from the signature above it."""
    tembusan = tuple("Kepala Instansi Penerima Nomor {n}".format(n=n) for n in range(1, 7))
    decree = docs.Decree(
        nomor=PENETAPAN,
        tanggal=DAY,
        tempat="Pontianak",
        jenis="pengecualian",
        tahun=2026,
        rows=(_row(1),),
        ppid=PPID,
        signer=SIGNER,
        office="Kepala Dinas",
    )
    for statutes in range(1, 25):
        laws = tuple(
            "Peraturan Daerah Nomor {n} Tahun 2020 tentang Urusan Pemerintahan".format(n=n)
            for n in range(1, statutes + 1)
        )
        pages = pages_of(docs.build_penetapan(_agency(paper, tembusan=tembusan, mengingat=laws), decree))
        signed = [page for page in pages if "Tembusan" in page]
        assert len(signed) == 1, statutes
        page = signed[0]
        assert all(t in page for t in tembusan), statutes
        assert "Ditetapkan di Pontianak" in page and "Keputusan ini mulai berlaku" in page
        assert page.index("Drs. H. Ahmad Fauzi") < page.index("Tembusan")


# --- a signature never alone on a page --------------------------------------------------------------


def _sheet(count: int) -> docs.UjiSheet:
    return docs.UjiSheet(
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
        sesi="UK-2026-001",
        peserta=tuple(docs.Participant("Peserta Nomor{n}".format(n=n), "Jabatan", "Unit") for n in range(1, count + 1)),
    )


@pytest.mark.parametrize("paper", PAPERS)
def test_the_lembar_uji_never_leaves_its_signatures_alone(paper: Paper) -> None:
    """Any number of participants: the signatures stand on a page with the last participants, the
    heading with the table; participants and signatures that fit on one page share it."""
    for count in range(1, 41):
        pages = pages_of(docs.build_uji(_agency(paper), _sheet(count), PPID, SIGNER))
        signed = next(n for n, page in enumerate(pages) if "Rina Wulandari" in page)
        assert signed == len(pages) - 1
        assert "Peserta Nomor{n} ".format(n=count) in pages[signed], (paper, count)
        assert all("Tanda Tangan" in page for page in pages if "Peserta pengujian konsekuensi:" in page)
        if count <= 12:  # a short table goes over whole, with its heading, rather than be split
            assert "Peserta pengujian konsekuensi:" in pages[signed] and "Peserta Nomor1 " in pages[signed]


# --- the DIK: two short rows on one page; otherwise only the last row goes with the signature -------


@pytest.mark.usefixtures("agency_profile")
@pytest.mark.parametrize("paper", PAPERS)
def test_a_dik_of_two_short_rows_prints_on_one_page(people: People, config: Config, paper: Paper) -> None:
    ids = [submitted(people.petugas, sample_content("Data pegawai {n}".format(n=n))) for n in range(2)]
    approval.approve(people.atasan, ids, PENETAPAN, tanggal=DAY, tempat="Pontianak")
    pages = pages_of(service.render_dik(config, paper, tanggal=DAY))
    assert len(pages) == 1
    assert "Data pegawai 0" in pages[0] and "Data pegawai 1" in pages[0] and "Ditetapkan di Pontianak" in pages[0]


@pytest.mark.parametrize("paper", PAPERS)
def test_rows_stay_with_the_table_until_the_signature_no_longer_fits(paper: Paper) -> None:
    """Adding rows one by one: while the signature fits after them they all stay on the first
    page; the first row too many for the signature goes over with it, alone; never the signature
    alone."""
    citation = [docs.Citation("Kepala Dinas", PENETAPAN, DAY, "Pontianak")]
    for count in range(2, 30):
        pages = pages_of(
            docs.build_dik(_agency(paper), [_row(n) for n in range(1, count + 1)], 2026, SIGNER, DAY, citation)
        )
        if len(pages) > 1:
            break
        assert "Informasi nomor {n} ".format(n=count) in pages[0] and "Ditetapkan di" in pages[0]
    else:
        pytest.fail("the rows never went over a page")
    assert len(pages) == 2 and count > 2
    assert all("Informasi nomor {n} ".format(n=n) in pages[0] for n in range(1, count))
    last = pages[1]
    assert "Informasi nomor {n} ".format(n=count) in last and "Ditetapkan di Pontianak" in last
    assert not any("Informasi nomor {n} ".format(n=n) in last for n in range(1, count))  # only the last row


# --- the proposal list reads as the DIK; a bare "Pasal 17" prints as written -------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_proposal_list_has_the_columns_of_the_dik(people: People, config: Config) -> None:
    proposed = submitted(
        people.petugas,
        sample_content("Dokumen penawaran lelang"),
        sample_test(konsekuensi="Persaingan usaha tidak sehat", pertimbangan="Pengadaan tetap adil"),
    )
    bare = items.create_item(people.petugas, sample_content("Notulen rapat pimpinan"))
    bare = items.record_test(
        people.petugas, bare.id, bare.version, sample_test(grounds=(), dasar_hukum_asli="Pasal 17 UU KIP")
    )
    text = " ".join(pages_of(service.render_usulan(config, tanggal=DAY)))

    header = [
        "No.",
        "Unit Pengusul",
        "Informasi yang Akan Dikecualikan",
        "Dasar Hukum Pengecualian",
        "Konsekuensi / Pertimbangan bagi Publik",
        "Usulan Jangka Waktu",
        "Dibuka",
        "Ditutup",
    ]
    positions = [text.index(heading) for heading in header]
    assert positions == sorted(positions)  # in the order of the DIK (Dibuka | Ditutup on the second row)
    row = text[text.index("Dokumen penawaran lelang") - 40 :]
    item = items.get_item(proposed)
    assert re.search(
        r"Subbagian Umum dan Kepegawaian Dokumen penawaran lelang \({n}\) Pasal 17 huruf h angka 2 "
        r".*? Persaingan usaha tidak sehat Pengadaan tetap adil 5 \(lima\) tahun".format(n=re.escape(item.nomor)),
        row,
    )
    assert "Notulen rapat pimpinan ({n}) Pasal 17 UU KIP".format(n=bare.nomor) in text  # never an empty cell
    draft = " ".join(pages_of(service.render_uji(config, bare.id)))
    assert "Dasar hukum pengecualian : Pasal 17 UU KIP" in draft
