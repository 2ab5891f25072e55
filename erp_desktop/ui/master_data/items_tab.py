"""Master data ▸ Items: list (filter as you type, sort, show inactive), create, edit,
deactivate, delete (only items without history)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.csv_exchange import commit_items, export_items, preview_items
from erp_desktop.services.stock.items import delete_item, item_page, set_item_active
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.import_dialog import ImportDialog, save_export
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.stock.item_dialog import ItemDialog
from erp_desktop.ui.stock.list_panel import ListPanel

TITLE = QT_TRANSLATE_NOOP("MasterData", "Items")


class ItemsTab(ListPanel):
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
        super().__init__(ctx, columns, item_page, parent=parent)
        self.new_button = self.add_button(self.tr("&New item…"), self.new_item)
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit_item)
        self.active_button = self.add_button(self.tr("&Deactivate"), self.toggle_active)
        self.delete_button = self.add_button(self.tr("De&lete"), self.delete)
        self.add_button(self.tr("Im&port…"), self.import_items)
        self.add_button(self.tr("E&xport…"), self.export_items)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.toggled.connect(lambda on: self.set_filters(include_inactive=on))
        self.add_widget(self.show_inactive)
        self.activated.connect(lambda item_id: self.edit_item(item_id))
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        values = self.current_values()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(values is not None)
        active = values is None or bool(values[-1])
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))

    def new_item(self) -> ItemDialog:
        dialog = ItemDialog(self.ctx, None, self)
        dialog.open()
        return dialog

    def edit_item(self, item_id: int | None = None) -> ItemDialog | None:
        item_id = item_id or self.current_id()
        if item_id is None:
            return None
        dialog = ItemDialog(self.ctx, item_id, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        values = self.current_values()
        if values is None:
            return
        item_id, active, user_id, book = values[0], not values[-1], self.ctx.user_id, self.ctx.book
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: set_item_active(s, user_id, item_id, active)),
            lambda _r: self.ctx.data_changed.emit("stock"),
        )

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
        item_id, user_id, book = values[0], self.ctx.user_id, self.ctx.book
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: delete_item(s, user_id, item_id)),
            lambda _r: self.ctx.data_changed.emit("stock"),
        )

    def import_items(self) -> ImportDialog:
        user_id = self.ctx.user_id

        def commit(session, preview) -> str:  # type: ignore[no-untyped-def]
            count = commit_items(session, user_id, preview)
            return self.tr("{count} items imported.").format(count=count)

        dialog = ImportDialog(
            self.ctx,
            self.tr("Import items"),
            self.tr(
                "A CSV file with a header line: code, name and unit are required; "
                "specification, category, decimals, purchase unit and factor, barcode, "
                "purchase and sale price and tax rate % may follow. Chinese headers "
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
