"""Every action says what it did: the words for the status bar after a save, a submission, a
decision, an import, a backup, a print or an export."""

from __future__ import annotations

from collections.abc import Iterable

from dikecualikan_gui.domain.model import ItemRecord, Status
from dikecualikan_gui.ui.text import tr

#: How long a status-bar message stays (ms); the next action replaces it sooner.
NOTICE_MS = 15_000


def decision_summary(decided: Iterable[ItemRecord]) -> str:
    """'2 usulan disetujui dan ditetapkan (2026/001, 2026/002); 1 dikembalikan (2026/003).'"""
    groups: dict[Status, list[str]] = {}
    for record in decided:
        groups.setdefault(record.status, []).append(record.nomor)
    if not groups:
        return tr("Persetujuan ditutup tanpa keputusan; tidak ada yang berubah.")
    words = {
        Status.DISETUJUI: tr("disetujui dan ditetapkan"),
        Status.DIKEMBALIKAN: tr("dikembalikan kepada petugas"),
        Status.DITOLAK: tr("ditolak"),
    }
    parts = [
        tr("{n} usulan {w} ({l})").format(n=len(nomors), w=words.get(status, status.label.lower()), l=", ".join(nomors))
        for status, nomors in groups.items()
    ]
    return "; ".join(parts) + "."


def print_outcome(outcome: str, title: str) -> str:
    """After a preview closes: what was printed or saved, or that nothing was."""
    return outcome or tr("Pratinjau {t} ditutup; tidak ada yang dicetak atau disimpan.").format(t=title)
