"""Invoice drafts: create, edit, delete; and the corrected copy of an issued invoice.

A draft holds the customer, the issuing warehouse, dates, currency, the price
mode (tax-inclusive 含税 or exclusive) and lines. A line sells an item (it
will leave the warehouse when the invoice is issued) or a service described
in free text (no stock). Every save recomputes the line amounts and the
totals, so lists can total drafts too; issuing computes them once more and
freezes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from erp_desktop.domain.invoice import INVOICE_WORKFLOW, InvoiceKind, InvoiceState, workflow_of
from erp_desktop.domain.lines import check_unit_precision, inactive_item
from erp_desktop.domain.money import (
    PRICE_PLACES,
    QUANTITY_PLACES,
    RATE_PLACES,
    check_decimal,
)
from erp_desktop.domain.tax import LineInput, PriceMode, TaxRate, compute_document
from erp_desktop.domain.tax_codes import clean_tax_code
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice, InvoiceLine
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.company import CURRENCIES
from erp_desktop.services.invoicing.documents import (
    check_rate,
    get_invoice,
    require_for,
)
from erp_desktop.services.parties import CUSTOMER, active_party
from erp_desktop.services.stock.items import get_item
from erp_desktop.services.stock.locations import active_warehouse

PRICE_MODES = ("inclusive", "exclusive")
MAX_LINES = 2000


@dataclass(frozen=True)
class LineData:
    item_id: int | None  # None: a service line, described in ``description``
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal  # a fraction: 0.13
    tax_exempt: bool = False
    discount_percent: Decimal = Decimal(0)
    description: str = ""  # defaults to the item's name
    spec: str = ""  # defaults to the item's specification
    unit: str = ""  # defaults to the item's unit
    tax_code: str = ""  # 税收分类编码; an item line takes its item's at issue


@dataclass(frozen=True)
class InvoiceData:
    customer_id: int
    invoice_date: date
    lines: Sequence[LineData]
    warehouse_id: int | None = None  # required when a line sells an item
    due_date: date | None = None
    currency: str = "CNY"
    price_mode: str = "inclusive"
    remarks: str = ""


def _line_error(line: int, error: ValidationError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"), line=line, reason=error.message
    )


def _clean_line(session: Session, line: LineData, number: int) -> LineData:
    try:
        quantity = check_decimal(
            line.quantity,
            places=QUANTITY_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
        price = check_decimal(
            line.unit_price, places=PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Unit price")
        )
        discount = check_decimal(
            line.discount_percent,
            places=RATE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Discount %"),
        )
        if discount > 100:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A discount cannot exceed 100 %."))
        rate = check_decimal(
            line.tax_rate, places=RATE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Tax rate")
        )
        description = clean_text(
            line.description, field=QT_TRANSLATE_NOOP("fields", "Description"), max_length=200
        )
        spec = clean_text(
            line.spec, field=QT_TRANSLATE_NOOP("fields", "Specification"), max_length=200
        )
        unit = clean_text(line.unit, field=QT_TRANSLATE_NOOP("fields", "Unit"), max_length=20)
        tax_code = clean_tax_code(line.tax_code)
    except ValidationError as error:
        raise _line_error(number, error) from error
    check_rate(rate, line.tax_exempt, number)
    if line.item_id is not None:
        item = get_item(session, line.item_id)
        if not item.active:
            raise inactive_item(number, item.code, item.name)
        check_unit_precision(number, item.code, item.unit_precision, quantity)
        description = description or item.name
        spec = spec or item.spec
        unit = unit or item.base_unit
    elif not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Line {line}: choose an item, or describe the service sold."
            ),
            line=number,
        )
    return LineData(
        line.item_id,
        quantity,
        price,
        rate,
        line.tax_exempt,
        discount,
        description,
        spec,
        unit,
        tax_code,
    )


def clean_invoice(session: Session, data: InvoiceData) -> InvoiceData:
    """Validate and normalise a draft; raises ValidationError naming the field or line."""
    active_party(session, data.customer_id, CUSTOMER)
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one line."))
    if len(data.lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An invoice can have at most {count} lines."),
            count=MAX_LINES,
        )
    lines = [_clean_line(session, line, n) for n, line in enumerate(data.lines, start=1)]
    if any(line.item_id is not None for line in lines):
        if data.warehouse_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the warehouse the goods leave from.")
            )
        active_warehouse(session, data.warehouse_id)
    elif data.warehouse_id is not None:
        active_warehouse(session, data.warehouse_id)
    require_business_date(session, data.invoice_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    require_business_date(session, data.due_date, field=QT_TRANSLATE_NOOP("fields", "Due date"))
    if data.due_date is not None and data.due_date < data.invoice_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date cannot be before the invoice date.")
        )
    currency = data.currency.strip().upper()
    if currency not in CURRENCIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported currency “{code}”."), code=data.currency
        )
    if data.price_mode not in PRICE_MODES:
        raise ValueError(f"unknown price mode {data.price_mode!r}")
    remarks = clean_text(
        data.remarks, field=QT_TRANSLATE_NOOP("fields", "Remarks"), max_length=500, multiline=True
    )
    return replace(data, lines=lines, currency=currency, remarks=remarks)


def line_inputs(lines: Sequence[LineData]) -> list[LineInput]:
    return [
        LineInput(
            line.quantity,
            line.unit_price,
            TaxRate(line.tax_rate, exempt=line.tax_exempt),
            line.discount_percent,
        )
        for line in lines
    ]


def _apply(row: Invoice, data: InvoiceData) -> None:
    taxes = compute_document(line_inputs(data.lines), PriceMode(data.price_mode))
    row.customer_id, row.warehouse_id = data.customer_id, data.warehouse_id
    row.invoice_date, row.due_date = data.invoice_date, data.due_date
    row.currency, row.price_mode, row.remarks = data.currency, data.price_mode, data.remarks
    row.net_total, row.tax_total, row.gross_total = taxes.net, taxes.tax, taxes.gross
    row.lines = [
        InvoiceLine(
            line_no=number,
            item_id=line.item_id,
            description=line.description,
            spec=line.spec,
            unit=line.unit,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            tax_rate=line.tax_rate,
            tax_exempt=line.tax_exempt,
            tax_code=line.tax_code,
            net=taxed.net,
            tax=taxed.tax,
            gross=taxed.gross,
        )
        for number, (line, taxed) in enumerate(zip(data.lines, taxes.lines, strict=True), start=1)
    ]


def create_invoice(
    session: Session, user_id: int, data: InvoiceData, *, replaces_id: int | None = None
) -> Changed[int]:
    require_for(session, user_id, InvoiceKind.INVOICE)
    data = clean_invoice(session, data)
    row = Invoice(
        kind=InvoiceKind.INVOICE,
        state=InvoiceState.DRAFT,
        created_by_id=user_id,
        replaces_id=replaces_id,
    )
    _apply(row, data)
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="invoice.create",
        subject=f"invoice:{row.id}",
        details={"customer": data.customer_id, "lines": len(data.lines), "gross": row.gross_total},
    )
    return Changed(row.id, Changes.of(Area.INVOICING, document_id=row.id))


def update_invoice(
    session: Session, user_id: int, invoice_id: int, data: InvoiceData
) -> Changed[None]:
    row = get_invoice(session, invoice_id, lock=True)
    require_for(session, user_id, row.kind)
    if row.kind != InvoiceKind.INVOICE:
        raise ValueError("credit notes are changed with credits.update_credit_note")
    INVOICE_WORKFLOW.target(row.state, "edit")
    data = clean_invoice(session, data)
    row.lines.clear()
    session.flush()
    _apply(row, data)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="invoice.update",
        subject=f"invoice:{row.id}",
        details={"lines": len(data.lines), "gross": row.gross_total},
    )
    return Changed(None, Changes.of(Area.INVOICING, document_id=invoice_id))


def delete_draft(session: Session, user_id: int, invoice_id: int) -> Changed[None]:
    """Delete a draft invoice or credit note; issued documents are never deleted."""
    row = get_invoice(session, invoice_id, lock=True)
    require_for(session, user_id, row.kind)
    workflow_of(row.kind).target(row.state, "delete")
    kind = row.kind
    session.delete(row)
    session.flush()
    audit.record(session, user_id=user_id, action=f"{kind}.delete", subject=f"invoice:{invoice_id}")
    return Changed(None, Changes.of(Area.INVOICING, document_id=invoice_id))


def invoice_data(row: Invoice) -> InvoiceData:
    """A draft's (or an issued invoice's) content, as the form edits it."""
    return InvoiceData(
        customer_id=row.customer_id,
        invoice_date=row.invoice_date,
        warehouse_id=row.warehouse_id,
        due_date=row.due_date,
        currency=row.currency,
        price_mode=row.price_mode,
        remarks=row.remarks,
        lines=[
            LineData(
                item_id=line.item_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_rate=line.tax_rate,
                tax_exempt=line.tax_exempt,
                discount_percent=line.discount_percent,
                description=line.description,
                spec=line.spec,
                unit=line.unit,
                tax_code=line.tax_code if line.item_id is None else "",
            )
            for line in row.lines
        ],
    )


def copy_for_correction(session: Session, user_id: int, invoice_id: int, on: date) -> Changed[int]:
    """A new draft with the content of an issued invoice, to correct and issue again."""
    require_for(session, user_id, InvoiceKind.INVOICE)
    original = get_invoice(session, invoice_id)
    if original.kind != InvoiceKind.INVOICE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only invoices can be copied."))
    INVOICE_WORKFLOW.target(original.state, "copy")
    data = replace(
        invoice_data(original),
        invoice_date=on,
        due_date=None
        if original.due_date is None
        else on + (original.due_date - original.invoice_date),
    )
    row = Invoice(
        kind=InvoiceKind.INVOICE,
        state=InvoiceState.DRAFT,
        created_by_id=user_id,
        replaces_id=original.id,
    )
    _apply(row, data)
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="invoice.copy",
        subject=f"invoice:{row.id}",
        details={"replaces": original.number},
    )
    return Changed(row.id, Changes.of(Area.INVOICING))
