"""Receiving goods against a confirmed order: all or part of each line.

Opens with every line's open quantity filled in (what a clerk usually gets);
change what differs, clear what did not come, Ctrl+Enter posts (once: see
``quantity_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.domain.formatting import format_quantity
from erp_desktop.services.purchasing.queries import order_view
from erp_desktop.services.purchasing.receipts import (
    ReceiptInput,
    ReceiptLineInput,
    receivable_lines,
    receive_goods,
)
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.ui import colors
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.purchasing.quantity_dialog import QuantityPostingDialog
from erp_desktop.ui.purchasing.quantity_table import (
    QuantityRow,
    QuantityTableModel,
    QuantityTableView,
)


class ReceiveDialog(QuantityPostingDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order_id, parent)
        view, lines, warehouses = ctx.book.read(
            lambda s: (order_view(s, order_id), receivable_lines(s, order_id), list_warehouses(s))
        )
        self.order_warehouse = view.warehouse_id
        self.setWindowTitle(self.tr("Receive goods — {number}").format(number=view.number))
        self.resize(900, 520)
        self.lines = lines
        self.table_model = QuantityTableModel(
            [
                self.tr("Line"),
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Ordered"),
                self.tr("Received"),
                self.tr("Open"),
            ],
            self.tr("Receive now"),
            [
                QuantityRow(
                    line.order_line_id,
                    [
                        str(line.line_no),
                        line.item_code,
                        line.item_name,
                        line.unit,
                        format_quantity(line.ordered),
                        format_quantity(line.received),
                        format_quantity(line.open),
                    ],
                    line.unit_precision,
                    line.open if line.open > 0 else None,
                )
                for line in lines
            ],
            self,
            numeric_columns=(4, 5, 6),
        )
        self.table = QuantityTableView(self.table_model)
        self.warehouse_combo = QComboBox()
        for warehouse in warehouses:
            self.warehouse_combo.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        self.warehouse_combo.setCurrentIndex(
            max(0, self.warehouse_combo.findData(view.warehouse_id))
        )
        self.elsewhere_label = QLabel(
            self.tr("These goods go to another warehouse than the order's; the receipt records it.")
        )
        self.elsewhere_label.setStyleSheet(colors.text_style("warning"))
        self.elsewhere_label.setVisible(False)
        self.date_edit = QDateEdit(
            QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.note_edit = QLineEdit(maxLength=500)
        self.note_edit.setPlaceholderText(self.tr("e.g. the supplier's delivery note number"))
        self.form.addRow(self.tr("Supplier:"), QLabel(view.supplier.label))
        self.form.addRow(self.tr("Into &warehouse:"), self.warehouse_combo)
        self.form.addRow("", self.elsewhere_label)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.all_button = QPushButton(self.tr("Everything open"))
        self.none_button = QPushButton(self.tr("Clear all"))
        self.receive_button = QPushButton(self.tr("&Receive"))
        self.lay_out(self.table, self.receive_button, (self.all_button, self.none_button))
        self.all_button.clicked.connect(lambda: self.table_model.set_all(True))
        self.none_button.clicked.connect(lambda: self.table_model.set_all(False))
        self.warehouse_combo.currentIndexChanged.connect(
            lambda _i: self.elsewhere_label.setVisible(
                self.warehouse_combo.currentData() != self.order_warehouse
            )
        )
        self.table.start()

    def receipt_input(self) -> ReceiptInput:
        self.table_model.check()
        return ReceiptInput(
            order_id=self.order_id,
            receipt_date=self.date_edit.date().toPython(),
            warehouse_id=int(self.warehouse_combo.currentData()),
            note=self.note_edit.text(),
            lines=[ReceiptLineInput(key, quantity) for key, quantity in self.table_model.entries()],
        )

    def posting(self) -> Callable[[Session], Any]:
        data, user, key = self.receipt_input(), self.ctx.user_id, self.key
        return lambda s: receive_goods(s, user, data, key)
