"""Issuing an invoice or credit note: everything in one transaction, or nothing.

In order, after locking the document (and, for a credit note, the invoice
it credits): the idempotency key (the same key again returns the first
result), the workflow, the buyer's and the seller's tax IDs, the amounts
(recomputed) and the e-invoice precision check, the next gap-free number of
the document's series, the stock (invoice: warehouse → customer at the
warehouse's average cost; credit note returning goods: customer → warehouse
at the cost the goods left with), the frozen buyer/seller blocks and totals,
and the PDF, rendered and stored. Any refusal rolls all of it back — the
number too, so a failed issue leaves no gap.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.invoice import InvoiceKind, InvoiceState, workflow_of
from erp_desktop.domain.money import currency_places, round_half_up
from erp_desktop.domain.tax import PriceMode, TaxedLine, check_precision, compute_document
from erp_desktop.domain.tax_id import accept_tax_id
from erp_desktop.errors import StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice, InvoiceDocument, InvoiceLine
from erp_desktop.models.location import LocationKind
from erp_desktop.models.stock import StockMove
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.company import get_company
from erp_desktop.services.einvoice.codes import stamp_tax_codes
from erp_desktop.services.einvoice.red import require_red_confirmation
from erp_desktop.services.invoicing import credits
from erp_desktop.services.invoicing.documents import (
    SERIES,
    get_invoice,
    require_for,
)
from erp_desktop.services.invoicing.drafts import clean_invoice, invoice_data, line_inputs
from erp_desktop.services.invoicing.printing import buyer_of, invoice_view, seller_of
from erp_desktop.services.numbering import next_number
from erp_desktop.services.parties import CUSTOMER, active_party
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, check_key, post_moves, replay_of


@dataclass(frozen=True)
class Issued:
    invoice_id: int
    number: str
    changes: Changes

    @property
    def replayed(self) -> bool:
        """The key had issued it before: nothing new happened."""
        return self.changes.replayed


def _issued(row: Invoice, replayed: bool = False) -> Issued:
    number = row.number or ""
    changes = Changes.of(
        Area.INVOICING, Area.STOCK, document_id=row.id, number=number, replayed=replayed
    )
    return Issued(row.id, number, changes)


def issue(session: Session, user_id: int, invoice_id: int, key: str) -> Issued:
    """Issue a draft invoice or credit note (see the module docstring)."""
    check_key(key)
    row = get_invoice(session, invoice_id, lock=True)
    require_for(session, user_id, row.kind)
    # Checked after the lock: a duplicate that waited for the first issue sees it here.
    if replay_of(session, key, row.kind, row.id) is not None:
        return _issued(row, replayed=True)
    workflow_of(row.kind).target(row.state, "issue")
    _check_tax_ids(session, row)
    if row.kind == InvoiceKind.INVOICE:
        lines = _invoice_lines(session, row)
        original = None
    else:
        original, lines = credits.prepare_issue(session, row)
    check_precision(lines)
    stamp_tax_codes(session, row)
    if row.kind == InvoiceKind.CREDIT_NOTE:
        require_red_confirmation(session, row)
    number = next_number(session, SERIES[row.kind], row.invoice_date)
    posting_id = _post_stock(session, user_id, row, number, key)
    _freeze(session, row, user_id, number, posting_id)
    if original is not None:
        credits.settle_original(session, original)
    _store_pdf(session, row)
    seal(session, user_id, "invoice", row.id)
    audit.record(
        session,
        user_id=user_id,
        action=f"{row.kind}.issue",
        subject=f"invoice:{row.id}",
        details={
            "number": number,
            "gross": row.gross_total,
            "credits": original.number if original is not None else None,
        },
    )
    return _issued(row)


def _check_tax_ids(session: Session, row: Invoice) -> None:
    """A VAT invoice needs the seller's and the buyer's tax IDs (recorded overrides count)."""
    company = get_company(session)
    if company is None or not company.tax_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The company has no tax ID: enter it under Settings ▸ Company profile "
                "before issuing invoices.",
            )
        )
    accept_tax_id(company.tax_id, company.tax_id_override_reason)
    customer = active_party(session, row.customer_id, CUSTOMER)
    if not customer.tax_id and not customer.natural_person:  # a private buyer has none
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The customer {name} has no tax ID; a VAT invoice needs the buyer's tax ID. "
                "Enter it in the customer's record.",
            ),
            name=customer.name,
        )
    accept_tax_id(customer.tax_id, customer.tax_id_override_reason)


def _invoice_lines(session: Session, row: Invoice) -> list[TaxedLine]:
    """Validate the draft as it is now (items, customer, warehouse) and recompute it."""
    data = clean_invoice(session, invoice_data(row))
    taxes = compute_document(line_inputs(data.lines), PriceMode(data.price_mode))
    for line, taxed in zip(row.lines, taxes.lines, strict=True):
        line.net, line.tax, line.gross = taxed.net, taxed.tax, taxed.gross
    row.net_total, row.tax_total, row.gross_total = taxes.net, taxes.tax, taxes.gross
    return list(taxes.lines)


def _post_stock(session: Session, user_id: int, row: Invoice, number: str, key: str) -> int | None:
    """Post the goods (and, always, the key: an invoice of services moves nothing);
    returns the posting's id when goods moved."""
    customer = virtual_location(session, LocationKind.CUSTOMER)
    moves: list[MoveRequest] = []
    if row.kind == InvoiceKind.INVOICE:
        goods = [line for line in row.lines if line.item_id is not None]
        if goods:
            assert row.warehouse_id is not None  # clean_invoice required it
            warehouse = active_warehouse(session, row.warehouse_id)
            moves = [
                MoveRequest(
                    item_id=line.item_id,  # type: ignore[arg-type]
                    from_location_id=warehouse.id,
                    to_location_id=customer,
                    quantity=line.quantity,
                    doc_line_id=line.id,
                    line_no=line.line_no,
                    reason="sale",
                )
                for line in goods
            ]
    elif row.warehouse_id is not None:
        warehouse = active_warehouse(session, row.warehouse_id)
        moves = _returns(session, row, customer, warehouse.id)
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=row.kind,
        moves=moves,
        move_date=row.invoice_date,
        doc_id=row.id,
        doc_number=number,
        allow_empty=True,
    )
    return result.posting_id if result.moves else None


