"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m erp_desktop ARGS`` in a fresh process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "erp_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


def read_only_mount_available() -> bool:
    return (
        os.geteuid() == 0
        and shutil.which("unshare") is not None
        and shutil.which("mount") is not None
    )


def run_on_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``folder`` bind-mounted read-only (a private mount namespace)."""
    command = " ".join(
        [
            f"mount --bind '{folder}' '{folder}'",
            f"&& mount -o remount,ro,bind '{folder}'",
            f"&& exec '{sys.executable}' -m erp_desktop",
            *(f"'{a}'" for a in args),
        ]
    )
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ),
    )
