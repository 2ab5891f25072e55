"""The invoice line grid: columns, defaults from the item, live amounts and stock.

Built on the shared line grid (``ui.grid``). Picking an item fills its name,
unit, sale price and tax rate (and the customer's discount); a line without
an item is a service line described in free text. Amounts are computed as
the user types with ``domain.tax`` — the same arithmetic the service uses
when it saves — and the stock on hand in the chosen warehouse is shown per
line, red when the line asks for more.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from erp_desktop.domain.formatting import format_decimal, format_price
from erp_desktop.domain.money import PRICE_PLACES, normalize_number_text
from erp_desktop.domain.tax import (
    DocumentTaxes,
    LineInput,
    PriceMode,
    TaxRate,
    compute_document,
    compute_line,
)
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.invoicing.documents import ALLOWED_RATES
from erp_desktop.services.invoicing.drafts import LineData
from erp_desktop.services.stock.items import ItemChoice
from erp_desktop.ui import colors
from erp_desktop.ui.grid import GridColumn, LineGridModel, LineGridView
from erp_desktop.ui.i18n import render

Index = QModelIndex | QPersistentModelIndex
EXEMPT_WORDS = ("exempt", "免税")


def exempt_label() -> str:
    return QCoreApplication.translate("InvoiceLines", "Exempt")


def rate_text(rate: Decimal | None, exempt: bool = False) -> str:
    """0.13 → "13%"; None or exempt → "Exempt" (translated)."""
    if rate is None or exempt:
        return exempt_label()
    percent = (rate * 100).normalize()
    return f"{percent:f}%"


def parse_rate(text: str) -> tuple[Decimal, bool]:
    """ "13%", "13", "0.13", "免税" → (0.13, False) …; ValidationError if not a VAT rate."""
    clean = normalize_number_text(text or "").replace("％", "%").rstrip("%").strip()
    if clean.casefold() in EXEMPT_WORDS or text.strip() == exempt_label():
        return Decimal(0), True
    try:
        value = Decimal(clean)
    except ArithmeticError:
        value = Decimal(-1)
    if value.is_finite() and value >= 1:
        value = value / 100
    if not value.is_finite() or value not in ALLOWED_RATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a VAT rate (13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).",
            ),
            text=text,
        )
    return value.quantize(Decimal("0.0001")), False


def rate_choices() -> list[str]:
    return [rate_text(rate) for rate in ALLOWED_RATES] + [exempt_label()]


class RateDelegate(QStyledItemDelegate):
    """Pick a rate from the list, or type one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(rate_choices())
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def columns() -> list[GridColumn]:
    return [
        GridColumn("item", QCoreApplication.translate("InvoiceLines", "Item"), "item"),
        GridColumn(
            "description",
            QCoreApplication.translate("InvoiceLines", "Description"),
            "text",
            width=170,
        ),
        GridColumn(
            "quantity",
            QCoreApplication.translate("InvoiceLines", "Quantity"),
            "quantity",
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            width=80,
        ),
        GridColumn("unit", QCoreApplication.translate("InvoiceLines", "Unit"), "text", width=50),
        GridColumn(
            "price",
            QCoreApplication.translate("InvoiceLines", "Unit price"),
            "decimal",
            places=PRICE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Unit price"),
            width=90,
        ),
        GridColumn(
            "discount",
            QCoreApplication.translate("InvoiceLines", "Disc. %"),
            "decimal",
            places=2,
            field=QT_TRANSLATE_NOOP("fields", "Discount %"),
            width=60,
        ),
        GridColumn(
            "rate", QCoreApplication.translate("InvoiceLines", "Tax rate"), "text", width=70
        ),
        GridColumn(
            "net", QCoreApplication.translate("InvoiceLines", "Net"), "readonly", places=2, width=90
        ),
        GridColumn(
            "tax", QCoreApplication.translate("InvoiceLines", "Tax"), "readonly", places=2, width=80
        ),
        GridColumn(
            "gross",
            QCoreApplication.translate("InvoiceLines", "Gross"),
            "readonly",
            places=2,
            width=90,
        ),
        GridColumn(
            "available",
            QCoreApplication.translate("InvoiceLines", "In stock"),
            "readonly",
            places=-1,
            width=70,
        ),
    ]


