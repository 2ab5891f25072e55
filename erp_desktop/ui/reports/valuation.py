"""Reports ▸ Stock value: the value of the stock in each warehouse (and in transit)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from erp_desktop.domain.formatting import format_money, format_quantity
from erp_desktop.domain.permissions import Permission
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Area
from erp_desktop.services.permissions import may
from erp_desktop.services.stock.reports import WarehouseValue, valuation_by_warehouse
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.latest import LatestRead
from erp_desktop.ui.widgets.list_export import export_view

TITLE = QT_TRANSLATE_NOOP("Reports", "Stock value")
Index = QModelIndex | QPersistentModelIndex


class ValuationModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WarehouseValue] = []
        self.headers = [
            self.tr("Warehouse"),
            self.tr("Items in stock"),
            self.tr("Quantity"),
            self.tr("Value"),
        ]

    def set_rows(self, rows: list[WarehouseValue]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.rows else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() > len(self.rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() == len(self.rows):  # the total line
            if index.column() == 0:
                return self.tr("Total")
            if index.column() == 3:
                return format_money(sum((r.value for r in self.rows), Decimal(0)))
            return ""
        row = self.rows[index.row()]
        if index.column() == 0:
            return self.tr("In transit") if row.kind == "transit" else f"{row.code}  {row.name}"
        if index.column() == 1:
            return str(row.items)
        if index.column() == 2:
            return format_quantity(row.quantity)
        return format_money(row.value)


class ValuationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ValuationModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 260)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.note = QLabel(
            self.tr(
                "Value at moving-average cost per item and warehouse, read from the stock "
                "balances (the ledger proves them: erp-desktop check)."
            )
        )
        self.note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(lambda: self.export_report(("xlsx", "csv")))
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_report(("pdf",)))
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addWidget(self.pdf_button)
        top.addStretch(1)
        self.reading = LatestRead(ctx, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        ctx.changed.connect(
            lambda changes, _by: self.refresh() if changes.touches(Area.STOCK) else None
        )
        self.refresh()

    def refresh(self) -> None:
        user_id = self.ctx.user_id

        def read(session: Any) -> list[Any] | None:
            if not may(session, user_id, Permission.SEE_COSTS):
                return None
            return valuation_by_warehouse(session, user_id)

        self.reading.start(read, self._show)

    def _show(self, rows: list[Any] | None) -> None:
        if rows is None:
            self.model.set_rows([])
            self.note.setText(self.tr("Only users who may see costs can see stock value."))
            return
        self.model.set_rows(rows)

    def export_report(self, kinds: tuple[str, ...], path: Any = None) -> Any:
        return export_view(
            self, self.ctx, self.view, self.tr("Stock value"), kinds=kinds, path=path
        )


def create_tab(ctx: AppContext) -> QWidget:
    return ValuationTab(ctx)
