"""Reorder suggestions: what to buy, from the reorder rules, stock and open orders.

For each active item with a reorder rule in an active warehouse, the position
is on hand + still to arrive there (ordered − received on confirmed and
partially received orders, lines not yet complete). At or below the reorder
point, the suggestion is the reorder quantity, as many times as needed to get
above the point (``domain.purchase.reorder_quantity``). The supplier, unit and
price proposed are those of the item's last confirmed order line, else the
item's purchase unit and price (no supplier: the user picks one). One SQL query
finds the rows below their point; arithmetic that multiplies stays in Python.

``create_draft_orders`` turns the lines the user picked into draft orders, one
per supplier and receiving warehouse, expected after the supplier's lead time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Select, Subquery, func, literal, select
from sqlalchemy.orm import Session

from erp_desktop.domain.money import PRICE_PLACES, round_half_up, step
from erp_desktop.domain.purchase import (
    OPEN_STATES,
    PRICED_STATES,
    in_purchase_units,
    reorder_quantity,
)
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.memory import collector_paused
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import PurchaseOrder, PurchaseOrderLine
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    create_order,
)
from erp_desktop.services.stock.locations import list_warehouses

ZERO = Decimal(0)
ZERO_QUANTITY = Decimal("0.0000")
ONE = Decimal(1)


class Suggestion(NamedTuple):
    """One line to buy (a tuple: 100,000 of them are made in a second)."""

    item_id: int
    warehouse_id: int
    item_code: str
    item_name: str
    warehouse_name: str
    base_unit: str
    on_hand: Decimal
    incoming: Decimal
    reorder_point: Decimal
    reorder_qty: Decimal
    suggested: Decimal  # base unit
    supplier_id: int | None
    supplier_name: str
    unit: str  # what to order in
    factor: Decimal
    order_quantity: Decimal  # in ``unit``
    unit_price: Decimal  # per ``unit``, net
    tax_rate: Decimal | None

    @property
    def in_purchase_unit(self) -> bool:
        return self.factor != 1 or self.unit != self.base_unit


def incoming_query():
    """(item id, warehouse id, quantity still to arrive) on open orders."""
    line, order = PurchaseOrderLine, PurchaseOrder
    return (
        select(
            line.item_id,
            order.warehouse_id,
            func.sum(
                line.base_quantity - line.received_quantity, type_=line.base_quantity.type
            ).label("incoming"),
        )
        .join(order, order.id == line.order_id)
        .where(order.state.in_(OPEN_STATES), line.base_quantity > line.received_quantity)
        .group_by(line.item_id, order.warehouse_id)
    )


def reorder_suggestions(
    session: Session, *, warehouse_id: int | None = None, text: str = ""
) -> list[Suggestion]:
    """Two plain queries, joined here: the warehouses, and the rules at or below their
    point with the item and its last confirmed order line and supplier."""
    connection = session.connection()  # rows as tuples: no ORM work per row
    warehouses = {w.id: w.name for w in list_warehouses(session) if warehouse_id in (None, w.id)}
    query = _rules_due(list(warehouses))
    if text.strip():
        from erp_desktop.services.paging import like_pattern

        pattern = like_pattern(text.strip())
        query = query.where(
            Item.code.ilike(pattern, escape="\\") | Item.name.ilike(pattern, escape="\\")
        )
    with collector_paused():
        rows = connection.execute(query).all()
        suggestions = [_suggestion(row, warehouses[row[1]]) for row in rows]
        suggestions.sort(key=attrgetter("warehouse_name", "item_code"))
    return suggestions


def _rules_due(warehouse_ids: list[int]) -> Select[Any]:
    """The reorder rules of ``warehouse_ids`` at or below their point, with what is on
    hand and coming, the item, and its last confirmed order line."""
    incoming = incoming_query().subquery()
    quantity_type = StockBalance.quantity.type
    on_hand = func.coalesce(StockBalance.quantity, literal(ZERO_QUANTITY, quantity_type))
    coming = func.coalesce(incoming.c.incoming, literal(ZERO_QUANTITY, quantity_type))
    last = _last_lines()
    return (
        select(
            ItemReorder.item_id,
            ItemReorder.warehouse_id,
            on_hand,
            coming,
            ItemReorder.reorder_point,
            ItemReorder.reorder_qty,
            Item.code,
            Item.name,
            Item.base_unit,
            Item.unit_precision,
            Item.purchase_unit,
            Item.purchase_factor,
            Item.purchase_price,
            Item.tax_rate,
            last.c.supplier_id,
            last.c.supplier_name,
            last.c.unit,
            last.c.factor,
            last.c.unit_price,
        )
        .select_from(ItemReorder)
        .outerjoin(
            StockBalance,
            (StockBalance.item_id == ItemReorder.item_id)
            & (StockBalance.location_id == ItemReorder.warehouse_id),
        )
        .outerjoin(
            incoming,
            (incoming.c.item_id == ItemReorder.item_id)
            & (incoming.c.warehouse_id == ItemReorder.warehouse_id),
        )
        .join(Item, Item.id == ItemReorder.item_id)
        .outerjoin(last, last.c.item_id == ItemReorder.item_id)
        .where(
            ItemReorder.warehouse_id.in_(warehouse_ids),
            # on hand alone first: most rules are out at the first look-up
            on_hand <= ItemReorder.reorder_point,
            on_hand + coming <= ItemReorder.reorder_point,
            Item.active.is_(True),
        )
    )


def _last_lines() -> Subquery:
    """Per item: (supplier id, supplier name, unit, factor, unit price) of its last line
    on a confirmed order (none if that supplier is no longer active)."""
    newest = (
        select(func.max(PurchaseOrderLine.id).label("line_id"))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state.in_(PRICED_STATES))
        .group_by(PurchaseOrderLine.item_id)
        .subquery()
    )
    return (
        select(
            PurchaseOrderLine.item_id,
            Party.id.label("supplier_id"),
            Party.name.label("supplier_name"),
            PurchaseOrderLine.unit,
            PurchaseOrderLine.factor,
            PurchaseOrderLine.unit_price,
        )
        .join(newest, newest.c.line_id == PurchaseOrderLine.id)
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .join(Party, (Party.id == PurchaseOrder.supplier_id) & Party.active.is_(True))
        .subquery()
    )


def _suggestion(row, warehouse: str) -> Suggestion:
    (
        item_id, warehouse_id, on_hand, coming, point, reorder_qty, code, name, base_unit,
        precision, purchase_unit, purchase_factor, purchase_price, tax_rate,
        supplier_id, supplier_name, unit, factor, price,
    ) = row  # fmt: skip
    suggested = reorder_quantity(on_hand, coming, point, reorder_qty)
    bought_as_now = unit is not None and (
        (unit == base_unit and factor == ONE)
        or (purchase_factor and unit == purchase_unit and factor == purchase_factor)
    )
    if not bought_as_now:  # never bought, or in a unit the item no longer has
        if purchase_unit and purchase_factor:
            unit, factor = purchase_unit, purchase_factor
            price = round_half_up(purchase_price * purchase_factor, PRICE_PLACES)
        else:
            unit, factor, price = base_unit, ONE, purchase_price
    quantity = suggested
    if factor != ONE:
        quantity = in_purchase_units(suggested, factor)
        base_quantity = quantity * factor
        if base_quantity != base_quantity.quantize(step(precision)):  # finer than the unit
            unit, factor, quantity, price = base_unit, ONE, suggested, purchase_price
    return Suggestion(
        item_id, warehouse_id, code, name, warehouse, base_unit, on_hand, coming, point,
        reorder_qty, suggested, supplier_id, supplier_name or "", unit, factor, quantity,
        price, tax_rate,
    )  # fmt: skip


@dataclass(frozen=True)
class Pick:
    """A suggestion the user chose, perhaps with another supplier, quantity or price."""

    item_id: int
    warehouse_id: int
    supplier_id: int | None
    quantity: Decimal
    in_purchase_unit: bool
    unit_price: Decimal
    tax_rate: Decimal | None


def create_draft_orders(
    session: Session, user_id: int, picks: Sequence[Pick], order_date: date
) -> Changed[list[int]]:
    """One draft per supplier and warehouse; returns the new orders' ids."""
    require_business_date(session, order_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    if not picks:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one line to order."))
    missing = sum(1 for pick in picks if pick.supplier_id is None)
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{count} chosen lines have no supplier yet: choose one for them."
            ),
            count=missing,
        )
    groups: dict[tuple[int, int], list[Pick]] = {}
    for pick in picks:
        assert pick.supplier_id is not None
        groups.setdefault((pick.supplier_id, pick.warehouse_id), []).append(pick)
    lead_times = dict(
        session.execute(
            select(Party.id, Party.lead_time_days).where(
                Party.id.in_({supplier for supplier, _ in groups})
            )
        ).all()
    )
    created = []
    for (supplier_id, warehouse_id), lines in sorted(groups.items()):
        lead = lead_times.get(supplier_id, 0)
        rate = session.scalar(  # a foreign supplier: the rate of their last order
            select(PurchaseOrder.exchange_rate)
            .where(PurchaseOrder.supplier_id == supplier_id)
            .order_by(PurchaseOrder.id.desc())
            .limit(1)
        )
        created.append(
            create_order(
                session,
                user_id,
                OrderInput(
                    supplier_id=supplier_id,
                    warehouse_id=warehouse_id,
                    order_date=order_date,
                    expected_date=order_date + timedelta(days=lead) if lead else None,
                    exchange_rate=rate,
                    lines=[
                        OrderLineInput(
                            p.item_id, p.quantity, p.unit_price, p.tax_rate, p.in_purchase_unit
                        )
                        for p in lines
                    ],
                ),
            ).value
        )
    return Changed(created, Changes.of(Area.PURCHASING))
