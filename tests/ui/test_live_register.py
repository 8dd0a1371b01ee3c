"""The live register (issue 13, point 5): a window on a PostgreSQL register learns within seconds
what another program committed (LISTEN/NOTIFY): its register and start page are read afresh and an
open item page says "Diubah di komputer lain"; and a server lost in the middle of work is said
clearly while the typed form is kept as a recovery copy."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playhouse.db_url import connect
from pytestqt.qtbot import QtBot

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import items, recovery, setup, users
from dikecualikan_gui.ui.main_window import MainWindow

from conftest import PG_URL, _reset_postgres, sqlite_config
from factories import PASSWORD, sample_content
from screens import Answers, answer_messages, context

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_messages(monkeypatch, Answers(choice=1))


def test_a_register_on_this_pc_has_no_watcher(qtbot: QtBot, tmp_path: Path) -> None:
    cfg = sqlite_config(tmp_path)
    setup.open_register(cfg)
    try:
        petugas = users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD).as_actor()
        window = MainWindow(context(cfg, petugas))
        qtbot.addWidget(window)
        assert not window.live.active and not window.live.timer.isActive()
    finally:
        setup.close_register()


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Config]:
    _reset_postgres(PG_URL)
    cfg = Config(db=PG_URL, data_dir=tmp_path / "pc")
    setup.open_register(cfg)
    users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD)
    users.add_user(None, "petugas2", "Budi Petugas", Role.PETUGAS, PASSWORD)
    users.add_user(None, "atasan", "Drs. Atasan PPID", Role.ATASAN, PASSWORD)
    yield cfg
    setup.close_register()


def elsewhere(code: str, tmp_path: Path) -> None:
    """Run ``code`` in another process (another PC) on the shared register, as user petugas2."""
    prelude = (
        "from pathlib import Path\n"
        "from dikecualikan_gui.config import Config\n"
        "from dikecualikan_gui.services import items, setup, users\n"
        "from factories import sample_content, sample_test\n"
        "setup.open_register(Config(db={u!r}, data_dir=Path({d!r})))\n"
        "me = users.get_by_username('petugas2').as_actor()\n"
    ).format(u=PG_URL, d=str(tmp_path / "pc-lain"))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    subprocess.run([sys.executable, "-c", prelude + code], check=True, env=env, timeout=120)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_an_open_item_changed_on_another_pc_is_shown_afresh_with_the_notice(
    qtbot: QtBot, shared: Config, answers: Answers, tmp_path: Path
) -> None:
    item = items.create_item(users.get_by_username("petugas").as_actor(), sample_content("Judul awal"))
    window = MainWindow(context(shared, users.get_by_username("petugas").as_actor()))
    qtbot.addWidget(window)
    window.show()
    page = window.open_item(item.id)
    assert page is not None and not page.changedElsewhere.isVisible()

    elsewhere(
        "i = items.get_item({i})\n"
        "items.save(me, i.id, i.version, content=sample_content('Judul dari komputer lain'))\n".format(i=item.id),
        tmp_path,
    )
    committed = time.monotonic()
    qtbot.waitUntil(page.changedElsewhere.isVisible, timeout=5000)
    latency = time.monotonic() - committed
    assert "Diubah di komputer lain oleh Budi Petugas" in page.changedElsewhere.text.text()
    assert "sudah versi terbarunya" in page.changedElsewhere.text.text()
    assert not page.changedElsewhere.reloadButton.isVisible()
    assert page.form.judulEdit.text() == "Judul dari komputer lain" and not page.dirty
    model = window.register.model
    assert "Judul dari komputer lain" in [model.index(r, 1).data() for r in range(model.rowCount())]
    print("notice shown {s:.2f} s after the other PC's commit".format(s=latency))

    page.form.judulEdit.setText("Judul saya")  # typing, then saved: no stale notice
    assert page.save()
    assert not page.changedElsewhere.isVisible()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_unsaved_typing_is_kept_when_the_item_changes_elsewhere_and_reload_shows_the_new_version(
    qtbot: QtBot, shared: Config, answers: Answers, tmp_path: Path
) -> None:
    petugas = users.get_by_username("petugas").as_actor()
    item = items.create_item(petugas, sample_content("Judul awal"))
    window = MainWindow(context(shared, petugas))
    qtbot.addWidget(window)
    window.show()
    page = window.open_item(item.id)
    assert page is not None
    page.form.judulEdit.setText("Ketikan yang belum disimpan")
    elsewhere(
        "i = items.get_item({i})\n"
        "items.save(me, i.id, i.version, content=sample_content('Versi komputer lain'))\n".format(i=item.id),
        tmp_path,
    )
    qtbot.waitUntil(page.changedElsewhere.isVisible, timeout=5000)
    assert "akan ditolak bila disimpan" in page.changedElsewhere.text.text()
    assert page.form.judulEdit.text() == "Ketikan yang belum disimpan" and page.dirty
    copies = recovery.list_for(shared, "petugas")
    assert [c.state["item"]["judul"] for c in copies] == ["Ketikan yang belum disimpan"]

    assert not page.save()  # refused, as the notice said
    assert items.get_item(item.id).content.judul == "Versi komputer lain"
    assert page.form.judulEdit.text() == "Ketikan yang belum disimpan"
    page.changedElsewhere.reloadButton.click()
    assert page.form.judulEdit.text() == "Versi komputer lain" and not page.changedElsewhere.isVisible()
    assert recovery.list_for(shared, "petugas")  # the typing stays recoverable


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_the_start_page_counts_afresh_what_another_pc_submitted(
    qtbot: QtBot, shared: Config, answers: Answers, tmp_path: Path
) -> None:
    window = MainWindow(context(shared, users.get_by_username("atasan").as_actor()))
    qtbot.addWidget(window)
    window.show()
    assert "Tidak ada usulan yang menunggu persetujuan Anda." in window.startPage.line_texts()
    elsewhere(
        "for n in range(2):\n"
        "    i = items.create_item(me, sample_content('Usulan {}'.format(n)))\n"
        "    i = items.record_test(me, i.id, i.version, sample_test())\n"
        "    items.submit(me, i.id, i.version)\n",
        tmp_path,
    )
    qtbot.waitUntil(lambda: "2 usulan menunggu persetujuan Anda" in window.startPage.line_texts(), timeout=5000)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_a_lost_server_is_said_clearly_the_typing_is_kept_and_the_next_save_reconnects(
    qtbot: QtBot, shared: Config, answers: Answers
) -> None:
    petugas = users.get_by_username("petugas").as_actor()
    item = items.create_item(petugas, sample_content("Judul awal"))
    window = MainWindow(context(shared, petugas))
    qtbot.addWidget(window)
    window.show()
    page = window.open_item(item.id)
    assert page is not None
    page.form.judulEdit.setText("Ketikan saat server hilang")
    ours = [
        connection.current().execute_sql("SELECT pg_backend_pid()").fetchone()[0],
        window.live._watch._listener._conn.get_backend_pid(),
    ]
    admin = connect(PG_URL)
    with admin.connection_context():  # the server drops both connections of this PC
        dropped = admin.execute_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s) AND pg_terminate_backend(pid)", (ours,)
        ).fetchone()[0]
    assert dropped == 2

    assert not page.save()
    said = [text for text in answers.shown if "Server basis data tidak dapat dihubungi dari komputer ini" in text]
    assert len(said) == 1 and "Isian Anda tetap ada di layar dan di salinan pemulihan." in said[0]
    assert page.form.judulEdit.text() == "Ketikan saat server hilang" and page.dirty
    copies = recovery.list_for(shared, "petugas")
    assert [c.state["item"]["judul"] for c in copies] == ["Ketikan saat server hilang"]

    assert page.save()  # the server is there again: a new connection
    assert items.get_item(item.id).content.judul == "Ketikan saat server hilang"
    assert recovery.list_for(shared, "petugas") == []
    qtbot.waitUntil(lambda: window.live._watch is not None, timeout=5000)  # the watcher is back too


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set")
def test_the_register_read_afresh_keeps_the_selection_and_the_place(
    qtbot: QtBot, shared: Config, answers: Answers, tmp_path: Path
) -> None:
    """Rows selected for an approval stay selected when another PC's change is read in."""
    petugas = users.get_by_username("petugas").as_actor()
    ids = [items.create_item(petugas, sample_content("Usulan {n:02d}".format(n=n))).id for n in range(60)]
    window = MainWindow(context(shared, users.get_by_username("atasan").as_actor()))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.show_register()
    table, model = window.register.table, window.register.model
    selection = table.selectionModel()
    model.item_id(0)  # the first page of rows read
    rows = [model.row_of(ids[40]), model.row_of(ids[45])]
    assert None not in rows
    for row in rows:
        selection.select(model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    table.scrollTo(model.index(rows[1], 0))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0 and sorted(window.register.selected_ids()) == [ids[40], ids[45]]

    elsewhere(
        "i = items.get_item({i})\nitems.save(me, i.id, i.version, content=sample_content('Usulan 07 diubah'))\n".format(
            i=ids[7]
        ),
        tmp_path,
    )
    qtbot.waitUntil(lambda: model.index(model.row_of(ids[7]) or 0, 1).data() == "Usulan 07 diubah", timeout=5000)
    assert sorted(window.register.selected_ids()) == [ids[40], ids[45]]
    assert table.verticalScrollBar().value() == scroll
