"""Master data ▸ Warehouses: list, create, edit, deactivate (only when empty)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.stock.documents import warehouse_page
from erp_desktop.services.stock.locations import set_warehouse_active
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.master_data.list_tab import MasterDataTab
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.warehouse_dialog import WarehouseDialog

TITLE = QT_TRANSLATE_NOOP("MasterData", "Warehouses")


class WarehousesTab(MasterDataTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("address", self.tr("Address")),
            Column("items", self.tr("Items in stock"), kind="decimal"),
            Column("active", self.tr("Active"), kind="bool"),
        ]
        super().__init__(
            ctx,
            columns,
            warehouse_page,
            new_text=self.tr("&New warehouse…"),
            form=WarehouseDialog,
            set_active=set_warehouse_active,
            parent=parent,
        )


def create_tab(ctx: AppContext) -> QWidget:
    return WarehousesTab(ctx)
