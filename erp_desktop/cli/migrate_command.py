"""erp-desktop migrate: move a book between a file and a PostgreSQL server, verified."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.cli.signin import acting_user, add_user_option, require_administrator
from erp_desktop.db.location import BookLocation
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    p = add_command(
        commands,
        console,
        "migrate",
        QT_TRANSLATE_NOOP("cli", "move a book to a PostgreSQL server, or back to a file"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Move the book --book to --to: from a file to an empty PostgreSQL database "
            "(postgresql://user@server/database), or from a server to a new file. Checks "
            "first, copies, compares every row, and only then switches over; the original "
            "is left unchanged until then and opens read-only afterwards. Exits with 1 if "
            "anything is wrong.",
        ),
    )
    p.add_argument(
        "--to",
        required=True,
        metavar="PATH_OR_URL",
        help=tr(QT_TRANSLATE_NOOP("cli", "where the book goes")),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "replace an unfinished earlier move found at the target without asking"
            )
        ),
    )
    add_user_option(p, console)
    p.set_defaults(handler=cmd_migrate)


def cmd_migrate(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.passwords import with_saved_password

    source = with_saved_password(book_location(args))
    target = with_saved_password(BookLocation.parse(args.to))
    if source.is_sqlite:  # a file with passwords: an administrator signs in (--user) to move it
        from erp_desktop.db.book import open_book

        book = open_book(source, upgrade=False)
        try:
            if not book.read_only:
                require_administrator(book, acting_user(book, args, console))
        finally:
            book.close()
    return run_migration(console, source, target, confirmed=args.yes, move=True)


def run_migration(
    console: Console, source: BookLocation, target: BookLocation, *, confirmed: bool, move: bool
) -> int:
    from erp_desktop.migrator import (
        Migration,
        MigrationRefused,
        Plan,
        VerificationFailed,
    )

    bar = ProgressBar(console, sys.stderr)
    migration = Migration(source, target, on_step=bar.show, move=move)
    console.say(
        QT_TRANSLATE_NOOP("cli", "Checking {source} and {target}…"),
        source=source.display(),
        target=target.display(),
    )
    checked = migration.preflight(deep=False)  # the long scans run beside the copy
    _print_findings(console, checked.findings)
    if checked.errors:
        console.say(
            QT_TRANSLATE_NOOP(
                "cli", "Nothing was written: fix the {count} problem(s) above first."
            ),
            count=len(checked.errors),
        )
        return 1
    if checked.needs_confirmation and not confirmed and not (sys.stdin.isatty() and _ask(console)):
        console.say(
            QT_TRANSLATE_NOOP("cli", "Nothing was written. Run again with --yes to replace it.")
        )
        return 1
    try:
        report = migration.run(confirmed=True, checked=checked)
    except VerificationFailed as exc:
        bar.finish()
        print_report(console, exc.report)
        console.error(exc.message)
        return 1
    except MigrationRefused as exc:
        bar.finish()
        _print_findings(console, exc.preflight.errors)
        console.error(exc.message)
        return 1
    bar.finish()
    print_report(console, report)
    if report.direction == "to_server" and report.plan is not Plan.DONE:
        console.say(
            QT_TRANSLATE_NOOP(
                "cli",
                "While the book was copied, {rows} changed rows were caught up in {rounds} "
                "round(s); saves waited {freeze} s at the end (the freeze).",
            ),
            rows=f"{report.caught_up:,}",
            rounds=report.rounds,
            freeze=f"{report.freeze_seconds:.2f}",
        )
    if move:
        _switch_entry(source, target)
    console.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Done: {rows} rows in {tables} tables copied and verified in {seconds} s. "
            "The book is now at {target}.",
        ),
        rows=f"{report.rows:,}",
        tables=len(report.tables),
        seconds=f"{report.seconds.get('total', 0.0):.1f}",
        target=target.display(),
    )
    return 0


def _print_findings(console: Console, findings) -> None:
    from erp_desktop.migrator import Severity

    for found in findings:
        mark = {Severity.ERROR: "✗", Severity.CONFIRM: "?", Severity.INFO: "i"}[found.severity]
        console.line(f"  {mark} {found.message.render(console.translate)}")


def _ask(console: Console) -> bool:
    answer = input(
        console.tr(QT_TRANSLATE_NOOP("cli", "Replace the unfinished earlier move? [y/N] "))
    )
    return answer.strip().lower() in ("y", "yes", "是", "好")


def _switch_entry(source: BookLocation, target: BookLocation) -> None:
    from erp_desktop.settings import Settings

    Settings().switch_book(source.display(), target.display())


def print_report(console: Console, report) -> None:
    tr = console.tr
    console.say(QT_TRANSLATE_NOOP("cli", "Verification, table by table:"))
    heads = (
        tr(QT_TRANSLATE_NOOP("cli", "table")),
        tr(QT_TRANSLATE_NOOP("cli", "rows here")),
        tr(QT_TRANSLATE_NOOP("cli", "rows there")),
        tr(QT_TRANSLATE_NOOP("cli", "keys")),
        tr(QT_TRANSLATE_NOOP("cli", "rows")),
        tr(QT_TRANSLATE_NOOP("cli", "totals")),
    )
    console.line(
        f"  {_pad(heads[0], 26)} {_pad(heads[1], 12, right=True)} "
        f"{_pad(heads[2], 12, right=True)}  {_pad(heads[3], 5)} {_pad(heads[4], 5)} {heads[5]}"
    )
    different = tr(QT_TRANSLATE_NOOP("cli", "DIFFERENT"))
    for check in report.tables:
        marks = ["OK" if flag else different for flag in (check.keys_equal, check.rows_equal)]
        sums = "-" if not check.sum_columns else ("OK" if check.sums_equal else different)
        console.line(
            f"  {check.table:<26} {check.source_rows:>12,} {check.target_rows:>12,}  "
            f"{marks[0]:<5} {marks[1]:<5} {sums}"
        )
        for key in check.missing:
            console.say(QT_TRANSLATE_NOOP("cli", "    missing in the copy: {key}"), key=key)
        for key in check.extra:
            console.say(QT_TRANSLATE_NOOP("cli", "    only in the copy: {key}"), key=key)
        for diff in check.different:
            console.say(
                QT_TRANSLATE_NOOP("cli", "    {key} {columns}: {was} → {now}"),
                key=diff.key,
                columns=", ".join(diff.columns),
                was=diff.source,
                now=diff.target,
            )
        if not check.sums_equal:
            console.say(
                QT_TRANSLATE_NOOP("cli", "    totals differ: {was} → {now}"),
                was=check.source_sums,
                now=check.target_sums,
            )
    if report.checks_ran:
        if report.check_problems:
            for problem in report.check_problems:
                console.line(f"  - {problem.render(console.translate)}")
        else:
            console.say(QT_TRANSLATE_NOOP("cli", "  The book's own checks pass on the copy."))


def _pad(text: str, width: int, *, right: bool = False) -> str:
    """Pad to a terminal width: Chinese characters take two columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(width - used, 0)
    return fill + text if right else text + fill


