"""The one place that finds resources/ and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "dikecualikan"
DB_FILENAME = "dikecualikan.sqlite3"
ENV_DB = "DIKECUALIKAN_DB"
ENV_DATA = "DIKECUALIKAN_DATA"


def resources_dir(package_dir: Path | None = None, prefixes: tuple[str, ...] | None = None) -> Path:
    """resources/ beside the package in a checkout, or under <prefix>/share/dikecualikan when installed."""
    checkout = (package_dir or Path(__file__).resolve().parent).parent / "resources"
    if checkout.is_dir():
        return checkout
    for prefix in prefixes or (sys.prefix, sys.base_prefix):
        installed = Path(prefix) / "share" / APP_NAME / "resources"
        if installed.is_dir():
            return installed
    raise FileNotFoundError(
        "Folder resources aplikasi tidak ditemukan (dicari di {c} dan {p}). Pasang ulang aplikasi.".format(
            c=checkout, p=Path(sys.prefix) / "share" / APP_NAME / "resources"
        )
    )


def default_data_dir() -> Path:
    """The user's data folder: $DIKECUALIKAN_DATA, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / DB_FILENAME
