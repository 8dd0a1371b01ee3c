"""Issue 8: issued documents are frozen; a draft lembar uji says so on every page; one berita acara per
session; the DIK is the lampiran of the keputusan in force; a keputusan names who sets it and who
approved; an edition's keputusan revokes the previous one. PDFs are read back with pypdf."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from stored_files import damage_archived

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import Paper, Participant, PrintSettings, Signatory, Signer
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.reports import documents as docs
from dikecualikan_gui.reports.page import Letterhead
from dikecualikan_gui.services import approval, editions, items, profile, sessions
from dikecualikan_gui.services import documents as service
from dikecualikan_gui.services.common import local_today

from conftest import People
from factories import sample_content, sample_profile, sample_test, submitted

PENETAPAN = "800/25/PPID/2026"
DAY = date(2026, 11, 25)
PEOPLE = (
    Participant("Siti Aminah, S.H.", "Pengelola Informasi", "Sekretariat"),
    Participant("Budi Hartono", "Kepala Bidang", "Bidang UKM"),
    Participant("Yohanes Lim", "Arsiparis", "Subbagian Umum"),
)


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    """The text of every page, without the page numbers at their foot (a sentence goes on over them)."""
    return " ".join(re.sub(r"\s*Halaman \d+ dari \d+\s*", " ", page).strip() for page in pages_of(pdf))


def landscape(pdf: bytes) -> list[bool]:
    return [float(p.mediabox.width) > float(p.mediabox.height) for p in PdfReader(io.BytesIO(pdf)).pages]


def archive_rows(config: Config, kunci: str) -> list[tuple[str, str]]:
    """The archive records of one key, oldest first (read through the service: SQLite or PostgreSQL)."""
    return [(d.jenis, d.sha256) for d in reversed(service.archive(config)) if d.kunci == kunci]


def publish(config: Config, spec: service.Spec, target: Path, paper: Paper | None = None) -> service.Published:
    return service.publish(None, config, spec, paper, paper or Paper.F4, target.write_bytes)


@pytest.fixture
def agency_profile(people: People) -> None:
    profile.update_profile(people.admin, sample_profile())


def _approve(
    people: People, count: int, nomor: str = PENETAPAN, tanggal: date = DAY, prefix: str = "Informasi"
) -> list[int]:
    ids = [submitted(people.petugas, sample_content("{p} butir {n:02d}".format(p=prefix, n=n))) for n in range(count)]
    approval.approve(people.atasan, ids, nomor, tanggal=tanggal, tempat="Pontianak")
    return ids


def _changed_profile(people: People, **settings: object) -> None:
    """A new PPID (name, pangkat, NIP), the other signer, other Mengingat and tembusan, A4 paper."""
    now = profile.get_profile()
    profile.update_profile(
        people.admin,
        dataclasses.replace(
            now,
            ppid=Signatory("Yusuf Ramadhan, S.H.", "198001012005011001", "Sekretaris Dinas", "Pembina Tingkat I"),
            atasan=dataclasses.replace(now.atasan, pangkat="Pembina Utama Madya"),
            print_settings=dataclasses.replace(
                now.print_settings,
                **{
                    "penetapan_signer": Signer.PPID,
                    "mengingat": ("Undang-Undang Nomor 1 Tahun 2026 tentang Contoh",),
                    "tembusan": ("Inspektur Provinsi",),
                    "paper": Paper.A4,
                    **settings,
                },
            ),
        ),
    )


# --- 1. issued documents are frozen -------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_a_keputusan_is_the_same_bytes_before_and_after_a_profile_change(
    people: People, config: Config, tmp_path: Path
) -> None:
    _approve(people, 2)
    first = publish(config, service.penetapan_spec(config, PENETAPAN), tmp_path / "satu.pdf")
    assert not first.reprint and first.record is not None
    assert "Rina Wulandari, S.Sos." in text_of(first.data) and "KEPUTUSAN KEPALA DINAS" in text_of(first.data)

    _changed_profile(people)
    rebuilt = text_of(service.render_penetapan(config, PENETAPAN))  # what a new issue would say now
    assert "Yusuf Ramadhan" in rebuilt and "KEPUTUSAN PEJABAT PENGELOLA INFORMASI" in rebuilt
    again = publish(config, service.penetapan_spec(config, PENETAPAN), tmp_path / "dua.pdf", Paper.A4)
    assert again.reprint and again.data == first.data
    assert (tmp_path / "dua.pdf").read_bytes() == (tmp_path / "satu.pdf").read_bytes() == first.data
    assert archive_rows(config, "penetapan:" + PENETAPAN) == [("penetapan", hashlib.sha256(first.data).hexdigest())]
    assert service.issued_copy(config, service.penetapan_spec(config, PENETAPAN).keys) == first.record


@pytest.mark.usefixtures("agency_profile")
def test_a_held_lembar_uji_is_frozen_too(people: People, config: Config, tmp_path: Path) -> None:
    item_id = _approve(people, 1)[0]
    spec = service.uji_spec(config, item_id)
    test_id = items.tests_of(item_id)[0].id
    assert (spec.jenis, spec.kunci) == ("uji", "uji:{t}".format(t=test_id))
    first = publish(config, spec, tmp_path / "uji.pdf")
    _changed_profile(people)
    rebuilt = service.render_uji(config, item_id)  # a new build: A4 now, the leader without the profile's pangkat
    assert rebuilt != first.data and "Rina Wulandari, S.Sos." in text_of(rebuilt)  # who led it, as recorded
    again = publish(config, service.uji_spec(config, item_id), tmp_path / "lagi.pdf")
    assert again.reprint and again.data == first.data  # the issued sheet does not change
    assert len(archive_rows(config, spec.kunci)) == 1


@pytest.mark.usefixtures("agency_profile")
def test_one_key_never_gets_a_second_record(
    people: People, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks issuing the same keputusan at once: the one that comes second gets the first's record."""
    _approve(people, 1)
    spec = service.penetapan_spec(config, PENETAPAN)
    mine = spec.render(None, None)
    other = service.render_penetapan(config, PENETAPAN, Paper.A4)  # built at the other desk, another paper
    assert mine != other
    first = service.issue_spec(people.atasan, config, spec, other, Paper.A4)
    second = service.issue_spec(people.petugas, config, spec, mine, Paper.F4)
    assert second == first and second.sha256 == hashlib.sha256(other).hexdigest()
    assert len(archive_rows(config, spec.kunci)) == 1
    # publish() on the desk that lost the race (it found no copy a moment before) writes the issued copy
    monkeypatch.setattr(service, "issued_copy", lambda *args: None)
    done = publish(config, spec, tmp_path / "k.pdf")
    assert done.reprint and done.data == other and (tmp_path / "k.pdf").read_bytes() == other
    assert len(archive_rows(config, spec.kunci)) == 1


