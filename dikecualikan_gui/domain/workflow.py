"""The statuses an item passes through and which actions each status allows."""

from __future__ import annotations

from dikecualikan_gui.domain.model import Status
from dikecualikan_gui.errors import InvalidState

#: Content may be changed in these statuses; a change to an approved item needs a new approval.
EDITABLE = frozenset({Status.DRAF, Status.DIKEMBALIKAN, Status.DISETUJUI})
#: A consequence test may be recorded in these statuses.
TESTABLE = EDITABLE
SUBMITTABLE = frozenset({Status.DRAF, Status.DIKEMBALIKAN})
DECIDABLE = frozenset({Status.DIUJI})
#: The items that form the Daftar Informasi yang Dikecualikan.
IN_DIK = frozenset({Status.DISETUJUI})

_WHY_NOT_EDITABLE = {
    Status.DIUJI: "Usulan {n} sedang menunggu persetujuan atasan dan tidak dapat diubah. "
    "Minta atasan mengembalikannya bila perlu diperbaiki.",
    Status.DITOLAK: "Usulan {n} telah ditolak (informasinya tetap terbuka) dan tidak dapat diubah. "
    "Buat usulan baru bila perlu diuji ulang.",
    Status.BERAKHIR: "Pengecualian {n} telah berakhir dan tidak dapat diubah. "
    "Buat usulan baru bila informasi perlu dikecualikan lagi.",
}


def check_editable(status: Status, nomor: str) -> None:
    if status not in EDITABLE:
        raise InvalidState(_WHY_NOT_EDITABLE[status].format(n=nomor))


def check_submittable(status: Status, nomor: str) -> None:
    if status not in SUBMITTABLE:
        raise InvalidState(
            "Usulan {n} berstatus {s}; hanya draf atau usulan yang dikembalikan yang dapat diajukan.".format(
                n=nomor, s=status.label.lower()
            )
        )


def check_decidable(status: Status, nomor: str) -> None:
    if status not in DECIDABLE:
        raise InvalidState(
            "Usulan {n} berstatus {s}; hanya usulan yang menunggu persetujuan (diuji) yang dapat diputuskan.".format(
                n=nomor, s=status.label.lower()
            )
        )


def status_after_content_change(status: Status) -> Status:
    """Changing an approved item sends it back for approval; other statuses stay."""
    return Status.DIUJI if status is Status.DISETUJUI else status
