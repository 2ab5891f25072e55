"""Reading invoices for screens: the filtered list, its totals, stock for the line grid."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.models.invoice import Invoice
from erp_desktop.models.party import Party
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.invoicing.drafts import InvoiceData, invoice_data
from erp_desktop.services.paging import Page, PageRequest, like_pattern, page
from erp_desktop.services.parties import PartyChoice, get_party
from erp_desktop.services.stock.items import ItemChoice, item_choices

# The e-invoice column: the platform's number once issued there, else where it stands.
EINVOICE_STATUS = case(
    (EInvoiceRecord.platform_number.is_not(None), EInvoiceRecord.platform_number),
    (EInvoiceRecord.rejected != "", literal("~rejected")),
    (EInvoiceRecord.sent_at.is_not(None), literal("~sent")),
    else_=literal(""),
)
SORTS = {
    "number": Invoice.number,
    "kind": Invoice.kind,
    "state": Invoice.state,
    "date": Invoice.invoice_date,
    "customer": Party.name,
    "currency": Invoice.currency,
    "net": Invoice.net_total,
    "tax": Invoice.tax_total,
    "gross": Invoice.gross_total,
    "due": Invoice.due_date,
}
_SEARCH = (Invoice.number, Party.name, Party.code, Invoice.remarks)


def _filtered(query: Select[Any], request: PageRequest) -> Select[Any]:
    """Filters: ``kind``, ``state``, ``customer_id``, ``date_from``, ``date_to``."""
    f = request.filters
    if f.get("kind"):
        query = query.where(Invoice.kind == f["kind"])
    if f.get("state"):
        query = query.where(Invoice.state == f["state"])
    if f.get("customer_id"):
        query = query.where(Invoice.customer_id == f["customer_id"])
    if f.get("date_from"):
        query = query.where(Invoice.invoice_date >= f["date_from"])
    if f.get("date_to"):
        query = query.where(Invoice.invoice_date <= f["date_to"])
    return query


def _searched(query: Select[Any], text: str) -> Select[Any]:
    text = text.strip()
    if not text:
        return query
    pattern = like_pattern(text)
    return query.where(or_(*(column.ilike(pattern, escape="\\") for column in _SEARCH)))


def invoice_page(session: Session, request: PageRequest) -> Page:
    """(id, number, kind, state, date, customer, currency, net, tax, gross, due date,
    e-invoice: the platform's number, or "~rejected" / "~sent" / "")."""
    query = select(
        Invoice.id,
        Invoice.number,
        Invoice.kind,
        Invoice.state,
        Invoice.invoice_date,
        Party.name,
        Invoice.currency,
        Invoice.net_total,
        Invoice.tax_total,
        Invoice.gross_total,
        Invoice.due_date,
        EINVOICE_STATUS,
    ).join(Party, Party.id == Invoice.customer_id)
    query = query.outerjoin(EInvoiceRecord, EInvoiceRecord.invoice_id == Invoice.id)
    return page(
        session,
        _filtered(query, request),
        request,
        search=list(_SEARCH),
        sorts=SORTS,
        default_sort="date",
        tie_breaker=Invoice.id,
    )


@dataclass(frozen=True)
class ListTotal:
    currency: str
    count: int
    net: Decimal
    tax: Decimal
    gross: Decimal


def invoice_totals(session: Session, request: PageRequest) -> list[ListTotal]:
    """Totals of everything the list's filter and search select, per currency."""
    query = (
        select(
            Invoice.currency,
            func.count(),
            func.sum(Invoice.net_total, type_=Invoice.net_total.type),
            func.sum(Invoice.tax_total, type_=Invoice.tax_total.type),
            func.sum(Invoice.gross_total, type_=Invoice.gross_total.type),
        )
        .join(Party, Party.id == Invoice.customer_id)
        .group_by(Invoice.currency)
        .order_by(Invoice.currency)
    )
    query = _searched(_filtered(query, request), request.text)
    return [ListTotal(*row) for row in session.execute(query)]


def invoice_ids(session: Session, request: PageRequest) -> list[int]:
    """Every id the list's filter and search select, in the list's order (batch export)."""
    key = request.sort if request.sort in SORTS else "date"
    column = SORTS[key]
    query = select(Invoice.id).join(Party, Party.id == Invoice.customer_id)
    query = _searched(_filtered(query, request), request.text)
    order = column.desc() if request.descending else column.asc()
    tie = Invoice.id.desc() if request.descending else Invoice.id.asc()
    return list(session.scalars(query.order_by(order, tie)))


def available_stock(
    session: Session, warehouse_id: int, item_ids: Iterable[int]
) -> dict[int, Decimal]:
    """On hand per item in one warehouse (items never stocked there are absent)."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.quantity).where(
            StockBalance.location_id == warehouse_id, StockBalance.item_id.in_(ids)
        )
    )
    return {item_id: quantity for item_id, quantity in rows}


@dataclass(frozen=True)
class CustomerDefaults:
    choice: PartyChoice
    discount: Decimal
    currency: str
    due_days: int | None  # from the payment terms ("30 天", "net 30 days"), if they say


def due_days(payment_terms: str) -> int | None:
    """The first number of days in the payment terms, if any (0–365)."""
    found = re.search(r"(\d{1,3})", payment_terms or "")
    days = int(found.group(1)) if found else None
    return days if days is not None and days <= 365 else None


def customer_defaults(session: Session, customer_id: int) -> CustomerDefaults:
    party = get_party(session, customer_id)
    return CustomerDefaults(
        PartyChoice(party.id, party.code, party.name),
        party.discount_percent,
        party.currency,
        due_days(party.payment_terms),
    )


@dataclass(frozen=True)
class FormSnapshot:
    """An invoice as its form shows it."""

    id: int
    kind: str
    state: str
    number: str | None
    data: InvoiceData
    customer: PartyChoice
    items: dict[int, ItemChoice]
    replaces_number: str | None
    original_number: str | None


def form_snapshot(session: Session, invoice_id: int) -> FormSnapshot:
    row = get_invoice(session, invoice_id)
    data = invoice_data(row)
    items = item_choices(session, {line.item_id for line in data.lines if line.item_id is not None})
    party = get_party(session, row.customer_id)
    replaces = session.get(Invoice, row.replaces_id) if row.replaces_id else None
    original = session.get(Invoice, row.original_id) if row.original_id else None
    return FormSnapshot(
        row.id,
        row.kind,
        row.state,
        row.number,
        data,
        PartyChoice(party.id, party.code, party.name),
        items,
        replaces.number if replaces else None,
        original.number if original else None,
    )
