"""The register table: the lazy model against 100,000 rows, filters, search as you type, opening."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain import content as content_rules
from dikecualikan_gui.domain.model import ItemContent, RowFilter, Status
from dikecualikan_gui.services import items
from dikecualikan_gui.ui.item_models import RegisterModel
from dikecualikan_gui.ui.main_window import MainWindow

from conftest import People
from factories import sample_content
from screens import Answers, answer_messages, context

STATUSES = (Status.DRAF, Status.DIUJI, Status.DISETUJUI)


@pytest.fixture
def big_register(people: People) -> int:
    """100,000 items written in bulk (the register's own test data, not a workflow)."""
    now = datetime(2026, 11, 25, 8, 0)
    total = 100_000
    with connection.transaction():
        first = queries.reserve_nomors(2026, total)
        batch = []
        for n in range(total):
            nomor = queries.format_nomor(2026, first + n)
            content = ItemContent(
                judul="Informasi nomor {n:06d} {w}".format(n=n, w="rekening" if n % 1000 == 7 else "pegawai")
            )
            batch.append(
                queries.NewItem(
                    2026,
                    first + n,
                    nomor,
                    content,
                    people.petugas.id,
                    STATUSES[n % 3],
                    content_rules.register_columns(nomor, content, None),
                )
            )
        queries.insert_items(batch, now)
    return total


def test_the_model_reads_100000_rows_a_page_at_a_time(
    qtbot: QtBot, big_register: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = RegisterModel()
    calls: list[int] = []
    original = items.register_page

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(items, "register_page", counting)
    model.refresh()
    assert model.rowCount() == big_register
    assert calls == []  # counting needs no rows
    last = model.index(big_register - 1, 1)
    assert model.data(last) == "Informasi nomor 099999 pegawai"
    assert model.data(model.index(0, 0)) == "2026/001"
    assert len(calls) == 2  # two pages read, not 100,000 rows
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "Informasi nomor 099999 pegawai"
    model.set_filter(RowFilter(status=Status.DISETUJUI, search="rekening"))
    assert model.rowCount() == sum(1 for n in range(big_register) if n % 1000 == 7 and n % 3 == 2)
    assert model.data(model.index(0, 5)) == "Disetujui"
    assert model.data(model.index(0, 5), Qt.ItemDataRole.BackgroundRole) is not None


def test_search_filters_as_you_type_and_enter_opens(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_messages(monkeypatch, Answers())
    for judul in ("Biodata pegawai", "Rekening bank pegawai", "Notulen rapat pimpinan"):
        items.create_item(people.petugas, sample_content(judul))
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    window.show()
    register = window.register
    assert register.model.rowCount() == 3
    assert register.statusFilter.itemText(0) == "Semua status (3)"
    assert register.statusFilter.itemText(1) == "Draf (3)"
    qtbot.keyClicks(register.searchEdit, "rekening bank")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=2000)
    assert "1 usulan sesuai saringan" == register.countLabel.text()
    register.table.setCurrentIndex(register.model.index(0, 0))
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    [page] = window.pages()
    assert page.form.judulEdit.text() == "Rekening bank pegawai"
    register.set_status(Status.DIUJI)
    assert register.model.rowCount() == 0
    register.table.doubleClicked.emit(QModelIndex())  # a click on no row opens nothing
    assert len(window.pages()) == 1


def test_perlu_dilengkapi_lists_what_lacks_something_and_the_page_says_what(
    qtbot: QtBot, people: People, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dikecualikan_gui.ui.pages.register_page import INCOMPLETE

    from factories import sample_test

    answer_messages(monkeypatch, Answers())
    complete = items.create_item(people.petugas, sample_content("Biodata pegawai"))
    items.record_test(people.petugas, complete.id, complete.version, sample_test(tanggal=None))
    lacking = items.create_item(people.petugas, sample_content("Notulen rapat"))
    items.record_test(people.petugas, lacking.id, lacking.version, sample_test(tanggal=None, konsekuensi=""))
    items.create_item(people.petugas, sample_content("Belum ada analisis"))
    window = MainWindow(context(config, people.petugas))
    qtbot.addWidget(window)
    window.show()
    register = window.register
    index = register.statusFilter.findData(INCOMPLETE)
    assert register.statusFilter.itemText(index) == "Perlu dilengkapi (2)"
    register.set_status(INCOMPLETE)
    assert sorted(register.model.data(register.model.index(r, 1)) for r in range(register.model.rowCount())) == [
        "Belum ada analisis",
        "Notulen rapat",
    ]
    window.open_item(lacking.id)
    [page] = window.pages()
    assert not page.missing.isHidden() and "Konsekuensi apabila informasi dibuka wajib diisi." in page.missing.text()
    assert "Perlu dilengkapi" in page.view.toPlainText()
    window.open_item(complete.id)
    assert window.pages()[-1].missing.isHidden()
