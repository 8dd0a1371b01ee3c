"""The one place that finds the application's resources and the user's data folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "dikecualikan"
DB_FILENAME = "dikecualikan.sqlite3"
ENV_DB = "DIKECUALIKAN_DB"
ENV_DATA = "DIKECUALIKAN_DATA"
PACKAGE = "dikecualikan_gui"
RESOURCES = "resources"

_extracted: dict[str, Path] = {}


def resources_dir(package: str = PACKAGE) -> Path:
    """The package data folder ``dikecualikan_gui/resources`` (fonts, icons, translations) as a real
    folder, read through importlib.resources: the same in a checkout, an editable install, a wheel,
    ``pip install --user .`` and the frozen bundle. From a zipped package it is copied out once."""
    root = resources.files(package) / RESOURCES
    if isinstance(root, Path):
        if root.is_dir():
            return root
        raise FileNotFoundError(
            "Folder resources aplikasi tidak ditemukan di {p}. Pasang ulang aplikasi.".format(p=root)
        )
    if package not in _extracted:
        if not root.is_dir():
            raise FileNotFoundError(
                "Folder resources aplikasi tidak ditemukan dalam paket {p}. Pasang ulang aplikasi.".format(p=package)
            )
        target = Path(tempfile.mkdtemp(prefix="dikecualikan-resources-"))
        atexit.register(shutil.rmtree, target, True)
        _copy_tree(root, target)
        _extracted[package] = target
    return _extracted[package]


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("icons", "dikecualikan.svg")``."""
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """The user's data folder: $DIKECUALIKAN_DATA, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / DB_FILENAME