class InvoiceLinesModel(LineGridModel):
    """The grid model, with item defaults, live amounts and stock on hand."""

    def __init__(self, resolve_item, parent: QObject | None = None) -> None:
        super().__init__(columns(), resolve_item=resolve_item, compute=self._compute, parent=parent)
        self.mode = PriceMode.INCLUSIVE
        self.discount = Decimal(0)  # the customer's default discount
        self.stock: dict[int, Decimal] = {}  # item id → on hand in the chosen warehouse
        self.stock_lookup = None  # callable(item ids) -> dict, set by the form

    # -- computing a row ------------------------------------------------------------------------
    def _compute(self, row: dict[str, Any]) -> None:
        item: ItemChoice | None = row.get("item")
        if item is not None and row.get("_item_id") != item.id:
            row["_item_id"] = item.id
            row["description"], row["spec"], row["unit"] = item.name, item.spec, item.base_unit
            row["price"] = item.sale_price
            row["rate"] = rate_text(item.tax_rate)
            if row.get("discount") is None:
                row["discount"] = self.discount
            for key in ("price", "rate", "description", "unit"):
                row["_text"].pop(key, None)
                row["_errors"].pop(key, None)
            if item.id not in self.stock and self.stock_lookup is not None:
                self.stock.update(self.stock_lookup([item.id]))
        elif item is None:
            row["_item_id"] = None
        if not row.get("rate"):
            row["rate"] = rate_text(Decimal("0.13"))
        row["_errors"].pop("rate", None)
        try:
            rate, exempt = parse_rate(str(row["rate"]))
            row["_rate"] = TaxRate(rate, exempt=exempt)
        except ValidationError as error:
            row["_rate"] = None
            row["_errors"]["rate"] = render(error.message)
        row["net"] = row["tax"] = row["gross"] = None
        quantity, price = row.get("quantity"), row.get("price")
        if quantity and price is not None and row["_rate"] is not None:
            try:
                taxed = compute_line(
                    LineInput(quantity, price, row["_rate"], row.get("discount") or Decimal(0)),
                    self.mode,
                )
            except ValidationError:
                pass
            else:
                row["net"], row["tax"], row["gross"] = taxed.net, taxed.tax, taxed.gross
        row["available"] = self.stock.get(item.id, Decimal(0)) if item is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.columns[index.column()].key if index.isValid() else ""
        if key == "price" and role == Qt.ItemDataRole.DisplayRole:
            row = self.row(index.row())
            price = row.get("price")
            if isinstance(price, Decimal) and "price" not in row["_text"]:
                return format_price(price)
        if key == "available":
            row = self.row(index.row())
            available = row.get("available")
            if available is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                item = row["item"]
                return format_decimal(available, item.unit_precision if item else 4)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                quantity = row.get("quantity")
                return (
                    colors.accent_brush("error")
                    if quantity is not None and quantity > available
                    else None
                )
        return super().data(index, role)

    # -- what the form needs ---------------------------------------------------------------------
    def refresh_stock(self) -> None:
        ids = [row["item"].id for row in self.lines() if row.get("item") is not None]
        self.stock = self.stock_lookup(ids) if self.stock_lookup and ids else {}
        self.recompute()

    def line_data(self) -> list[LineData]:
        """The lines as the service takes them; ValidationError names the first bad line."""
        out = []
        for number, row in enumerate(self.lines(), start=1):
            for column in self.columns:
                problem = row["_errors"].get(column.key)
                if problem:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"),
                        line=number,
                        reason=problem,
                    )
            for key, field in (
                ("quantity", QT_TRANSLATE_NOOP("fields", "Quantity")),
                ("price", QT_TRANSLATE_NOOP("fields", "Unit price")),
            ):
                if row.get(key) is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Line {line}: {field}: enter a number."),
                        line=number,
                        field=Msg(field, "fields"),
                    )
            rate: TaxRate = row["_rate"]
            item = row.get("item")
            out.append(
                LineData(
                    item_id=item.id if item else None,
                    quantity=row["quantity"],
                    unit_price=row["price"],
                    tax_rate=rate.rate,
                    tax_exempt=rate.exempt,
                    discount_percent=row.get("discount") or Decimal(0),
                    description=row.get("description") or "",
                    spec=row.get("spec") or "",
                    unit=row.get("unit") or "",
                )
            )
        return out

    def taxes(self) -> DocumentTaxes | None:
        """Totals and the breakdown per rate of the lines that can be computed now."""
        entries = [
            LineInput(
                row["quantity"], row["price"], row["_rate"], row.get("discount") or Decimal(0)
            )
            for row in self.lines()
            if row.get("net") is not None
        ]
        try:
            return compute_document(entries, self.mode)
        except ValidationError:
            return None


class InvoiceLinesView(LineGridView):
    """Enter moves item → quantity → price → discount → rate on item lines (their
    description and unit come from the item); service lines visit every cell."""

    SKIPPED_ON_ITEM_LINES = ("description", "unit")

    def __init__(self, model: InvoiceLinesModel, search, parent: QWidget | None = None) -> None:
        super().__init__(model, search, parent)
        keys = [c.key for c in model.columns]
        self.setItemDelegateForColumn(keys.index("rate"), RateDelegate(self))

    def next_cell(self, index: QModelIndex) -> QModelIndex:
        following = super().next_cell(index)
        grid: InvoiceLinesModel = self.grid  # type: ignore[assignment]
        while (
            following.row() == index.row()
            and following.column() != index.column()
            and grid.columns[following.column()].key in self.SKIPPED_ON_ITEM_LINES
            and grid.row(index.row()).get("item") is not None
        ):
            index, following = following, super().next_cell(following)
        return following