@pytest.mark.usefixtures("agency_profile")
@pytest.mark.parametrize("damage", ["missing", "changed"])
def test_a_damaged_archived_copy_is_refused_not_rebuilt(
    people: People, config: Config, tmp_path: Path, damage: str
) -> None:
    _approve(people, 1)
    first = publish(config, service.penetapan_spec(config, PENETAPAN), tmp_path / "k.pdf")
    assert first.record is not None
    damage_archived(config, first.record, None if damage == "missing" else first.data.replace(b"%PDF", b"%PDX", 1))
    target = tmp_path / "cetak-ulang.pdf"
    with pytest.raises(StorageError, match="Pulihkan arsip dari cadangan") as raised:
        publish(config, service.penetapan_spec(config, PENETAPAN), target)
    assert PENETAPAN in str(raised.value) and ("SHA-256" in str(raised.value)) == (damage == "changed")
    assert not target.exists() and len(archive_rows(config, "penetapan:" + PENETAPAN)) == 1


# --- 2. a lembar uji of a test not held is a draft ------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_a_draft_lembar_uji_is_marked_on_every_page_and_never_archived(
    people: People, config: Config, tmp_path: Path
) -> None:
    item = items.create_item(people.petugas, sample_content("Notulen rapat pimpinan"))  # its test only proposed
    long_text = " ".join("konsekuensi{n}".format(n=n) for n in range(900))
    items.save(people.petugas, item.id, item.version, test=sample_test(konsekuensi=long_text))
    spec = service.uji_spec(config, item.id)
    assert (spec.jenis, spec.kunci, spec.issued) == ("draf-uji", "", False)
    done = publish(config, spec, tmp_path / "draf.pdf")
    pages = pages_of(done.data)
    assert len(pages) >= 2 and all("DRAF — belum diuji" in page for page in pages)
    text = " ".join(pages)
    assert "[X]" not in text and "Menyetujui" not in text and "Sesi pengujian nomor" not in text
    assert "belum diadakan" in text and "Usulan: Dikecualikan seluruhnya (belum diputuskan)" in text
    assert done.record is None and not done.reprint and service.archive(config) == []


