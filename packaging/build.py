"""Build the installable bundle: ``python packaging/build.py``.

Renders the icons from resources/icons/erp-desktop.svg, runs PyInstaller on
packaging/erp-desktop.spec (one folder), and on Linux packs that folder with
install.sh, uninstall.sh, the desktop entry, icons, the book MIME type and a
README into ``dist/erp-desktop-VERSION-linux-x86_64.tar.gz``. Needs the
``packaging`` extra (``pip install -e '.[packaging]'``). See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from erp_desktop import BOOK_MIME_TYPE, DESKTOP_ID, __version__  # noqa: E402

ICON_SVG = ROOT / "resources" / "icons" / "erp-desktop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LINUX = ROOT / "packaging" / "linux"


def render_icons(folder: Path) -> None:
    """PNG at the hicolor sizes, and the Windows .ico and macOS .icns, from the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(ICON_SVG))
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"{size}.png"))
        if size == 256:
            image.save(str(folder / "erp-desktop.ico"))
        if size == 512:
            image.save(str(folder / "erp-desktop.icns"))


def run_pyinstaller(icons: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "erp-desktop.spec"),
        ],
        check=True,
        env={**os.environ, "ERP_ICONS_DIR": str(icons)},
    )
    return work / "dist" / "erp-desktop"


def fill(template: Path, target: Path) -> None:
    text = template.read_text(encoding="utf-8")
    for key, value in {
        "@VERSION@": __version__,
        "@DESKTOP_ID@": DESKTOP_ID,
        "@MIME_TYPE@": BOOK_MIME_TYPE,
    }.items():
        text = text.replace(key, value)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    shutil.copymode(template, target)


def linux_archive(app: Path, icons: Path, out: Path) -> Path:
    """Stage the folder users unpack, and pack it as .tar.gz."""
    name = f"erp-desktop-{__version__}-linux-{platform.machine()}"
    stage = app.parent / name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    shutil.move(str(app), stage / "erp-desktop")
    for script in ("install.sh", "uninstall.sh"):
        fill(LINUX / script, stage / script)
    fill(LINUX / "README.txt", stage / "README")
    share = stage / "share"
    fill(LINUX / "app.desktop", share / "applications" / f"{DESKTOP_ID}.desktop")
    fill(LINUX / "mime.xml", share / "mime" / "packages" / f"{DESKTOP_ID}.xml")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy(icons / f"{size}.png", target)
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICON_SVG, hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg")
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the archive goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's folders"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    icons = args.work / "icons"
    render_icons(icons)
    app = run_pyinstaller(icons, args.work)
    if sys.platform != "linux":  # Windows: packaging/windows/erp-desktop.iss; macOS: the .app
        print(f"built {app.parent} in {time.monotonic() - started:.0f} s")
        return 0
    archive = linux_archive(app, icons, args.out)
    print(f"built {archive} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
