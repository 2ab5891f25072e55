"""Table models of the transfer screens.

- ``TransferTableModel``: the paged transfer list, states shown translated;
- ``InTransitTableModel``: the paged lines on the road, quantities in each item's
  decimals;
- ``RouteTableModel``: the few routes of the in-transit summary (a plain list);
- ``TransferLinesModel``: the line grid of the form, with the figures of a shipped
  transfer in the item's decimals and lines short at the source marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from erp_desktop.domain.formatting import format_decimal, format_money
from erp_desktop.domain.money import QUANTITY_PLACES
from erp_desktop.domain.transfer import WORKFLOW
from erp_desktop.services.transfers.queries import RouteInTransit
from erp_desktop.ui import colors
from erp_desktop.ui.grid import LineGridModel
from erp_desktop.ui.grid.model import Index
from erp_desktop.ui.i18n import render
from erp_desktop.ui.models.paged import PagedQueryModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LINE_QUANTITIES = ("available", "shipped", "received", "short", "on_road")


def set_widths(table: Any, chars: tuple[int, ...]) -> None:
    """Column widths in characters of the table's font (a Chinese character takes two)."""
    width = table.fontMetrics().horizontalAdvance("0")
    for column, count in enumerate(chars):
        table.horizontalHeader().resizeSection(column, width * count + 20)


def quantity_text(value: Decimal | None, places: int) -> str:
    return "" if value is None else format_decimal(value, places)


class TransferTableModel(PagedQueryModel):
    """Rows of ``services.transfers.queries.transfer_page``; column 1 is the state."""

    STATE_COLUMN = 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and index.column() == self.STATE_COLUMN
            and index.row() < self.rowCount()
        ):
            state = self.row_values(index.row())[2]
            return render(WORKFLOW.state_label(state)) if state else ""  # blank: on its way
        return super().data(index, role)


class InTransitTableModel(PagedQueryModel):
    """Rows of ``in_transit_page``; quantity columns shown with the item's decimals."""

    QUANTITY_COLUMNS = (8, 9)  # shipped, on the road
    PRECISION = 13  # index in the row tuple

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() in self.QUANTITY_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole and index.row() < self.rowCount():
                row = self.row_values(index.row())
                if row[0] is None:  # on its way
                    return ""
                return quantity_text(row[index.column() + 1], row[self.PRECISION])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT
        return super().data(index, role)


class RouteTableModel(QAbstractTableModel):
    """The in-transit summary: one row per route (a handful; no paging needed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.routes: list[RouteInTransit] = []
        self.today = date.today()
        self.show_value = True

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Transfers", "From"),
            QCoreApplication.translate("Transfers", "To"),
            QCoreApplication.translate("Transfers", "Transfers"),
            QCoreApplication.translate("Transfers", "Lines"),
            QCoreApplication.translate("Transfers", "Oldest (days)"),
            QCoreApplication.translate("Transfers", "Over 7 days"),
            QCoreApplication.translate("Transfers", "Value on the road"),
        ]

    def set_routes(self, routes: Sequence[RouteInTransit], today: date, show_value: bool) -> None:
        self.beginResetModel()
        self.routes, self.today, self.show_value = list(routes), today, show_value
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.routes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 7
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.routes):
            return None
        route = self.routes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values: list[Any] = [
                route.from_name,
                route.to_name,
                str(route.transfers),
                str(route.lines),
                str(route.age(self.today)),
                str(route.aged) if route.aged else "",
                format_money(route.value) if route.value is not None else "",
            ]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return RIGHT
        return None


class TransferLinesModel(LineGridModel):
    """The form's line grid: read-only figures in each item's decimals; a line asking
    for more than the source holds is marked (the service refuses it at shipping)."""

    def _shown(self, row: dict[str, Any], column: Any, *, edit: bool) -> str:
        if column.key in LINE_QUANTITIES and isinstance(row.get(column.key), Decimal):
            item = row.get("item")
            places = item.unit_precision if item else QUANTITY_PLACES
            return format_decimal(row[column.key], places, grouping=not edit)
        return super()._shown(row, column, edit=edit)

    def short_at_source(self, row: dict[str, Any]) -> bool:
        available, wanted = row.get("available"), row.get("quantity")
        return (
            not self.read_only
            and isinstance(available, Decimal)
            and isinstance(wanted, Decimal)
            and wanted > available
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            row = self.row(index.row())
            key = self.columns[index.column()].key
            if key == "available" and self.short_at_source(row):
                if role == Qt.ItemDataRole.BackgroundRole:
                    return colors.tint_brush("shortage")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return QCoreApplication.translate(
                        "Transfers",
                        "The source holds less than this line asks for: shipping will be "
                        "refused until the stock is there.",
                    )
        return super().data(index, role)
