"""The ``erp-desktop`` command: headless book tools, or the desktop app.

With a command (``init``, ``info``, …) it runs without Qt; with none it starts
the GUI. Each command group lives in its own module with a ``register``
function; add new groups to ``COMMAND_MODULES``.

Exit codes: 0 done; 1 refused or failed, with a message saying why; 2 wrong
usage; 3 ``check`` found problems; 70 internal error (see the log).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from erp_desktop import __version__
from erp_desktop.cli.console import Console
from erp_desktop.errors import ErpError
from erp_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, cli_translator, system_language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PROBLEMS = 3
EXIT_INTERNAL = 70

COMMAND_MODULES = (
    "erp_desktop.cli.book_commands",
    "erp_desktop.cli.check_command",
    "erp_desktop.cli.demo_command",
    "erp_desktop.cli.invoice_commands",
    "erp_desktop.cli.einvoice_commands",
    "erp_desktop.cli.migrate_command",
    "erp_desktop.cli.open_command",
    "erp_desktop.cli.user_commands",
)

log = logging.getLogger(__name__)


def build_parser(console: Console) -> argparse.ArgumentParser:
    tr = console.tr
    parser = argparse.ArgumentParser(
        prog="erp-desktop",
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "ERP Desktop: purchasing, stock, transfers and invoices for shops and "
                "trading companies. Without a command, the desktop app starts.",
            )
        ),
    )
    add_common_options(parser, console)
    parser.add_argument("--version", action="version", version=f"ERP Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, console)
    return parser


def add_common_options(
    parser: argparse.ArgumentParser, console: Console, *, suppress: bool = False
) -> None:
    """--book / --data-dir / --lang, accepted before or after the command."""
    tr = console.tr
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--book",
        metavar="PATH_OR_URL",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the book: an SQLite file or a postgresql:// URL (default: $ERP_DESKTOP_BOOK, "
                "else the default book in your data folder)",
            )
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "keep data, settings and logs under DIR instead of the user folders"
            )
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=tr(QT_TRANSLATE_NOOP("cli", "language of messages (default: system)")),
    )


def _language(argv: list[str]) -> str:
    """--lang is needed before parsing (help texts are translated)."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        if value in LANGUAGES:
            return value
    return system_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    console = Console(cli_translator(_language(argv)))
    parser = build_parser(console)
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["ERP_DESKTOP_HOME"] = os.path.abspath(args.data_dir)
    if args.command is None:
        from erp_desktop.app import run_gui

        return run_gui(args)
    from erp_desktop.logs import setup_logging

    log_path = setup_logging()
    try:
        return int(args.handler(args, console))
    except ErpError as exc:
        console.error(exc.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        console.error_text("interrupted")
        return EXIT_FAILED
    except Exception:
        log.exception("command %s failed", args.command)
        console.apology(log_path)
        return EXIT_INTERNAL
