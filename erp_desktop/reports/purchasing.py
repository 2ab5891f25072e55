"""Printed purchasing documents: the purchase order sent to the supplier, the receipt note.

Both are built from the book (order, lines, parties, company) into the generic
``PdfDocument`` and rendered in the book's language. The order prints its
lines with amounts and tax, totals, and in a Chinese book the total in Chinese
capitals (大写) when it is in yuan; the receipt note prints quantities only (it
travels with the goods and the delivery note, not to the accountant).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.domain.purchase import ORDER_WORKFLOW
from erp_desktop.domain.tax import EXEMPT, TaxRate
from erp_desktop.i18n import QT_TRANSLATE_NOOP, cli_translator
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import GoodsReceipt, PurchaseOrder, PurchaseOrderLine
from erp_desktop.reports.document import (
    AmountInWords,
    Column,
    CompanyBlock,
    Field,
    PartyBlock,
    PdfDocument,
    label,
    render_document,
)
from erp_desktop.reports.formatting import (
    format_amount,
    format_date,
    format_price,
    format_quantity,
    format_rate,
)
from erp_desktop.services.company import get_company
from erp_desktop.services.purchasing.orders import get_order
from erp_desktop.services.purchasing.receipts import get_receipt


def _company(session: Session) -> tuple[CompanyBlock, str]:
    company = get_company(session)
    if company is None:
        return CompanyBlock(""), "zh_CN"
    lines = tuple(
        text
        for text in (
            "  ".join(part for part in (company.address, company.phone) if part),
            company.tax_id,
            "  ".join(part for part in (company.bank_name, company.bank_account) if part),
        )
        if text
    )
    return CompanyBlock(company.name, lines), company.language


def _supplier_block(party: Party) -> PartyBlock:
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


def _rate(rate: Decimal | None) -> TaxRate:
    return EXEMPT if rate is None else TaxRate(rate)


def order_document(session: Session, order_id: int) -> PdfDocument:
    order = get_order(session, order_id)
    company, language = _company(session)
    translate = cli_translator(language)
    supplier = session.get(Party, order.supplier_id)
    warehouse = session.get(Location, order.warehouse_id)
    assert supplier is not None and warehouse is not None
    items = _items(session, order.lines)
    rows = []
    for number, line in enumerate(order.lines, start=1):
        item = items[line.item_id]
        rows.append(
            (
                str(number),
                item.code,
                item.name,
                item.spec,
                line.unit,
                format_quantity(line.quantity),
                format_price(line.unit_price),
                format_amount(line.net_amount),
                format_rate(_rate(line.tax_rate), translate),
                format_amount(line.tax_amount),
            )
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
            format_amount(order.net_total),
            "",
            format_amount(order.tax_total),
        )
    ]
    in_words = None
    figure = f"{order.currency} {format_amount(order.gross_total)}"
    if language.startswith("zh") and order.currency == "CNY":
        in_words = AmountInWords(
            words=amount_in_capitals(order.gross_total),
            figure="¥" + format_amount(order.gross_total),
            label=label(QT_TRANSLATE_NOOP("reports", "Total with tax (in words)")),
        )
    else:
        gross = label(QT_TRANSLATE_NOOP("reports", "Total with tax"))
        totals.append((gross, "", "", "", "", "", "", figure, "", ""))
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Purchase order")),
        number=order.number or "",
        date=order.order_date,
        language=language,
        company=company,
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


def receipt_document(session: Session, receipt_id: int) -> PdfDocument:
    receipt = get_receipt(session, receipt_id)
    order = session.get(PurchaseOrder, receipt.order_id)
    supplier = session.get(Party, receipt.supplier_id)
    warehouse = session.get(Location, receipt.warehouse_id)
    assert order is not None and supplier is not None and warehouse is not None
    company, language = _company(session)
    order_lines = {
        line.id: line
        for line in session.scalars(
            select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)
        )
    }
    items = _items(session, order_lines.values())
    rows = []
    for number, line in enumerate(receipt.lines, start=1):
        item = items[line.item_id]
        ordered = order_lines[line.order_line_id]
        rows.append(
            (
                str(number),
                item.code,
                item.name,
                item.spec,
                item.base_unit,
                format_quantity(ordered.base_quantity, item.unit_precision),
                format_quantity(line.quantity, item.unit_precision),
            )
        )
    fields = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Purchase order")), order.number or ""),
        Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), warehouse.name),
    ]
    if warehouse.id != order.warehouse_id:
        ordered_into = session.get(Location, order.warehouse_id)
        fields.append(
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Ordered into")),
                ordered_into.name if ordered_into else "",
            )
        )
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Goods receipt")),
        number=receipt.number,
        date=receipt.receipt_date,
        language=language,
        company=company,
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
        parties=(_supplier_block(supplier),),
        fields=tuple(fields),
        remarks=receipt.note,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Delivered by")),
            label(QT_TRANSLATE_NOOP("reports", "Received by")),
            label(QT_TRANSLATE_NOOP("reports", "Warehouse keeper")),
        ),
    )


def _items(session: Session, lines) -> dict[int, Item]:  # type: ignore[no-untyped-def]
    ids = {line.item_id for line in lines}
    return {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(ids)))}


def order_pdf(session: Session, order_id: int) -> bytes:
    """The order as the supplier gets it; refused (StateError) for drafts and cancelled ones."""
    ORDER_WORKFLOW.target(get_order(session, order_id).state, "print")
    return render_document(order_document(session, order_id))


def receipt_pdf(session: Session, receipt_id: int) -> bytes:
    return render_document(receipt_document(session, receipt_id))


def document_name(
    session: Session, *, order_id: int | None = None, receipt_id: int | None = None
) -> str:
    """A file name for the PDF: the document's number."""
    if receipt_id is not None:
        return f"{session.get(GoodsReceipt, receipt_id).number}.pdf"  # type: ignore[union-attr]
    return f"{get_order(session, order_id).number}.pdf"  # type: ignore[arg-type]
