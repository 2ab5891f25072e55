"""Printing the transfer note: the shared save-PDF path (``ui.saving``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from erp_desktop.services.transfers.orders import TransferView
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.saving import save_file


def transfer_note_pdf(ctx: AppContext, transfer_id: int) -> bytes:
    """Read the note's view and render it in the book's language."""
    from erp_desktop.reports.document import render_document  # ReportLab: load on first use
    from erp_desktop.reports.transfers import transfer_note
    from erp_desktop.services.transfers.printing import transfer_note_print

    book, user = ctx.book, ctx.user_id
    return render_document(
        transfer_note(book.read(lambda s: transfer_note_print(s, user, transfer_id)))
    )


def print_transfer_note(ctx: AppContext, view: TransferView, parent: QWidget) -> None:
    transfer_id = view.id
    save_file(
        ctx,
        parent,
        f"{view.title}.pdf",
        lambda: transfer_note_pdf(ctx, transfer_id),
        caption=QCoreApplication.translate("Transfers", "Save the transfer note"),
    )
