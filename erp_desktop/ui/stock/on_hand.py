"""Stock ▸ On hand: item × warehouse with quantity, value and average cost.

Goods in transit are never counted in a warehouse: they have their own choice in
the place list, and a line under the list says how much is on the road.
Costs and values are shown only to users who may see costs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from erp_desktop.domain.money import format_decimal
from erp_desktop.services.stock.reports import on_hand_page, transit_summary
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column, format_quantity
from erp_desktop.ui.stock.list_panel import ListPanel, sees_costs
from erp_desktop.ui.stock.widgets import PlaceCombo


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
            Column("average", self.tr("Average cost"), kind="decimal", places=4, sortable=False),
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
        self.activated.connect(lambda _key: self._movements())
        self.model.modelReset.connect(self._update_status)
        self._update_status()

    def _place_changed(self) -> None:
        self.set_filters(place=self.place.place())

    def _movements(self) -> None:
        values = self.current_values()
        if values is not None:
            item_id, location_id = (int(part) for part in str(values[0]).split(":"))
            self.show_movements.emit(item_id, location_id)

    def _update_status(self) -> None:
        items, quantity = self.ctx.book.read(transit_summary)
        if items:
            self.status.setText(
                self.tr(
                    "In transit between warehouses (not counted above): {items} items, "
                    "{quantity} units. Choose “In transit” to list them."
                ).format(items=items, quantity=format_quantity(quantity))
            )
        else:
            self.status.setText(self.tr("Nothing is in transit between warehouses."))


def money_text(value: object) -> str:
    return format_decimal(value, 2) if value is not None else ""  # type: ignore[arg-type]
