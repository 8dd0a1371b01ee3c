"""Several writers at once (threads with their own connections, as two workstations would)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from dikecualikan_gui.services import approval, audit, editions, items

from conftest import People
from factories import sample_content, sample_test


def _in_threads(work: Callable[[int], None], count: int) -> list[BaseException]:
    """Run work(0) .. work(count - 1) at once, each in its own thread; the errors they raised."""
    errors: list[BaseException] = []

    def guarded(worker: int) -> None:
        try:
            work(worker)
        except BaseException as exc:  # reported to the test
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(w,)) for w in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_writers_get_unique_numbers_and_an_intact_trail(people: People) -> None:
    def work(worker: int) -> None:
        for n in range(15):
            item = items.create_item(people.petugas, sample_content("Pekerja {w} usulan {n}".format(w=worker, n=n)))
            items.record_test(people.petugas, item.id, item.version, sample_test())

    assert _in_threads(work, 4) == []
    rows = items.list_items()
    assert sorted(r.urut for r in rows) == list(range(1, 61))
    result = audit.verify()
    assert result.ok and result.count == 5 + 60 * 2


def test_editions_published_at_once_get_consecutive_numbers(people: People) -> None:
    item = items.create_item(people.petugas, sample_content())
    item = items.record_test(people.petugas, item.id, item.version, sample_test())
    items.submit(people.petugas, item.id, item.version)
    approval.approve(people.atasan, [item.id], "PEN/1")

    def publish(worker: int) -> None:
        for n in range(3):
            editions.create_edition(people.atasan, 2026, "EDISI/{w}/{n}".format(w=worker, n=n))

    assert _in_threads(publish, 3) == []
    assert sorted(e.nomor for e in editions.list_editions()) == list(range(1, 10))
    assert editions.verify_editions() == [] and audit.verify().ok
