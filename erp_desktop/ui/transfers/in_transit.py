"""The "in transit" report: everything on the road, by route (from → to) and age.

On top, one row per route: how many transfers and lines, the oldest in days,
how many have been on the road longer than a week, and (for users who may see
costs) their value. Below, every line on the road, oldest first; choosing a
route narrows the list to it. A Reports tab, and a tab of the Transfers page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.permissions import Permission
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.permissions import may
from erp_desktop.services.transfers.queries import in_transit_page, in_transit_routes
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.latest import LatestRead
from erp_desktop.ui.models.paged import Column, filter_as_you_type
from erp_desktop.ui.transfers.models import InTransitTableModel, RouteTableModel, set_widths
from erp_desktop.ui.widgets.list_export import export_view
from erp_desktop.ui.widgets.list_layout import remember_layout, remember_splitter

TITLE = QT_TRANSLATE_NOOP("Reports", "In transit")


class InTransitReport(QWidget):
    open_transfer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        book, user = ctx.book, ctx.user_id
        self.see_costs = book.read(lambda s: may(s, user, Permission.SEE_COSTS))
        self.summary = QLabel()
        self.routes = RouteTableModel(self)
        self.route_view = QTableView()
        self.route_view.setModel(self.routes)
        self.route_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.route_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.route_view.verticalHeader().hide()
        self.route_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.route_view.setColumnHidden(6, not self.see_costs)
        self.route_view.selectionModel().selectionChanged.connect(self._route_chosen)

        columns = [
            Column("number", self.tr("Number")),
            Column("from", self.tr("From")),
            Column("to", self.tr("To")),
            Column("ship_date", self.tr("Shipped on"), kind="date"),
            Column("age", self.tr("Days on the road"), kind="decimal"),
            Column("code", self.tr("Code")),
            Column("name", self.tr("Item")),
            Column("unit", self.tr("Unit")),
            Column("shipped", self.tr("Shipped"), kind="decimal"),
            Column("on_road", self.tr("On the road"), kind="decimal"),
            Column("on_road_value", self.tr("Value"), kind="decimal", places=2),
        ]
        self.lines = InTransitTableModel(
            book.read, columns, in_transit_page, self, runner=ctx.runner
        )
        self.lines.set_filters(user_id=user)
        self.line_view = QTableView()
        self.line_view.setModel(self.lines)
        self.line_view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        set_widths(self.line_view, (15, 10, 10, 10, 8, 10, 20, 5, 9, 9, 10))
        remember_layout(self.line_view, ctx.settings, "transfers.in_transit", stretch=6)
        self.line_view.setSortingEnabled(True)  # the oldest first, or the user's last order
        self.line_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.line_view.verticalHeader().hide()
        self.line_view.setColumnHidden(10, not self.see_costs)
        self.line_view.doubleClicked.connect(self._open)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: number, item, warehouse, carrier…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.typing = filter_as_you_type(self.filter_edit, self.lines, self)
        self.all_button = QPushButton(self.tr("All routes"))
        self.all_button.clicked.connect(self.route_view.clearSelection)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.refresh_button)
        for text, kinds in ((self.tr("E&xport…"), ("xlsx", "csv")), (self.tr("&PDF…"), ("pdf",))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kinds: self.export_report(k))
            bar.addWidget(button)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(bar)
        bottom_layout.addWidget(self.line_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.route_view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 600])
        remember_splitter(splitter, ctx.settings, "transfers.in_transit")
        self.routes_read = LatestRead(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        ctx.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        user, today = self.ctx.user_id, date.today()
        self.routes_read.start(
            lambda s: in_transit_routes(s, user, today=today),
            lambda routes: self._show_routes(routes, today),
        )

    def _show_routes(self, routes: list[Any], today: date) -> None:
        self.routes.set_routes(routes, today, self.see_costs)  # clears the chosen route
        self.lines.set_filters(from_id=None, to_id=None, today=today)
        transfers = sum(route.transfers for route in routes)
        if not routes:
            self.summary.setText(self.tr("Nothing is on the road."))
        else:
            self.summary.setText(
                self.tr("{transfers} transfer(s) on the road on {routes} route(s).").format(
                    transfers=transfers, routes=len(routes)
                )
            )

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.TRANSFERS, Area.STOCK):
            self.refresh()

    def _route_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.route_view.selectionModel().selectedRows()
        if rows:
            route = self.routes.routes[rows[0].row()]
            self.lines.set_filters(from_id=route.from_id, to_id=route.to_id)
        else:
            self.lines.set_filters(from_id=None, to_id=None)

    def _open(self, index) -> None:
        self.open_transfer.emit(self.lines.row_values(index.row())[12])

    def export_report(self, kinds: tuple[str, ...], path: Any = None) -> Any:
        title = QCoreApplication.translate("Reports", TITLE)
        return export_view(self, self.ctx, self.line_view, title, kinds=kinds, path=path)


def create_tab(ctx: AppContext) -> QWidget:
    return InTransitReport(ctx)
