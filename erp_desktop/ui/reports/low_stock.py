"""Reports ▸ Low stock: items below their reorder point, with a suggested quantity."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.stock.reports import low_stock_page
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.list_panel import ListPanel
from erp_desktop.ui.stock.widgets import PlaceCombo

TITLE = QT_TRANSLATE_NOOP("Reports", "Low stock")


class LowStockTab(ListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("place", self.tr("Warehouse")),
            Column("unit", self.tr("Unit")),
            Column("on_hand", self.tr("On hand"), kind="quantity"),
            Column("point", self.tr("Reorder point"), kind="quantity"),
            Column("reorder", self.tr("Reorder quantity"), kind="quantity"),
            Column("shortfall", self.tr("Suggested order"), kind="quantity"),
        ]
        super().__init__(ctx, columns, low_stock_page, parent=parent)
        self.place = PlaceCombo(ctx, with_transit=False)
        self.place.currentIndexChanged.connect(
            lambda _i: self.set_filters(place=self.place.place())
        )
        self.add_widget(self.place)
        self.add_report_buttons(self.tr("Low stock"))
        self.status.setText(
            self.tr(
                "Suggested order: the reorder quantity, or more when that would not bring the "
                "stock back up to the reorder point. Set reorder points in the item form."
            )
        )


def create_tab(ctx: AppContext) -> QWidget:
    return LowStockTab(ctx)
