"""A non-editable install ships migrations/ and resources/ and works from there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("erp_desktop-*.whl")
    return built


def test_wheel_contains_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "erp_desktop/migrations/env.py" in names
    assert "erp_desktop/migrations/script.py.mako" in names
    assert any(n.startswith("erp_desktop/migrations/versions/0001_") for n in names)
    assert "erp_desktop/resources/translations/erp_desktop_zh_CN.qm" in names
    assert "erp_desktop/resources/translations/erp_desktop_zh_CN.ts" in names
    assert "erp_desktop/resources/fonts/DroidSansFallbackFull.ttf" in names
    assert "erp_desktop/resources/fonts/LiberationSans-Regular.ttf" in names
    assert "erp_desktop/resources/fonts/LiberationSans-Bold.ttf" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "erp-desktop = erp_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_installed_program_finds_its_migrations(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    book = tmp_path / "installed.erpbook"
    code = (
        "import erp_desktop, erp_desktop.paths as p, sys\n"
        f"assert erp_desktop.__file__.startswith({str(target)!r}), erp_desktop.__file__\n"
        f"assert str(p.migrations_dir()).startswith({str(target)!r})\n"
        "from erp_desktop.cli import main\n"
        f"assert main(['init', '--book', {str(book)!r}, '--company', 'Wheel Ltd']) == 0\n"
        f"assert main(['info', '--book', {str(book)!r}]) == 0\n"
        "from erp_desktop.i18n import cli_translator\n"
        "assert cli_translator('zh_CN')('cli', 'Error:') == '错误：'\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Wheel Ltd" in result.stdout