@pytest.mark.usefixtures("agency_profile")
def test_the_lembar_uji_of_a_held_test_cites_its_session(people: People, config: Config) -> None:
    item = items.create_item(people.petugas, sample_content())
    items.save(people.petugas, item.id, item.version, test=sample_test())
    nomor = sessions.record_session(
        people.petugas,
        date(2026, 11, 23),
        [sessions.SessionEntry(item.id)],
        PEOPLE,
        tempat="Ruang Rapat Lantai 2",
        waktu="09.00 WIB",
    ).nomor
    text = text_of(service.render_uji(config, item.id))
    assert "Sesi pengujian nomor {n}, Senin, 23 November 2026, Ruang Rapat Lantai 2".format(n=nomor) in text
    assert "Pada hari Senin, tanggal 23 November 2026, pukul 09.00 WIB, bertempat di Ruang Rapat Lantai 2" in text
    assert "[X] Dikecualikan seluruhnya" in text and "DRAF" not in text
    assert all(p.nama in text for p in PEOPLE) and "Pontianak, 23 November 2026" in text


# --- 3. the berita acara of a session -------------------------------------------------------------


def _session(people: People, count: int, tanggal: date = date(2026, 11, 23)) -> tuple[str, list[str]]:
    entries, nomors = [], []
    for n in range(count):
        item = items.create_item(people.petugas, sample_content("Dokumen pengadaan nomor {n:03d}".format(n=n)))
        items.save(people.petugas, item.id, item.version, test=sample_test())
        entries.append(sessions.SessionEntry(item.id))
        nomors.append(item.nomor)
    result = sessions.record_session(
        people.petugas, tanggal, entries, PEOPLE, tempat="Ruang Rapat Lantai 2", waktu="09.00 WIB"
    )
    return result.nomor, nomors


