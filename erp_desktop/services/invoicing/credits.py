"""Credit notes (红字发票, 红冲): crediting all or part of an issued invoice.

A credit note credits quantities of the invoice's lines — never more than
was invoiced minus what issued credit notes already credited — at the
invoice's prices, discounts and rates, with negative amounts. It may bring
the goods back to a warehouse, valued at the cost they left with (the
invoice's stock moves), never at today's average. The invoice then shows
"partially credited" or "credited". Limits are checked when the draft is
saved and again, under a lock on the invoice, when the credit note is issued:
two credit notes issued at once cannot both take the last units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from erp_desktop.domain.invoice import (
    CREDIT_NOTE_WORKFLOW,
    INVOICE_WORKFLOW,
    InvoiceKind,
    InvoiceState,
)
from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal, plain_decimal
from erp_desktop.domain.tax import TaxedLine, TaxRate
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice, InvoiceLine
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.invoicing.amounts import ZERO, Amounts, credit_line, totals
from erp_desktop.services.invoicing.documents import (
    get_invoice,
    require_for,
)
from erp_desktop.services.stock.locations import active_warehouse

_Q0 = Decimal(0).quantize(Decimal(1).scaleb(-QUANTITY_PLACES))


@dataclass(frozen=True)
class CreditLineData:
    invoice_line_id: int
    quantity: Decimal  # how much of the invoice line is credited (positive)


@dataclass(frozen=True)
class CreditData:
    credit_date: date
    reason: str
    lines: Sequence[CreditLineData]
    return_warehouse_id: int | None = None  # None: no goods come back
    remarks: str = ""


@dataclass(frozen=True)
class Creditable:
    """One invoice line as the credit dialog shows it."""

    line_id: int
    line_no: int
    item_id: int | None
    description: str
    unit: str
    invoiced: Decimal
    credited: Decimal  # by issued credit notes
    gross: Decimal
    credited_gross: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.invoiced - self.credited


@dataclass(frozen=True)
class _Credited:
    quantity: Decimal
    amounts: Amounts


def credited_so_far(
    session: Session, invoice_id: int, *, exclude_id: int | None = None
) -> dict[int, _Credited]:
    """Per invoice line: what issued credit notes credited (positive figures)."""
    note = aliased(Invoice)
    query = (
        select(
            InvoiceLine.credited_line_id,
            func.sum(InvoiceLine.quantity, type_=InvoiceLine.quantity.type),
            func.sum(InvoiceLine.net, type_=InvoiceLine.net.type),
            func.sum(InvoiceLine.tax, type_=InvoiceLine.tax.type),
            func.sum(InvoiceLine.gross, type_=InvoiceLine.gross.type),
        )
        .join(note, note.id == InvoiceLine.invoice_id)
        .where(
            note.original_id == invoice_id,
            note.kind == InvoiceKind.CREDIT_NOTE,
            note.state == InvoiceState.ISSUED,
        )
        .group_by(InvoiceLine.credited_line_id)
    )
    if exclude_id is not None:
        query = query.where(note.id != exclude_id)
    return {
        line_id: _Credited(-quantity, Amounts(-net, -tax, -gross))
        for line_id, quantity, net, tax, gross in session.execute(query)
    }


def creditable_lines(session: Session, invoice_id: int) -> list[Creditable]:
    invoice = get_invoice(session, invoice_id)
    done = credited_so_far(session, invoice_id)
    nothing = _Credited(_Q0, Amounts(ZERO, ZERO, ZERO))
    return [
        Creditable(
            line.id,
            line.line_no,
            line.item_id,
            line.description,
            line.unit,
            line.quantity,
            done.get(line.id, nothing).quantity,
            line.gross,
            done.get(line.id, nothing).amounts.gross,
        )
        for line in invoice.lines
    ]


def _original_for_credit(session: Session, invoice_id: int, *, lock: bool) -> Invoice:
    original = get_invoice(session, invoice_id, lock=lock)
    if original.kind != InvoiceKind.INVOICE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A credit note cannot be credited."))
    INVOICE_WORKFLOW.target(original.state, "credit")
    return original


def _credit_lines(
    original: Invoice,
    wanted: Sequence[CreditLineData],
    done: dict[int, _Credited],
) -> list[tuple[InvoiceLine, TaxedLine]]:
    """Check the quantities against what is left and compute the credit lines."""
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Credit at least one line."))
    by_id = {line.id: line for line in original.lines}
    seen: set[int] = set()
    out = []
    for number, entry in enumerate(wanted, start=1):
        line = by_id.get(entry.invoice_line_id)
        if line is None:
            raise ValueError(f"line {entry.invoice_line_id} is not on invoice {original.id}")
        if line.id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line} of {number} is credited twice."),
                line=line.line_no,
                number=original.number,
            )
        seen.add(line.id)
        before = done.get(line.id, _Credited(_Q0, Amounts(ZERO, ZERO, ZERO)))
        remaining = line.quantity - before.quantity
        quantity = _credit_quantity(entry.quantity, line, before.quantity, remaining)
        left = Amounts(
            line.net - before.amounts.net,
            line.tax - before.amounts.tax,
            line.gross - before.amounts.gross,
        )
        taxed = credit_line(
            line.unit_price,
            line.discount_percent,
            TaxRate(line.tax_rate, exempt=line.tax_exempt),
            quantity,
            remaining,
            left,
            original.price_mode,
            line=number,
        )
        out.append((line, taxed))
    return out


def _credit_quantity(
    wanted: Decimal, line: InvoiceLine, credited: Decimal, remaining: Decimal
) -> Decimal:
    """The quantity to credit on ``line``: a valid quantity, at most what is left."""
    try:
        quantity = check_decimal(
            wanted,
            places=QUANTITY_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"),
            line=line.line_no,
            reason=error.message,
        ) from error
    if quantity > remaining:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line} {name}: {quantity} cannot be credited; {invoiced} were "
                "invoiced and {credited} already credited, so at most {remaining} is left.",
            ),
            line=line.line_no,
            name=line.description,
            quantity=plain_decimal(quantity),
            invoiced=plain_decimal(line.quantity),
            credited=plain_decimal(credited),
            remaining=plain_decimal(remaining),
        )
    return quantity


def _clean(session: Session, original: Invoice, data: CreditData) -> CreditData:
    reason = clean_text(
        data.reason,
        field=QT_TRANSLATE_NOOP("fields", "Reason for the credit"),
        max_length=200,
        required=True,
    )
    remarks = clean_text(
        data.remarks, field=QT_TRANSLATE_NOOP("fields", "Remarks"), max_length=500, multiline=True
    )
    require_business_date(session, data.credit_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    if data.credit_date < original.invoice_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A credit note cannot be dated before the invoice it credits ({date})."
            ),
            date=original.invoice_date.isoformat(),
        )
    if data.return_warehouse_id is not None:
        active_warehouse(session, data.return_warehouse_id)
    return CreditData(data.credit_date, reason, data.lines, data.return_warehouse_id, remarks)


def _fill(note: Invoice, original: Invoice, data: CreditData, lines) -> None:
    sums = totals([taxed for _line, taxed in lines])
    note.customer_id, note.currency = original.customer_id, original.currency
    note.price_mode, note.original_id = original.price_mode, original.id
    note.warehouse_id, note.invoice_date = data.return_warehouse_id, data.credit_date
    note.credit_reason, note.remarks = data.reason, data.remarks
    note.net_total, note.tax_total, note.gross_total = sums.net, sums.tax, sums.gross
    note.lines = [
        InvoiceLine(
            line_no=number,
            item_id=line.item_id,
            description=line.description,
            spec=line.spec,
            unit=line.unit,
            quantity=taxed.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            tax_rate=line.tax_rate,
            tax_exempt=line.tax_exempt,
            net=taxed.net,
            tax=taxed.tax,
            gross=taxed.gross,
            credited_line_id=line.id,
        )
        for number, (line, taxed) in enumerate(lines, start=1)
    ]


def create_credit_note(
    session: Session, user_id: int, invoice_id: int, data: CreditData
) -> Changed[int]:
    """A credit note draft for an issued invoice."""
    require_for(session, user_id, InvoiceKind.CREDIT_NOTE)
    original = _original_for_credit(session, invoice_id, lock=False)
    data = _clean(session, original, data)
    lines = _credit_lines(original, data.lines, credited_so_far(session, original.id))
    note = Invoice(kind=InvoiceKind.CREDIT_NOTE, state=InvoiceState.DRAFT, created_by_id=user_id)
    _fill(note, original, data, lines)
    session.add(note)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="credit_note.create",
        subject=f"invoice:{note.id}",
        details={"credits": original.number, "gross": note.gross_total, "reason": data.reason},
    )
    return Changed(note.id, Changes.of(Area.INVOICING))


def update_credit_note(
    session: Session, user_id: int, note_id: int, data: CreditData
) -> Changed[None]:
    note = get_invoice(session, note_id, lock=True)
    require_for(session, user_id, InvoiceKind.CREDIT_NOTE)
    if note.kind != InvoiceKind.CREDIT_NOTE or note.original_id is None:
        raise ValueError("not a credit note")
    CREDIT_NOTE_WORKFLOW.target(note.state, "edit")
    original = _original_for_credit(session, note.original_id, lock=False)
    data = _clean(session, original, data)
    lines = _credit_lines(original, data.lines, credited_so_far(session, original.id))
    note.lines.clear()
    session.flush()
    _fill(note, original, data, lines)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="credit_note.update",
        subject=f"invoice:{note.id}",
        details={"gross": note.gross_total},
    )
    return Changed(None, Changes.of(Area.INVOICING, document_id=note_id))


def credit_data(note: Invoice) -> CreditData:
    return CreditData(
        credit_date=note.invoice_date,
        reason=note.credit_reason,
        lines=[
            CreditLineData(line.credited_line_id, -line.quantity)  # type: ignore[arg-type]
            for line in note.lines
        ],
        return_warehouse_id=note.warehouse_id,
        remarks=note.remarks,
    )


def prepare_issue(session: Session, note: Invoice) -> tuple[Invoice, list[TaxedLine]]:
    """At issue: lock the invoice, check the quantities again, recompute the amounts.

    Returns the locked original invoice and the credit lines (for the precision check).
    """
    assert note.original_id is not None
    original = _original_for_credit(session, note.original_id, lock=True)
    done = credited_so_far(session, original.id, exclude_id=note.id)
    wanted = [CreditLineData(line.credited_line_id, -line.quantity) for line in note.lines]  # type: ignore[arg-type]
    lines = _credit_lines(original, wanted, done)
    for row, (_line, taxed) in zip(note.lines, lines, strict=True):
        row.net, row.tax, row.gross = taxed.net, taxed.tax, taxed.gross
    sums = totals([taxed for _line, taxed in lines])
    note.net_total, note.tax_total, note.gross_total = sums.net, sums.tax, sums.gross
    return original, [taxed for _line, taxed in lines]


def settle_original(session: Session, original: Invoice) -> str:
    """After a credit note is issued: the invoice is credited or partially credited."""
    session.flush()
    done = credited_so_far(session, original.id)
    full = all(
        done.get(line.id) is not None and done[line.id].quantity == line.quantity
        for line in original.lines
    )
    original.state = InvoiceState.CREDITED if full else InvoiceState.PARTIALLY_CREDITED
    session.flush()
    return original.state


def all_remaining(session: Session, invoice_id: int) -> list[CreditLineData]:
    """Every line with what is left of it: a full credit (credit and re-issue)."""
    return [
        CreditLineData(c.line_id, c.remaining)
        for c in creditable_lines(session, invoice_id)
        if c.remaining > 0
    ]
