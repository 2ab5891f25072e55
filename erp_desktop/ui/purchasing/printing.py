"""The Print menu of an order: the order's PDF, then one entry per receipt note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from erp_desktop.services.purchasing.returns import order_receipts
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.saving import save_file


def fill_print_menu(menu: QMenu, ctx: AppContext, order_id: int) -> None:
    """The order itself, then one entry per receipt note."""
    menu.clear()
    owner = menu.parentWidget()
    assert owner is not None  # the menu belongs to the order form's print button
    parent = owner.window()
    order = menu.addAction(QCoreApplication.translate("Purchasing", "Purchase order (PDF)…"))
    order.triggered.connect(lambda: save_order_pdf(ctx, parent, order_id))
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
            lambda _checked=False, r=receipt.id, n=receipt.number: save_receipt_pdf(
                ctx, parent, r, n
            )
        )


def save_order_pdf(ctx: AppContext, parent: QWidget, order_id: int) -> None:
    from erp_desktop.services.purchasing.orders import get_order
    from erp_desktop.services.purchasing.printing import order_print

    book = ctx.book
    number = book.read(lambda s: get_order(s, order_id, load_lines=False).number) or "order"

    def make() -> bytes:
        from erp_desktop.reports.purchasing import order_pdf  # ReportLab: load on first use

        return order_pdf(book.read(lambda s: order_print(s, order_id)))

    save_file(ctx, parent, f"{number}.pdf", make)


def save_receipt_pdf(ctx: AppContext, parent: QWidget, receipt_id: int, number: str) -> None:
    from erp_desktop.services.purchasing.printing import receipt_print

    book = ctx.book

    def make() -> bytes:
        from erp_desktop.reports.purchasing import receipt_pdf

        return receipt_pdf(book.read(lambda s: receipt_print(s, receipt_id)))

    save_file(ctx, parent, f"{number}.pdf", make)
