"""One data row of an import table -> the item's content and the proposed test (undated: a file
is no consequence test). Words the importer does not know become notes, never a refusal; a row that
cannot be what it says raises ValueError with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dikecualikan_gui.domain.dates import parse_date
from dikecualikan_gui.domain.jangka_waktu import parse_jangka_waktu
from dikecualikan_gui.domain.legal_basis import NOTE_EMPTY, NOTE_NO_GROUNDS, LegalBasisError, parse_legal_basis
from dikecualikan_gui.domain.model import (
    Bentuk,
    Ground,
    ItemContent,
    JangkaWaktu,
    Kesimpulan,
    ReleaseCondition,
    Status,
    UjiContent,
    WaktuPengujian,
)
from dikecualikan_gui.services.table_reader import squash

TEST_FIELDS = (
    "dasar_hukum",
    "uu_lain",
    "alasan",
    "konsekuensi",
    "pertimbangan",
    "kesimpulan",
    "bagian_dikecualikan",
    "jangka_waktu",
    "tanggal_uji",
    "tempat_uji",
    "waktu_pengujian",
    "syarat_pembukaan",
)


@dataclass
class ParsedRow:
    row_number: int
    content: ItemContent
    test: UjiContent | None
    notes: list[str] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)  # notes that keep the row a draft
    status: Status = Status.DRAF
    findings: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _enum(cls: Any, text: str, aliases: dict[str, Any]) -> Any:
    """The member named by ``text`` (value, label or a common spelling), or None."""
    key = squash(text)
    if key in aliases:
        return aliases[key]
    try:
        return cls.parse(text)
    except ValueError:
        return None


_BENTUK_ALIASES = {
    squash(k): v
    for k, v in {
        "hardcopy/softcopy": Bentuk.KEDUANYA,
        "softcopy/hardcopy": Bentuk.KEDUANYA,
        "softcopy dan hardcopy": Bentuk.KEDUANYA,
        "hardcopy dan softcopy": Bentuk.KEDUANYA,
        "cetak dan elektronik": Bentuk.KEDUANYA,
        "elektronik dan cetak": Bentuk.KEDUANYA,
        "cetak/elektronik": Bentuk.KEDUANYA,
        "elektronik/cetak": Bentuk.KEDUANYA,
        "elektronik": Bentuk.SOFTCOPY,
        "digital": Bentuk.SOFTCOPY,
        "soft copy": Bentuk.SOFTCOPY,
        "file": Bentuk.SOFTCOPY,
        "berkas elektronik": Bentuk.SOFTCOPY,
        "cetak": Bentuk.HARDCOPY,
        "tercetak": Bentuk.HARDCOPY,
        "fisik": Bentuk.HARDCOPY,
        "kertas": Bentuk.HARDCOPY,
        "hard copy": Bentuk.HARDCOPY,
    }.items()
}
_KESIMPULAN_ALIASES = {
    squash(k): v
    for k, v in {
        "dikecualikan": Kesimpulan.SELURUHNYA,
        "seluruhnya": Kesimpulan.SELURUHNYA,
        "tertutup": Kesimpulan.SELURUHNYA,
        "ditutup": Kesimpulan.SELURUHNYA,
        "tertutup seluruhnya": Kesimpulan.SELURUHNYA,
        "sebagian": Kesimpulan.SEBAGIAN,
        "dikecualikan sebagian": Kesimpulan.SEBAGIAN,
        "dibuka sebagian": Kesimpulan.SEBAGIAN,
        "terbuka sebagian": Kesimpulan.SEBAGIAN,
        "dibuka": Kesimpulan.TERBUKA,
        "tidak dikecualikan": Kesimpulan.TERBUKA,
        "informasi terbuka": Kesimpulan.TERBUKA,
    }.items()
}
_WAKTU_ALIASES = {
    squash(k): v
    for k, v in {
        "sebelum": WaktuPengujian.SEBELUM_PERMOHONAN,
        "sebelum permohonan": WaktuPengujian.SEBELUM_PERMOHONAN,
        "saat": WaktuPengujian.SAAT_PERMOHONAN,
        "saat permohonan": WaktuPengujian.SAAT_PERMOHONAN,
        "majelis": WaktuPengujian.PERINTAH_MAJELIS,
        "perintah majelis": WaktuPengujian.PERINTAH_MAJELIS,
        "perintah majelis komisioner": WaktuPengujian.PERINTAH_MAJELIS,
    }.items()
}
_SYARAT_ALIASES = {
    squash(k): v
    for k, v in {
        "persetujuan tertulis": ReleaseCondition.PERSETUJUAN,
        "consent": ReleaseCondition.PERSETUJUAN,
        "jabatan publik": ReleaseCondition.JABATAN_PUBLIK,
        "putusan pengadilan": ReleaseCondition.PUTUSAN,
        "putusan komisi informasi": ReleaseCondition.PUTUSAN,
    }.items()
}


#: A cell that says when or on which condition the information opens ("Dibuka setelah ...",
#: "Dapat dibuka apabila ...", "Sampai ..."): some published tables put it under "Dibuka".
_RELEASE_WORDS = re.compile(
    r"^\W*(?:(?:dapat|akan|boleh|bisa|baru)\s+)?(?:di\s*buka|terbuka)\s+(?:kembali\s+)?"
    r"(?:setelah|sesudah|apabila|jika|bila|manakala|sampai|hingga|ketika|saat|"
    r"pada\s+(?:saat|waktu|tahun|tanggal|akhir)|dalam\s+hal|atas\s+(?:persetujuan|putusan|izin|perintah))\b"
    r"|^\W*(?:sampai|hingga)\b",
    re.IGNORECASE,
)


def is_release_condition(text: str) -> bool:
    """True for words about when the information opens, not about the harm of opening it."""
    return bool(_RELEASE_WORDS.search(text))


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[\n;]+", text) if part.strip()]


def parse_row(
    row_number: int, values: dict[str, str], today: date, tempat: str = "", years_unit: bool = False
) -> ParsedRow:
    """One data row -> content and the proposed test (undated: nothing was held); raises
    ValueError with the reason for a bad row.

    Words this importer does not know in the bentuk, kesimpulan, waktu and syarat columns are
    not a reason to refuse the file: they become findings (an unknown kesimpulan keeps the row a
    draft, to be settled at the re-test)."""
    judul = values.get("judul", "")
    if not judul:
        raise ValueError("judul informasi kosong")
    notes: list[str] = []
    blocking: list[str] = []
    content = _content(judul, values, notes)
    if not any(values.get(name) for name in TEST_FIELDS):
        return ParsedRow(row_number, content, None, notes)
    return ParsedRow(row_number, content, _proposed_test(values, years_unit, notes, blocking), notes, blocking)


def _content(judul: str, values: dict[str, str], notes: list[str]) -> ItemContent:
    bentuk = Bentuk.KEDUANYA
    if values.get("bentuk"):
        found = _enum(Bentuk, values["bentuk"], _BENTUK_ALIASES)
        if found is None:
            notes.append(
                "Bentuk '{t}' tidak dikenal; dicatat sebagai softcopy dan hardcopy.".format(t=values["bentuk"])
            )
        bentuk = found or Bentuk.KEDUANYA
    return ItemContent(
        judul=judul,
        ringkasan=values.get("ringkasan", ""),
        dokumen_sumber=values.get("dokumen_sumber", ""),
        unit_pengusul=values.get("unit_pengusul", ""),
        penanggung_jawab=values.get("penanggung_jawab", ""),
        bentuk=bentuk,
        lokasi_penyimpanan=values.get("lokasi_penyimpanan", ""),
        tanggal_usulan=parse_date(values["tanggal_usulan"]) if values.get("tanggal_usulan") else None,
    )


def _proposed_test(values: dict[str, str], years_unit: bool, notes: list[str], blocking: list[str]) -> UjiContent:
    """The test the row proposes, each column read in turn (the notes keep the columns' order)."""
    grounds, uu_lain = _legal_basis(values, notes)
    jangka = _jangka_waktu(values.get("jangka_waktu", ""), years_unit)
    conditions, catatan = _release_conditions(values.get("syarat_pembukaan", ""))
    waktu = _waktu(values.get("waktu_pengujian", ""), notes)
    kesimpulan = _kesimpulan(values.get("kesimpulan", ""), blocking)
    _note_test_held_elsewhere(values, notes)
    konsekuensi = _konsekuensi(values.get("konsekuensi", ""), catatan, notes)
    return UjiContent(
        tanggal=None,
        tempat="",
        waktu=waktu,
        grounds=grounds,
        uu_lain=tuple(uu_lain),
        alasan=values.get("alasan", ""),
        konsekuensi=konsekuensi,
        pertimbangan=values.get("pertimbangan", ""),
        kesimpulan=kesimpulan,
        bagian_dikecualikan=values.get("bagian_dikecualikan", ""),
        jangka_waktu=jangka,
        syarat_pembukaan=tuple(conditions),
        catatan_pembukaan="\n".join(catatan),
        dasar_hukum_asli=values.get("dasar_hukum", ""),
    )


def _legal_basis(values: dict[str, str], notes: list[str]) -> tuple[tuple[Ground, ...], list[str]]:
    """The Pasal 17 grounds and the other statutes, from the dasar hukum and UU lain columns."""
    basis_text = values.get("dasar_hukum", "")
    grounds: tuple[Ground, ...] = ()
    uu_lain: list[str] = []
    if basis_text:
        try:
            basis = parse_legal_basis(basis_text)
        except LegalBasisError as exc:
            raise ValueError("dasar hukum: {e}".format(e=exc)) from None
        grounds, uu_lain = tuple(basis.grounds), list(basis.uu_lain)
        # "no ground" and "empty" are reported by the submission rules in their own words.
        notes += [n for n in basis.notes if n not in (NOTE_NO_GROUNDS, NOTE_EMPTY)]
    for statute in _split_list(values.get("uu_lain", "")):
        if statute not in uu_lain:
            uu_lain.append(statute)
    return grounds, uu_lain


def _jangka_waktu(period: str, years_unit: bool) -> JangkaWaktu | None:
    """A bare number under a 'Jangka Waktu (Tahun)' heading means years."""
    if years_unit and re.fullmatch(r"\d{1,3}", period):
        period = "{n} tahun".format(n=period)
    if not period:
        return None
    try:
        return parse_jangka_waktu(period)
    except ValueError as exc:
        raise ValueError("jangka waktu: {e}".format(e=exc)) from None


def _release_conditions(text: str) -> tuple[list[ReleaseCondition], list[str]]:
    """The Pasal 18 conditions named in the cell, and the words that name none (kept as a note)."""
    conditions: list[ReleaseCondition] = []
    catatan: list[str] = []
    for part in re.split(r"[,;\n]+", text):
        if part.strip():
            condition = _enum(ReleaseCondition, part, _SYARAT_ALIASES)
            if condition is None:
                catatan.append(part.strip())
            elif condition not in conditions:
                conditions.append(condition)
    return conditions, catatan


def _waktu(text: str, notes: list[str]) -> WaktuPengujian:
    if not text:
        return WaktuPengujian.SEBELUM_PERMOHONAN
    found = _enum(WaktuPengujian, text, _WAKTU_ALIASES)
    if found is None:
        notes.append("Waktu pengujian '{t}' tidak dikenal; dicatat sebagai sebelum permohonan.".format(t=text))
    return found or WaktuPengujian.SEBELUM_PERMOHONAN


def _kesimpulan(text: str, blocking: list[str]) -> Kesimpulan:
    """An unknown kesimpulan keeps the row a draft: it is settled at the re-test."""
    if not text:
        return Kesimpulan.SELURUHNYA
    found = _enum(Kesimpulan, text, _KESIMPULAN_ALIASES)
    if found is None:
        blocking.append("Kesimpulan '{t}' tidak dikenal; tetapkan kesimpulan saat uji ulang.".format(t=text))
    return found or Kesimpulan.SELURUHNYA


def _note_test_held_elsewhere(values: dict[str, str], notes: list[str]) -> None:
    """A date or place of a test in the file is noted, never recorded: no meeting is invented."""
    if not (values.get("tanggal_uji") or values.get("tempat_uji")):
        return
    held = parse_date(values["tanggal_uji"]) if values.get("tanggal_uji") else None
    notes.append(
        "Berkas menyebut uji konsekuensi{d}{t}; uji itu tidak tercatat di sini. Catat pengujiannya "
        "dalam sesi pengujian konsekuensi.".format(
            d=" tanggal " + held.isoformat() if held else "",
            t=" di " + values["tempat_uji"] if values.get("tempat_uji") else "",
        )
    )


def _konsekuensi(text: str, catatan: list[str], notes: list[str]) -> str:
    """A "Dibuka" cell that says when the information opens is a release condition, not the harm."""
    if not (text and is_release_condition(text)):
        return text
    catatan.append(text)
    notes.append(
        "Kolom konsekuensi berisi syarat pembukaan ('{t}'); dicatat sebagai syarat pembukaan. "
        "Konsekuensi apabila dibuka perlu diisi.".format(t=text)
    )
    return ""
