"""Reports ▸ Stock on a date: on hand per item and warehouse at the end of a past day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.stock.reports import on_hand_as_of_page
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.list_panel import ListPanel, sees_costs
from erp_desktop.ui.stock.widgets import PlaceCombo, date_edit

TITLE = QT_TRANSLATE_NOOP("Reports", "Stock on a date")


class StockAsOfTab(ListPanel):
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
        day = date.today() - timedelta(days=30)
        super().__init__(
            ctx,
            columns,
            on_hand_as_of_page,
            filters={"user_id": ctx.user_id, "day": day},
            parent=parent,
        )
        if not sees_costs(ctx):
            self.hide_columns(["value", "average"])
        self.add_widget(QLabel(self.tr("At the end of")))
        self.day = date_edit(day)
        self.day.dateChanged.connect(lambda _d: self.set_filters(day=self.day.date().toPython()))
        self.add_widget(self.day)
        self.place = PlaceCombo(ctx)
        self.place.currentIndexChanged.connect(
            lambda _i: self.set_filters(place=self.place.place())
        )
        self.add_widget(self.place)
        self.add_report_buttons(self.tr("Stock on a date"))
        self.status.setText(
            self.tr("Quantities and values as the ledger had them at the end of the chosen day.")
        )


def create_tab(ctx: AppContext) -> QWidget:
    return StockAsOfTab(ctx)
