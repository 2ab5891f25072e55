"""``erp-desktop open [BOOK]``: the desktop app, with a book given by position.

What the desktop's file associations run (``.desktop`` ``Exec``, the Windows
registry, the macOS bundle): a double-clicked ``.erpbook`` arrives as a plain
argument, and nothing at all when the app is started from the menu.
"""

from __future__ import annotations

import argparse

from erp_desktop.cli.book_commands import add_command
from erp_desktop.cli.console import Console
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    p = add_command(
        commands,
        console,
        "open",
        QT_TRANSLATE_NOOP("cli", "start the desktop app with a book"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Start the desktop app and open BOOK (a book file or a postgresql:// URL). If the "
            "app is already running, the book opens in its window.",
        ),
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar="BOOK",
        help=console.tr(
            QT_TRANSLATE_NOOP("cli", "the book to open (default: as without a command)")
        ),
    )
    p.set_defaults(handler=cmd_open)


def cmd_open(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.app import run_gui

    if args.file:
        args.book = args.file
    return run_gui(args)
