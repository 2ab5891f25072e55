"""Purchasing: the order list and form, receiving and returning goods, reorder suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from erp_desktop.ui.context import AppContext


class PurchasingPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from erp_desktop.ui.purchasing.order_list import OrderListWidget
        from erp_desktop.ui.purchasing.reorder_widget import ReorderWidget

        self.setDocumentMode(True)
        self.orders = OrderListWidget(ctx)
        self.reorder = ReorderWidget(ctx)
        self.addTab(self.orders, QCoreApplication.translate("Purchasing", "Purchase orders"))
        self.addTab(self.reorder, QCoreApplication.translate("Purchasing", "Reorder suggestions"))
        self.reorder.orders_created.connect(lambda _ids: self.setCurrentWidget(self.orders))


def create_page(ctx: AppContext) -> QWidget:
    return PurchasingPage(ctx)
