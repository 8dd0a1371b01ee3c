"""Settings resolved once at start-up: which database, which data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from dikecualikan_gui import paths


@dataclass(frozen=True)
class Config:
    """``db`` is a file path (SQLite) or a database URL; ``data_dir`` holds attachments and backups."""

    db: str
    data_dir: Path

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "lampiran"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path_of(self.db)


def sqlite_path_of(target: str) -> Path | None:
    """The file behind ``target`` when it names an SQLite database, else None."""
    if "://" not in target:
        return Path(target).expanduser()
    parsed = urlparse(target)
    if parsed.scheme.startswith("sqlite"):
        path = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
        return Path(path) if path and path != ":memory:" else None
    return None


def resolve(db_arg: str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """--db wins, then $DIKECUALIKAN_DB, then the file in the user's data folder."""
    env = os.environ if environ is None else environ
    target = db_arg or env.get(paths.ENV_DB) or str(paths.default_db_path())
    if target == ":memory:":
        return Config(db=target, data_dir=paths.default_data_dir())
    file = sqlite_path_of(target)
    if env.get(paths.ENV_DATA):
        data_dir = Path(env[paths.ENV_DATA]).expanduser()
    elif file is not None:
        data_dir = file.resolve().parent
    else:
        data_dir = paths.default_data_dir()
    return Config(db=target, data_dir=data_dir)