@pytest.mark.usefixtures("agency_profile")
def test_a_session_of_80_items_has_one_berita_acara_with_one_signature_table(
    people: People, config: Config, tmp_path: Path
) -> None:
    nomor, nomors = _session(people, 80)
    _changed_profile(people, paper=Paper.F4)  # a new PPID since: the session keeps who led it
    spec = service.berita_acara_spec(config, nomor)
    assert (spec.jenis, spec.kunci) == ("berita-acara", "berita-acara:" + nomor)
    done = publish(config, spec, tmp_path / "ba.pdf")
    pages = pages_of(done.data)
    text = " ".join(pages)
    assert text.count("BERITA ACARA PENGUJIAN KONSEKUENSI") == 2  # the title, and the lampiran's reference
    assert "Nomor: " + nomor in text
    assert (
        "Pada hari Senin, tanggal 23 November 2026, pukul 09.00 WIB, bertempat di Ruang Rapat Lantai 2, "
        "Rina Wulandari, S.Sos., Sekretaris Dinas, selaku Pejabat Pengelola Informasi dan Dokumentasi Dinas "
        "Koperasi dan UKM, bersama peserta yang namanya tercantum di bawah ini telah melaksanakan pengujian "
        "konsekuensi atas 80 (delapan puluh) informasi yang diusulkan untuk dikecualikan"
    ) in text
    assert "Pasal 19 Undang-Undang Nomor 14 Tahun 2008" in text and "Yusuf Ramadhan" not in text
    assert "Kesimpulan pengujian: 80 (delapan puluh) informasi dikecualikan seluruhnya." in text
    assert text.count("DAFTAR HADIR DAN TANDA TANGAN PESERTA") == 1  # one signature table for everyone
    signing = text[text.index("DAFTAR HADIR") : text.index("LAMPIRAN")]
    assert all(p.nama in signing for p in PEOPLE) and signing.count("Tanda Tangan") == 1
    assert "Pemimpin pengujian konsekuensi" in signing and "Pontianak, 23 November 2026" in signing
    lampiran = [p for p, wide in zip(pages, landscape(done.data), strict=True) if wide]
    assert len(lampiran) >= 3 and not landscape(done.data)[0]
    for page in lampiran:  # the header on every page of the lampiran
        assert page.count("Konsekuensi apabila Dibuka") == 1 and "Pertimbangan (Kepentingan Umum)" in page
    body = " ".join(lampiran)
    positions = [body.index(" {n} ".format(n=n)) for n in nomors]
    assert positions == sorted(positions)  # every item, in order
    assert "Dikecualikan seluruhnya" in body and "5 (lima) tahun" in body
    assert archive_rows(config, spec.kunci) == [("berita-acara", hashlib.sha256(done.data).hexdigest())]
    assert publish(config, service.berita_acara_spec(config, nomor), tmp_path / "lagi.pdf").data == done.data


def test_an_unknown_session_is_not_found(config: Config) -> None:
    from dikecualikan_gui.errors import NotFound

    with pytest.raises(NotFound, match="UK-2099-999"):
        service.berita_acara_spec(config, "UK-2099-999")


# --- 4. the DIK cites the keputusan it is the lampiran of ------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_dik_cites_its_keputusan_and_is_dated_by_them_not_by_the_print(people: People, config: Config) -> None:
    _approve(people, 2, PENETAPAN, DAY)
    _approve(people, 1, "800/27/PPID/2026", date(2026, 11, 27), prefix="Kontrak")
    printed = date(2026, 11, 29)
    pages = pages_of(service.render_dik(config, tanggal=printed))
    text = " ".join(pages)
    assert (
        "LAMPIRAN : KEPUTUSAN KEPALA DINAS NOMOR : 1. 800/25/PPID/2026 tanggal 25 November 2026 "
        "2. 800/27/PPID/2026 tanggal 27 November 2026"
    ) in text
    assert "Ditetapkan di Pontianak pada tanggal 27 November 2026" in text  # the latest keputusan signs
    assert all("Dicetak pada 29 November 2026" in page for page in pages)
    assert "pada tanggal 29 November 2026" not in text

    edition = editions.create_edition(people.atasan, 2026, "800/28/PPID/2026", tanggal=date(2026, 11, 28))
    text = text_of(service.render_dik(config, tanggal=printed))  # the list is now exactly that edition
    assert "NOMOR : 800/28/PPID/2026 TANGGAL : 28 November 2026" in text
    assert "800/25/PPID/2026" not in text and edition.nomor_penetapan in text
    assert "Ditetapkan di Pontianak pada tanggal 28 November 2026" in text


