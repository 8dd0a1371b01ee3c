"""Canonical content of an item and its test: what an approval covers, its fingerprint, a diff."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from dikecualikan_gui.domain.legal_basis import format_grounds
from dikecualikan_gui.domain.model import Ground, ItemContent, ItemRow, JangkaWaktu, Kesimpulan, Status, UjiContent
from dikecualikan_gui.domain.validation import gaps

FIELD_LABELS = {
    "judul": "Judul informasi",
    "ringkasan": "Ringkasan",
    "dokumen_sumber": "Dokumen sumber",
    "unit_pengusul": "Unit/bidang pengusul",
    "penanggung_jawab": "Penanggung jawab",
    "bentuk": "Bentuk",
    "lokasi_penyimpanan": "Lokasi penyimpanan",
    "tanggal_usulan": "Tanggal usulan",
    "uji.tanggal": "Tanggal uji",
    "uji.tempat": "Tempat uji",
    "uji.waktu": "Waktu pengujian",
    "uji.peserta": "Peserta uji",
    "uji.pasal17": "Dasar Pasal 17",
    "uji.uu_lain": "Peraturan perundang-undangan lain",
    "uji.alasan": "Alasan pengecualian",
    "uji.konsekuensi": "Konsekuensi apabila dibuka",
    "uji.pertimbangan": "Pertimbangan apabila ditutup",
    "uji.kesimpulan": "Kesimpulan",
    "uji.bagian_dikecualikan": "Bagian yang dikecualikan",
    "uji.jangka_waktu": "Jangka waktu",
    "uji.syarat_pembukaan": "Syarat pembukaan informasi",
    "uji.catatan_pembukaan": "Catatan syarat pembukaan informasi",
}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def item_dict(content: ItemContent) -> dict[str, Any]:
    return {
        "judul": content.judul,
        "ringkasan": content.ringkasan,
        "dokumen_sumber": content.dokumen_sumber,
        "unit_pengusul": content.unit_pengusul,
        "penanggung_jawab": content.penanggung_jawab,
        "bentuk": content.bentuk.value,
        "lokasi_penyimpanan": content.lokasi_penyimpanan,
        "tanggal_usulan": _iso(content.tanggal_usulan),
    }


def jangka_waktu_dict(jw: JangkaWaktu | None) -> dict[str, Any] | None:
    if jw is None:
        return None
    return {
        "jenis": jw.kind.value,
        "tahun": jw.years,
        "bulan": jw.months,
        "sampai": _iso(jw.until),
        "peristiwa": jw.event,
        "teks": jw.text,
    }


def test_dict(test: UjiContent) -> dict[str, Any]:
    return {
        "tanggal": _iso(test.tanggal),
        "tempat": test.tempat,
        "waktu": test.waktu.value,
        "peserta": [[p.nama, p.jabatan, p.unit] for p in test.peserta],
        "pasal17": [{"huruf": g.huruf, "angka": g.angka} for g in test.grounds],
        "uu_lain": list(test.uu_lain),
        "alasan": test.alasan,
        "konsekuensi": test.konsekuensi,
        "pertimbangan": test.pertimbangan,
        "kesimpulan": test.kesimpulan.value,
        "bagian_dikecualikan": test.bagian_dikecualikan,
        "jangka_waktu": jangka_waktu_dict(test.jangka_waktu),
        "syarat_pembukaan": [c.value for c in test.syarat_pembukaan],
        "catatan_pembukaan": test.catatan_pembukaan,
    }


def snapshot(content: ItemContent, test: UjiContent | None) -> dict[str, Any]:
    """The approved content, as stored with the approval."""
    data = item_dict(content)
    data["uji"] = test_dict(test) if test is not None else None
    return data


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(data: Any) -> str:
    """SHA-256 of the canonical JSON of a snapshot."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def _flatten(data: dict[str, Any] | None, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in (data or {}).items():
        if key == "uji" and not prefix:
            flat.update(_flatten(value, "uji."))
        else:
            flat[prefix + key] = value
    return flat


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every field that differs; nested test fields are 'uji.<name>'."""
    old, new = _flatten(before), _flatten(after)
    return [
        (key, old.get(key), new.get(key)) for key in list(dict.fromkeys([*old, *new])) if old.get(key) != new.get(key)
    ]


@dataclass(frozen=True)
class RegisterColumns:
    """What the register shows, filters and sorts by, kept with the item so that a register of
    100,000 rows is read from one table."""

    search_text: str
    hurufs: str
    dasar_hukum: str
    jangka_waktu: str
    kekurangan: int = 0  # how many blocking findings the content has ("Perlu dilengkapi")


def register_columns(nomor: str, content: ItemContent, test: UjiContent | None) -> RegisterColumns:
    """Search text (nomor, judul, ringkasan, dasar hukum), the huruf letters, the dasar hukum as
    shown ("Pasal 17 huruf h angka 5", else the other statutes) and the jangka waktu words."""
    grounds = test.grounds if test is not None else ()
    statutes = test.uu_lain if test is not None else ()
    basis = format_grounds(grounds) or "; ".join(statutes)
    parts = [nomor, content.judul, content.ringkasan, format_grounds(grounds), *statutes]
    return RegisterColumns(
        search_text=" ".join(p for p in parts if p).casefold(),
        hurufs="".join(sorted({g.huruf for g in grounds})),
        dasar_hukum=basis,
        jangka_waktu=test.jangka_waktu.text if test is not None and test.jangka_waktu else "",
        kekurangan=len(gaps(content, test)),
    )


def snapshot_row(
    item_id: int,
    nomor: str,
    tahun: int,
    urut: int,
    berakhir: date | None,
    data: dict[str, Any],
    approved_by: str,
    nomor_penetapan: str,
    tanggal_penetapan: date | None,
) -> ItemRow:
    """A register row of what was approved (the DIK reads this, not later unapproved edits)."""
    test = data.get("uji") or {}
    jw = test.get("jangka_waktu") or {}
    return ItemRow(
        id=item_id,
        nomor=nomor,
        tahun=tahun,
        urut=urut,
        status=Status.DISETUJUI,
        judul=data.get("judul", ""),
        ringkasan=data.get("ringkasan", ""),
        unit_pengusul=data.get("unit_pengusul", ""),
        grounds=tuple(Ground(g["huruf"], g["angka"]) for g in test.get("pasal17", [])),
        uu_lain=tuple(test.get("uu_lain", [])),
        alasan=test.get("alasan", ""),
        konsekuensi=test.get("konsekuensi", ""),
        pertimbangan=test.get("pertimbangan", ""),
        kesimpulan=Kesimpulan(test["kesimpulan"]) if test.get("kesimpulan") else None,
        jangka_waktu=jw.get("teks", ""),
        berakhir=berakhir,
        disetujui_oleh=approved_by,
        nomor_penetapan=nomor_penetapan or None,
        tanggal_penetapan=tanggal_penetapan,
    )