def _returns(session: Session, note: Invoice, customer: int, warehouse: int) -> list[MoveRequest]:
    """Goods coming back at the cost they left with (the invoice's moves), pro rata,
    rounded to the places of the book's currency (stock is valued in it)."""
    company = get_company(session)
    places = currency_places(company.currency if company else "CNY")
    moves = []
    for line in note.lines:
        if line.item_id is None or line.credited_line_id is None:
            continue
        sold, back = _sold_and_back(session, line.credited_line_id, customer)
        if sold is None:
            continue  # the invoice line moved no goods
        sold_qty, sold_value = sold
        back_qty, back_value = back
        quantity = -line.quantity
        if quantity > sold_qty - back_qty:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line}: only {left} of {name} are still with the customer.",
                ),
                line=line.line_no,
                left=format(sold_qty - back_qty, "f"),
                name=line.description,
            )
        if quantity == sold_qty - back_qty:
            value = sold_value - back_value  # the last units take exactly what is left
        else:
            value = round_half_up(sold_value * quantity / sold_qty, places)
        moves.append(
            MoveRequest(
                item_id=line.item_id,
                from_location_id=customer,
                to_location_id=warehouse,
                quantity=quantity,
                value=value,
                doc_line_id=line.id,
                line_no=line.line_no,
                reason="return",
            )
        )
    return moves


def _sold_and_back(
    session: Session, invoice_line_id: int, customer: int
) -> tuple[tuple[Decimal, Decimal] | None, tuple[Decimal, Decimal]]:
    """(quantity, value) an invoice line took to the customer (None: no goods) and
    what credit notes brought back of it so far."""
    sold = session.execute(
        select(
            func.sum(StockMove.quantity, type_=StockMove.quantity.type),
            func.sum(StockMove.value, type_=StockMove.value.type),
        ).where(
            StockMove.doc_type == InvoiceKind.INVOICE,
            StockMove.doc_line_id == invoice_line_id,
            StockMove.to_location_id == customer,
        )
    ).one()
    back = session.execute(
        select(
            func.coalesce(func.sum(StockMove.quantity, type_=StockMove.quantity.type), 0),
            func.coalesce(func.sum(StockMove.value, type_=StockMove.value.type), 0),
        )
        .join(InvoiceLine, InvoiceLine.id == StockMove.doc_line_id)
        .where(
            StockMove.doc_type == InvoiceKind.CREDIT_NOTE,
            StockMove.from_location_id == customer,
            InvoiceLine.credited_line_id == invoice_line_id,
        )
    ).one()
    returned = (Decimal(back[0]), Decimal(back[1]))
    return (None if sold[0] is None else (sold[0], sold[1])), returned


