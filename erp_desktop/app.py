"""Desktop start-up: logging, settings, QApplication, translations, main window.

Only what the first screen needs is imported here; reports, Alembic and the
PostgreSQL driver load when first used, so start-up stays under a second.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, cast

from erp_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from erp_desktop.db.location import BOOK_ENV, BookLocation
from erp_desktop.i18n import system_language
from erp_desktop.logs import setup_logging
from erp_desktop.memory import pause_collector_for_start_up, start_up_done
from erp_desktop.paths import default_book_path
from erp_desktop.settings import Settings

READY_ENV = "ERP_DESKTOP_QUIT_WHEN_READY"  # benchmarks: print "ready" and quit
GRAB_ENV = "ERP_DESKTOP_GRAB"  # tests: with READY_ENV, save the ready window as this PNG
# Imported before Qt (see run_gui): what opening a book needs.
PRELOADED = (
    "erp_desktop.db.book",
    "erp_desktop.services.company",
    "erp_desktop.services.users",
    "erp_desktop.services.opening",
)
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from erp_desktop.ui.main_window import MainWindow


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    pause_collector_for_start_up()
    setup_logging()
    where = args.book or os.environ.get(BOOK_ENV)
    # The book is opened on a worker while the window paints; importing the
    # database layer here first, before Qt, keeps the two from competing for
    # the interpreter (see docs/performance.md).
    for module in PRELOADED:
        importlib.import_module(module)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from erp_desktop.ui.book_requests import BookRequests, hand_over
    from erp_desktop.ui.errors import install_excepthook
    from erp_desktop.ui.fonts import install_interface_font
    from erp_desktop.ui.i18n import install_translators
    from erp_desktop.ui.main_window import MainWindow

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    if hand_over(args.book):  # the app runs already: it opens the book (or comes forward)
        return 0
    install_excepthook()
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    install_interface_font()
    settings = Settings()
    install_translators(args.lang or settings.get("language") or system_language())

    window = MainWindow(settings)
    requests = BookRequests(app)
    requests.requested.connect(lambda text: open_requested(window, text))
    requests.listen()
    app.installEventFilter(requests)
    window.ready.connect(start_up_done)
    QTimer.singleShot(10_000, start_up_done)  # no book shown (an error, a sign-in)
    if os.environ.get(READY_ENV):

        def report_ready() -> None:
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            if grab := os.environ.get(GRAB_ENV):
                window.grab().save(grab)
            QTimer.singleShot(0, window.close)

        window.ready.connect(report_ready)
    window.show()
    # Without --book: the book opened last (a move switches it to the book's new place).
    last = "" if where else settings.get("last_book")
    try:
        if where or last:
            location = BookLocation.parse(where or last)
        else:
            location = BookLocation.for_file(default_book_path())
    except Exception as exc:  # a bad --book: say so in the window
        from erp_desktop.ui.errors import show_error

        show_error(window, exc)
    else:
        if last and not location.is_sqlite:  # its password is in the keyring, or asked for
            window.actions_.open_recent(location.display())
        else:
            window.open_location(location, create_missing=not (where or last))
    return int(app.exec())


def open_requested(window: MainWindow, text: str) -> None:
    """A book handed over by a second start (or the OS): open it, unless it is open already."""
    from PySide6.QtCore import Qt

    from erp_desktop.ui.errors import show_error

    # Un-minimised, keeping maximised or full screen as the user left it.
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if not text:
        return
    try:
        wanted = BookLocation.parse(text).display()
    except Exception as exc:  # not a book location: say so in the window
        show_error(window, exc)
        return
    opened = window.ctx.opened
    if opened is None or opened.book.location.display() != wanted:
        window.actions_.open_recent(text)


def main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    from erp_desktop.cli import main as cli_main

    return cli_main()
