"""Plain snapshots of an invoice or credit note: what the PDF, the XML and screens read.

The view types are ``reports.invoice``'s (the layout declares what it needs);
this module fills them from the book.

An issued document is shown as it was frozen (buyer and seller blocks, the
language, the totals); a draft is shown with today's customer and company
details, so its preview looks like the invoice it will become.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.invoice import InvoiceState
from erp_desktop.domain.tax import TaxRate
from erp_desktop.models.invoice import Invoice
from erp_desktop.models.item import Item
from erp_desktop.models.user import User
from erp_desktop.reports.invoice import InvoiceView, LineView
from erp_desktop.reports.views import DEFAULT_LANGUAGE, PartyView
from erp_desktop.services.parties import get_party
from erp_desktop.services.printing import company_view


def invoice_view(session: Session, row: Invoice) -> InvoiceView:
    party = get_party(session, row.customer_id)
    buyer, seller, language, user_id = _parties(session, row)
    issuer = session.scalar(select(User.full_name).where(User.id == user_id)) or ""
    original = session.get(Invoice, row.original_id) if row.original_id else None
    replaces = session.get(Invoice, row.replaces_id) if row.replaces_id else None
    return InvoiceView(
        id=row.id,
        kind=row.kind,
        state=row.state,
        number=row.number,
        invoice_date=row.invoice_date,
        due_date=row.due_date,
        currency=row.currency,
        price_mode=row.price_mode,
        language=language or DEFAULT_LANGUAGE,
        buyer=buyer,
        seller=seller,
        lines=_line_views(session, row, original),
        net=row.net_total,
        tax=row.tax_total,
        gross=row.gross_total,
        remarks=row.remarks,
        issuer=issuer,
        payment_terms=party.payment_terms,
        original_number=original.number if original else None,
        original_date=original.invoice_date if original else None,
        credit_reason=row.credit_reason,
        replaces_number=replaces.number if replaces else None,
    )


def _parties(session: Session, row: Invoice) -> tuple[PartyView, PartyView, str, int | None]:
    """Buyer, seller, language and issuer of the document: as frozen at issue, or as
    the book says now for a draft."""
    if row.state == InvoiceState.DRAFT:
        language = company_view(session).language
        return buyer_of(session, row.customer_id), seller_of(session), language, row.created_by_id
    buyer = PartyView(
        row.buyer_name,
        row.buyer_tax_id,
        row.buyer_address,
        row.buyer_phone,
        row.buyer_bank_name,
        row.buyer_bank_account,
    )
    seller = PartyView(
        row.seller_name,
        row.seller_tax_id,
        row.seller_address,
        row.seller_phone,
        row.seller_bank_name,
        row.seller_bank_account,
    )
    return buyer, seller, row.language, row.issued_by_id


def _line_views(session: Session, row: Invoice, original: Invoice | None) -> tuple[LineView, ...]:
    item_ids = {line.item_id for line in row.lines if line.item_id is not None}
    items = (
        {
            r.id: (r.code, r.unit_precision)
            for r in session.execute(
                select(Item.id, Item.code, Item.unit_precision).where(Item.id.in_(item_ids))
            )
        }
        if item_ids
        else {}
    )
    credited_nos = {line.id: line.line_no for line in original.lines} if original else {}
    return tuple(
        LineView(
            line_no=line.line_no,
            item_code=items[line.item_id][0] if line.item_id in items else "",
            description=line.description,
            spec=line.spec,
            unit=line.unit,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            tax_rate=TaxRate(line.tax_rate, exempt=line.tax_exempt),
            net=line.net,
            tax=line.tax,
            gross=line.gross,
            unit_precision=items[line.item_id][1] if line.item_id in items else 4,
            credited_line_no=credited_nos.get(line.credited_line_id)  # type: ignore[arg-type]
            if line.credited_line_id
            else None,
        )
        for line in row.lines
    )


def buyer_of(session: Session, customer_id: int) -> PartyView:
    party = get_party(session, customer_id)
    return PartyView(
        party.name, party.tax_id, party.address, party.phone, party.bank_name, party.bank_account
    )


def seller_of(session: Session) -> PartyView:
    """The seller block as an invoice freezes it: the company profile without its language."""
    company = company_view(session)
    return PartyView(
        company.name,
        company.tax_id,
        company.address,
        company.phone,
        company.bank_name,
        company.bank_account,
    )


def view_of(session: Session, invoice_id: int) -> InvoiceView:
    from erp_desktop.services.invoicing.documents import get_invoice

    return invoice_view(session, get_invoice(session, invoice_id))