def _freeze(
    session: Session, row: Invoice, user_id: int, number: str, posting_id: int | None
) -> None:
    company = get_company(session)
    buyer, seller = buyer_of(session, row.customer_id), seller_of(session)
    row.buyer_name, row.buyer_tax_id = buyer.name, buyer.tax_id
    row.buyer_address, row.buyer_phone = buyer.address, buyer.phone
    row.buyer_bank_name, row.buyer_bank_account = buyer.bank_name, buyer.bank_account
    row.seller_name, row.seller_tax_id = seller.name, seller.tax_id
    row.seller_address, row.seller_phone = seller.address, seller.phone
    row.seller_bank_name, row.seller_bank_account = seller.bank_name, seller.bank_account
    row.language = company.language if company else "zh_CN"
    row.number, row.posting_id = number, posting_id
    row.state = workflow_of(row.kind).target(row.state, "issue")
    row.issued_by_id, row.issued_at = user_id, utc_now()
    session.flush()


def _store_pdf(session: Session, row: Invoice) -> None:
    from erp_desktop.reports.invoice import render_invoice  # ReportLab loads on first issue

    pdf = render_invoice(invoice_view(session, row))
    session.add(InvoiceDocument(invoice_id=row.id, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest()))
    session.flush()


def stored_pdf(session: Session, invoice_id: int) -> bytes:
    """The PDF exactly as it was issued (a reprint is byte for byte the original)."""
    row = get_invoice(session, invoice_id)
    workflow_of(row.kind).target(row.state, "print")
    document = session.get(InvoiceDocument, invoice_id)
    if document is None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "The PDF of {number} is missing."), number=row.number
        )
    return document.pdf


def preview_pdf(session: Session, invoice_id: int) -> bytes:
    """The stored PDF of an issued document; a draft is rendered as it would print."""
    row = get_invoice(session, invoice_id)
    if row.state != InvoiceState.DRAFT:
        return stored_pdf(session, invoice_id)
    from erp_desktop.reports.invoice import render_invoice

    return render_invoice(invoice_view(session, row))


@dataclass(frozen=True)
class Reissued:
    credit_note: Issued
    draft_id: int  # the corrected copy, a new draft

    @property
    def changes(self) -> Changes:
        """The credit note's: issued (or replayed); the copy is a draft of the same area."""
        return self.credit_note.changes


def credit_and_reissue(
    session: Session, user_id: int, invoice_id: int, data: credits.CreditData, key: str
) -> Reissued:
    """Credit what is left of an invoice and start a corrected copy, in one transaction.

    ``data.lines`` empty means everything that is still left to credit.
    """
    from dataclasses import replace

    from erp_desktop.services.invoicing.drafts import copy_for_correction

    check_key(key)
    replay = replay_of(session, key, InvoiceKind.CREDIT_NOTE)
    if replay is not None:
        earlier = session.get(Invoice, replay.doc_id)
        if earlier is None or earlier.original_id != invoice_id:
            raise ValueError("idempotency key reused for another document")
        copy = session.scalar(select(func.max(Invoice.id)).where(Invoice.replaces_id == invoice_id))
        return Reissued(_issued(earlier, replayed=True), copy)
    if not data.lines:
        data = replace(data, lines=credits.all_remaining(session, invoice_id))
    note_id = credits.create_credit_note(session, user_id, invoice_id, data).value
    issued = issue(session, user_id, note_id, key)
    draft_id = copy_for_correction(session, user_id, invoice_id, data.credit_date).value
    return Reissued(issued, draft_id)
