"""Issue 11 figures: the sign-off dialog with 50 items on a register of 1,000, and their approval
(run: pytest tests/benchmarks/test_signoff_benchmarks.py -m perf -s).

Also counted: the SQL statements one approval of 50 items sends, and how many of them read items
in full (one item by its id, or a batch of them by ``id IN (...)``). Figures measured on a 2-core
machine shared with other work are in the commit messages; rerun for your own."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.domain.model import Participant, Role, RowFilter, Status
from dikecualikan_gui.services import approval, importer, items, sessions, setup, users
from dikecualikan_gui.services.sessions import SessionEntry
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.approval import ApprovalDialog

from .conftest import write_csv

pytestmark = pytest.mark.perf
REGISTER_ITEMS = 1_000
SIGNOFF_ITEMS = 50
PESERTA = (Participant("Peserta Satu", "Kepala Bidang", "Bidang UKM"),)
# a read of items in full: one item (queries.get_item: id = ?) or a batch (db/item_batch: id IN (...))
ITEM_LOAD = re.compile(r'FROM "item" AS "t1" INNER JOIN "user".* WHERE \("t1"\."id" (= |IN \()', re.S)


@pytest.fixture(scope="module")
def waiting_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 imported items; 50 of them tested in one session, waiting for the atasan."""
    folder = tmp_path_factory.mktemp("signoff")
    setup.open_register(Config(db=str(folder / "signoff.sqlite3"), data_dir=folder))
    try:
        petugas = users.add_user(None, "petugas", "Petugas Benchmark", Role.PETUGAS, "rahasia-petugas")
        users.add_user(None, "atasan", "Atasan Benchmark", Role.ATASAN, "rahasia-atasan")
        importer.import_file(petugas.as_actor(), write_csv(folder / "usulan.csv", 0, REGISTER_ITEMS, seed=11))
        drafts = sessions.complete_drafts()[:SIGNOFF_ITEMS]
        assert len(drafts) == SIGNOFF_ITEMS
        sessions.record_session(
            petugas.as_actor(),
            date.today(),
            [SessionEntry(d.id) for d in drafts],
            PESERTA,
            tempat="Aula",
        )
    finally:
        setup.close_register()
    return folder / "signoff.sqlite3"


@pytest.fixture
def waiting(waiting_file: Path, tmp_path: Path) -> Iterator[Config]:
    target = tmp_path / "signoff.sqlite3"
    for part in waiting_file.parent.glob(waiting_file.name + "*"):  # with the audit seal key and head beside it
        shutil.copyfile(part, tmp_path / part.name)
    cfg = Config(db=str(target), data_dir=tmp_path)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


def _waiting_ids() -> list[int]:
    return [row.id for row in items.list_items(RowFilter(status=Status.DIUJI))]


def _ctx(cfg: Config) -> AppContext:
    ctx = AppContext(cfg)
    ctx.sign_in(users.get_by_username("atasan"))
    return ctx


def test_the_signoff_dialog_with_50_items_opens(benchmark: Any, qtbot: Any, waiting: Config) -> None:
    ids = _waiting_ids()
    assert len(ids) == SIGNOFF_ITEMS and items.count_items() == REGISTER_ITEMS
    ctx = _ctx(waiting)
    dialogs: list[ApprovalDialog] = []

    def open_dialog() -> None:
        dialog = ApprovalDialog(ctx, ids)
        dialog.show()
        QApplication.processEvents()
        dialogs.append(dialog)

    benchmark.pedantic(open_dialog, rounds=5, iterations=1)
    assert len(dialogs[-1].ready) == SIGNOFF_ITEMS
    statements: list[str] = []
    raw = connection.current().connection()
    raw.set_trace_callback(statements.append)
    open_dialog()
    raw.set_trace_callback(None)
    print("\n[sign-off dialog opened] {s} SQL statements".format(s=len(statements)))
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    _report("sign-off dialog with 50 items opened and shown", benchmark, 0.3)


