"""Stock lists and reports (Qt-free queries; filter, sort and page in SQL).

- ``on_hand_page``: item × warehouse with quantity, value and average cost, read
  from the balance rows (O(1) per row, never a sum over the ledger). Goods in
  transit are a place of their own (``filters["place"] = "transit"``), never
  counted in a warehouse.
- ``on_hand_as_of_page``: the same at the end of a past day, each row summed
  from the moves of that (item, location) up to the day (indexed, so a page
  costs a page of index range scans, whatever the size of the ledger).
- ``movement_page``: the moves of one item with a running balance.
- ``low_stock_page``: items below their reorder point with a suggested quantity.
- ``valuation_by_warehouse``: stock value per warehouse (and in transit).

Costs and values are shown only to users who may see costs: a query asked by
anyone else returns None in those columns (``filters["user_id"]``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Float,
    Select,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import average_cost
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.services.paging import Page, PageRequest, like_pattern, page
from erp_desktop.services.permissions import may

QUANTITY_TYPE = StockMove.quantity.type
VALUE_TYPE = StockMove.value.type


def _sees_costs(session: Session, request: PageRequest) -> bool:
    user_id = request.filters.get("user_id")
    return user_id is not None and may(session, int(user_id), Permission.SEE_COSTS)


def _place_filter(request: PageRequest) -> ColumnElement[bool]:
    place = request.filters.get("place")
    if place == "transit":
        return Location.kind == LocationKind.TRANSIT
    if isinstance(place, int):
        return Location.id == place
    return Location.kind == LocationKind.WAREHOUSE


ITEM_SEARCH = [Item.code, Item.name, Item.spec, Item.barcode]
PLACE_SORTS: dict[str, ColumnElement[Any]] = {
    "code": Item.code_key,
    "name": Item.name,
    "spec": Item.spec,
    "category": Item.category,
    "place": Location.name,
    "unit": Item.base_unit,
}


def _ratio(value: Any, quantity: Any) -> Any:
    """Value ÷ quantity for sorting by average cost (SQLite holds both as integers scaled
    by a constant each: their ratio orders as the cost does)."""
    return case((quantity != 0, cast(value, Float) / cast(quantity, Float)), else_=None)


def _balances(request: PageRequest, quantity: Any, value: Any) -> Select[Any]:
    """(item, location, code, name, spec, category, place, unit, quantity, value) of
    the balance rows in the asked place; quantity and value as the caller reckons them."""
    return (
        select(
            StockBalance.item_id,
            StockBalance.location_id,
            Item.code,
            Item.name,
            Item.spec,
            Item.category,
            Location.name,
            Item.base_unit,
            quantity,
            value,
        )
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(_place_filter(request))
    )


def _balance_rows(session: Session, request: PageRequest, rows: Page) -> Page:
    """``_balances`` rows as the screen shows them: "item:location" key, value and
    average cost only for users who may see costs."""
    costs = _sees_costs(session, request)
    return rows.mapped(
        lambda r: (
            f"{r[0]}:{r[1]}",
            *r[2:9],
            r[9] if costs else None,
            average_cost(r[8], r[9]) if costs else None,
        )
    )


@dataclass(frozen=True)
class OnHandTotals:
    """The on-hand list's totals row: every row of the list, not only those fetched."""

    rows: int
    quantity: Decimal | None  # None when the rows hold more than one unit
    value: Decimal | None  # None for users who may not see costs


def _on_hand_query(request: PageRequest) -> Select[Any]:
    query = _balances(request, StockBalance.quantity, StockBalance.value)
    if not request.filters.get("include_zero"):
        query = query.where(StockBalance.quantity != 0)
    if request.filters.get("category"):
        query = query.where(Item.category == request.filters["category"])
    if request.filters.get("item_id"):
        query = query.where(StockBalance.item_id == request.filters["item_id"])
    text = request.text.strip()
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(*(c.ilike(pattern, escape="\\") for c in ITEM_SEARCH)))
    return query


def on_hand_totals(session: Session, request: PageRequest) -> OnHandTotals:
    """Totals of ``on_hand_page`` under the same filters (one aggregate query)."""
    listed = _on_hand_query(request).subquery()
    rows, units, quantity, value = session.execute(
        select(
            func.count(),
            func.count(distinct(listed.c.base_unit)),
            type_coerce(func.coalesce(func.sum(listed.c.quantity), 0), QUANTITY_TYPE),
            type_coerce(func.coalesce(func.sum(listed.c.value), 0), VALUE_TYPE),
        )
    ).one()
    return OnHandTotals(
        rows,
        quantity if units <= 1 else None,
        value if _sees_costs(session, request) else None,
    )


