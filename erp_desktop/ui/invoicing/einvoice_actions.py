"""The invoice list's tax-platform actions: export the batch workbook, import what it issued.

Both run off the GUI thread. A workbook some documents do not fit is not written:
the list of problems is shown and the user may write the others; matches found
only by buyer, amount and date are linked after the user confirms them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Area, Changes
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info
from erp_desktop.ui.i18n import render

SUMMARY = QT_TRANSLATE_NOOP(
    "EInvoiceActions",
    "Linked {linked}, already linked {already}, not matched {unmatched}, refused {refused}, "
    "rejected rows {rejected}.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EInvoiceActions", text)


def einvoice_status(value: str) -> str:
    """The list's e-invoice column: the platform's number, or where the document stands."""
    if value == "~sent":
        return _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "sent to platform"))
    if value == "~rejected":
        return _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "rejected by platform"))
    return value


def export_for_platform(
    ctx: AppContext,
    parent: QWidget,
    message: QLabel,
    date_from: date | None,
    date_to: date | None,
    path: str | None = None,
    *,
    leave_out_problems: bool = False,
) -> None:
    from erp_desktop.services.einvoice.export import export_batch

    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "Batch-issuing workbook")),
            "批量开票.xlsx",
            "Excel (*.xlsx)",
        )
        if not path:
            return
    user = ctx.user_id

    def done(result: Any) -> None:
        problems = "\n".join(f"{p.number}: {render(p.message)}" for p in result.problems)
        if not result.written:
            answer = QMessageBox.question(
                parent,
                _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "Documents that do not fit")),
                _tr(
                    QT_TRANSLATE_NOOP(
                        "EInvoiceActions",
                        "Nothing was written. These documents do not fit the platform:",
                    )
                )
                + f"\n\n{problems}\n\n"
                + _tr(
                    QT_TRANSLATE_NOOP("EInvoiceActions", "Write the others and leave these out?")
                ),
            )
            if answer == QMessageBox.StandardButton.Yes and not leave_out_problems:
                export_for_platform(
                    ctx, parent, message, date_from, date_to, path, leave_out_problems=True
                )
            return
        show_info(
            message,
            _tr(
                QT_TRANSLATE_NOOP(
                    "EInvoiceActions",
                    "Wrote {documents} invoices ({lines} lines) for the tax platform.",
                )
            ).format(documents=result.documents, lines=result.lines),
        )

    ctx.runner.op(
        parent,
        lambda s: export_batch(
            s,
            user,
            path,
            date_from=date_from,
            date_to=date_to,
            leave_out_problems=leave_out_problems,
        ),
        done,
        changes=Changes.of(Area.INVOICING),  # the exported invoices are marked "sent"
        message=message,
    )


def import_from_platform(
    ctx: AppContext,
    parent: QWidget,
    message: QLabel,
    paths: list[str] | None = None,
    *,
    confirm_guess: bool = False,
) -> None:
    from erp_desktop.services.einvoice.importing import Outcome, import_files

    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "Issued e-invoices or a failure workbook")),
            "",
            _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "E-invoices (*.xml *.xlsx)")),
        )
        if not paths:
            return
    user = ctx.user_id
    chosen = list(paths)

    def done(results: Any) -> None:
        counts = Counter(r.outcome for r in results)
        notes = [
            f"{r.invoice_number or r.source}: {render(r.message)}" for r in results if r.message
        ]
        show_info(
            message,
            _tr(SUMMARY).format(
                linked=counts[Outcome.LINKED],
                already=counts[Outcome.ALREADY],
                unmatched=counts[Outcome.UNMATCHED],
                refused=counts[Outcome.REFUSED],
                rejected=counts[Outcome.REJECTED],
            )
            + ("\n" + "\n".join(notes[:20]) if notes else ""),
        )
        guesses = [r for r in results if r.outcome is Outcome.GUESS]
        if guesses and not confirm_guess:
            listing = "\n".join(f"{r.platform_number} → {r.invoice_number}" for r in guesses)
            answer = QMessageBox.question(
                parent,
                _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "Confirm matches")),
                _tr(
                    QT_TRANSLATE_NOOP(
                        "EInvoiceActions",
                        "These e-invoices match our documents by buyer, amount and date only:",
                    )
                )
                + f"\n\n{listing}\n\n"
                + _tr(QT_TRANSLATE_NOOP("EInvoiceActions", "Link them?")),
            )
            if answer == QMessageBox.StandardButton.Yes:
                import_from_platform(
                    ctx, parent, message, [r.source for r in guesses], confirm_guess=True
                )

    ctx.runner.op(
        parent,
        lambda s: import_files(s, user, chosen, confirm_guess=confirm_guess),
        done,
        changes=Changes.of(Area.INVOICING),  # platform numbers stored on our invoices
        message=message,
    )