def test_approving_50_items(waiting: Config) -> None:
    ids = _waiting_ids()
    signer = approval.sign_off("atasan", "rahasia-atasan", ids)  # the signature, timed apart (scrypt)
    expected = {i: items.get_item(i).version for i in ids}
    statements: list[str] = []
    raw = connection.current().connection()
    raw.set_trace_callback(statements.append)
    start = time.perf_counter()
    approved = approval.approve(signer, ids, "PEN/BENCH/1", tanggal=date.today(), expected_versions=expected)
    elapsed = time.perf_counter() - start
    raw.set_trace_callback(None)
    assert [r.status for r in approved] == [Status.DISETUJUI] * SIGNOFF_ITEMS
    loads = sum(1 for s in statements if ITEM_LOAD.search(s))
    print(
        "\n[approval of {n} items] {t:.3f} s (target 1 s); {s} SQL statements ({p:.1f} per item), "
        "{l} reads of items in full ({q:.2f} per item)".format(
            n=SIGNOFF_ITEMS,
            t=elapsed,
            s=len(statements),
            p=len(statements) / SIGNOFF_ITEMS,
            l=loads,
            q=loads / SIGNOFF_ITEMS,
        )
    )


def test_signing_and_approving_50_items_end_to_end(waiting: Config) -> None:
    """What the click costs, signature included: sign_off (one scrypt) plus the approval."""
    ids = _waiting_ids()
    statements: list[str] = []
    raw = connection.current().connection()
    raw.set_trace_callback(statements.append)
    start = time.perf_counter()
    signer = approval.sign_off("atasan", "rahasia-atasan", ids)
    signed = time.perf_counter()
    approval.approve(signer, ids, "PEN/BENCH/2", tanggal=date.today())
    elapsed = time.perf_counter() - start
    raw.set_trace_callback(None)
    loads = sum(1 for s in statements if ITEM_LOAD.search(s))
    print(
        "\n[sign-off + approval of {n} items] {t:.3f} s, of which the signature {g:.3f} s; {s} SQL statements, "
        "{l} reads of items in full ({q:.2f} per item)".format(
            n=SIGNOFF_ITEMS, t=elapsed, g=signed - start, s=len(statements), l=loads, q=loads / SIGNOFF_ITEMS
        )
    )


def _report(what: str, benchmark: Any, target: float) -> None:
    stats = benchmark.stats.stats
    print(
        "\n[{w}] median {m:.3f} s, min {a:.3f} s, max {b:.3f} s (target {t} s)".format(
            w=what, m=stats.median, a=stats.min, b=stats.max, t=target
        )
    )


def test_one_approval_click_in_the_dialog(qtbot: Any, waiting: Config) -> None:
    """The click as the atasan makes it: Setujui (signature, four-eyes), then confirmButton; every
    statement from the first click to the dialog closing, and how often an item is loaded."""
    ids = _waiting_ids()
    dialog = ApprovalDialog(_ctx(waiting), ids)
    qtbot.addWidget(dialog)
    dialog.approverPassword.setText("rahasia-atasan")
    statements: list[str] = []
    raw = connection.current().connection()
    raw.set_trace_callback(statements.append)
    start = time.perf_counter()
    dialog.approveButton.click()
    signed = time.perf_counter()
    confirm = dialog.findChild(QPushButton, "confirmButton")
    assert confirm is not None, dialog.message.text()
    confirm.click()
    elapsed = time.perf_counter() - start
    raw.set_trace_callback(None)
    assert [items.get_item(i).status for i in ids] == [Status.DISETUJUI] * SIGNOFF_ITEMS
    loads = sum(1 for s in statements if ITEM_LOAD.search(s))
    print(
        "\n[one approval click, {n} items, in the dialog] {t:.3f} s (signature {g:.3f} s, approval {a:.3f} s); "
        "{s} SQL statements, {l} reads of items in full ({q:.2f} per item)".format(
            n=SIGNOFF_ITEMS,
            t=elapsed,
            g=signed - start,
            a=elapsed - (signed - start),
            s=len(statements),
            l=loads,
            q=loads / SIGNOFF_ITEMS,
        )
    )
