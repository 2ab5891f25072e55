"""erp-desktop check: verify a book and say what is wrong."""

from __future__ import annotations

import argparse

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.db.location import BookLocation
from erp_desktop.db.sqlite_file import DamagedBook
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    p = add_command(
        commands,
        console,
        "check",
        QT_TRANSLATE_NOOP("cli", "verify a book"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Verify the book: database integrity, the audit trail, gap-free numbering, "
            "stock balances against the stock ledger, and each area's own rules. Prints "
            "what is wrong and exits with 3 if anything is. Changes nothing.",
        ),
    )
    p.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import open_book
    from erp_desktop.services.checks import run_checks
    from erp_desktop.services.seals import unsealed_documents

    location = book_location(args)
    try:
        book = open_book(location, upgrade=False)
        try:
            report = book.read(run_checks)
            unsealed = book.read(unsealed_documents)
        finally:
            book.close()
    except DamagedBook:
        return _report_damage(console, location)
    for name, seconds in report.ran:
        problems = sum(1 for p in report.problems if p.check == name)
        mark = "OK" if not problems else console.tr(QT_TRANSLATE_NOOP("cli", "PROBLEMS"))
        console.line(f"  {name:<26} {mark:<10} {seconds * 1000:8.0f} ms")
    for problem in report.problems:
        console.line(f"- [{problem.check}] {problem.message.render(console.translate)}")
    if unsealed:
        console.say(
            QT_TRANSLATE_NOOP(
                "cli",
                "{count} numbered document(s) carry no seal (issued before this version "
                "sealed documents, or written by demo): changes to them cannot be detected.",
            ),
            count=unsealed,
        )
    if report.ok:
        console.say(
            QT_TRANSLATE_NOOP("cli", "The book {where} is in order."), where=location.display()
        )
        return 0
    console.say(
        QT_TRANSLATE_NOOP("cli", "{count} problem(s) found in {where}."),
        count=len(report.problems),
        where=location.display(),
    )
    from erp_desktop.cli import EXIT_PROBLEMS

    return EXIT_PROBLEMS


def _report_damage(console: Console, location: BookLocation) -> int:
    """A file too damaged to open or to read through: what SQLite's integrity check
    finds is the finding (the other checks cannot run on it)."""
    from erp_desktop.cli import EXIT_PROBLEMS
    from erp_desktop.db.sqlite_file import damage

    problems = damage(location.path) or [console.tr(QT_TRANSLATE_NOOP("cli", "unreadable pages"))]
    console.line(f"  {'database_integrity':<26} {console.tr(QT_TRANSLATE_NOOP('cli', 'PROBLEMS'))}")
    for problem in problems:
        console.line(
            "- [database_integrity] "
            + console.tr(
                QT_TRANSLATE_NOOP("cli", "The book file is damaged: {detail}"), detail=problem
            )
        )
    console.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "The book file {where} is damaged; the other checks cannot run. Restore your "
            "latest backup.",
        ),
        where=location.display(),
    )
    return EXIT_PROBLEMS
