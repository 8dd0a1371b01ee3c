"""The documents the application prints, ready to preview: how each is built (in the background,
cancellable) and, for the documents the SOP files, what the archive records when it is issued."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from typing import Any

from dikecualikan_gui.domain.model import Paper
from dikecualikan_gui.errors import Cancelled
from dikecualikan_gui.services import documents
from dikecualikan_gui.services.documents import Spec
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.workers import Progress

Render = Callable[[Paper, Progress], bytes]


@dataclasses.dataclass(frozen=True)
class PrintJob:
    """A document to preview: how to build it and, for the documents the SOP files, what to
    record in the archive when it is printed or saved (``jenis`` one of documents.ISSUED_KINDS;
    ``kunci``: the key a frozen document is archived under, see services.documents.Spec)."""

    title: str
    render: Render
    jenis: str = ""
    referensi: str = ""
    item_id: int | None = None
    penetapan_id: int | None = None
    kunci: str = ""
    earlier: tuple[str, ...] = ()
    facts: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def issued(self) -> bool:
        return self.jenis in documents.ISSUED_KINDS

    @classmethod
    def of(cls, spec: Spec) -> PrintJob:
        return cls(
            spec.title,
            lambda paper, progress: spec.render(paper, progress),
            spec.jenis,
            spec.referensi,
            spec.item_id,
            spec.penetapan_id,
            spec.kunci,
            spec.earlier,
            spec.facts,
        )

    @property
    def keys(self) -> tuple[str, ...]:
        return ((self.kunci,) + self.earlier) if self.kunci else ()


#: Progress reaches the screen at most this often: every report is a signal to the GUI thread, and
#: a modal progress dialog processes events on each (the DIK of 1,000 items reports ~440 times).
PROGRESS_INTERVAL = 0.1


def cancellable(render: Render, paper: Paper) -> Callable[[Progress, Callable[[], bool]], bytes]:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> bytes:
        last = [0.0]

        def report(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled(tr("Pencetakan dibatalkan; tidak ada yang dicetak atau diarsipkan."))
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done >= total:
                last[0] = now
                progress(done, total)

        return render(paper, report)

    return work


def dik_job(ctx: AppContext) -> PrintJob:
    return PrintJob.of(documents.dik_spec(ctx.config))


def usulan_job(ctx: AppContext) -> PrintJob:
    config = ctx.config
    return PrintJob(
        documents.KINDS["usulan"],
        lambda paper, progress: documents.render_usulan(config, paper, progress=progress),
        jenis="usulan",
    )


def uji_job(ctx: AppContext, item_id: int, nomor: str) -> PrintJob:
    """The lembar uji of the item's latest test: a draft (never archived) until a session held it."""
    return PrintJob.of(documents.uji_spec(ctx.config, item_id))


def history_job(ctx: AppContext, item_id: int, nomor: str) -> PrintJob:
    config = ctx.config
    return PrintJob(
        "{t} {n}".format(t=documents.KINDS["riwayat"], n=nomor),
        lambda paper, progress: documents.render_history(config, item_id, paper),
        jenis="riwayat",
        referensi=nomor,
        item_id=item_id,
    )


def penetapan_job(ctx: AppContext, nomor_penetapan: str) -> PrintJob:
    """A keputusan (also a DIK edition's): built once, then always its archived copy."""
    return PrintJob.of(documents.penetapan_spec(ctx.config, nomor_penetapan))


def berita_acara_job(ctx: AppContext, nomor_sesi: str) -> PrintJob:
    """The berita acara of a consequence-test session: built once, then always its archived copy."""
    return PrintJob.of(documents.berita_acara_spec(ctx.config, nomor_sesi))
