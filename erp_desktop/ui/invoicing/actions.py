"""Actions shared by the invoice list and the invoice form: open, preview, export, credit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from erp_desktop.domain.workflow import Workflow
from erp_desktop.services.einvoice.printing import print_pdf
from erp_desktop.services.invoicing.ubl import document_xml
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.i18n import render
from erp_desktop.ui.saving import save_file


def enable(button: QAbstractButton, workflow: Workflow, state: str | None, verb: str) -> None:
    """Enabled when the workflow allows ``verb`` now; otherwise the tooltip says why not."""
    if state is None:
        button.setEnabled(False)
        button.setToolTip("")
        return
    reason = workflow.reason_refused(state, verb)
    button.setEnabled(reason is None)
    button.setToolTip("" if reason is None else render(reason))


def confirm_delete(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceActions", "Delete draft"),
        QCoreApplication.translate(
            "InvoiceActions", "Delete this draft? It has no number yet, so nothing else changes."
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_issue(parent: QWidget, customer: str, total: str) -> bool:
    """Issuing takes the next number and moves stock: ask first, naming what is issued."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceActions", "Issue invoice"),
        QCoreApplication.translate(
            "InvoiceActions",
            "Issue the invoice to {customer} for {total} now?\n\nIt takes the next invoice "
            "number and the goods leave stock. An issued invoice cannot be changed or deleted, "
            "only credited.",
        ).format(customer=customer, total=total),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_preview(
    ctx: AppContext, parent: QWidget, pdf: bytes, title: str, file_name: str = ""
) -> QWidget:
    from erp_desktop.ui.invoicing.preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(ctx, pdf, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def preview(
    ctx: AppContext, parent: QWidget, invoice_id: int, title: str, number: str = ""
) -> None:
    book = ctx.book
    ctx.runner.run(
        lambda _p: book.read(lambda s: print_pdf(s, invoice_id)),
        lambda pdf: show_preview(ctx, parent, pdf, title, f"{number or 'invoice'}.pdf"),
        parent=parent,
    )


def export_one(ctx: AppContext, parent: QWidget, invoice_id: int, number: str, kind: str) -> None:
    """Ask where, then write the stored PDF or the XML of one issued document."""
    caption = (
        QCoreApplication.translate("InvoiceActions", "Export PDF")
        if kind == "pdf"
        else QCoreApplication.translate("InvoiceActions", "Export XML")
    )
    book = ctx.book
    make = print_pdf if kind == "pdf" else document_xml
    save_file(
        ctx,
        parent,
        f"{number or 'invoice'}.{kind}",
        lambda: book.read(lambda s: make(s, invoice_id)),
        caption=caption,
    )


def open_invoice(ctx: AppContext, parent: QWidget, invoice_id: int | None) -> QWidget:
    from erp_desktop.ui.invoicing.form import InvoiceDialog

    dialog = InvoiceDialog(ctx, invoice_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_credit(
    ctx: AppContext,
    parent: QWidget,
    invoice_id: int,
    *,
    note_id: int | None = None,
    reissue: bool = False,
) -> QWidget:
    from erp_desktop.ui.invoicing.credit import CreditDialog

    dialog = CreditDialog(ctx, invoice_id, note_id=note_id, reissue=reissue, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if reissue:  # the corrected copy opens at once, ready to fix and issue
        dialog.credited.connect(lambda result: open_invoice(ctx, parent, result.draft_id))
    dialog.open()
    return dialog
