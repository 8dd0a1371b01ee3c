"""What a printable document is (``Spec``): its kind, how it is built, and for an issued kind the key
it is archived under."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dikecualikan_gui.domain.model import Paper

Progress = Callable[[int, int], None]
Render = Callable[[Paper | None, Progress | None], bytes]
#: The documents that are issued (and so archived) when printed or saved.
ISSUED_KINDS = frozenset({"dik", "penetapan", "uji", "berita-acara"})
KINDS = {
    "dik": "Daftar Informasi yang Dikecualikan",
    "penetapan": "Keputusan penetapan",
    "uji": "Lembar pengujian konsekuensi",
    "draf-uji": "Draf lembar pengujian konsekuensi",
    "berita-acara": "Berita acara pengujian konsekuensi",
    "usulan": "Daftar informasi yang akan dikecualikan",
    "riwayat": "Riwayat usulan",
}


@dataclass(frozen=True)
class Spec:
    """A document ready to build: what it is, how to build it, and — for an issued document — the key
    it is archived under (``earlier``: keys that named it before) and what it says about who signs."""

    jenis: str
    referensi: str
    render: Render
    kunci: str = ""
    earlier: tuple[str, ...] = ()
    item_id: int | None = None
    penetapan_id: int | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)

    @property
    def judul(self) -> str:
        return KINDS.get(self.jenis, self.jenis)

    @property
    def title(self) -> str:
        return "{j} {r}".format(j=self.judul, r=self.referensi).strip()

    @property
    def issued(self) -> bool:
        return self.jenis in ISSUED_KINDS

    @property
    def keys(self) -> tuple[str, ...]:
        return ((self.kunci,) + self.earlier) if self.kunci else ()
