"""The purchase order list: filter by state, supplier, dates and text; open or start an order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.domain.purchase import OPEN_STATES, ORDER_WORKFLOW, OrderState
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.paging import Page, PageRequest
from erp_desktop.services.parties import SUPPLIER
from erp_desktop.services.purchasing.queries import order_page
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column, PagedQueryModel, filter_as_you_type
from erp_desktop.ui.parties.lookup import PartyLookup
from erp_desktop.ui.purchasing.common import state_text
from erp_desktop.ui.shortcuts import shown
from erp_desktop.ui.widgets.list_layout import remember_layout

if TYPE_CHECKING:  # the form is imported when first opened (start-up time)
    from erp_desktop.ui.purchasing.order_form import OrderDialog

STATE_COLUMN = 1  # in the row after the id


def _with_state_labels(session: Session, request: PageRequest) -> Page:
    return order_page(session, request).mapped(lambda row: (*row[:2], state_text(row[2]), *row[3:]))


class OrderListWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs: list[OrderDialog] = []
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(self.tr("New order…"), self)
        self.new_action.setToolTip(shown(self.new_action.text().rstrip("…"), "new_document"))
        self.new_action.triggered.connect(self.new_order)
        changes_book(ctx, self.new_action)
        self.open_action = QAction(self.tr("Open…"), self)
        self.open_action.triggered.connect(lambda: self.open_order())
        for action in (self.new_action, self.open_action):
            self.toolbar.addAction(action)
            self.addAction(action)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Number, supplier or notes"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(
            self.tr("Still to arrive (confirmed, partly received)"), OPEN_STATES
        )
        for state in ORDER_WORKFLOW.states:
            self.state_combo.addItem(state_text(state), (state,))
        self.supplier = PartyLookup(ctx, SUPPLIER)
        self.supplier.setPlaceholderText(self.tr("Any supplier"))
        self.from_date = self._date_edit()
        self.to_date = self._date_edit()
        self.state_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.state_combo.setMinimumContentsLength(14)
        first = QHBoxLayout()
        first.addWidget(self.toolbar)
        first.addWidget(self.filter_edit, 2)
        first.addWidget(self.state_combo, 1)
        second = QHBoxLayout()
        second.addWidget(self.supplier, 2)
        second.addWidget(QLabel(self.tr("From")))
        second.addWidget(self.from_date)
        second.addWidget(QLabel(self.tr("to")))
        second.addWidget(self.to_date)
        filters = QVBoxLayout()
        filters.addLayout(first)
        filters.addLayout(second)

        self.model = PagedQueryModel(
            ctx.book.read,
            [
                Column("number", self.tr("Number")),
                Column("state", self.tr("State")),
                Column("order_date", self.tr("Order date"), kind="date"),
                Column("expected_date", self.tr("Expected"), kind="date"),
                Column("supplier", self.tr("Supplier")),
                Column("warehouse", self.tr("Warehouse")),
                Column("currency", self.tr("Currency")),
                Column("gross", self.tr("Total"), kind="decimal", places=2),
            ],
            _with_state_labels,
            self,
            runner=ctx.runner,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for column, sample in (
            (0, "PO-2026-000000"),
            (1, state_text(OrderState.PARTIALLY_RECEIVED)),
            (2, "2026-12-31"),
            (3, "2026-12-31"),
        ):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.view.doubleClicked.connect(lambda index: self.open_order(index.row()))
        self.view.activated.connect(lambda index: self.open_order(index.row()))
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.typing = filter_as_you_type(self.filter_edit, self.model, self)
        self.state_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.supplier.chosen.connect(lambda _c: self._apply_filters())
        self.from_date.dateChanged.connect(lambda _d: self._apply_filters())
        self.to_date.dateChanged.connect(lambda _d: self._apply_filters())
        self.model.modelReset.connect(self._update)
        ctx.changed.connect(self._on_changes)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # newest first
        remember_layout(self.view, ctx.settings, "purchasing.orders", stretch=4)
        self.view.setSortingEnabled(True)  # sorts by the indicator: the first load

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(edit.minimumDate())
        return edit

    def _day(self, edit: QDateEdit) -> Any:
        return None if edit.date() == edit.minimumDate() else edit.date().toPython()

    def _apply_filters(self) -> None:
        supplier = self.supplier.choice()
        self.model.set_filters(
            states=self.state_combo.currentData(),
            supplier_id=supplier.id if supplier else None,
            date_from=self._day(self.from_date),
            date_to=self._day(self.to_date),
        )

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.PURCHASING, Area.PARTIES):
            self.model.mark_stale()

    def _update(self) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(
            self.tr("Orders shown: {count}{more}").format(count=self.model.rowCount(), more=more)
        )
        self.open_action.setEnabled(self.model.rowCount() > 0)

    def print_document(self) -> None:
        """Ctrl+P: the selected order's PDF."""
        index = self.view.currentIndex()
        order_id = self.model.row_id(index.row()) if index.isValid() else None
        if order_id is not None:
            from erp_desktop.ui.purchasing.printing import save_order_pdf

            save_order_pdf(self.ctx, self, order_id)

    def new_order(self) -> OrderDialog:
        from erp_desktop.ui.purchasing.order_form import OrderDialog

        return self._show(OrderDialog(self.ctx, None, self))

    def open_order(self, row: int | None = None) -> OrderDialog | None:
        if row is None:
            index = self.view.currentIndex()
            row = index.row() if index.isValid() else 0
        order_id = self.model.row_id(row)
        if order_id is None:
            return None
        for dialog in self.dialogs:
            if dialog.order_id == order_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        from erp_desktop.ui.purchasing.order_form import OrderDialog

        return self._show(OrderDialog(self.ctx, order_id, self))

    def _show(self, dialog: OrderDialog) -> OrderDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: OrderDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
