"""Plain snapshots of an invoice or credit note: what the PDF, the XML and screens read.

An issued document is shown as it was frozen (buyer and seller blocks, the
language, the totals); a draft is shown with today's customer and company
details, so its preview looks like the invoice it will become.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.invoice import InvoiceKind, InvoiceState
from erp_desktop.domain.tax import RateTotal, TaxRate
from erp_desktop.models.invoice import Invoice
from erp_desktop.models.item import Item
from erp_desktop.models.user import User
from erp_desktop.services.company import get_company
from erp_desktop.services.invoicing.amounts import ZERO
from erp_desktop.services.parties import get_party


@dataclass(frozen=True)
class PartyView:
    name: str
    tax_id: str = ""
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class LineView:
    line_no: int
    item_code: str  # "" for a service line
    description: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal  # as entered (the document's price mode)
    discount_percent: Decimal
    tax_rate: TaxRate
    net: Decimal
    tax: Decimal
    gross: Decimal
    unit_precision: int = 4
    credited_line_no: int | None = None  # credit notes: the invoice line credited

    @property
    def net_unit_price(self) -> Decimal:
        """Net / quantity: the unit price a Chinese VAT invoice prints (不含税单价)."""
        from erp_desktop.domain.money import PRICE_PLACES, round_half_up

        return round_half_up(self.net / self.quantity, PRICE_PLACES)


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: str
    state: str
    number: str | None
    invoice_date: date
    due_date: date | None
    currency: str
    price_mode: str
    language: str
    buyer: PartyView
    seller: PartyView
    lines: tuple[LineView, ...]
    net: Decimal
    tax: Decimal
    gross: Decimal
    remarks: str
    issuer: str  # who issued it (or who is making the draft)
    payment_terms: str = ""
    original_number: str | None = None  # credit notes: the invoice they credit
    original_date: date | None = None
    credit_reason: str = ""
    replaces_number: str | None = None  # a corrected copy: the invoice it replaces

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE

    @property
    def by_rate(self) -> tuple[RateTotal, ...]:
        sums: dict[TaxRate, list[Decimal]] = {}
        for line in self.lines:
            total = sums.setdefault(line.tax_rate, [ZERO, ZERO, ZERO])
            total[0] += line.net
            total[1] += line.tax
            total[2] += line.gross
        return tuple(
            RateTotal(rate, *sums[rate])
            for rate in sorted(sums, key=lambda r: (r.rate, not r.exempt), reverse=True)
        )


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
        language=language or "zh_CN",
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
        company = get_company(session)
        language = company.language if company else "zh_CN"
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
    company = get_company(session)
    if company is None:
        return PartyView("")
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
