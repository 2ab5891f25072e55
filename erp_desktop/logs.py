"""The rotating log file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from erp_desktop import paths

LOG_NAME = "erp-desktop.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to the rotating file; returns its path."""
    path = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_erp_desktop", None)]:
        if old._erp_desktop == path:  # type: ignore[attr-defined]
            return path
        root.removeHandler(old)  # the data folder changed (tests, --data-dir)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # read-only profile: log to stderr
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler._erp_desktop = path  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
