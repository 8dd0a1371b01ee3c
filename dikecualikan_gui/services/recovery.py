"""Recovery copies: unsaved form content written to the data folder every few seconds, so that
a crash, a power cut or a switch of user loses nothing. Plain JSON files, one per open form."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dikecualikan_gui.config import Config
from dikecualikan_gui.services.common import utcnow

FOLDER = "pemulihan"
_SAFE = re.compile(r"[^a-z0-9._-]")


@dataclass(frozen=True)
class RecoveryCopy:
    path: Path
    username: str
    key: str
    item_id: int | None
    nomor: str
    judul: str
    saved_at: str
    state: dict[str, Any]


def _folder(config: Config) -> Path:
    return config.data_dir / FOLDER


def _path(config: Config, username: str, key: str) -> Path:
    return _folder(config) / "{u}--{k}.json".format(u=_SAFE.sub("_", username), k=_SAFE.sub("_", key))


def save(
    config: Config, username: str, key: str, item_id: int | None, nomor: str, judul: str, state: dict[str, Any]
) -> Path:
    """Write (atomically) the form state; returns the file."""
    path = _path(config, username, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "username": username,
        "key": key,
        "item_id": item_id,
        "nomor": nomor,
        "judul": judul,
        "saved_at": utcnow().isoformat(timespec="seconds") + "Z",
        "state": state,
    }
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)
    return path


def discard(config: Config, username: str, key: str) -> None:
    _path(config, username, key).unlink(missing_ok=True)


def list_for(config: Config, username: str) -> list[RecoveryCopy]:
    """The user's recovery copies, oldest first; unreadable files are skipped."""
    folder = _folder(config)
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("{u}--*.json".format(u=_SAFE.sub("_", username)))):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data["username"] != username:  # another name that sanitises to the same file prefix
                continue
            found.append(
                RecoveryCopy(
                    path,
                    data["username"],
                    data["key"],
                    data.get("item_id"),
                    data.get("nomor", ""),
                    data.get("judul", ""),
                    data["saved_at"],
                    dict(data["state"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda c: c.saved_at)
