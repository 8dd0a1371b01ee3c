"""What the screens learn of changes made on other PCs of a shared (PostgreSQL) register."""

from __future__ import annotations

from dataclasses import dataclass

from dikecualikan_gui.db import live as live_db

#: How often a screen looks for notices besides reacting to its socket (and retries a lost server).
POLL_INTERVAL_MS = 1500


@dataclass(frozen=True)
class Change:
    """Items changed on another PC since the last look: ``everything`` when too many to name."""

    item_ids: frozenset[int]
    everything: bool
    actors: tuple[str, ...]

    def touches(self, item_id: int) -> bool:
        return self.everything or item_id in self.item_ids


class Watch:
    """Notices of other PCs about the open register (only on PostgreSQL)."""

    def __init__(self, listener: live_db.Listener) -> None:
        self._listener = listener

    def fileno(self) -> int:
        return self._listener.fileno()

    def take(self, timeout: float = 0.0) -> Change | None:
        """Everything other PCs committed since the last call, merged into one Change (None when
        nothing). Raises StorageError when the connection is lost."""
        notices = self._listener.poll(timeout)
        if not notices:
            return None
        actors: list[str] = []
        for notice in notices:
            if notice.actor and notice.actor not in actors:
                actors.append(notice.actor)
        return Change(
            item_ids=frozenset().union(*(n.item_ids for n in notices)),
            everything=any(n.everything for n in notices),
            actors=tuple(actors),
        )

    def close(self) -> None:
        self._listener.close()


def watch() -> Watch | None:
    """Start watching the open register; None when it is a file on this PC (SQLite), where no
    other PC writes. Raises StorageError when the server cannot be reached."""
    listener = live_db.listen()
    return Watch(listener) if listener is not None else None
