"""Issue 12, point 11: start to the login dialog against a bare QMainWindow shown in the same run
(pytest tests/benchmarks -m perf -s). Each start is a fresh process, offscreen; the application's
moment is the log line it writes when the login dialog is on screen ("Tampil: LoginDialog")."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.perf

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIKECUALIKAN_DATA": str(data)}


def _bare(data: Path) -> float:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", BARE], env=_env(data), capture_output=True, text=True, timeout=60, check=True
    )
    assert "shown" in result.stdout
    return time.monotonic() - started


def _application(data: Path) -> float:
    log = data / "dikecualikan.log"
    before = log.read_text(encoding="utf-8").count("Tampil: LoginDialog") if log.exists() else 0
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=_env(data), cwd=ROOT)
    try:
        while time.monotonic() - started < 60:
            if log.exists() and log.read_text(encoding="utf-8").count("Tampil: LoginDialog") > before:
                return time.monotonic() - started
            assert process.poll() is None, "the application quit before its login dialog"
            time.sleep(0.01)
        raise AssertionError("no login dialog within 60 s")
    finally:
        process.kill()
        process.wait(timeout=30)


def test_start_to_login_against_a_bare_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = _env(data)
    for command in (
        ["init"],
        ["user", "add", "admin", "--role", "admin", "--name", "Admin", "--password-stdin"],
    ):
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *command],
            env=env,
            input="rahasia-admin-1\n",
            text=True,
            capture_output=True,
            check=True,
        )
    _bare(data), _application(data)  # warm the disk cache
    bare = [_bare(data) for _ in range(ROUNDS)]
    app = [_application(data) for _ in range(ROUNDS)]
    ratio = statistics.median(app) / statistics.median(bare)
    print(
        "\nbare QMainWindow shown: median {b:.2f} s ({bl:.2f}-{bh:.2f}); start to login dialog: median {a:.2f} s "
        "({al:.2f}-{ah:.2f}); ratio {r:.2f} (target 2.5)".format(
            b=statistics.median(bare),
            bl=min(bare),
            bh=max(bare),
            a=statistics.median(app),
            al=min(app),
            ah=max(app),
            r=ratio,
        )
    )