def on_hand_page(session: Session, request: PageRequest) -> Page:
    """Rows: (key, code, name, spec, category, place, unit, quantity, value, average cost).

    ``key`` is "item:location". Filters: ``place`` (a warehouse id, "transit", or
    None for every warehouse), ``include_zero``, ``category``, ``item_id``, ``user_id``.
    """
    rows = page(
        session,
        _on_hand_query(request),
        replace(request, text=""),  # searched in _on_hand_query
        search=ITEM_SEARCH,
        sorts={
            **PLACE_SORTS,
            "quantity": StockBalance.quantity,
            "value": StockBalance.value,
            "average": _ratio(StockBalance.value, StockBalance.quantity),
        },
        default_sort="code",
        # The item code is unique: ordering by it, then the place, lets the database walk
        # the item-code index and each item's balance rows in order, and stop at the page.
        tie_breaker=(Item.code_key, StockBalance.location_id),
    )
    return _balance_rows(session, request, rows)


def _flow_total(column: Any, day: date, quantity: bool) -> Any:
    moves = StockMove.__table__
    amount = moves.c.quantity if quantity else moves.c.value
    return (
        select(func.coalesce(func.sum(amount), 0))
        .where(
            moves.c.item_id == StockBalance.item_id,
            column == StockBalance.location_id,
            moves.c.move_date <= day,
        )
        .scalar_subquery()
    )


def on_hand_as_of_page(session: Session, request: PageRequest) -> Page:
    """Like ``on_hand_page`` at the end of ``filters["day"]`` (a date).

    Every (item, place) that had received stock by that day is listed (one emptied
    by then shows 0): the as-of figures come from the ledger per row, so the
    list can page without summing the whole ledger first.
    """
    day: date = request.filters["day"]
    moves = StockMove.__table__
    quantity = type_coerce(
        _flow_total(moves.c.to_location_id, day, True)
        - _flow_total(moves.c.from_location_id, day, True),
        QUANTITY_TYPE,
    ).label("quantity")
    value = type_coerce(
        _flow_total(moves.c.to_location_id, day, False)
        - _flow_total(moves.c.from_location_id, day, False),
        VALUE_TYPE,
    ).label("value")
    query = _balances(request, quantity, value).where(
        select(moves.c.id)
        .where(
            moves.c.item_id == StockBalance.item_id,
            moves.c.to_location_id == StockBalance.location_id,
            moves.c.move_date <= day,
        )
        .exists()
    )
    if request.filters.get("category"):
        query = query.where(Item.category == request.filters["category"])
    rows = page(
        session,
        query,
        request,
        search=ITEM_SEARCH,
        sorts={
            **PLACE_SORTS,
            "quantity": quantity,
            "value": value,
            "average": _ratio(value, quantity),
        },
        default_sort="code",
        tie_breaker=(StockBalance.item_id, StockBalance.location_id),
    )
    return _balance_rows(session, request, rows)


def movement_page(session: Session, request: PageRequest) -> Page:
    """The moves of ``filters["item_id"]`` in or out of the warehouses (or
    ``filters["place"]``), oldest first, with the running balance there.

    Rows: (move id, date, document type, number, place, from/to, in, out, balance,
    value, reason). A move between two of the warehouses shown appears twice (out
    of one, into the other).
    """
    item_id = request.filters.get("item_id")
    if not item_id:
        return Page()
    moves = StockMove.__table__
    here = Location.__table__.alias("here")
    other = Location.__table__.alias("other")
    place = request.filters.get("place")

    def flows(in_direction: bool) -> Select[Any]:
        own = moves.c.to_location_id if in_direction else moves.c.from_location_id
        far = moves.c.from_location_id if in_direction else moves.c.to_location_id
        query = (
            select(
                moves.c.id.label("move_id"),
                moves.c.move_date.label("move_date"),
                moves.c.doc_type.label("doc_type"),
                moves.c.doc_number.label("doc_number"),
                here.c.name.label("place"),
                other.c.name.label("other_place"),
                (moves.c.quantity if in_direction else -moves.c.quantity).label("flow"),
                (moves.c.value if in_direction else -moves.c.value).label("value"),
                moves.c.reason.label("reason"),
                literal(1 if in_direction else 0).label("direction"),
            )
            .join(here, here.c.id == own)
            .join(other, other.c.id == far)
            .where(moves.c.item_id == item_id)
        )
        if isinstance(place, int):
            return query.where(here.c.id == place)
        kinds = [LocationKind.TRANSIT] if place == "transit" else [LocationKind.WAREHOUSE]
        return query.where(here.c.kind.in_(kinds))

    both = union_all(flows(True), flows(False)).subquery()
    # The balance runs in date order whatever order the user sorts the list by.
    running = type_coerce(
        func.sum(both.c.flow).over(order_by=(both.c.move_date, both.c.move_id, both.c.direction)),
        QUANTITY_TYPE,
    )
    listed = select(*both.c, running.label("balance")).subquery()
    query = select(
        listed.c.move_id,
        listed.c.move_date,
        listed.c.doc_type,
        listed.c.doc_number,
        listed.c.place,
        listed.c.other_place,
        listed.c.flow,
        listed.c.balance,
        listed.c.value,
        listed.c.reason,
    )
    inward = case((listed.c.flow > 0, listed.c.flow), else_=None)
    outward = case((listed.c.flow < 0, -listed.c.flow), else_=None)
    rows = page(
        session,
        query,
        request,
        search=[],
        sorts={
            "date": listed.c.move_date,
            "doc_type": listed.c.doc_type,
            "number": listed.c.doc_number,
            "place": listed.c.place,
            "other": listed.c.other_place,
            "in": type_coerce(inward, QUANTITY_TYPE),
            "out": type_coerce(outward, QUANTITY_TYPE),
            "balance": listed.c.balance,
            "value": listed.c.value,
            "reason": listed.c.reason,
        },
        default_sort="date",
        tie_breaker=(listed.c.move_date, listed.c.move_id, listed.c.direction),
    )
    costs = _sees_costs(session, request)

    def shown(r: tuple[Any, ...]) -> tuple[Any, ...]:
        flow, balance, value = r[6], r[7], r[8]
        return (
            r[0],
            r[1] if isinstance(r[1], date) else date.fromisoformat(str(r[1])),
            r[2],
            r[3],
            r[4],
            r[5],
            flow if flow > 0 else None,
            -flow if flow < 0 else None,
            balance,
            value if costs else None,
            r[9],
        )

    return rows.mapped(shown)


