"""Receiving goods against a confirmed order: all or part of each line.

Opens with every line's open quantity filled in (what a clerk usually gets);
change what differs, clear what did not come, Ctrl+Enter posts. The key that
makes the posting happen once is made when the dialog opens, so a double
click or a retry after an error never receives twice.
"""

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

from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.purchasing.queries import order_view
from erp_desktop.services.purchasing.receipts import (
    ReceiptInput,
    ReceiptLineInput,
    receivable_lines,
    receive_goods,
)
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_text
from erp_desktop.ui.purchasing.common import ERROR_STYLE, compact
from erp_desktop.ui.purchasing.quantity_table import (
    QuantityRow,
    QuantityTableModel,
    QuantityTableView,
)


class ReceiveDialog(QDialog):
    posted = Signal(str)  # the receipt's number

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.key = new_key()
        self.busy = False
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
                        compact(line.ordered),
                        compact(line.received),
                        compact(line.open),
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
        self.elsewhere_label.setStyleSheet("color: #ef6c00;")
        self.elsewhere_label.setVisible(False)
        self.date_edit = QDateEdit(
            QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.note_edit = QLineEdit(maxLength=500)
        self.note_edit.setPlaceholderText(self.tr("e.g. the supplier's delivery note number"))
        form = QFormLayout()
        form.addRow(self.tr("Supplier:"), QLabel(view.supplier.label))
        form.addRow(self.tr("Into &warehouse:"), self.warehouse_combo)
        form.addRow("", self.elsewhere_label)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.all_button = QPushButton(self.tr("Everything open"))
        self.none_button = QPushButton(self.tr("Clear all"))
        self.receive_button = QPushButton(self.tr("&Receive"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.all_button, self.none_button, self.cancel_button):
            button.setAutoDefault(False)
        self.receive_button.setDefault(False)
        self.receive_button.setAutoDefault(False)
        self.receive_button.setToolTip(self.tr("Ctrl+Enter"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.all_button.clicked.connect(lambda: self.table_model.set_all(True))
        self.none_button.clicked.connect(lambda: self.table_model.set_all(False))
        self.receive_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.reject)
        self.warehouse_combo.currentIndexChanged.connect(
            lambda _i: self.elsewhere_label.setVisible(
                self.warehouse_combo.currentData() != self.order_warehouse
            )
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.post)
        self.table.start()

    def receipt_input(self) -> ReceiptInput:
        problems = self.table_model.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Correct the lines marked in red: {problems}"),
                problems="; ".join(problems),
            )
        return ReceiptInput(
            order_id=self.order_id,
            receipt_date=self.date_edit.date().toPython(),
            warehouse_id=int(self.warehouse_combo.currentData()),
            note=self.note_edit.text(),
            lines=[ReceiptLineInput(key, quantity) for key, quantity in self.table_model.entries()],
        )

    def post(self) -> None:
        if self.busy:
            return
        self.table.commit_open_editor()
        try:
            data = self.receipt_input()
        except ErpError as exc:
            self.message.setText(error_text(exc))
            return
        book, user, key = self.ctx.book, self.ctx.user_id, self.key
        self.busy = True
        self.receive_button.setEnabled(False)
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: receive_goods(s, user, data, key)),
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
        self.receive_button.setEnabled(True)
        if not isinstance(exc, ErpError):
            return False
        self.message.setText(error_text(exc))
        return True
