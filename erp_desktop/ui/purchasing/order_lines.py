"""The line grid of a purchase order: columns, defaults from the item, live amounts.

Rows follow ``ui.grid``: ``item`` (an ItemChoice), ``qty`` (in the unit ordered),
``price`` (net, per that unit), ``tax`` (percent; blank: tax-exempt), and the
computed ``unit``, ``net``, ``tax_amount``, ``gross``, ``received``. Private keys:
``_item_id`` (the item whose defaults were applied), ``_unit``, ``_factor``, ``_line_id``
(the order line it shows), ``_received`` (base unit).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from erp_desktop.domain.formatting import format_price, format_quantity
from erp_desktop.domain.money import PRICE_PLACES, round_half_up
from erp_desktop.domain.purchase import LineAmounts, line_amounts, totals
from erp_desktop.errors import ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.purchasing.queries import OrderLineView
from erp_desktop.ui.grid import GridColumn, LineGridModel
from erp_desktop.ui.grid.model import is_blank
from erp_desktop.ui.i18n import render

HUNDRED = Decimal(100)
COMPACT = ("qty", "price", "tax")  # shown with as many decimals as they have


def columns() -> list[GridColumn]:
    return [
        GridColumn(
            "item", QCoreApplication.translate("Purchasing", "Item (code, name or barcode)"), "item"
        ),
        GridColumn(
            "unit",
            QCoreApplication.translate("Purchasing", "Unit"),
            "readonly",
            places=-1,
            width=90,
        ),
        GridColumn(
            "qty",
            QCoreApplication.translate("Purchasing", "Quantity"),
            "decimal",
            places=4,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            width=90,
        ),
        GridColumn(
            "price",
            QCoreApplication.translate("Purchasing", "Unit price (net)"),
            "decimal",
            places=PRICE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Unit price"),
            width=110,
        ),
        GridColumn(
            "tax",
            QCoreApplication.translate("Purchasing", "Tax %"),
            "decimal",
            places=2,
            field=QT_TRANSLATE_NOOP("fields", "Tax %"),
            width=60,
        ),
        GridColumn(
            "net",
            QCoreApplication.translate("Purchasing", "Amount"),
            "readonly",
            places=2,
            width=100,
        ),
        GridColumn(
            "tax_amount",
            QCoreApplication.translate("Purchasing", "Tax"),
            "readonly",
            places=2,
            width=80,
        ),
        GridColumn(
            "gross",
            QCoreApplication.translate("Purchasing", "Total"),
            "readonly",
            places=2,
            width=100,
        ),
        GridColumn(
            "received",
            QCoreApplication.translate("Purchasing", "Received"),
            "readonly",
            places=-1,
            width=90,
        ),
    ]


class OrderLinesModel(LineGridModel):
    """The shared grid model, showing quantities and prices without padding zeros."""

    def _shown(self, row: dict[str, Any], column: GridColumn, *, edit: bool) -> str:
        if column.key in COMPACT and isinstance(row.get(column.key), Decimal):
            shown = format_price if column.key == "price" else format_quantity
            return shown(row[column.key], grouping=not edit)
        return super()._shown(row, column, edit=edit)

    def amounts(self) -> LineAmounts:
        return totals(
            LineAmounts(row["net"], row["tax_amount"], row["gross"])
            for row in self.lines()
            if row.get("net") is not None
        )


def tax_rate(row: dict[str, Any]) -> Decimal | None:
    percent = row.get("tax")
    return None if percent is None else (percent / HUNDRED).quantize(Decimal("0.0001"))


def compute(row: dict[str, Any]) -> None:
    """Fill an edited row's defaults (a newly chosen item) and its amounts."""
    item = row.get("item")
    if item is None:
        for key in ("unit", "net", "tax_amount", "gross", "received"):
            row[key] = None
        return
    if row.get("_item_id") != item.id:
        row["_item_id"] = item.id
        if item.purchase_unit and item.purchase_factor:
            row["_unit"], row["_factor"] = item.purchase_unit, item.purchase_factor
        else:
            row["_unit"], row["_factor"] = item.base_unit, Decimal(1)
        if row.get("price") is None and "price" not in row["_text"]:
            row["price"] = round_half_up(item.purchase_price * row["_factor"], PRICE_PLACES)
        if row.get("tax") is None and "tax" not in row["_text"] and item.tax_rate is not None:
            row["tax"] = (item.tax_rate * HUNDRED).normalize()
    factor = row.get("_factor", Decimal(1))
    row["unit"] = (
        f"{row['_unit']} (={format_quantity(factor)} {item.base_unit})"
        if factor != 1
        else row["_unit"]
    )
    quantity, price = row.get("qty"), row.get("price")
    row["net"] = row["tax_amount"] = row["gross"] = None
    if quantity and price is not None and quantity > 0:
        try:
            amounts = line_amounts(quantity, price, tax_rate(row))
        except ErpError as exc:  # e.g. a tax rate of 100 % or more: said where it was typed
            row["_errors"]["tax"] = render(exc.message)
        else:
            row["net"], row["tax_amount"], row["gross"] = amounts.net, amounts.tax, amounts.gross
    received = row.get("_received")
    row["received"] = (
        f"{format_quantity(received)} {item.base_unit}"
        if received is not None and row.get("_line_id")
        else ""
    )


def row_of(line: OrderLineView) -> dict[str, Any]:
    return {
        "item": line.item,
        "qty": line.quantity,
        "price": line.unit_price,
        "tax": None if line.tax_rate is None else (line.tax_rate * HUNDRED).normalize(),
        "_unit": line.unit,
        "_item_id": line.item.id,
        "_factor": line.factor,
        "_line_id": line.id,
        "_received": line.received,
    }


def in_purchase_unit(row: dict[str, Any]) -> bool:
    return row.get("_factor", Decimal(1)) != 1 or row["_unit"] != row["item"].base_unit


__all__ = ["OrderLinesModel", "columns", "compute", "in_purchase_unit", "is_blank", "row_of"]
