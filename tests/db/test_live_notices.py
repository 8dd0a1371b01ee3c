"""The notices of a shared register (db/live.py): one per committed transaction that appended
audit events, naming its items and actor; none for a rolled-back one; "everything" for a burst."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, live
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import items, setup, users

from conftest import PG_URL, _reset_postgres
from factories import PASSWORD, sample_content

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set"),
]


@pytest.fixture
def listener(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[live.Listener]:
    _reset_postgres(PG_URL)
    setup.open_register(Config(db=PG_URL, data_dir=tmp_path))  # type: ignore[arg-type]
    users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD)
    heard = live.listen()
    assert heard is not None
    monkeypatch.setattr(live, "ORIGIN", "komputer-lain")  # what this process writes now comes from "another PC"
    yield heard
    heard.close()
    setup.close_register()


def test_a_committed_change_is_told_with_its_items_and_actor(listener: live.Listener) -> None:
    petugas = users.get_by_username("petugas").as_actor()
    item = items.create_item(petugas, sample_content())
    item = items.save(petugas, item.id, item.version, content=sample_content("Judul baru"))
    notices = listener.poll(timeout=3)
    assert [(n.item_ids, n.actor, n.everything, n.origin) for n in notices] == [
        (frozenset({item.id}), "petugas", False, "komputer-lain"),
        (frozenset({item.id}), "petugas", False, "komputer-lain"),
    ]


def test_a_rolled_back_change_tells_nobody(listener: live.Listener) -> None:
    petugas = users.get_by_username("petugas").as_actor()
    with pytest.raises(RuntimeError), connection.transaction():
        items.create_item(petugas, sample_content())
        raise RuntimeError("dibatalkan")
    assert listener.poll(timeout=1) == []
    assert items.list_items() == []


def test_a_burst_in_one_transaction_is_told_as_everything(
    listener: live.Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "MAX_ITEMS", 2)
    petugas = users.get_by_username("petugas").as_actor()
    with connection.transaction():
        for n in range(3):
            items.create_item(petugas, sample_content("Usulan {n}".format(n=n)))
    notices = listener.poll(timeout=3)
    assert len(notices) == 1 and notices[0].everything and notices[0].item_ids == frozenset()


def test_own_notices_are_not_heard_and_unreadable_ones_are_dropped(
    listener: live.Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "ORIGIN", listener.own)
    items.create_item(users.get_by_username("petugas").as_actor(), sample_content())
    connection.current().execute_sql("SELECT pg_notify(%s, %s)", (live.CHANNEL, "bukan json"))
    assert listener.poll(timeout=1) == []
    assert live.parse('{"i": ["x"]}') is None
