"""erp-desktop einvoice-export / einvoice-import: the tax platform's batch workbook and
the issued 数电票 it sends back (see docs/einvoice.md)."""

from __future__ import annotations

import argparse
from datetime import date

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.cli.signin import acting_user, add_user_option
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    p = add_command(
        commands,
        console,
        "einvoice-export",
        QT_TRANSLATE_NOOP("cli", "write issued invoices into the tax platform's batch workbook"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Write the issued invoices of a date range that the platform has not issued yet "
            "into its batch-issuing workbook (.xlsx) and mark them sent. Documents that do not "
            "fit the platform's limits are listed and nothing is written, unless "
            "--leave-out-problems is given.",
        ),
    )
    p.add_argument("--from", dest="date_from", type=_day, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.xlsx",
        help=tr(QT_TRANSLATE_NOOP("cli", "the workbook to write")),
    )
    p.add_argument(
        "--include-sent",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "also documents already sent to the platform")),
    )
    p.add_argument(
        "--special",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "special VAT invoices (增值税专用发票) for buyers with a tax ID"
            )
        ),
    )
    p.add_argument(
        "--leave-out-problems",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "write the others when some documents do not fit")),
    )
    add_user_option(p, console)
    p.set_defaults(handler=cmd_export)

    p = add_command(
        commands,
        console,
        "einvoice-import",
        QT_TRANSLATE_NOOP(
            "cli", "link issued e-invoices (XML) or a failure workbook to our invoices"
        ),
        QT_TRANSLATE_NOOP(
            "cli",
            "Read the platform's issued-invoice XML files (and 失败明细 .xlsx workbooks) and "
            "store each 20-digit number on the invoice it belongs to. A match found only by "
            "buyer, amount and date is linked when --confirm-matches is given.",
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--confirm-matches",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "link documents matched by buyer, amount and date")),
    )
    add_user_option(p, console)
    p.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import open_book
    from erp_desktop.services.einvoice.export import export_batch

    book = open_book(book_location(args))
    try:
        user = acting_user(book, args, console)
        result = book.run(
            lambda s: export_batch(
                s,
                user,
                args.output,
                date_from=args.date_from,
                date_to=args.date_to,
                include_sent=args.include_sent,
                special=args.special,
                leave_out_problems=args.leave_out_problems,
            )
        )
    finally:
        book.close()
    for problem in result.problems:
        console.line(f"{problem.number}\t{problem.message.render(console.translate)}")
    if not result.written:
        console.say(
            QT_TRANSLATE_NOOP("cli", "Nothing was written: {count} problems (see above)."),
            count=len(result.problems),
        )
        return 1
    console.say(
        QT_TRANSLATE_NOOP("cli", "Wrote {path}: {documents} invoices, {lines} lines."),
        path=args.output,
        documents=result.documents,
        lines=result.lines,
    )
    return 0


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import open_book
    from erp_desktop.services.einvoice.importing import Outcome, import_files

    book = open_book(book_location(args))
    try:
        user = acting_user(book, args, console)
        results = book.run(
            lambda s: import_files(s, user, args.files, confirm_guess=args.confirm_matches)
        )
    finally:
        book.close()
    for r in results:
        note = r.message.render(console.translate) if r.message else ""
        console.line(
            "\t".join(
                (r.source, r.outcome.value, r.platform_number, r.invoice_number, note)
            ).rstrip()
        )
    return 1 if any(r.outcome is Outcome.REFUSED for r in results) else 0