@pytest.mark.usefixtures("agency_profile")
def test_the_dik_is_signed_as_its_issued_keputusan_was(people: People, config: Config, tmp_path: Path) -> None:
    _approve(people, 1)
    publish(config, service.penetapan_spec(config, PENETAPAN), tmp_path / "k.pdf")
    _changed_profile(people)  # the PPID would sign a keputusan issued now
    text = text_of(service.render_dik(config, tanggal=date(2026, 11, 29)))
    assert "LAMPIRAN : KEPUTUSAN KEPALA DINAS NOMOR : 800/25/PPID/2026 TANGGAL : 25 November 2026" in text
    assert "Kepala Dinas, Drs. Atasan PPID" in text and "Yusuf Ramadhan" not in text
    assert "Pejabat Pengelola Informasi dan Dokumentasi Dinas Koperasi dan UKM," not in text


# --- 5. who sets the keputusan and who approved ---------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_the_keputusan_names_who_sets_it_and_the_atasan_who_approved(people: People, config: Config) -> None:
    _approve(people, 1)
    today = local_today()
    text = text_of(service.render_penetapan(config, PENETAPAN))
    # dated 25 November, signed off in the application today: both days, as recorded
    approved = (
        "telah disetujui oleh Drs. Atasan PPID, Kepala Dinas, selaku Atasan Pejabat Pengelola Informasi "
        "dan Dokumentasi sebagaimana keputusan tanggal 25 November 2026 yang persetujuannya dicatat pada "
        "tanggal {d}".format(d=format_date_id(today))
    )
    assert approved in text and "KEPUTUSAN KEPALA DINAS" in text and "Menyetujui" not in text

    settings = dataclasses.replace(PrintSettings(), penetapan_signer=Signer.PPID)
    profile.update_profile(people.admin, dataclasses.replace(sample_profile(), print_settings=settings))
    text = text_of(service.render_penetapan(config, PENETAPAN))
    assert "KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI DINAS KOPERASI DAN UKM NOMOR " + PENETAPAN in text
    assert approved in text  # the PPID sets it; the Atasan PPID approved it, not the PPID
    decision = text[text.index("KEDUA") : text.index("Ditetapkan di")]
    assert (
        "Rina Wulandari, S.Sos., NIP 198705122010012003, Sekretaris Dinas dalam sesi pengujian konsekuensi" in decision
    )
    assert "Menyetujui, Kepala Dinas, Drs. Atasan PPID" in text  # beside the PPID who sets it
    assert (
        "Ditetapkan di Pontianak pada tanggal 25 November 2026 Pejabat Pengelola Informasi dan Dokumentasi "
        "Dinas Koperasi dan UKM, Rina Wulandari, S.Sos. Pembina NIP. 198705122010012003"
    ) in text


# --- 6. an edition's keputusan --------------------------------------------------------------------


@pytest.mark.usefixtures("agency_profile")
def test_an_edition_keputusan_has_no_placeholder_and_revokes_the_previous_one(people: People, config: Config) -> None:
    _approve(people, 2)
    first = editions.create_edition(people.atasan, 2026, "800/26/PPID/2026", tanggal=date(2026, 11, 26))
    _approve(people, 1, "800/27/PPID/2026", date(2026, 11, 27), prefix="Kontrak")
    second = editions.create_edition(people.atasan, 2026, "800/28/PPID/2026", tanggal=date(2026, 11, 28))

    one = text_of(service.render_penetapan(config, first.nomor_penetapan))
    assert "dicabut" not in one and "(edisi ke-1)" in one
    two = text_of(service.render_penetapan(config, second.nomor_penetapan))
    for text in (one, two):
        assert "-," not in text and "pada tanggal -" not in text and " - " not in text
        assert "Keputusan Kepala Dinas Nomor 800/25/PPID/2026 tanggal 25 November 2026" in text
    assert (
        "Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor 800/26/PPID/2026 tanggal "
        "26 November 2026 tentang Daftar Informasi yang Dikecualikan di Lingkungan Dinas Koperasi dan UKM "
        "Tahun 2026 dicabut dan dinyatakan tidak berlaku."
    ) in two
    assert "Keputusan Kepala Dinas Nomor 800/27/PPID/2026 tanggal 27 November 2026" in two
    assert "(edisi ke-2)" in two and "Kontrak butir 00" in two
    spec = service.penetapan_spec(config, second.nomor_penetapan)
    assert spec.kunci == "edisi:{n}".format(n=second.nomor)


