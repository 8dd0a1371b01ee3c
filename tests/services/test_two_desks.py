"""Two desks at once on one PostgreSQL register (issue 13, point 6): real application processes,
each with its own connection and data folder, as two PCs of an office would be.

Run when DIKECUALIKAN_TEST_PG_URL names a test database (CI sets it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from pypdf import PdfReader

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Role
from dikecualikan_gui.services import audit, items, setup, users

from conftest import PG_URL, _reset_postgres
from factories import PASSWORD, sample_content, submitted

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DIKECUALIKAN_TEST_PG_URL is not set"),
]

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Config]:
    """A fresh register on the server, with a petugas, a second petugas and an atasan."""
    _reset_postgres(PG_URL)
    cfg = Config(db=PG_URL, data_dir=tmp_path / "server-tests")
    setup.open_register(cfg)
    users.add_user(None, "petugas", "Siti Petugas", Role.PETUGAS, PASSWORD)
    users.add_user(None, "petugas2", "Budi Petugas", Role.PETUGAS, PASSWORD)
    users.add_user(None, "atasan", "Drs. Atasan PPID", Role.ATASAN, PASSWORD)
    yield cfg
    setup.close_register()


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DIKECUALIKAN_DATA=str(data),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    )
    env.pop("DIKECUALIKAN_DB", None)
    return env


class Desk:
    """A desk process (tests/services/desk_process.py) on its own PC's data folder."""

    def __init__(self, username: str, data: Path) -> None:
        self.data = data
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "desk_process.py"), PG_URL, username],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(data),
        )

    def ask(self, **command: Any) -> dict[str, Any]:
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps(command) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            stderr: IO[str] | None = self.proc.stderr
            raise AssertionError("desk process ended: " + (stderr.read() if stderr else ""))
        return dict(json.loads(line))

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.ask(op="quit")
            except (AssertionError, OSError, ValueError):
                pass
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[list[Desk]]:
    opened: list[Desk] = []
    yield opened
    for desk in opened:
        desk.close()


def test_both_edit_the_same_item_the_second_save_is_refused_and_nothing_is_lost(
    shared: Config, desks: list[Desk], tmp_path: Path
) -> None:
    item = items.create_item(users.get_by_username("petugas").as_actor(), sample_content("Judul awal"))
    first = Desk("petugas", tmp_path / "pc-1")
    second = Desk("petugas2", tmp_path / "pc-2")
    desks.extend([first, second])
    for desk, judul in ((first, "Judul dari meja pertama"), (second, "Judul dari meja kedua")):
        assert desk.ask(op="open", item=item.id) == {"ok": True}
        assert desk.ask(op="type", judul=judul) == {"ok": True}

    assert first.ask(op="save") == {"saved": True}
    saved_at = time.monotonic()
    # the second desk learns it before saving: its typing stays, with a recovery copy
    seen = second.ask(op="look", wait_bar=10)
    latency = time.monotonic() - saved_at
    assert "Diubah di komputer lain oleh Siti Petugas" in seen["bar"], seen
    assert seen["judul_on_screen"] == "Judul dari meja kedua" and seen["dirty"]
    assert any("Judul dari meja kedua" in text for text in seen["recovery"])
    assert latency < 5, latency
    # its register shows the first desk's title already
    assert "Judul dari meja pertama" in seen["register"]

    assert second.ask(op="save") == {"saved": False}
    after = second.ask(op="look")
    assert any("disimpan dari komputer lain" in text or "diubah oleh pengguna lain" in text for text in after["shown"])
    assert after["judul_on_screen"] == "Judul dari meja kedua" and after["dirty"]
    assert any("Judul dari meja kedua" in text for text in after["recovery"])
    assert items.get_item(item.id).content.judul == "Judul dari meja pertama"
    assert audit.verify().ok


def _cli(*args: str, data: Path, stdin: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dikecualikan_gui", "--db", PG_URL, *args],
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(data),
    )


def test_one_approves_while_the_other_prints_the_dik(shared: Config, tmp_path: Path) -> None:
    """Every DIK printed while an approval commits lists all of its items or none of them, and cites
    the penetapan exactly when it lists them."""
    petugas = users.get_by_username("petugas").as_actor()
    titles = ["Usulan bersama nomor {n}".format(n=n) for n in range(60)]
    for title in titles:
        submitted(petugas, sample_content(title))
    approving = _cli(
        "approve", "--all-ready", "--as", "atasan", "--password-stdin", "--nomor-penetapan", "PEN/BERSAMA/1",
        data=tmp_path / "pc-atasan", stdin=True,
    )  # fmt: skip
    assert approving.stdin is not None
    approving.stdin.write(PASSWORD + "\n")
    approving.stdin.flush()
    printed: list[Path] = []
    while approving.poll() is None or len(printed) < 2:
        out = tmp_path / "dik-{n}.pdf".format(n=len(printed))
        export = _cli("export", "dik", "--out", str(out), data=tmp_path / "pc-petugas")
        _, err = export.communicate(timeout=120)
        assert export.returncode == 0, err
        printed.append(out)
        if len(printed) > 40:
            break
    _, err = approving.communicate(timeout=120)
    assert approving.returncode == 0, err
    for path in printed:
        listed, text = _listed(path, titles)
        assert listed in ([], titles), (path.name, len(listed))
        assert ("PEN/BERSAMA/1" in text) == bool(listed), path.name
    final = tmp_path / "dik-akhir.pdf"
    export = _cli("export", "dik", "--out", str(final), data=tmp_path / "pc-petugas")
    export.communicate(timeout=120)
    assert _listed(final, titles)[0] == titles
    assert audit.verify().ok


def _listed(pdf: Path, titles: list[str]) -> tuple[list[str], str]:
    """The titles a printed DIK lists (each on its own line of the table), and its text."""
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    lines = {line.strip() for line in text.splitlines()}
    return [title for title in titles if title in lines], text


def test_a_restore_while_another_desk_has_the_register_open_is_refused(
    shared: Config, desks: list[Desk], tmp_path: Path
) -> None:
    petugas = users.get_by_username("petugas").as_actor()
    item = items.create_item(petugas, sample_content("Judul sebelum cadangan"))
    zip_path = tmp_path / "cadangan.zip"
    made = _cli("backup", "--out", str(zip_path), data=tmp_path / "pc-admin")
    _, err = made.communicate(timeout=120)
    assert made.returncode == 0, err
    items.save(petugas, item.id, items.get_item(item.id).version, content=sample_content("Judul sesudah cadangan"))
    desk = Desk("petugas", tmp_path / "pc-1")
    desks.append(desk)
    assert desk.ask(op="open", item=item.id) == {"ok": True}
    events = audit.verify().count

    restoring = _cli("restore", str(zip_path), data=tmp_path / "pc-admin")
    out, err = restoring.communicate(timeout=120)
    assert restoring.returncode == 1, out + err
    assert "tidak kosong" in err and "Tidak ada yang diubah" in err, err
    assert items.get_item(item.id).content.judul == "Judul sesudah cadangan"
    assert audit.verify().count == events and audit.verify().ok

    # the open desk goes on as before: no notice, and its next save is taken
    seen = desk.ask(op="look", wait_bar=2)
    assert seen["bar"] == "" and seen["judul_on_screen"] == "Judul sesudah cadangan"
    assert desk.ask(op="type", judul="Judul dari meja yang terbuka") == {"ok": True}
    assert desk.ask(op="save") == {"saved": True}
    assert items.get_item(item.id).content.judul == "Judul dari meja yang terbuka"