class ProgressBar:
    """One line on a terminal (redrawn), one line per table otherwise."""

    WIDTH = 30

    def __init__(self, console: Console, out: TextIO) -> None:
        self.console = console
        self.out = out
        self.tty = out.isatty()
        self.started = time.monotonic()
        self.last_table = ""
        self.last_draw = 0.0
        self.fraction = 0.0

    def show(self, step) -> None:
        from erp_desktop.migrator.report import Pace, phase_name

        now = time.monotonic()
        phase = phase_name(step)
        rate, left = Pace(self.started).of(step, now)
        if not self.tty:
            snapshot = step.stage in ("copy", "verify")
            label = f"{phase}: {step.stage} {step.table}".strip() if snapshot else phase
            per_table = step.table and snapshot
            if (per_table or step.stage in ("catchup", "freeze")) and label != self.last_table:
                self.last_table = label
                print(f"  {label}  ({rate:,} rows/s)", file=self.out)
            return
        if now - self.last_draw < 0.1 and step.stage in ("copy", "verify"):
            return
        self.last_draw = now
        if step.total:
            self.fraction = step.done / step.total
        filled = int(self.WIDTH * self.fraction)
        eta = ""
        if left is not None:
            eta = self.console.tr(QT_TRANSLATE_NOOP("cli", "{seconds} s left"), seconds=left)
        rows = f"{step.table_done:>10,}/{step.table_total:<10,}" if step.table_total else ""
        text = (
            f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.fraction:4.0%} "
            f"{phase:<11} {step.table:<22.22} {rows:<21} {rate:>7,}/s {eta}"
        )
        print(text.ljust(120), end="", file=self.out, flush=True)

    def finish(self) -> None:
        if self.tty:
            print(file=self.out)


def backup_server_book(console: Console, location: BookLocation, output: Path) -> int:
    """``erp-desktop backup`` of a PostgreSQL book: a verified snapshot in a new file."""
    from erp_desktop.db.passwords import with_saved_password

    return run_migration(
        console,
        with_saved_password(location),
        BookLocation.for_file(output.expanduser().absolute()),
        confirmed=False,
        move=False,
    )
