"""The installable bundle, built from this checkout and run as a shop's PC would.

``packaging/build.py`` makes the archive (about a minute and a half on two
cores); it is unpacked in a temporary folder and every program in it runs with
a clean environment: no virtualenv or Python on PATH, HOME a temporary folder.
These runs are the proof that what bundle_contents.py leaves out is not needed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from erp_desktop import BOOK_MIME_TYPE, DESKTOP_ID, __version__
from tests.fonts import empty_fontconfig
from tests.helpers import ROOT, file_digest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]  # builds the bundle first

ARCHIVE = f"erp-desktop-{__version__}-linux-x86_64.tar.gz"
TAX_ID = "91110000600037341L"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive's top folder (install.sh, README, erp-desktop/, share/)."""
    work = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--out",
            str(work / "out"),
            "--work",
            str(work / "work"),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    assert sorted(p.name for p in (work / "out").iterdir()) == [ARCHIVE]
    with tarfile.open(work / "out" / ARCHIVE) as tar:
        tar.extractall(work / "unpacked", filter="tar")
    (top,) = (work / "unpacked").iterdir()
    return top


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives the program: no virtualenv, no Python on PATH."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=300, cwd="/"
    )


def explain(result: subprocess.CompletedProcess[str], env: dict[str, str]) -> str:
    """A failed run's output and the app's log (where tracebacks go)."""
    logs = sorted(Path(env["HOME"]).rglob("erp-desktop.log"))
    text = "".join(log.read_text(encoding="utf-8")[-4000:] for log in logs)
    return f"{result.args}\n{result.stdout}\n{result.stderr}\n{text}"


def test_archive_holds_the_app_installers_and_readme(unpacked: Path) -> None:
    assert unpacked.name == ARCHIVE.removesuffix(".tar.gz")
    assert sorted(p.name for p in unpacked.iterdir()) == [
        "README",
        "erp-desktop",
        "install.sh",
        "share",
        "uninstall.sh",
    ]
    internal = unpacked / "erp-desktop" / "_internal"
    for shipped in (
        "erp_desktop/migrations/env.py",
        "erp_desktop/resources/fonts/DroidSansFallbackFull.ttf",
        "erp_desktop/resources/translations/erp_desktop_zh_CN.qm",
        "erp_desktop/resources/translations/erp_desktop_zh_CN.ts",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
    ):
        assert (internal / shipped).is_file(), shipped
    # What bundle_contents.py excludes is really out.
    assert not list(internal.rglob("libQt6Quick*"))
    assert not list(internal.rglob("libQt6Qml*"))
    assert not (internal / "PySide6/Qt/translations/qtbase_de.qm").exists()


