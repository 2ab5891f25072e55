"""Master data ▸ Warehouses: list, create, edit, deactivate (only when empty)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.stock.documents import warehouse_page
from erp_desktop.services.stock.locations import set_warehouse_active
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.list_panel import ListPanel
from erp_desktop.ui.stock.warehouse_dialog import WarehouseDialog

TITLE = QT_TRANSLATE_NOOP("MasterData", "Warehouses")


class WarehousesTab(ListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("address", self.tr("Address")),
            Column("items", self.tr("Items in stock"), kind="decimal", sortable=False),
            Column("active", self.tr("Active"), kind="bool", sortable=False),
        ]
        super().__init__(ctx, columns, warehouse_page, parent=parent)
        self.new_button = self.add_button(self.tr("&New warehouse…"), self.new_warehouse)
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit_warehouse)
        self.active_button = self.add_button(self.tr("&Deactivate"), self.toggle_active)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.toggled.connect(lambda on: self.set_filters(include_inactive=on))
        self.add_widget(self.show_inactive)
        self.activated.connect(lambda warehouse_id: self.edit_warehouse(warehouse_id))
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        values = self.current_values()
        self.edit_button.setEnabled(values is not None)
        self.active_button.setEnabled(values is not None)
        active = values is None or bool(values[-1])
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))

    def new_warehouse(self) -> WarehouseDialog:
        dialog = WarehouseDialog(self.ctx, None, self)
        dialog.open()
        return dialog

    def edit_warehouse(self, warehouse_id: int | None = None) -> WarehouseDialog | None:
        warehouse_id = warehouse_id or self.current_id()
        if warehouse_id is None:
            return None
        dialog = WarehouseDialog(self.ctx, warehouse_id, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        values = self.current_values()
        if values is None:
            return
        warehouse_id, active = values[0], not values[-1]
        user_id, book = self.ctx.user_id, self.ctx.book
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: set_warehouse_active(s, user_id, warehouse_id, active)),
            lambda _r: self.ctx.data_changed.emit("stock"),
        )


def create_tab(ctx: AppContext) -> QWidget:
    return WarehousesTab(ctx)
