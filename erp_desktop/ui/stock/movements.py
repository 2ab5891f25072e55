"""Stock ▸ Movements: every move of one item in or out of the warehouses, oldest first,
with the running balance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.domain.documents import DOC_TYPE_LABELS
from erp_desktop.domain.stock import ADJUSTMENT_REASONS, COUNT_REASON
from erp_desktop.services.stock.items import item_choice
from erp_desktop.services.stock.reports import movement_page
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.list_panel import ListPanel, sees_costs, translated
from erp_desktop.ui.stock.widgets import ItemPicker, PlaceCombo


class MovementsTab(ListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("date", self.tr("Date"), kind="date"),
            Column("doc_type", self.tr("Document")),
            Column("number", self.tr("Number")),
            Column("place", self.tr("Warehouse")),
            Column("other", self.tr("From / to")),
            Column("in", self.tr("In"), kind="quantity"),
            Column("out", self.tr("Out"), kind="quantity"),
            Column("balance", self.tr("Balance"), kind="quantity"),
            Column("value", self.tr("Value"), kind="decimal", places=2),
            Column("reason", self.tr("Reason")),
        ]
        query = translated(
            movement_page,
            {
                2: ("documents", DOC_TYPE_LABELS),
                10: ("reasons", {**ADJUSTMENT_REASONS, "count": COUNT_REASON}),
            },
        )
        super().__init__(ctx, columns, query, filters={"user_id": ctx.user_id}, parent=parent)
        if not sees_costs(ctx):
            self.hide_columns(["value"])
        self.filter_edit.hide()
        self.item = ItemPicker(ctx)
        self.item.picked.connect(lambda choice: self.set_filters(item_id=choice.id))
        self.top.insertWidget(0, self.item)
        self.place = PlaceCombo(ctx)
        self.place.currentIndexChanged.connect(
            lambda _i: self.set_filters(place=self.place.place())
        )
        self.add_widget(self.place)
        self.add_report_buttons(self.tr("Stock movements"))
        self.status.setText(self.tr("Choose an item to see its movements."))
        self.model.modelReset.connect(self._update_status)

    def show_item(self, item_id: int, place: int | str | None = None) -> None:
        choice = self.ctx.book.read(lambda s: item_choice(s, item_id))
        self.item.choice = choice
        self.item.setText(choice.label)
        self.place.blockSignals(True)
        self.place.select(place)
        self.place.blockSignals(False)
        self.set_filters(item_id=item_id, place=self.place.place())

    def _update_status(self) -> None:
        if self.item.choice is None:
            return
        self.status.setText(
            self.tr(
                "Movements of {item}, oldest first; the balance runs over the places shown."
            ).format(item=self.item.choice.label)
        )
