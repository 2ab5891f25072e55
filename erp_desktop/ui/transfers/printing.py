"""Printing the transfer note: choose where to save the PDF, write it, open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from erp_desktop.files import write_whole
from erp_desktop.services.transfers.orders import TransferView
from erp_desktop.ui.context import AppContext


def transfer_note_pdf(ctx: AppContext, transfer_id: int) -> bytes:
    """Read the transfer and the company, and render the note in the book's language."""
    from erp_desktop.reports.document import render_document  # ReportLab: load on first use
    from erp_desktop.reports.transfers import transfer_note
    from erp_desktop.services.company import get_company
    from erp_desktop.services.transfers.orders import transfer_view

    book, user = ctx.book, ctx.user_id

    def read(session: Any) -> Any:
        company = get_company(session)
        assert company is not None
        return transfer_note(transfer_view(session, user, transfer_id), company, company.language)

    return render_document(book.read(read))


def print_transfer_note(ctx: AppContext, view: TransferView, parent: QWidget) -> None:
    folder = ctx.settings.get("last_folder") or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Transfers", "Save the transfer note"),
        str(Path(folder) / f"{view.title}.pdf"),
        QCoreApplication.translate("Transfers", "PDF documents (*.pdf)"),
    )
    if not path:
        return
    target = Path(path)
    ctx.settings.set("last_folder", str(target.parent))

    def work(_progress: Any) -> Path:
        write_whole(target, transfer_note_pdf(ctx, view.id))
        return target

    ctx.runner.run(
        work,
        lambda written: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))),
        parent=parent,
    )
