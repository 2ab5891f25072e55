"""Reading purchasing for the screens: the order list, one order, "still to arrive"."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Alias, Select, func, or_, select, tuple_
from sqlalchemy.orm import Session

from erp_desktop.domain.money import MONEY_PLACES, round_half_up
from erp_desktop.domain.purchase import OPEN_STATES
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import GoodsReceipt, PurchaseOrder, PurchaseOrderLine
from erp_desktop.services.paging import Page, PageRequest, like_pattern, page
from erp_desktop.services.parties import PartyChoice
from erp_desktop.services.purchasing.orders import get_order
from erp_desktop.services.stock.items import ItemChoice, item_choices

ZERO = Decimal(0)


def order_page(session: Session, request: PageRequest) -> Page:
    """(id, number, state, order date, expected date, supplier, warehouse, currency, gross).

    Filters: ``states`` (a list), ``supplier_id``, ``date_from``, ``date_to``; the text is
    searched in the number, the supplier's code and name, and the notes.
    """
    supplier = Party.__table__.alias("supplier")
    warehouse = Location.__table__.alias("warehouse")
    query = (
        select(
            PurchaseOrder.id,
            PurchaseOrder.number,
            PurchaseOrder.state,
            PurchaseOrder.order_date,
            PurchaseOrder.expected_date,
            supplier.c.name,
            warehouse.c.name,
            PurchaseOrder.currency,
            PurchaseOrder.gross_total,
        )
        .join(supplier, supplier.c.id == PurchaseOrder.supplier_id)
        .join(warehouse, warehouse.c.id == PurchaseOrder.warehouse_id)
    )
    filters = request.filters
    if filters.get("states"):
        query = query.where(PurchaseOrder.state.in_(list(filters["states"])))
    if filters.get("supplier_id"):
        query = query.where(PurchaseOrder.supplier_id == filters["supplier_id"])
    if filters.get("date_from"):
        query = query.where(PurchaseOrder.order_date >= filters["date_from"])
    if filters.get("date_to"):
        query = query.where(PurchaseOrder.order_date <= filters["date_to"])
    return page(
        session,
        query,
        request,
        search=[PurchaseOrder.number, supplier.c.code, supplier.c.name, PurchaseOrder.notes],
        sorts={
            "number": PurchaseOrder.number,
            "state": PurchaseOrder.state,
            "order_date": PurchaseOrder.order_date,
            "expected_date": PurchaseOrder.expected_date,
            "supplier": supplier.c.name,
            "warehouse": warehouse.c.name,
            "currency": PurchaseOrder.currency,
            "gross": PurchaseOrder.gross_total,
        },
        default_sort="order_date",
        tie_breaker=PurchaseOrder.id,
    )


# -- one order ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderLineView:
    id: int
    line_no: int
    item: ItemChoice
    unit: str
    factor: Decimal
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal | None
    net: Decimal
    tax: Decimal
    gross: Decimal
    base_quantity: Decimal
    received: Decimal  # base unit


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str | None
    state: str
    supplier: PartyChoice
    warehouse_id: int
    warehouse_name: str
    order_date: date
    expected_date: date | None
    currency: str
    exchange_rate: Decimal
    notes: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    version: int
    end_reason: str
    receipts: int
    lines: tuple[OrderLineView, ...]


def order_view(session: Session, order_id: int) -> OrderView:
    row = get_order(session, order_id)
    supplier = session.get(Party, row.supplier_id)
    warehouse = session.get(Location, row.warehouse_id)
    assert supplier is not None and warehouse is not None
    receipts = session.scalar(
        select(func.count()).select_from(GoodsReceipt).where(GoodsReceipt.order_id == row.id)
    )
    choices = item_choices(session, {line.item_id for line in row.lines})
    lines = []
    for line in row.lines:
        lines.append(
            OrderLineView(
                line.id,
                line.line_no,
                choices[line.item_id],
                line.unit,
                line.factor,
                line.quantity,
                line.unit_price,
                line.tax_rate,
                line.net_amount,
                line.tax_amount,
                line.gross_amount,
                line.base_quantity,
                line.received_quantity,
            )
        )
    return OrderView(
        id=row.id,
        number=row.number,
        state=row.state,
        supplier=PartyChoice(supplier.id, supplier.code, supplier.name),
        warehouse_id=warehouse.id,
        warehouse_name=warehouse.name,
        order_date=row.order_date,
        expected_date=row.expected_date,
        currency=row.currency,
        exchange_rate=row.exchange_rate,
        notes=row.notes,
        net_total=row.net_total,
        tax_total=row.tax_total,
        gross_total=row.gross_total,
        version=row.version,
        end_reason=row.end_reason,
        receipts=int(receipts or 0),
        lines=tuple(lines),
    )


# -- still to arrive ----------------------------------------------------------------------------
def still_to_arrive_page(session: Session, request: PageRequest) -> Page:
    """Per supplier and item, what confirmed orders still expect (base unit):
    (key, supplier, item code, item name, unit, ordered, received, to arrive, orders,
    earliest expected date, value to arrive). ``key`` is "supplier id:item id".

    Filters: ``supplier_id``, ``overdue_on`` (a date: only lines expected before it).
    The value (to arrive × cost, book currency) is added in Python for the page's rows.
    """
    line, order = PurchaseOrderLine, PurchaseOrder
    supplier = Party.__table__.alias("supplier")
    outstanding = func.sum(
        line.base_quantity - line.received_quantity, type_=line.base_quantity.type
    )
    query = (
        select(
            order.supplier_id,
            line.item_id,
            supplier.c.name,
            Item.code,
            Item.name,
            Item.base_unit,
            func.sum(line.base_quantity, type_=line.base_quantity.type),
            func.sum(line.received_quantity, type_=line.received_quantity.type),
            outstanding,
            func.count(func.distinct(order.id)),
            func.min(order.expected_date),
        )
        .select_from(line)
        .join(order, order.id == line.order_id)
        .join(supplier, supplier.c.id == order.supplier_id)
        .join(Item, Item.id == line.item_id)
        .where(order.state.in_(OPEN_STATES), line.base_quantity > line.received_quantity)
        .group_by(
            order.supplier_id, line.item_id, supplier.c.name, Item.code, Item.name, Item.base_unit
        )
    )
    rows = page(
        session,
        query,
        replace(request, text=""),  # the filter text is applied above
        search=[],
        sorts={
            "supplier": supplier.c.name,
            "item": Item.code,
            "name": Item.name,
            "unit": Item.base_unit,
            "ordered": func.sum(line.base_quantity),
            "received": func.sum(line.received_quantity),
            "to_arrive": outstanding,
            "orders": func.count(func.distinct(order.id)),
            "expected": func.min(order.expected_date),
        },
        default_sort="supplier",
        tie_breaker=(order.supplier_id, line.item_id),
    )
    values = _values_to_arrive(session, [(r[0], r[1]) for r in rows])
    return rows.mapped(lambda r: (f"{r[0]}:{r[1]}", *r[2:], values.get((r[0], r[1]), ZERO)))


def _to_arrive_filters(query: Select[Any], request: PageRequest, supplier: Alias) -> Select[Any]:
    """Supplier, overdue date and the search text (over supplier and item code and name)."""
    if request.filters.get("supplier_id"):
        query = query.where(PurchaseOrder.supplier_id == request.filters["supplier_id"])
    if request.filters.get("overdue_on"):
        query = query.where(PurchaseOrder.expected_date < request.filters["overdue_on"])
    text = request.text.strip()
    if text:
        pattern = like_pattern(text)
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (supplier.c.code, supplier.c.name, Item.code, Item.name)
                )
            )
        )
    return query


def _values_to_arrive(
    session: Session, pairs: list[tuple[int, int]]
) -> dict[tuple[int, int], Decimal]:
    if not pairs:
        return {}
    rows = session.execute(
        select(
            PurchaseOrder.supplier_id,
            PurchaseOrderLine.item_id,
            PurchaseOrderLine.base_quantity,
            PurchaseOrderLine.received_quantity,
            PurchaseOrderLine.unit_cost,
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(
            PurchaseOrder.state.in_(OPEN_STATES),
            PurchaseOrderLine.base_quantity > PurchaseOrderLine.received_quantity,
            tuple_(PurchaseOrder.supplier_id, PurchaseOrderLine.item_id).in_(pairs),
        )
    )
    values: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for supplier_id, item_id, ordered, received, cost in rows:
        values[(supplier_id, item_id)] += round_half_up((ordered - received) * cost, MONEY_PLACES)
    return dict(values)