def low_stock_page(session: Session, request: PageRequest) -> Page:
    """Items below their reorder point in a warehouse, with a suggested quantity.

    Rows: (key, code, name, warehouse, unit, on hand, reorder point, reorder qty,
    suggested). Suggested = the reorder quantity, or more if that would not lift
    the stock back to the reorder point: max(reorder qty, point − on hand).
    """
    held = type_coerce(func.coalesce(StockBalance.quantity, 0), QUANTITY_TYPE)
    query = (
        select(
            ItemReorder.item_id,
            ItemReorder.warehouse_id,
            Item.code,
            Item.name,
            Location.name,
            Item.base_unit,
            held.label("on_hand"),
            ItemReorder.reorder_point,
            ItemReorder.reorder_qty,
        )
        .join(Item, Item.id == ItemReorder.item_id)
        .join(Location, Location.id == ItemReorder.warehouse_id)
        .outerjoin(
            StockBalance,
            and_(
                StockBalance.item_id == ItemReorder.item_id,
                StockBalance.location_id == ItemReorder.warehouse_id,
            ),
        )
        .where(held < ItemReorder.reorder_point, Item.active.is_(True), Location.active.is_(True))
    )
    if isinstance(request.filters.get("place"), int):
        query = query.where(ItemReorder.warehouse_id == request.filters["place"])
    shortfall = ItemReorder.reorder_point - held
    rows = page(
        session,
        query,
        request,
        search=ITEM_SEARCH,
        sorts={
            "code": Item.code_key,
            "name": Item.name,
            "place": Location.name,
            "unit": Item.base_unit,
            "on_hand": held,
            "point": ItemReorder.reorder_point,
            "reorder": ItemReorder.reorder_qty,
            "shortfall": shortfall,
        },
        default_sort="code",
        tie_breaker=(ItemReorder.item_id, ItemReorder.warehouse_id),
    )
    return rows.mapped(
        lambda r: (
            f"{r[0]}:{r[1]}",
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            max(r[8], r[7] - r[6]),
        )
    )


@dataclass(frozen=True)
class WarehouseValue:
    location_id: int
    code: str
    name: str
    kind: str
    items: int  # items with stock there
    quantity: Decimal
    value: Decimal


def valuation_by_warehouse(session: Session, user_id: int) -> list[WarehouseValue]:
    """Stock value per warehouse (and in transit), from the balance rows."""
    from erp_desktop.services.permissions import require

    require(session, user_id, Permission.SEE_COSTS)
    holding = [LocationKind.WAREHOUSE, LocationKind.TRANSIT]
    rows = session.execute(
        select(
            Location.id,
            Location.code,
            Location.name,
            Location.kind,
            func.count(StockBalance.item_id).filter(StockBalance.quantity != 0),
            type_coerce(func.coalesce(func.sum(StockBalance.quantity), 0), QUANTITY_TYPE),
            type_coerce(func.coalesce(func.sum(StockBalance.value), 0), VALUE_TYPE),
        )
        .outerjoin(StockBalance, StockBalance.location_id == Location.id)
        .where(Location.kind.in_(holding))
        .group_by(Location.id, Location.code, Location.name, Location.kind)
        .order_by(case((Location.kind == LocationKind.TRANSIT, 1), else_=0), Location.code)
    )
    out = []
    for r in rows:
        out.append(WarehouseValue(r[0], r[1], r[2], r[3], r[4], r[5], r[6]))
    return out


def transit_summary(session: Session) -> tuple[int, Decimal]:
    """(items, total quantity) on the road between warehouses."""
    row = session.execute(
        select(
            func.count(StockBalance.item_id),
            type_coerce(func.coalesce(func.sum(StockBalance.quantity), 0), QUANTITY_TYPE),
        )
        .join(Location, Location.id == StockBalance.location_id)
        .where(Location.kind == LocationKind.TRANSIT, StockBalance.quantity != 0)
    ).one()
    return row[0], row[1]
