"""Where ERP Desktop keeps its files.

Per-user folders come from platformdirs. ``ERP_DESKTOP_HOME`` (or the
``--data-dir`` option, which sets it) puts data, settings and logs under one
folder instead: tests use it, and so can a portable install on a USB stick.
The shipped folders (migrations, resources) are found next to the package in
a wheel or a bundle, and at the top of the source tree in a checkout.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from erp_desktop import APP_ID

HOME_ENV = "ERP_DESKTOP_HOME"
BOOK_SUFFIX = ".erpbook"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def _platform_dir(kind: str) -> Path:
    import platformdirs

    getters: dict[str, Callable[..., str]] = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "log": platformdirs.user_log_dir,
    }
    return Path(getters[kind](APP_ID, appauthor=False))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else _platform_dir("data")


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else _platform_dir("config")


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else _platform_dir("log")


def default_book_path() -> Path:
    """The book opened when none is named: created on first run."""
    return data_dir() / f"default{BOOK_SUFFIX}"


def _shipped(name: str) -> Path:
    package = Path(__file__).resolve().parent
    inside = package / name  # wheel (force-include) and PyInstaller bundle
    if inside.is_dir():
        return inside
    return package.parent / name  # source checkout and editable install


def migrations_dir() -> Path:
    return _shipped("migrations")


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
