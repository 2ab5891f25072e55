"""Master data ▸ Items: list (filter as you type, sort, show inactive), create, edit,
deactivate, delete (only items without history)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.csv_exchange import commit_items, export_items, preview_items
from erp_desktop.services.stock.items import delete_item, item_page, set_item_active
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.import_dialog import ImportDialog, save_export
from erp_desktop.ui.master_data.list_tab import MasterDataTab
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.runner import together
from erp_desktop.ui.stock.item_dialog import ItemDialog

TITLE = QT_TRANSLATE_NOOP("MasterData", "Items")


class ItemsTab(MasterDataTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("spec", self.tr("Specification")),
            Column("category", self.tr("Category")),
            Column("unit", self.tr("Unit")),
            Column("sale_price", self.tr("Sale price"), kind="decimal", places=2),
            Column("active", self.tr("Active"), kind="bool"),
        ]
        super().__init__(
            ctx,
            columns,
            item_page,
            new_text=self.tr("&New item…"),
            form=ItemDialog,
            set_active=set_item_active,
            parent=parent,
        )

    def add_more_buttons(self) -> None:
        self.delete_button = self.add_button(self.tr("De&lete"), self.delete)
        self.row_buttons.append(self.delete_button)
        import_button = self.add_button(self.tr("Im&port…"), self.import_items)
        changes_book(self.ctx, self.delete_button, import_button)
        self.add_button(self.tr("E&xport…"), self.export_items)

    def delete(self) -> None:
        values = self.current_values()
        if values is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete item"),
            self.tr("Delete the item {code} {name}? This cannot be undone.").format(
                code=values[1], name=values[2]
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        item_id, user_id = values[0], self.ctx.user_id
        self.ctx.runner.op(self, lambda s: delete_item(s, user_id, item_id))

    def import_items(self) -> ImportDialog:
        user_id = self.ctx.user_id

        def commit(session, preview, progress) -> Changed[str]:
            made = commit_items(session, user_id, preview, progress)
            return together(self.tr("{count} items imported.").format(count=made.value), made)

        dialog = ImportDialog(
            self.ctx,
            self.tr("Import items"),
            self.tr(
                "A CSV file or an Excel workbook (.xlsx) with a header line: code, name and "
                "unit are required; specification, category, decimals, purchase unit and "
                "factor, barcode, purchase and sale price, tax rate % (or 免税, 不征税, "
                "普通零税率, 出口退税) and the 19-digit tax classification code may follow. "
                "Chinese headers "
                "(编码, 名称, 单位, …) are understood. UTF-8 or GBK."
            ),
            preview_items,
            commit,
            self,
        )
        dialog.open()
        return dialog

    def export_items(self) -> None:
        save_export(self, self.ctx, "items.csv", export_items)


def create_tab(ctx: AppContext) -> QWidget:
    return ItemsTab(ctx)