def test_keputusan_of_different_officials_are_cited_in_full_and_the_latest_signs() -> None:
    head = Letterhead("Pemerintah Kota Pontianak", "Dinas Kominfo", "Sekretariat", "Jalan Rahadi Usman 3", "", None)
    agency = docs.Agency(head, "Dinas Kominfo", "Sekretariat", "Pontianak", PrintSettings())
    row = docs.ListRow(
        "2026/001", "Biodata pegawai", "Pasal 17 huruf h angka 2", "Mengungkap", "Melindungi", "5 (lima) tahun"
    )
    citations = [
        docs.Citation("Kepala Dinas", "800/1/PPID/2026", date(2026, 3, 2), "Pontianak"),
        docs.Citation(
            "Pejabat Pengelola Informasi dan Dokumentasi Dinas Kominfo", "PPID/7/2026", date(2026, 9, 14), "Pontianak"
        ),
    ]
    text = text_of(
        docs.build_dik(
            agency, [row], 2026, docs.Signature("Sekretaris Dinas", "Ir. Budi Santoso"), date(2026, 11, 29), citations
        )
    )
    assert (
        "LAMPIRAN : 1. Keputusan Kepala Dinas Nomor 800/1/PPID/2026 tanggal 2 Maret 2026 2. Keputusan Pejabat "
        "Pengelola Informasi dan Dokumentasi Dinas Kominfo Nomor PPID/7/2026 tanggal 14 September 2026"
    ) in text
    assert "Ditetapkan di Pontianak pada tanggal 14 September 2026 Sekretaris Dinas, Ir. Budi Santoso" in text
    assert "Dicetak pada 29 November 2026" in text and "pada tanggal 29 November 2026" not in text


def test_a_keputusan_over_many_sessions_names_their_count_and_days() -> None:
    head = Letterhead("", "Dinas Kominfo", "", "", "", None)
    agency = docs.Agency(head, "Dinas Kominfo", "", "Pontianak", PrintSettings())
    row = docs.ListRow("2026/001", "Biodata", "Pasal 17 huruf h angka 2", "Mengungkap", "Melindungi", "5 (lima) tahun")
    signer = docs.Signature("Kepala Dinas", "Ir. Budi Santoso")
    sesi = tuple(("UK-2026-{n:03d}".format(n=n), date(2026, 11, n)) for n in range(1, 8))
    decree = docs.Decree(
        "800/1/PPID/2026",
        date(2026, 11, 20),
        "Pontianak",
        "pengecualian",
        2026,
        (row,),
        docs.Signature("Sekretaris Dinas", "Rina"),
        signer,
        sesi=sesi,
        approved=docs.Approved("Ir. Budi Santoso", "Kepala Dinas", date(2026, 11, 20)),
    )
    text = text_of(docs.build_penetapan(agency, decree))
    assert (
        "dalam 7 sesi pengujian konsekuensi antara tanggal 1 November 2026 dan tanggal 7 November 2026, "
        "sebagaimana tercantum dalam berita acara setiap sesi, dan telah disetujui oleh Ir. Budi Santoso"
    ) in text
    assert "UK-2026-001" not in text and " - " not in text and "-," not in text
    few = text_of(docs.build_penetapan(agency, dataclasses.replace(decree, sesi=sesi[:2])))
    assert "nomor UK-2026-001 tanggal 1 November 2026; nomor UK-2026-002 tanggal 2 November 2026" in few
