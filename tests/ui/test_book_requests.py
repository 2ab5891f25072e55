"""A second start hands its book to the running app (two real processes, offscreen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli

pytestmark = pytest.mark.slow


def last_book(home: Path) -> str | None:
    path = home / "config" / "settings.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("last_book")
    except (OSError, ValueError):  # not written yet, or being replaced
        return None


def wait_for_last_book(home: Path, expected: str, timeout: float = 60) -> str | None:
    deadline = time.monotonic() + timeout
    while (seen := last_book(home)) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return seen


def test_second_start_hands_the_book_to_the_running_app(erp_home: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.erpbook", tmp_path / "second.erpbook"
    for book, company in ((first, "甲公司"), (second, "乙公司")):
        assert run_cli("init", "--book", str(book), "--company", company).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    running = subprocess.Popen(
        [sys.executable, "-m", "erp_desktop", "open", str(first)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for_last_book(erp_home, str(first)) == str(first)
        # As the desktop runs it for a double-clicked book: a path relative to another folder.
        started = time.monotonic()
        handed = subprocess.run(
            [sys.executable, "-m", "erp_desktop", "open", second.name],
            cwd=tmp_path,
            env={**env, "ERP_DESKTOP_QUIT_WHEN_READY": "1"},
            capture_output=True,
            text=True,
            timeout=60,
        )
        # It showed no window of its own (that would print "ready") and quit at once.
        assert (handed.returncode, handed.stdout) == (0, "")
        assert time.monotonic() - started < 20
        assert wait_for_last_book(erp_home, str(second)) == str(second)
        assert running.poll() is None  # the running app still runs, now on the second book
    finally:
        running.terminate()
        running.wait(timeout=30)


def test_without_a_running_app_the_book_opens_in_a_new_window(tmp_path: Path) -> None:
    book = tmp_path / "alone.erpbook"
    assert run_cli("init", "--book", str(book), "--company", "丙公司").returncode == 0
    result = run_cli("open", str(book), env={"ERP_DESKTOP_QUIT_WHEN_READY": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
