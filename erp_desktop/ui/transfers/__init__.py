"""The Transfers page: the transfer list and form, and what is on the road.

Tab "Transfers": a list (filter by state, warehouse, period and text) and the
form (opened with Enter or a double click, or New); tab "In transit": the
report of goods on the road by route and age (also under Reports).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.transfer import WORKFLOW
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.transfers.queries import OPEN, transfer_page
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.i18n import render
from erp_desktop.ui.models.paged import Column, filter_as_you_type
from erp_desktop.ui.shortcuts import shown_new
from erp_desktop.ui.transfers.form import TransferForm
from erp_desktop.ui.transfers.in_transit import InTransitReport
from erp_desktop.ui.transfers.models import TransferTableModel, set_widths
from erp_desktop.ui.widgets.list_layout import remember_layout

PERIODS = ("all", "today", "7", "30", "month", "year")


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    if period == "today":
        return today, today
    if period in ("7", "30"):
        return today - timedelta(days=int(period) - 1), today
    if period == "month":
        return today.replace(day=1), today
    if period == "year":
        return today.replace(month=1, day=1), today
    return None, None


class TransferList(QWidget):
    """The list of transfers with its filters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", self.tr("Number")),
            Column("state", self.tr("State")),
            Column("from", self.tr("From")),
            Column("to", self.tr("To")),
            Column("planned_date", self.tr("Planned"), kind="date"),
            Column("ship_date", self.tr("Shipped on"), kind="date"),
            Column("carrier", self.tr("Carrier / vehicle")),
            Column("lines", self.tr("Lines"), kind="decimal"),
            Column("note", self.tr("Note")),
        ]
        self.model = TransferTableModel(
            ctx.book.read, columns, transfer_page, self, runner=ctx.runner
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        # No sort column at first: the newest transfers (drafts too) come first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        set_widths(self.table, (15, 10, 10, 10, 10, 10, 16, 5))
        remember_layout(self.table, ctx.settings, "transfers.list", stretch=8)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: number, warehouse, carrier, note…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), "")
        self.state_combo.addItem(self.tr("On the road (shipped or partly received)"), OPEN)
        for state in WORKFLOW.states:
            self.state_combo.addItem(render(WORKFLOW.state_label(state)), state)
        self.warehouse_combo = QComboBox()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        for place in ctx.book.read(lambda s: list_warehouses(s, include_inactive=True)):
            self.warehouse_combo.addItem(f"{place.code}  {place.name}", place.id)
        self.period_combo = QComboBox()
        for key, text in zip(
            PERIODS,
            (
                self.tr("Any date"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("This month"),
                self.tr("This year"),
            ),
            strict=True,
        ):
            self.period_combo.addItem(text, key)
        self.new_button = QPushButton(self.tr("&New transfer"))
        self.new_button.setToolTip(shown_new(self.new_button))
        changes_book(ctx, self.new_button)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.state_combo, 1)
        bar.addWidget(self.warehouse_combo, 1)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.typing = filter_as_you_type(self.filter_edit, self.model, self)
        for combo in (self.state_combo, self.warehouse_combo, self.period_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.set_filters()

    def apply_filters(self) -> None:
        start, end = period_range(self.period_combo.currentData(), date.today())
        self.model.set_filters(
            state=self.state_combo.currentData(),
            warehouse_id=self.warehouse_combo.currentData(),
            date_from=start,
            date_to=end,
        )

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None


class TransfersPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.list = TransferList(ctx)
        self.form = TransferForm(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.form)
        self.in_transit = InTransitReport(ctx)
        self.addTab(self.stack, self.tr("Transfers"))
        self.addTab(self.in_transit, self.tr("In transit"))

        self.list.new_button.clicked.connect(self.new_transfer)
        self.list.table.activated.connect(lambda index: self.open_transfer(self._id_at(index)))
        self.form.back.connect(self.show_list)
        self.in_transit.open_transfer.connect(self.open_transfer)
        ctx.changed.connect(self._on_changes)

    def _id_at(self, index: Any) -> int:
        return int(self.list.model.row_id(index.row()))

    def new_transfer(self) -> None:
        self.form.new()
        self.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.form)
        self.form.from_combo.setFocus()

    def open_transfer(self, transfer_id: int) -> None:
        self.form.load(transfer_id)
        self.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.form)
        self.form.grid.setFocus()

    def show_list(self) -> None:
        if not self.form.may_leave():
            return
        self.stack.setCurrentWidget(self.list)
        self.list.model.refresh()
        self.list.table.setFocus()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.TRANSFERS):  # also behind the form: fresh when it is back
            self.list.model.mark_stale()


def create_page(ctx: AppContext) -> QWidget:
    return TransfersPage(ctx)
