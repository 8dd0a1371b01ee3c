"""Settings resolved once at start-up: which database, which data folder."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlparse, urlunparse

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
    """--db wins, then $DIKECUALIKAN_DB, then the register chosen on the first-run screen (the
    user's own settings), then the file in the user's data folder."""
    env = os.environ if environ is None else environ
    target = db_arg or env.get(paths.ENV_DB) or saved_db(env) or str(paths.default_db_path())
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


# --- the database chosen on the first-run screen ---------------------------------------------

SETTINGS_FILE = "pengaturan.json"


def settings_path(environ: Mapping[str, str] | None = None) -> Path:
    """The user's own settings file (in the user's data folder, readable by the user only)."""
    env = os.environ if environ is None else environ
    base = Path(env[paths.ENV_DATA]).expanduser() if env.get(paths.ENV_DATA) else paths.default_data_dir()
    return base / SETTINGS_FILE


def _read_settings(environ: Mapping[str, str] | None = None) -> dict[str, object]:
    try:
        data = json.loads(settings_path(environ).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_db(environ: Mapping[str, str] | None = None) -> str | None:
    """The server register saved on this PC for this user, with its password put back in (the
    password is kept apart from the address, in this settings file only)."""
    data = _read_settings(environ)
    url = data.get("db")
    if not isinstance(url, str) or not url:
        return None
    password = data.get("db_password")
    return with_password(url, password) if isinstance(password, str) and password else url


def save_db_choice(url: str, environ: Mapping[str, str] | None = None) -> Path:
    """Remember ``url`` for the next starts. The password goes into the user's own settings file
    (owner-only), never into any other file; the address is stored without it."""
    address, password = split_password(url)
    path = settings_path(environ)
    data = _read_settings(environ)
    data["db"] = address
    if password:
        data["db_password"] = password
    else:
        data.pop("db_password", None)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".sebagian")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    with contextlib.suppress(OSError):
        os.chmod(partial, 0o600)  # an older file made with a wider mask
    os.replace(partial, path)
    return path


def forget_db_choice(environ: Mapping[str, str] | None = None) -> None:
    """Back to the register in this PC's data folder at the next start."""
    data = _read_settings(environ)
    if "db" not in data and "db_password" not in data:
        return
    data.pop("db", None)
    data.pop("db_password", None)
    settings_path(environ).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def server_url(host: str, port: int, name: str, user: str, password: str = "") -> str:
    """``postgresql://user:password@host:port/name`` with every part quoted."""
    login = quote(user, safe="")
    if password:
        login += ":" + quote(password, safe="")
    netloc = (
        "{l}@{h}:{p}".format(l=login, h=host.strip(), p=int(port))
        if login
        else "{h}:{p}".format(h=host.strip(), p=int(port))
    )
    return urlunparse(("postgresql", netloc, "/" + quote(name, safe=""), "", "", ""))


def split_password(url: str) -> tuple[str, str]:
    """(the URL without its password, the password or "")."""
    if "://" not in url:
        return url, ""
    parsed = urlparse(url)
    if parsed.password is None:
        return url, ""
    host = parsed.netloc.rsplit("@", 1)[1]
    user = parsed.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunparse(parsed._replace(netloc="{u}@{h}".format(u=user, h=host))), unquote(parsed.password)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (quoted) in its login part."""
    parsed = urlparse(url)
    if "@" not in parsed.netloc:
        return url
    user, host = parsed.netloc.rsplit("@", 1)
    user = user.split(":", 1)[0]
    netloc = "{u}:{p}@{h}".format(u=user, p=quote(password, safe=""), h=host)
    return urlunparse(parsed._replace(netloc=netloc))
