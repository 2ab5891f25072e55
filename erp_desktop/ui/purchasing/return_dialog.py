"""Returning received goods to the supplier, from one of the order's receipts."""

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

from erp_desktop.domain.formatting import format_decimal, format_quantity
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.purchasing.queries import order_view
from erp_desktop.services.purchasing.returns import (
    ReturnInput,
    ReturnLineInput,
    order_receipts,
    return_goods,
    returnable_lines,
)
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.purchasing.quantity_dialog import QuantityPostingDialog
from erp_desktop.ui.purchasing.quantity_table import (
    QuantityRow,
    QuantityTableModel,
    QuantityTableView,
)


class ReturnDialog(QuantityPostingDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order_id, parent)
        view, receipts = ctx.book.read(
            lambda s: (order_view(s, order_id), order_receipts(s, order_id))
        )
        self.setWindowTitle(self.tr("Return goods — {number}").format(number=view.number))
        self.resize(860, 480)
        self.receipt_combo = QComboBox()
        for receipt in receipts:
            self.receipt_combo.addItem(
                f"{receipt.number}  {receipt.receipt_date.isoformat()}  {receipt.warehouse}",
                receipt.id,
            )
        self.receipt_combo.setCurrentIndex(self.receipt_combo.count() - 1)
        self.date_edit = QDateEdit(
            QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.reason_edit = QLineEdit(maxLength=500)
        self.reason_edit.setPlaceholderText(self.tr("e.g. damaged in transport, wrong item"))
        self.form.addRow(self.tr("Supplier:"), QLabel(view.supplier.label))
        self.form.addRow(self.tr("From &receipt:"), self.receipt_combo)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("R&eason:"), self.reason_edit)
        self.table_model = QuantityTableModel([], "", [], self)
        self.table = QuantityTableView(self.table_model)
        self.return_button = QPushButton(self.tr("Re&turn to supplier"))
        self.lay_out(self.table, self.return_button)
        self.receipt_combo.currentIndexChanged.connect(lambda _i: self._show_receipt())
        self._show_receipt()
        self.table.start()

    def _show_receipt(self) -> None:
        receipt_id = self.receipt_combo.currentData()
        lines = (
            self.ctx.book.read(lambda s: returnable_lines(s, int(receipt_id)))
            if receipt_id is not None
            else []
        )
        self.table_model = QuantityTableModel(
            [
                self.tr("Line"),
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Received"),
                self.tr("Returned"),
                self.tr("Unit cost"),
            ],
            self.tr("Return now"),
            [
                QuantityRow(
                    line.receipt_line_id,
                    [
                        str(line.line_no),
                        line.item_code,
                        line.item_name,
                        line.unit,
                        format_quantity(line.received),
                        format_quantity(line.returned),
                        format_decimal(line.unit_cost, 4),
                    ],
                    line.unit_precision,
                )
                for line in lines
            ],
            self,
            numeric_columns=(4, 5, 6),
        )
        self.table.set_table(self.table_model)

    def return_input(self) -> ReturnInput:
        self.table_model.check()
        receipt_id = self.receipt_combo.currentData()
        if receipt_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Nothing was received on this order.")
            )
        return ReturnInput(
            receipt_id=int(receipt_id),
            return_date=self.date_edit.date().toPython(),
            reason=self.reason_edit.text(),
            lines=[ReturnLineInput(key, quantity) for key, quantity in self.table_model.entries()],
        )

    def posting(self) -> Callable[[Session], Any]:
        data, user, key = self.return_input(), self.ctx.user_id, self.key
        return lambda s: return_goods(s, user, data, key)
