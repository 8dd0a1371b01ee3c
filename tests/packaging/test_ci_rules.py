"""The CI rules of tests/conftest.py, run in a separate pytest: with CI=true a run without a
PostgreSQL URL stops before any test, and a test marked postgres that skips counts as failed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
SAMPLE = """
import pytest

@pytest.mark.postgres
def test_needs_the_server():
    pytest.skip("no server")

def test_not_for_postgresql():
    pytest.skip("copies SQLite files")
"""


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "DIKECUALIKAN_TEST_PG_URL")}
    environ.update(env, PYTHONPATH=str(TESTS))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-c", os.devnull, "-p", "conftest", "-W", "ignore", "test_sample.py"],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )


def test_ci_without_postgresql_stops(tmp_path: Path) -> None:
    result = _pytest(tmp_path, CI="true")
    assert result.returncode == 4, result.stdout + result.stderr
    assert "DIKECUALIKAN_TEST_PG_URL is not set" in result.stderr


def test_ci_fails_a_skipped_postgres_test(tmp_path: Path) -> None:
    result = _pytest(tmp_path, CI="true", DIKECUALIKAN_TEST_PG_URL="postgresql://127.0.0.1:1/tidak-dipakai")
    assert result.returncode == 1
    assert "1 failed, 1 skipped" in result.stdout, result.stdout


def test_outside_ci_both_skip(tmp_path: Path) -> None:
    result = _pytest(tmp_path)
    assert result.returncode == 0 and "2 skipped" in result.stdout, result.stdout
