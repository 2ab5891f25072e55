"""Reorder suggestions: what to buy; tick lines, give them a supplier, make draft orders.

The calculation runs on a worker (a big book takes seconds). Each line shows
why it is suggested (on hand, still to arrive, reorder point) and what to
order (quantity in the purchase unit, editable). Lines without a supplier get
one with "Set supplier"; "Create draft orders" makes one draft per supplier
and warehouse, to be checked and confirmed on the order form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_decimal, format_price, format_quantity
from erp_desktop.domain.money import parse_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.parties import SUPPLIER, PartyChoice
from erp_desktop.services.purchasing.reorder import (
    Pick,
    Suggestion,
    create_draft_orders,
    reorder_suggestions,
)
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info, show_inline
from erp_desktop.ui.i18n import render
from erp_desktop.ui.parties.lookup import PartyLookup

Index = QModelIndex | QPersistentModelIndex
QUANTITY_COLUMN = 8


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Suggestion] = []
        self.chosen: set[int] = set()
        self.errors: dict[int, str] = {}
        self.headers: list[str] = []

    def set_rows(self, rows: list[Suggestion]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.chosen = set()
        self.errors = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == QUANTITY_COLUMN:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _cells(self, row: Suggestion) -> list[str]:
        return [
            row.item_code,
            row.item_name,
            row.warehouse_name,
            f"{format_quantity(row.on_hand)} {row.base_unit}",
            format_quantity(row.incoming),
            format_quantity(row.reorder_point),
            format_quantity(row.suggested),
            format_quantity(row.order_quantity),
            row.unit,
            row.supplier_name,
            format_price(row.unit_price),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row in self.chosen else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            cells = self._cells(self.rows[row])
            if role == Qt.ItemDataRole.EditRole and column == QUANTITY_COLUMN:
                return format_decimal(self.rows[row].order_quantity, 4, grouping=False)
            return cells[column - 1] if column > 0 else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5, 6, 7, 8, 11):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == QUANTITY_COLUMN:
            return self.errors.get(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.chosen.add(row)
            else:
                self.chosen.discard(row)
            self.dataChanged.emit(index, index)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == QUANTITY_COLUMN:
            try:
                quantity = parse_decimal(
                    str(value),
                    places=4,
                    allow_zero=False,
                    field=QT_TRANSLATE_NOOP("fields", "Quantity"),
                )
            except ValidationError as exc:
                self.errors[row] = render(exc.message)
                return False
            self.errors.pop(row, None)
            self.rows[row] = self.rows[row]._replace(order_quantity=quantity)
            self.chosen.add(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
            return True
        return False

    def choose_all(self, on: bool) -> None:
        self.chosen = set(range(len(self.rows))) if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def set_supplier(self, rows: set[int], supplier: PartyChoice) -> None:
        for row in rows:
            self.rows[row] = self.rows[row]._replace(
                supplier_id=supplier.id, supplier_name=supplier.name
            )
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), len(self.headers) - 1)
            )

    def picks(self) -> list[Pick]:
        return [
            Pick(
                s.item_id,
                s.warehouse_id,
                s.supplier_id,
                s.order_quantity,
                s.in_purchase_unit,
                s.unit_price,
                s.tax_rate,
            )
            for s in (self.rows[row] for row in sorted(self.chosen))
        ]


class ReorderWidget(QWidget):
    orders_created = Signal(list)  # the new draft orders' ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warehouse_combo = QComboBox()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        for warehouse in ctx.book.read(list_warehouses):
            self.warehouse_combo.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Item code or name"))
        self.calculate_button = QPushButton(self.tr("&Calculate"))
        top = QHBoxLayout()
        warehouse_label = QLabel(self.tr("&Warehouse:"))
        warehouse_label.setBuddy(self.warehouse_combo)
        top.addWidget(warehouse_label)
        top.addWidget(self.warehouse_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.calculate_button)

        self.model = SuggestionModel(self)
        self.model.headers = [
            "",
            self.tr("Item"),
            self.tr("Name"),
            self.tr("Warehouse"),
            self.tr("On hand"),
            self.tr("Still to arrive"),
            self.tr("Reorder point"),
            self.tr("Suggested"),
            self.tr("Order"),
            self.tr("Unit"),
            self.tr("Supplier"),
            self.tr("Unit price"),
        ]
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for column, title in enumerate(self.model.headers):
            if column != 2:
                sample = {3: "WH-00  二号仓库", 10: "深圳市华强五金有限公司"}.get(
                    column, "0000000.00" if column > 3 else "ITEM-000000"
                )
                sample = max(title, sample, key=len)
                self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        self.view.setColumnWidth(0, 28)

        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.supplier = PartyLookup(ctx, SUPPLIER)
        self.supplier.setPlaceholderText(self.tr("supplier code or name"))
        self.set_supplier_button = QPushButton(self.tr("Set &supplier for ticked lines"))
        self.create_button = QPushButton(self.tr("Create &draft orders"))
        changes_book(ctx, self.set_supplier_button, self.create_button)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.create_button)
        supplier_row = QHBoxLayout()
        supplier_row.addWidget(self.supplier, 1)
        supplier_row.addWidget(self.set_supplier_button)
        bottom = QVBoxLayout()
        bottom.addLayout(supplier_row)
        bottom.addLayout(ticks)
        self.message = QLabel(
            self.tr(
                "Press Calculate to see what falls to its reorder point, counting what is on order."
            )
        )
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.calculate_button.clicked.connect(self.calculate)
        self.filter_edit.returnPressed.connect(self.calculate)
        self.all_button.clicked.connect(lambda: self.model.choose_all(True))
        self.none_button.clicked.connect(lambda: self.model.choose_all(False))
        self.set_supplier_button.clicked.connect(self.set_supplier)
        self.create_button.clicked.connect(self.create_orders)

    def calculate(self) -> None:
        warehouse, text, book = (
            self.warehouse_combo.currentData(),
            self.filter_edit.text(),
            self.ctx.book,
        )
        self.calculate_button.setEnabled(False)
        self.ctx.runner.run(
            lambda _p: book.read(
                lambda s: reorder_suggestions(s, warehouse_id=warehouse, text=text)
            ),
            self._calculated,
            on_error=self._failed,
            title=self.tr("Calculating reorder suggestions…"),
            parent=self,
        )

    def _calculated(self, rows: list[Suggestion]) -> None:
        self.calculate_button.setEnabled(True)
        self.model.set_rows(rows)
        self._info(
            self.tr("{count} lines at or below their reorder point.").format(count=len(rows))
            if rows
            else self.tr("Nothing needs ordering: everything is above its reorder point.")
        )

    def _failed(self, exc: BaseException) -> bool:
        self.calculate_button.setEnabled(True)
        self.create_button.setEnabled(True)
        return show_inline(exc, self.message)

    def _info(self, text: str) -> None:
        show_info(self.message, text)

    def set_supplier(self) -> None:
        supplier = self.supplier.choice()
        if supplier is None:
            self._failed(ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a supplier.")))
            return
        if not self.model.chosen:
            self._failed(
                ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one line to order."))
            )
            return
        self.model.set_supplier(set(self.model.chosen), supplier)

    def create_orders(self) -> None:
        picks = self.model.picks()
        user = self.ctx.user_id
        today = QDate.currentDate().toPython()
        self.create_button.setEnabled(False)
        self.ctx.runner.op(
            self,
            lambda s: create_draft_orders(s, user, picks, today),
            self._created,
            on_error=self._failed,
        )

    def _created(self, ids: list[int]) -> None:
        self.create_button.setEnabled(True)
        self._info(self.tr("{count} draft orders made.").format(count=len(ids)))
        self.orders_created.emit(ids)
        self.model.set_rows([])
