"""Stock ▸ On hand: item × warehouse with quantity, value and average cost.

Goods in transit are never counted in a warehouse: they have their own choice in
the place list, and a line under the list says how much is on the road.
Costs and values are shown only to users who may see costs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from erp_desktop.domain.formatting import format_money, format_quantity
from erp_desktop.services.changes import Changed
from erp_desktop.services.csv_exchange import commit_opening, export_on_hand, preview_opening
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.stock.reports import (
    OnHandTotals,
    on_hand_page,
    on_hand_totals,
    transit_summary,
)
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.import_dialog import ImportDialog, save_export
from erp_desktop.ui.models.latest import LatestRead
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.runner import together
from erp_desktop.ui.stock.list_panel import ListPanel, sees_costs
from erp_desktop.ui.stock.widgets import PlaceCombo
from erp_desktop.ui.widgets.totals_row import TotalsRow


class OnHandTab(ListPanel):
    show_movements = Signal(int, object)  # item id, place

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("spec", self.tr("Specification")),
            Column("category", self.tr("Category")),
            Column("place", self.tr("Warehouse")),
            Column("unit", self.tr("Unit")),
            Column("quantity", self.tr("On hand"), kind="quantity"),
            Column("value", self.tr("Value"), kind="decimal", places=2),
            Column("average", self.tr("Average cost"), kind="decimal", places=4),
        ]
        self.costs = sees_costs(ctx)
        super().__init__(
            ctx, columns, on_hand_page, filters={"user_id": ctx.user_id}, parent=parent
        )
        if not self.costs:
            self.hide_columns(["value", "average"])
        self.place = PlaceCombo(ctx)
        self.place.currentIndexChanged.connect(lambda _i: self._place_changed())
        self.add_widget(self.place)
        self.zero = QCheckBox(self.tr("Show &zero stock"))
        self.zero.toggled.connect(lambda on: self.set_filters(include_zero=on))
        self.add_widget(self.zero)
        self.movements_button = self.add_button(self.tr("&Movements…"), self._movements)
        self.add_button(self.tr("E&xport…"), self.export)
        changes_book(ctx, self.add_button(self.tr("Import &opening stock…"), self.import_opening))
        self.activated.connect(lambda _key: self._movements())
        self.totals_row = TotalsRow(self.view, [c.alignment for c in self.columns])
        self.layout().insertWidget(2, self.totals_row)
        self.totals_read = LatestRead(ctx, self)
        self._totals: OnHandTotals | None = None
        self.model.modelReset.connect(self._update_status)
        self.model.dataChanged.connect(lambda *_: self._update_status())
        self._update_status()

    def totals(self) -> list[Any]:
        """The totals row in the list's columns: line count, quantity (one unit only), value."""
        cells: list[Any] = [""] * len(self.columns)
        if self._totals is not None:
            cells[0] = self.tr("Total")
            cells[1] = self.tr("{rows} lines").format(rows=self._totals.rows)
            cells[6] = self._totals.quantity
            cells[7] = self._totals.value
        return cells

    def _show_totals(self, totals: OnHandTotals) -> None:
        self._totals = totals
        shown = [
            format_quantity(v)
            if n == 6 and v is not None
            else format_money(v)
            if n == 7 and v is not None
            else v or ""
            for n, v in enumerate(self.totals())
        ]
        self.totals_row.set_cells(shown)

    def export(self) -> None:
        user_id, place = self.ctx.user_id, self.place.place()
        save_export(
            self, self.ctx, "on_hand.csv", lambda s, tr: export_on_hand(s, user_id, place, tr)
        )

    def import_opening(self) -> ImportDialog:
        user_id, key = self.ctx.user_id, new_key()  # one posting, however often it is tried

        def commit(session, preview, _progress) -> Changed[str]:
            posted = commit_opening(session, user_id, preview, key=key, opening_date=date.today())
            text = self.tr("Opening stock posted as {number}: {lines} lines worth {value}.")
            return together(
                text.format(
                    number=posted.number,
                    lines=posted.lines,
                    value=format_money(posted.total_value),
                ),
                posted,
            )

        dialog = ImportDialog(
            self.ctx,
            self.tr("Import opening stock"),
            self.tr(
                "A CSV file with the columns item code, warehouse code, quantity and unit cost "
                "(商品编码, 仓库编码, 数量, 单位成本). Every line is posted in one opening-stock "
                "document dated today, or none if any line is wrong."
            ),
            preview_opening,
            commit,
            self,
        )
        dialog.open()
        return dialog

    def _place_changed(self) -> None:
        self.set_filters(place=self.place.place())

    def _movements(self) -> None:
        values = self.current_values()
        if values is not None:
            item_id, location_id = (int(part) for part in str(values[0]).split(":"))
            self.show_movements.emit(item_id, location_id)

    def _update_status(self) -> None:
        request = self.model.request()
        self.totals_read.start(
            lambda s: (on_hand_totals(s, request), transit_summary(s)), self._status_read
        )

    def _status_read(self, answer: tuple[OnHandTotals, tuple[int, Any]]) -> None:
        totals, (items, quantity) = answer
        self._show_totals(totals)
        if items:
            self.status.setText(
                self.tr(
                    "In transit between warehouses (not counted above): {items} items, "
                    "{quantity} units. Choose “In transit” to list them."
                ).format(items=items, quantity=format_quantity(quantity))
            )
        else:
            self.status.setText(self.tr("Nothing is in transit between warehouses."))
