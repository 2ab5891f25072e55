"""Printed purchasing documents: the purchase order sent to the supplier, the receipt note.

Both are laid out from plain views (``OrderPrint``, ``ReceiptPrint``) that
``services.purchasing.printing`` builds, in the book's language. The order
prints its lines with amounts and tax, totals, and in a Chinese book the total
in Chinese capitals (大写) when it is in yuan; the receipt note prints
quantities only (it travels with the goods and the delivery note, not to the
accountant).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.domain.formatting import (
    format_date,
    format_money,
    format_price,
    format_quantity,
    format_rate,
    price_places,
)
from erp_desktop.domain.tax import TaxRate
from erp_desktop.i18n import QT_TRANSLATE_NOOP, cli_translator
from erp_desktop.reports.document import (
    AmountInWords,
    Column,
    Field,
    PartyBlock,
    PdfDocument,
    company_block,
    label,
    render_document,
)
from erp_desktop.reports.views import CompanyView, ItemView, PartyView, PlaceView


@dataclass(frozen=True)
class SupplierView(PartyView):
    contact: str = ""
    payment_terms: str = ""


@dataclass(frozen=True)
class OrderPrintLine:
    item: ItemView
    unit: str  # the unit ordered in (may be the purchase unit)
    quantity: Decimal
    unit_price: Decimal
    net: Decimal
    tax_rate: TaxRate
    tax: Decimal


@dataclass(frozen=True)
class OrderPrint:
    company: CompanyView
    number: str
    order_date: date
    expected_date: date | None
    currency: str
    version: int
    notes: str
    supplier: SupplierView
    warehouse: PlaceView
    lines: tuple[OrderPrintLine, ...]
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal


@dataclass(frozen=True)
class ReceiptPrintLine:
    item: ItemView
    ordered: Decimal  # in the base unit
    received: Decimal


@dataclass(frozen=True)
class ReceiptPrint:
    company: CompanyView
    number: str
    receipt_date: date
    order_number: str
    warehouse: str
    ordered_into: str | None  # the order's warehouse when the goods went elsewhere
    note: str
    supplier: SupplierView
    lines: tuple[ReceiptPrintLine, ...]


def _supplier_block(party: SupplierView) -> PartyBlock:
    fields: list[Field | str] = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Name")), party.name),
        Field(label(QT_TRANSLATE_NOOP("reports", "Tax ID")), party.tax_id),
    ]
    contact = "  ".join(part for part in (party.contact, party.phone) if part)
    if contact:
        fields.append(Field(label(QT_TRANSLATE_NOOP("reports", "Contact")), contact))
    if party.address:
        fields.append(Field(label(QT_TRANSLATE_NOOP("reports", "Address")), party.address))
    bank = "  ".join(part for part in (party.bank_name, party.bank_account) if part)
    if bank:
        fields.append(Field(label(QT_TRANSLATE_NOOP("reports", "Bank and account")), bank))
    return PartyBlock(label(QT_TRANSLATE_NOOP("reports", "Supplier")), tuple(fields))


def order_document(order: OrderPrint) -> PdfDocument:
    language = order.company.language
    translate = cli_translator(language)
    supplier, warehouse = order.supplier, order.warehouse
    places = price_places(line.unit_price for line in order.lines)
    rows = tuple(
        (
            str(number),
            line.item.code,
            line.item.name,
            line.item.spec,
            line.unit,
            format_quantity(line.quantity),
            format_price(line.unit_price, places),
            format_money(line.net, order.currency),
            format_rate(line.tax_rate, translate),
            format_money(line.tax, order.currency),
        )
        for number, line in enumerate(order.lines, start=1)
    )
    ship_to = [Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), warehouse.name)]
    if warehouse.address:
        ship_to.append(Field(label(QT_TRANSLATE_NOOP("reports", "Address")), warehouse.address))
    fields = [Field(label(QT_TRANSLATE_NOOP("reports", "Currency")), order.currency)]
    if order.expected_date is not None:
        fields.append(
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Delivery by")),
                format_date(order.expected_date, language),
            )
        )
    if supplier.payment_terms:
        fields.append(
            Field(label(QT_TRANSLATE_NOOP("reports", "Payment terms")), supplier.payment_terms)
        )
    if order.version:
        fields.append(Field(label(QT_TRANSLATE_NOOP("reports", "Amendment")), str(order.version)))
    total = label(QT_TRANSLATE_NOOP("reports", "Total"))
    totals: list[tuple[object, ...]] = [
        (
            total,
            "",
            "",
            "",
            "",
            "",
            "",
            format_money(order.net_total, order.currency),
            "",
            format_money(order.tax_total, order.currency),
        )
    ]
    in_words = None
    figure = f"{order.currency} {format_money(order.gross_total, order.currency)}"
    if language.startswith("zh") and order.currency == "CNY":
        in_words = AmountInWords(
            words=amount_in_capitals(order.gross_total),
            figure="¥" + format_money(order.gross_total, order.currency),
            label=label(QT_TRANSLATE_NOOP("reports", "Total with tax (in words)")),
        )
    else:
        gross = label(QT_TRANSLATE_NOOP("reports", "Total with tax"))
        totals.append((gross, "", "", "", "", "", "", figure, "", ""))
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Purchase order")),
        number=order.number,
        date=order.order_date,
        language=language,
        company=company_block(order.company),
        columns=(
            Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.5, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Code")), 1.0),
            Column(label(QT_TRANSLATE_NOOP("reports", "Goods")), 2.2),
            Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.3),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Quantity")), 0.8, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit price")), 0.95, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Amount")), 1.1, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax rate")), 0.6, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax")), 0.95, "right"),
        ),
        rows=tuple(rows),
        totals=tuple(totals),  # type: ignore[arg-type]
        parties=(
            _supplier_block(supplier),
            PartyBlock(label(QT_TRANSLATE_NOOP("reports", "Deliver to")), tuple(ship_to)),
        ),
        fields=tuple(fields),
        amount_in_words=in_words,
        remarks=order.notes,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Prepared by")),
            label(QT_TRANSLATE_NOOP("reports", "Approved by")),
            label(QT_TRANSLATE_NOOP("reports", "Confirmed by the supplier")),
        ),
    )


def receipt_document(receipt: ReceiptPrint) -> PdfDocument:
    rows = tuple(
        (
            str(number),
            line.item.code,
            line.item.name,
            line.item.spec,
            line.item.unit,
            format_quantity(line.ordered, line.item.places),
            format_quantity(line.received, line.item.places),
        )
        for number, line in enumerate(receipt.lines, start=1)
    )
    fields = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Purchase order")), receipt.order_number),
        Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), receipt.warehouse),
    ]
    if receipt.ordered_into is not None:
        fields.append(
            Field(label(QT_TRANSLATE_NOOP("reports", "Ordered into")), receipt.ordered_into)
        )
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Goods receipt")),
        number=receipt.number,
        date=receipt.receipt_date,
        language=receipt.company.language,
        company=company_block(receipt.company),
        columns=(
            Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Code")), 1.1),
            Column(label(QT_TRANSLATE_NOOP("reports", "Goods")), 2.4),
            Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.4),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.6, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Ordered")), 0.9, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Received")), 0.9, "right"),
        ),
        rows=tuple(rows),
        parties=(_supplier_block(receipt.supplier),),
        fields=tuple(fields),
        remarks=receipt.note,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Delivered by")),
            label(QT_TRANSLATE_NOOP("reports", "Received by")),
            label(QT_TRANSLATE_NOOP("reports", "Warehouse keeper")),
        ),
    )


def order_pdf(order: OrderPrint) -> bytes:
    return render_document(order_document(order))


def receipt_pdf(receipt: ReceiptPrint) -> bytes:
    return render_document(receipt_document(receipt))
