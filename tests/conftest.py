"""Shared fixtures. Qt runs offscreen; every test gets a fresh database built by the migrations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from dikecualikan_gui.config import Config  # noqa: E402
from dikecualikan_gui.domain.model import Actor, Role  # noqa: E402
from dikecualikan_gui.services import auth, setup, users  # noqa: E402

from factories import PASSWORD  # noqa: E402


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheaper scrypt cost in tests; the parameters are stored with each hash, so verification
    exercises the same code. test_auth checks the production parameters separately."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2**8)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may touch the real user data folder."""
    data = tmp_path / "data-home"
    monkeypatch.setenv("DIKECUALIKAN_DATA", str(data))
    monkeypatch.delenv("DIKECUALIKAN_DB", raising=False)
    return data


PG_URL = os.environ.get("DIKECUALIKAN_TEST_PG_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_configure(config: pytest.Config) -> None:
    """In CI the PostgreSQL tests must run: a run without a server fails instead of skipping them."""
    if IN_CI and not PG_URL:
        raise pytest.UsageError(
            "CI=true but DIKECUALIKAN_TEST_PG_URL is not set: the PostgreSQL tests would not run. "
            ".ci/run starts a server and sets it; run the suite without CI=true to test SQLite only."
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI a test marked postgres that skips is a failure (the server it needs is part of CI). A test
    run on both databases may still skip on PostgreSQL on purpose (e.g. backup copies SQLite files)."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and item.get_closest_marker("postgres") is not None:
        report.outcome = "failed"
        report.longrepr = "CI: tes PostgreSQL dilewati ({r})".format(r=report.longrepr)


def _reset_postgres(url: str) -> None:
    """Empty the test database so that the migrations build it from nothing."""
    from playhouse.db_url import connect

    db = connect(url)
    with db.connection_context():
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")


def sqlite_config(tmp_path: Path) -> Config:
    return Config(db=str(tmp_path / "register.sqlite3"), data_dir=tmp_path)


@pytest.fixture(params=BACKENDS)
def config(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Config]:
    """A fresh database built by the migrations: an SQLite file (files and threads work with it),
    and also PostgreSQL when DIKECUALIKAN_TEST_PG_URL names a test database."""
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        cfg = Config(db=PG_URL, data_dir=tmp_path)
    else:
        cfg = sqlite_config(tmp_path)
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


@pytest.fixture
def memory_db() -> Iterator[Config]:
    """A fresh in-memory database for tests that need no files."""
    cfg = Config(db=":memory:", data_dir=Path("/nonexistent"))
    setup.open_register(cfg)
    yield cfg
    setup.close_register()


@dataclass(frozen=True)
class People:
    admin: Actor
    petugas: Actor
    petugas2: Actor
    atasan: Actor
    atasan2: Actor


@pytest.fixture
def people(config: Config) -> People:
    def add(username: str, role: Role, nama: str) -> Actor:
        return users.add_user(None, username, nama, role, PASSWORD).as_actor()

    return People(
        admin=add("admin", Role.ADMIN, "Administrator Dinas"),
        petugas=add("petugas", Role.PETUGAS, "Siti Petugas"),
        petugas2=add("petugas2", Role.PETUGAS, "Budi Petugas"),
        atasan=add("atasan", Role.ATASAN, "Drs. Atasan PPID"),
        atasan2=add("atasan2", Role.ATASAN, "Atasan Kedua"),
    )


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal exec() in a test would wait for a click that never comes: fail instead.
    Tests answer dialogs by monkeypatching their ask() or the messages helpers."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(self: object, *args: object) -> int:
        raise AssertionError("modal dialog {t} opened in a test".format(t=type(self).__name__))

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: refuse(QFileDialog())))
