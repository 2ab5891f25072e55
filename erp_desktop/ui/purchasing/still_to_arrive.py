"""Reports tab: goods still to arrive, per supplier and item (confirmed orders)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Area
from erp_desktop.services.parties import SUPPLIER
from erp_desktop.services.purchasing.queries import still_to_arrive_page
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column, PagedQueryModel, filter_as_you_type
from erp_desktop.ui.parties.lookup import PartyLookup
from erp_desktop.ui.widgets.list_export import export_view
from erp_desktop.ui.widgets.list_layout import remember_layout

TITLE = QT_TRANSLATE_NOOP("Reports", "Still to arrive")


class StillToArriveWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Supplier or item"))
        self.supplier = PartyLookup(ctx, SUPPLIER)
        self.supplier.setPlaceholderText(self.tr("Any supplier"))
        self.overdue_box = QCheckBox(self.tr("Only overdue (expected before today)"))
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.supplier, 1)
        top.addWidget(self.overdue_box)
        for text, kinds in ((self.tr("E&xport…"), ("xlsx", "csv")), (self.tr("&PDF…"), ("pdf",))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kinds: self.export_report(k))
            top.addWidget(button)
        self.model = PagedQueryModel(
            ctx.book.read,
            [
                Column("supplier", self.tr("Supplier")),
                Column("item", self.tr("Item")),
                Column("name", self.tr("Name")),
                Column("unit", self.tr("Unit")),
                Column("ordered", self.tr("Ordered"), kind="decimal", places=0),
                Column("received", self.tr("Received"), kind="decimal", places=0),
                Column("to_arrive", self.tr("Still to arrive"), kind="decimal", places=0),
                Column("orders", self.tr("Orders")),
                Column("expected", self.tr("Earliest expected"), kind="date"),
                Column("value", self.tr("Value"), kind="decimal", places=2, sortable=False),
            ],
            still_to_arrive_page,
            self,
            runner=ctx.runner,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        # Qt's default indicator is descending: start with the first column, A to Z.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        remember_layout(
            self.view,
            ctx.settings,
            "purchasing.still_to_arrive",
            stretch=2,
            sortable=[c.sortable for c in self.model.columns],
        )
        self.view.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.typing = filter_as_you_type(self.filter_edit, self.model, self)
        self.supplier.chosen.connect(lambda _c: self._apply())
        self.overdue_box.toggled.connect(lambda _on: self._apply())
        ctx.changed.connect(
            lambda changes, _by: (
                self.model.mark_stale() if changes.touches(Area.PURCHASING) else None
            )
        )

    def _apply(self) -> None:
        supplier = self.supplier.choice()
        self.model.set_filters(
            supplier_id=supplier.id if supplier else None,
            overdue_on=date.today() if self.overdue_box.isChecked() else None,
        )

    def export_report(self, kinds: tuple[str, ...], path: Any = None) -> Any:
        title = QCoreApplication.translate("Reports", TITLE)
        return export_view(self, self.ctx, self.view, title, kinds=kinds, path=path)


def create_tab(ctx: AppContext) -> QWidget:
    return StillToArriveWidget(ctx)
