"""What was issued and then frozen: the editions of the DIK and the archived copies of printed
documents. The database reads return these records directly (one record per thing, no row
twin)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from dikecualikan_gui.domain.dates import format_date_id


@dataclass(frozen=True)
class EditionEntry:
    """One item as an edition froze it (the edition's snapshot holds these as JSON objects)."""

    nomor: str
    judul: str
    dasar_hukum: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu: str
    berakhir: str | None
    nomor_penetapan: str
    fingerprint: str


@dataclass(frozen=True)
class Edition:
    id: int
    nomor: int
    tahun: int
    nomor_penetapan: str
    tanggal_penetapan: date
    created_by: str
    created_at: datetime
    fingerprint: str
    entries: tuple[EditionEntry, ...]


@dataclass(frozen=True)
class ArchivedDocument:
    """A document as issued: its archived PDF at ``path`` (inside the data folder)."""

    id: int
    jenis: str
    judul: str
    referensi: str
    item_id: int | None
    paper: str
    created_by: str
    created_at: datetime  # UTC, as stored
    sha256: str
    ukuran: int
    path: Path
    kunci: str = ""

    def describe(self) -> str:
        """'salinan arsip yang diterbitkan 25 November 2026 oleh atasan, kertas …, SHA-256 …'."""
        issued = self.created_at.replace(tzinfo=timezone.utc).astimezone().date()  # the office's date
        return "salinan arsip yang diterbitkan {t} oleh {u}, kertas {p}, SHA-256 {h}".format(
            t=format_date_id(issued), u=self.created_by, p=self.paper, h=self.sha256
        )
