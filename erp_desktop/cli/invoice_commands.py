"""erp-desktop invoice-pdf / invoice-xml: write an issued invoice's PDF or XML to a file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.files import write_whole
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    for name, help_text, description, handler in (
        (
            "invoice-pdf",
            QT_TRANSLATE_NOOP("cli", "write the stored PDF of an invoice or credit note"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Write the PDF of the issued invoice or credit note NUMBER to FILE, byte for "
                "byte as it was issued.",
            ),
            cmd_invoice_pdf,
        ),
        (
            "invoice-xml",
            QT_TRANSLATE_NOOP("cli", "write an invoice or credit note as UBL 2.1 XML"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Write the issued invoice or credit note NUMBER to FILE as UBL 2.1 XML "
                "(the subset described in docs/invoicing.md).",
            ),
            cmd_invoice_xml,
        ),
    ):
        p = add_command(commands, console, name, help_text, description)
        p.add_argument(
            "number", metavar="NUMBER", help=tr(QT_TRANSLATE_NOOP("cli", "e.g. INV-2026-000123"))
        )
        p.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="FILE",
            help=tr(QT_TRANSLATE_NOOP("cli", "file to write (- for standard output)")),
        )
        p.set_defaults(handler=handler)


def _write(args: argparse.Namespace, console: Console, make) -> int:
    from erp_desktop.db.book import open_book
    from erp_desktop.services.invoicing.documents import find_by_number

    location = book_location(args)
    book = open_book(location, upgrade=False)
    try:
        data = book.read(lambda s: make(s, find_by_number(s, args.number).id))
    finally:
        book.close()
    if args.output == "-":
        os.write(1, data)
        return 0
    target = Path(args.output)
    write_whole(target, data)  # never half a file under the real name
    console.say(
        QT_TRANSLATE_NOOP("cli", "Wrote {path} ({size} bytes)."), path=target, size=len(data)
    )
    return 0


def cmd_invoice_pdf(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.invoicing.issuing import stored_pdf

    return _write(args, console, stored_pdf)


def cmd_invoice_xml(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.invoicing.ubl import document_xml

    return _write(args, console, document_xml)
