"""Chinese labels render with glyphs without any system font (fontconfig emptied)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fonts import CHINESE, MISSING, empty_fontconfig
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

# Runs in a fresh process: fontconfig reads FONTCONFIG_FILE once, when Qt starts.
GRAB = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from erp_desktop.ui.fonts import install_interface_font

app = QApplication([])
if sys.argv[1] == "with":
    print(install_interface_font())
for name, text in (("chinese", sys.argv[2]), ("missing", sys.argv[3])):
    label = QLabel(text)
    label.resize(80, 30)
    label.grab().toImage().save(f"{sys.argv[4]}/{sys.argv[1]}-{name}.png")
"""


def grab(tmp_path: Path, mode: str) -> tuple[bytes, bytes]:
    env = {**os.environ, **empty_fontconfig(tmp_path / mode)}
    result = subprocess.run(
        [sys.executable, "-c", GRAB, mode, CHINESE, MISSING, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    if mode == "with":
        assert result.stdout.strip() == "Droid Sans Fallback"
    return tuple(image_bits(tmp_path / f"{mode}-{name}.png") for name in ("chinese", "missing"))


def image_bits(path: Path) -> bytes:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return bytes(image.constBits())


def test_chinese_renders_with_the_bundled_font(tmp_path: Path) -> None:
    chinese, missing = grab(tmp_path, "with")
    assert chinese != missing
    assert len(set(chinese)) > 2  # ink: more than the background and one other shade


def test_without_the_font_chinese_is_the_missing_glyph(tmp_path: Path) -> None:
    """What the first test guards against: without registering, 采购 is indistinguishable."""
    chinese, missing = grab(tmp_path, "without")
    assert chinese == missing