def test_every_command_runs_from_the_bundle_without_python(
    unpacked: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    program = unpacked / "erp-desktop" / "erp-desktop"
    env = clean_env(tmp_path / "home")
    book = tmp_path / "shop.erpbook"
    steps = [
        ("init", "--book", str(book), "--company", "示例商贸有限公司", "--tax-id", TAX_ID),
        ("info", "--book", str(book)),
        ("demo", "--book", str(book), "--items", "200", "--moves", "2000"),
        ("check", "--book", str(book)),
    ]
    results = [run(program, *step, env=env) for step in steps]
    for result in results:
        assert result.returncode == 0, explain(result, env)
    assert "示例商贸有限公司" in results[1].stdout
    assert "in order" in results[3].stdout

    with sqlite3.connect(book) as con:
        (number,) = con.execute(
            "SELECT number FROM invoice WHERE number IS NOT NULL ORDER BY number LIMIT 1"
        ).fetchone()
    pdf = tmp_path / "invoice.pdf"
    result = run(program, "invoice-pdf", number, "-o", str(pdf), "--book", str(book), env=env)
    assert result.returncode == 0, explain(result, env)
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert number in text
    assert "示例商贸有限公司" in text

    copy = tmp_path / "copy.erpbook"
    assert run(program, "backup", "--book", str(book), "-o", str(copy), env=env).returncode == 0
    assert run(program, "check", "--book", str(copy), env=env).returncode == 0

    # The PostgreSQL driver and Alembic are in the bundle too: move the copy to a server.
    server = request.getfixturevalue("pg_server")
    request.addfinalizer(server.cleanup_tests)
    target = server.empty_database()
    result = run(program, "migrate", "--book", str(copy), "--to", target, env=env)
    assert result.returncode == 0, explain(result, env)
    result = run(program, "info", "--book", target, env=env)
    assert result.returncode == 0, explain(result, env)
    assert "示例商贸有限公司" in result.stdout


def test_gui_starts_offscreen_from_the_bundle(unpacked: Path, tmp_path: Path) -> None:
    program = unpacked / "erp-desktop" / "erp-desktop"
    env = clean_env(tmp_path / "home")
    book = tmp_path / "gui.erpbook"
    assert (
        run(program, "init", "--book", str(book), "--company", "界面公司", env=env).returncode == 0
    )
    result = run(program, "--book", str(book), env={**env, "ERP_DESKTOP_QUIT_WHEN_READY": "1"})
    assert result.returncode == 0, explain(result, env)
    assert result.stdout.startswith("ready ")


def test_chinese_interface_renders_without_system_fonts(unpacked: Path, tmp_path: Path) -> None:
    """The bundle's own Droid font draws 采购: the grab differs from one without it."""
    with_font = unpacked / "erp-desktop"
    without_font = tmp_path / "without-font"
    subprocess.run(["cp", "-al", str(with_font), str(without_font)], check=True)
    (without_font / "_internal/erp_desktop/resources/fonts/DroidSansFallbackFull.ttf").unlink()
    book = tmp_path / "fonts.erpbook"
    env = clean_env(tmp_path / "home", **empty_fontconfig(tmp_path / "fontconfig"))
    assert (
        run(
            with_font / "erp-desktop", "init", "--book", str(book), "--company", "字体公司", env=env
        ).returncode
        == 0
    )
    grabs = []
    for folder in (with_font, without_font):
        grab = tmp_path / f"{folder.name}.png"
        result = run(
            folder / "erp-desktop",
            "--book",
            str(book),
            "--lang",
            "zh_CN",
            env={**env, "ERP_DESKTOP_QUIT_WHEN_READY": "1", "ERP_DESKTOP_GRAB": str(grab)},
        )
        assert result.returncode == 0, explain(result, env)
        grabs.append(image_bits(grab))
    assert grabs[0] != grabs[1]


def image_bits(path: Path) -> bytes:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return bytes(image.constBits())


def test_install_and_uninstall_keep_the_books(unpacked: Path, tmp_path: Path) -> None:
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    env = clean_env(home)
    result = run(unpacked / "install.sh", "--prefix", str(prefix), env=env)
    assert result.returncode == 0, explain(result, env)
    app = prefix / "lib" / "erp-desktop"
    share = prefix / "share"
    desktop = share / "applications" / f"{DESKTOP_ID}.desktop"
    installed = [
        desktop,
        share / "mime" / "packages" / f"{DESKTOP_ID}.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(share / f"icons/hicolor/{n}x{n}/apps/{DESKTOP_ID}.png" for n in ICON_SIZES),
        prefix / "bin" / "erp-desktop",
    ]
    for path in installed:
        assert path.is_file(), path
    entry = desktop.read_text(encoding="utf-8")
    assert f"Exec={app}/erp-desktop open %f\n" in entry
    assert f"MimeType={BOOK_MIME_TYPE};\n" in entry
    validate = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True
    )
    assert (validate.returncode, validate.stdout) == (0, "")
    # update-mime-database compiled our type, with its magic (application_id "ERPD").
    assert (share / "mime" / BOOK_MIME_TYPE.replace("/", os.sep)).with_suffix(".xml").is_file()
    assert b"ERPD" in (share / "mime" / "magic").read_bytes()

    # The installed command works (through the symlink in bin) and makes the default book.
    result = run(prefix / "bin" / "erp-desktop", "init", "--company", "安装公司", env=env)
    assert result.returncode == 0, explain(result, env)
    book = home / ".local" / "share" / "erp-desktop" / "default.erpbook"
    digest = file_digest(book)
    mine = app / "notes.txt"  # a file the user put there: not installed, so kept
    mine.write_text("mine", encoding="utf-8")

    result = run(app / "uninstall.sh", env=env)
    assert result.returncode == 0, explain(result, env)
    for path in installed:
        assert not path.exists() and not path.is_symlink(), path
    assert not (share / "mime" / BOOK_MIME_TYPE.replace("/", os.sep)).with_suffix(".xml").exists()
    assert sorted(p.name for p in app.rglob("*")) == ["notes.txt"]
    assert file_digest(book) == digest


def test_shared_mime_info_knows_a_book_by_its_content(unpacked: Path, tmp_path: Path) -> None:
    """The magic matches our book files only, not any SQLite database."""
    shutil.copytree(unpacked / "share" / "mime", tmp_path / "mime")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert b"SQLite format 3" in magic
    assert b"ERPD" in magic
