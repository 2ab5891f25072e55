"""Book tools: init, upgrade, info, backup."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from erp_desktop.cli.console import Console
from erp_desktop.db.location import BOOK_ENV, BookLocation
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.paths import default_book_path


def book_location(args: argparse.Namespace) -> BookLocation:
    """--book, else $ERP_DESKTOP_BOOK, else the default book."""
    where = getattr(args, "book", None) or os.environ.get(BOOK_ENV)
    return BookLocation.parse(where) if where else BookLocation.for_file(default_book_path())


def add_command(
    commands: argparse._SubParsersAction,
    console: Console,
    name: str,
    help_text: str,
    description: str,
) -> argparse.ArgumentParser:
    """A subcommand with the common options; texts are marked in context "cli"."""
    from erp_desktop.cli import add_common_options

    parser = commands.add_parser(
        name, help=console.tr(help_text), description=console.tr(description)
    )
    add_common_options(parser, console, suppress=True)
    return parser


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    p = add_command(
        commands,
        console,
        "init",
        QT_TRANSLATE_NOOP("cli", "create a new, empty book"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Create a new book at --book (a new file, or an empty PostgreSQL database). "
            "With --company the company profile and first user are stored too; otherwise the "
            "app asks for them when it first opens the book.",
        ),
    )
    p.add_argument("--company", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("cli", "company name")))
    p.add_argument(
        "--tax-id",
        default="",
        help=tr(QT_TRANSLATE_NOOP("cli", "unified social credit code of the company")),
    )
    p.add_argument(
        "--admin",
        metavar="NAME",
        default="admin",
        help=tr(QT_TRANSLATE_NOOP("cli", "first user (administrator)")),
    )
    p.add_argument("--currency", default="CNY", help=tr(QT_TRANSLATE_NOOP("cli", "currency")))
    p.add_argument(
        "--language",
        choices=("zh_CN", "en"),
        default="zh_CN",
        help=tr(QT_TRANSLATE_NOOP("cli", "language of the book's documents")),
    )
    p.set_defaults(handler=cmd_init)

    p = add_command(
        commands,
        console,
        "upgrade",
        QT_TRANSLATE_NOOP("cli", "upgrade a book to this version"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Upgrade the book's schema to this version of ERP Desktop. An SQLite book is "
            "backed up next to itself first. A book that is already current is left alone.",
        ),
    )
    p.set_defaults(handler=cmd_upgrade)

    p = add_command(
        commands,
        console,
        "info",
        QT_TRANSLATE_NOOP("cli", "show what a book is and holds"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Show the book's kind, location, schema revision, size and row counts, without "
            "changing anything.",
        ),
    )
    p.set_defaults(handler=cmd_info)

    p = add_command(
        commands,
        console,
        "backup",
        QT_TRANSLATE_NOOP("cli", "copy a book to a backup file"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Copy a book to FILE while it may be in use: a file book with SQLite's online "
            "backup, a server book as a verified snapshot in a new file (for pg_dump "
            "backups see docs/connected-mode.md).",
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "backup file to write")),
    )
    p.set_defaults(handler=cmd_backup)


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import create_book

    location = book_location(args)
    book = create_book(location)
    try:
        if args.company:
            from erp_desktop.services.company import CompanyProfile, setup_company

            profile = CompanyProfile(
                name=args.company,
                tax_id=args.tax_id,
                currency=args.currency,
                language=args.language,
            )
            book.run(lambda s: setup_company(s, profile, args.admin).value)
        console.say(
            QT_TRANSLATE_NOOP("cli", "Created a new book at {where} (schema {revision})."),
            where=location.display(),
            revision=book.revision,
        )
    finally:
        book.close()
    return 0


def cmd_upgrade(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import open_book

    location = book_location(args)
    book = open_book(location, upgrade=True, for_writing=True)
    try:
        if book.upgrade_backup is not None:
            console.say(
                QT_TRANSLATE_NOOP("cli", "Upgraded {where} to {revision}. Backup: {backup}"),
                where=location.display(),
                revision=book.revision,
                backup=book.upgrade_backup,
            )
        else:
            console.say(
                QT_TRANSLATE_NOOP("cli", "{where} is at {revision}: nothing to upgrade."),
                where=location.display(),
                revision=book.revision,
            )
    finally:
        book.close()
    return 0


def cmd_info(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.info import describe_book

    info = describe_book(book_location(args))
    schema_words = {
        "current": QT_TRANSLATE_NOOP("cli", "current"),
        "older": QT_TRANSLATE_NOOP("cli", "older: run “erp-desktop upgrade”"),
        "newer": QT_TRANSLATE_NOOP("cli", "newer than this program"),
        "none": QT_TRANSLATE_NOOP("cli", "none"),
    }
    rows = [
        (QT_TRANSLATE_NOOP("cli", "Kind"), info.kind),
        (QT_TRANSLATE_NOOP("cli", "Location"), info.location),
        (QT_TRANSLATE_NOOP("cli", "Company"), info.company or "-"),
        (
            QT_TRANSLATE_NOOP("cli", "Schema revision"),
            f"{info.revision} ({console.tr(schema_words[info.schema])})",
        ),
        (QT_TRANSLATE_NOOP("cli", "Created"), info.meta.get("created_at", "-")),
        (QT_TRANSLATE_NOOP("cli", "Last upgraded by"), info.meta.get("schema_app_version", "-")),
        (QT_TRANSLATE_NOOP("cli", "Size"), _size(info.size_bytes)),
    ]
    if info.meta.get("migrated_to"):
        rows.append(
            (
                QT_TRANSLATE_NOOP("cli", "Moved to"),
                console.tr(
                    QT_TRANSLATE_NOOP("cli", "{where} (this copy opens read-only)"),
                    where=info.meta["migrated_to"],
                ),
            )
        )
    if info.meta.get("migration_state") == "incomplete":
        rows.append(
            (
                QT_TRANSLATE_NOOP("cli", "Move"),
                console.tr(
                    QT_TRANSLATE_NOOP(
                        "cli", "unfinished: the app refuses this book; run the move again"
                    )
                ),
            )
        )
    elif info.meta.get("migrated_from"):
        rows.append((QT_TRANSLATE_NOOP("cli", "Moved from"), info.meta["migrated_from"]))
    width = max(len(console.tr(label)) for label, _ in rows)
    for label, value in rows:
        console.line(f"{console.tr(label):<{width}}  {value}")
    console.say(QT_TRANSLATE_NOOP("cli", "Rows:"))
    for table, count in sorted(info.counts.items()):
        console.line(f"  {table:<28} {count:>12,}")
    return 0


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.sqlite_file import backup_file, refuse_unless_book

    location = book_location(args)
    if not location.is_sqlite:
        from erp_desktop.cli.migrate_command import backup_server_book

        return backup_server_book(console, location, Path(args.output))
    refuse_unless_book(location.path)
    target = backup_file(location.path, Path(args.output))
    console.say(QT_TRANSLATE_NOOP("cli", "Backup written to {path}."), path=target)
    return 0


def _size(size: int | None) -> str:
    if size is None:
        return "-"
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)
