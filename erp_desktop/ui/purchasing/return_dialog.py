"""Returning received goods to the supplier, from one of the order's receipts."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.money import format_decimal
from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.purchasing.queries import order_view
from erp_desktop.services.purchasing.returns import (
    ReturnInput,
    ReturnLineInput,
    order_receipts,
    return_goods,
    returnable_lines,
)
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_text
from erp_desktop.ui.purchasing.common import ERROR_STYLE, compact
from erp_desktop.ui.purchasing.quantity_table import (
    QuantityRow,
    QuantityTableModel,
    QuantityTableView,
)


class ReturnDialog(QDialog):
    posted = Signal(str)  # the return's number

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.key = new_key()
        self.busy = False
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
        form = QFormLayout()
        form.addRow(self.tr("Supplier:"), QLabel(view.supplier.label))
        form.addRow(self.tr("From &receipt:"), self.receipt_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("R&eason:"), self.reason_edit)
        self.table_model = QuantityTableModel([], "", [], self)
        self.table = QuantityTableView(self.table_model)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.return_button = QPushButton(self.tr("Re&turn to supplier"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.return_button, self.cancel_button):
            button.setAutoDefault(False)
        self.return_button.setToolTip(self.tr("Ctrl+Enter"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.receipt_combo.currentIndexChanged.connect(lambda _i: self._show_receipt())
        self.return_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.post)
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
                        compact(line.received),
                        compact(line.returned),
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
        problems = self.table_model.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Correct the lines marked in red: {problems}"),
                problems="; ".join(problems),
            )
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

    def post(self) -> None:
        if self.busy:
            return
        self.table.commit_open_editor()
        try:
            data = self.return_input()
        except ErpError as exc:
            self.message.setText(error_text(exc))
            return
        book, user, key = self.ctx.book, self.ctx.user_id, self.key
        self.busy = True
        self.return_button.setEnabled(False)
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: return_goods(s, user, data, key)),
            self._posted,
            on_error=self._failed,
            parent=self,
        )

    def _posted(self, result) -> None:  # type: ignore[no-untyped-def]
        self.busy = False
        self.posted.emit(result.number)
        self.ctx.data_changed.emit("purchasing")
        self.ctx.data_changed.emit("stock")
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.busy = False
        self.return_button.setEnabled(True)
        if not isinstance(exc, ErpError):
            return False
        self.message.setText(error_text(exc))
        return True
