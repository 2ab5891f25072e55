"""Saving the PDFs of an order and of its receipt notes (then opening them to print)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from erp_desktop.files import write_whole
from erp_desktop.services.purchasing.returns import order_receipts
from erp_desktop.ui.context import AppContext

OPEN_AFTER_SAVING = True  # tests switch it off: there is no PDF viewer offscreen


def fill_print_menu(menu: QMenu, ctx: AppContext, order_id: int) -> None:
    """The order itself, then one entry per receipt note."""
    menu.clear()
    parent = menu.parentWidget()
    order = menu.addAction(QCoreApplication.translate("Purchasing", "Purchase order (PDF)…"))
    order.triggered.connect(lambda: save_pdf(parent, ctx, order_id=order_id))
    receipts = ctx.book.read(lambda s: order_receipts(s, order_id))
    if receipts:
        menu.addSeparator()
    for receipt in receipts:
        action = menu.addAction(
            QCoreApplication.translate("Purchasing", "Receipt note {number} (PDF)…").format(
                number=receipt.number
            )
        )
        action.triggered.connect(
            lambda _checked=False, r=receipt.id: save_pdf(parent, ctx, receipt_id=r)
        )


def save_pdf(
    parent: QWidget | None,
    ctx: AppContext,
    *,
    order_id: int | None = None,
    receipt_id: int | None = None,
) -> None:
    from erp_desktop.reports.purchasing import document_name, order_pdf, receipt_pdf

    book = ctx.book
    name = book.read(lambda s: document_name(s, order_id=order_id, receipt_id=receipt_id))
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Purchasing", "Save PDF"),
        str(Path(folder) / name),
        QCoreApplication.translate("Purchasing", "PDF documents (*.pdf)"),
    )
    if not path:
        return

    def work(_progress: object) -> str:
        if receipt_id is not None:
            pdf = book.read(lambda s: receipt_pdf(s, receipt_id))
        else:
            assert order_id is not None
            pdf = book.read(lambda s: order_pdf(s, order_id))
        write_whole(Path(path), pdf)
        return path

    def saved(written: str) -> None:
        if OPEN_AFTER_SAVING:
            QDesktopServices.openUrl(QUrl.fromLocalFile(written))

    ctx.runner.run(work, saved, parent=parent)
