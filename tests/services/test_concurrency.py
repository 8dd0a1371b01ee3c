"""Several writers at once (threads with their own connections, as two workstations would)."""
from __future__ import annotations

import threading

from dikecualikan_gui.services import approval, audit, editions, items

from conftest import People
from factories import sample_content, sample_test


def test_concurrent_writers_get_unique_numbers_and_an_intact_trail(people: People) -> None:
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(15):
                item = items.create_item(people.petugas, sample_content("Pekerja {w} usulan {n}".format(w=worker, n=n)))
                items.record_test(people.petugas, item.id, item.version, sample_test())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = items.list_items()
    assert sorted(r.urut for r in rows) == list(range(1, 61))
    result = audit.verify()
    assert result.ok and result.count == 5 + 60 * 2


def test_editions_published_at_once_get_consecutive_numbers(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id, item.version)
    approval.approve(people.atasan, [item.id], "PEN/1")
    errors: list[BaseException] = []

    def publish(worker: int) -> None:
        try:
            for n in range(3):
                editions.create_edition(people.atasan, 2026, "EDISI/{w}/{n}".format(w=worker, n=n))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=publish, args=(w,)) for w in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(e.nomor for e in editions.list_editions()) == list(range(1, 10))
    assert editions.verify_editions() == [] and audit.verify().ok
