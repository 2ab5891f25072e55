"""The written rules, enforced: ruff, mypy and the import-linter layer contracts.

They run as part of the test suite (not as a separate CI step) so that the one
test command of the README, which `.ci/run` calls verbatim, checks them too: a
developer who runs the tests sees the same failure CI would, and the tools come
with the `test` extra. Configuration lives in pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = run(
        sys.executable, "-m", "ruff", "check", "erp_desktop", "tests", "bench", "packaging"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    """Strict on domain/ and db/, default elsewhere (pyproject.toml [tool.mypy])."""
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_kept() -> None:
    """Layers ui → services → models → db → domain; reports pure; Qt only in ui/ and app.py."""
    lint_imports = BIN / "lint-imports"
    command = [str(lint_imports)] if lint_imports.exists() else ["lint-imports"]
    result = run(*command, "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
