"""erp-desktop demo: fill a book with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.cli.signin import acting_user, add_user_option, require_administrator
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def _count(console: Console, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (else exit 2, usage)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                console.tr(
                    QT_TRANSLATE_NOOP(
                        "cli", "“{value}” is not a whole number from {low} to {high}."
                    ),
                    value=text,
                    low=f"{low:,}",
                    high=f"{high:,}",
                )
            )
        return value

    return parse


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    p = add_command(
        commands,
        console,
        "demo",
        QT_TRANSLATE_NOOP("cli", "fill a book with demo data"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Fill the book with realistic demo data: items, warehouses, suppliers, customers "
            "and a year of documents. The book is created if it does not exist; a book "
            "that already holds items, parties or documents is refused.",
        ),
    )
    p.add_argument(
        "--items",
        type=_count(console, 1, 10_000_000),
        default=2_000,
        help=tr(QT_TRANSLATE_NOOP("cli", "number of items")),
    )
    p.add_argument(
        "--warehouses",
        type=_count(console, 1, 1_000),
        default=3,
        help=tr(QT_TRANSLATE_NOOP("cli", "number of warehouses")),
    )
    p.add_argument(
        "--moves",
        type=_count(console, 0, 100_000_000),
        default=20_000,
        help=tr(QT_TRANSLATE_NOOP("cli", "number of stock moves")),
    )
    p.add_argument(
        "--seed", type=int, default=2026, help=tr(QT_TRANSLATE_NOOP("cli", "random seed"))
    )
    add_user_option(p, console)
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import create_book, open_book
    from erp_desktop.db.sqlite_file import FileState, inspect_file
    from erp_desktop.services.company import CompanyProfile, get_company, setup_company
    from erp_desktop.services.demo import DemoOptions, build_demo, refuse_a_book_in_use

    location = book_location(args)
    if location.is_sqlite and inspect_file(location.path) is FileState.MISSING:
        book = create_book(location)
    else:
        book = open_book(location, for_writing=True)
    started = time.monotonic()
    try:
        book.read(refuse_a_book_in_use)
        if book.read(get_company) is None:
            profile = CompanyProfile(name="深圳市示例商贸有限公司", tax_id="91440300MA5G0YJ19M")
            book.run(lambda s: setup_company(s, profile, "王小明").value)
        user_id = acting_user(book, args, console)  # a book with passwords: --user signs in
        require_administrator(book, user_id)

        def report(step: str, done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            bar = "#" * filled + "." * (width - filled)
            print(f"\r  {step:<28} [{bar}] {done:>9,}/{total:,}", end="", file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)

        options = DemoOptions(
            items=args.items,
            warehouses=args.warehouses,
            moves=args.moves,
            seed=args.seed,
            user_id=user_id,
        )
        build_demo(book, options, report)
    finally:
        book.close()
    console.say(
        QT_TRANSLATE_NOOP("cli", "Demo data written to {where} in {seconds:.1f} s."),
        where=location.display(),
        seconds=time.monotonic() - started,
    )
    return 0
