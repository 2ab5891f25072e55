"""Reading transfers for the screens: the transfer list and the "in transit" report.

Both are paged SQL queries (``services.paging``): filters and sorting run in
the database, so they stay fast with tens of thousands of transfers. Values
(cost of goods on the road) are only given to users who may see costs; the
screens pass the user in ``filters["user_id"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, distinct, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from erp_desktop.db.types import MONEY_TYPE, QUANTITY_TYPE
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.transfer import OPEN_STATES
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.transfer import Transfer, TransferLine
from erp_desktop.services.paging import Page, PageRequest, page
from erp_desktop.services.permissions import may

OPEN = "open"  # a state filter: shipped or partially received
AGED_DAYS = 7  # the report counts transfers on the road longer than this

_FROM = aliased(Location, name="source")
_TO = aliased(Location, name="destination")
# Same-scale columns subtract exactly on both databases; read back with the column type.
_LINE_OPEN_QTY = type_coerce(
    TransferLine.shipped_quantity - TransferLine.received_quantity - TransferLine.short_quantity,
    QUANTITY_TYPE,
)
_LINE_OPEN_VALUE = type_coerce(
    TransferLine.shipped_value - TransferLine.received_value - TransferLine.short_value,
    MONEY_TYPE,
)


def _sees_costs(session: Session, request: PageRequest) -> bool:
    user_id = request.filters.get("user_id")
    return user_id is not None and may(session, int(user_id), Permission.SEE_COSTS)


def transfer_page(session: Session, request: PageRequest) -> Page:
    """The transfer list: (id, number, state, from, to, planned date, ship date, carrier,
    lines, note).

    Filters: ``state`` (a state, or ``"open"``: shipped or partially received),
    ``warehouse_id`` (from or to), ``date_from`` / ``date_to`` (the ship date, or the
    planned date of transfers not shipped).
    """
    lines = (
        select(func.count(TransferLine.id))
        .where(TransferLine.transfer_id == Transfer.id)
        .correlate(Transfer)
        .scalar_subquery()
    )
    day = func.coalesce(Transfer.ship_date, Transfer.planned_date)
    query = (
        select(
            Transfer.id,
            Transfer.number,
            Transfer.state,
            _FROM.name,
            _TO.name,
            Transfer.planned_date,
            Transfer.ship_date,
            Transfer.carrier,
            lines,
            Transfer.note,
        )
        .join(_FROM, _FROM.id == Transfer.from_warehouse_id)
        .join(_TO, _TO.id == Transfer.to_warehouse_id)
    )
    if request.sort is None:  # newest first, drafts included
        request = replace(request, sort="id", descending=True)
    return page(
        session,
        _transfer_filters(query, request.filters, day),
        request,
        search=[Transfer.number, Transfer.carrier, Transfer.note, _FROM.name, _TO.name],
        sorts={
            "number": func.coalesce(Transfer.number, ""),  # drafts first on both databases
            "state": Transfer.state,
            "from": _FROM.name,
            "to": _TO.name,
            "planned_date": Transfer.planned_date,
            "ship_date": Transfer.ship_date,
            "carrier": Transfer.carrier,
            "lines": lines,
            "note": Transfer.note,
            "id": Transfer.id,
        },
        default_sort="id",
        tie_breaker=Transfer.id,
    )


# -- in transit ---------------------------------------------------------------------------------
def _open_lines():
    """Lines with goods still on the road (of shipped or partly received transfers)."""
    return (
        select()
        .select_from(TransferLine)
        .join(Transfer, Transfer.id == TransferLine.transfer_id)
        .where(Transfer.state.in_(OPEN_STATES), _LINE_OPEN_QTY > 0)
    )


@dataclass(frozen=True)
class RouteInTransit:
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    transfers: int
    lines: int
    aged: int  # transfers on the road longer than AGED_DAYS
    oldest: date
    value: Decimal | None  # None when the user may not see costs

    def age(self, today: date) -> int:
        return (today - self.oldest).days


def in_transit_routes(
    session: Session, user_id: int, *, today: date | None = None
) -> list[RouteInTransit]:
    """What is on the road, by route (from → to): the summary of the report."""
    today = today or date.today()
    cutoff = today - timedelta(days=AGED_DAYS)
    costs = may(session, user_id, Permission.SEE_COSTS)
    query = (
        _open_lines()
        .add_columns(
            Transfer.from_warehouse_id,
            Transfer.to_warehouse_id,
            func.count(distinct(Transfer.id)),
            func.count(TransferLine.id),
            func.count(distinct(case((Transfer.ship_date < cutoff, Transfer.id)))),
            func.min(Transfer.ship_date),
            func.sum(_LINE_OPEN_VALUE, type_=MONEY_TYPE),
        )
        .group_by(Transfer.from_warehouse_id, Transfer.to_warehouse_id)
    )
    rows = session.execute(query).all()
    names = dict(
        session.execute(
            select(Location.id, Location.name).where(
                Location.id.in_({r[0] for r in rows} | {r[1] for r in rows})
            )
        ).all()
    )
    routes = [
        RouteInTransit(
            from_id=r[0],
            from_name=names[r[0]],
            to_id=r[1],
            to_name=names[r[1]],
            transfers=r[2],
            lines=r[3],
            aged=r[4],
            oldest=r[5],
            value=r[6] if costs else None,
        )
        for r in rows
    ]
    return sorted(routes, key=lambda route: (route.oldest, route.from_name, route.to_name))


def _transfer_filters(query: Select[Any], filters: Mapping[str, Any], day: Any) -> Select[Any]:
    """The transfer list's filters: state (or "open"), warehouse, dates (``day``)."""
    state = filters.get("state")
    if state == OPEN:
        query = query.where(Transfer.state.in_(OPEN_STATES))
    elif state:
        query = query.where(Transfer.state == state)
    warehouse = filters.get("warehouse_id")
    if warehouse:
        query = query.where(
            or_(Transfer.from_warehouse_id == warehouse, Transfer.to_warehouse_id == warehouse)
        )
    if filters.get("date_from"):
        query = query.where(day >= filters["date_from"])
    if filters.get("date_to"):
        query = query.where(day <= filters["date_to"])
    return query


def in_transit_page(session: Session, request: PageRequest) -> Page:
    """Every transfer line with goods on the road: (line id, number, from, to, ship date,
    age in days, item code, item name, unit, shipped, still on the road, value on the road,
    transfer id, the item's quantity decimals).

    Filters: ``from_id`` and ``to_id`` (a route), ``user_id`` (values only for users who
    may see costs), ``today`` (for the age; default today).
    """
    costs = _sees_costs(session, request)
    query = (
        _open_lines()
        .join(Item, Item.id == TransferLine.item_id)
        .join(_FROM, _FROM.id == Transfer.from_warehouse_id)
        .join(_TO, _TO.id == Transfer.to_warehouse_id)
        .add_columns(
            TransferLine.id,
            Transfer.number,
            _FROM.name,
            _TO.name,
            Transfer.ship_date,
            Item.code,
            Item.name,
            Item.base_unit,
            TransferLine.shipped_quantity,
            _LINE_OPEN_QTY.label("on_road"),
            _LINE_OPEN_VALUE.label("on_road_value"),
            Transfer.id.label("transfer_id"),
            Item.unit_precision,
        )
    )
    filters = request.filters
    if filters.get("from_id"):
        query = query.where(Transfer.from_warehouse_id == filters["from_id"])
    if filters.get("to_id"):
        query = query.where(Transfer.to_warehouse_id == filters["to_id"])
    rows = page(
        session,
        query,
        request,
        search=[Transfer.number, Item.code, Item.name, _FROM.name, _TO.name, Transfer.carrier],
        sorts={
            "number": Transfer.number,
            "from": _FROM.name,
            "to": _TO.name,
            "ship_date": Transfer.ship_date,
            "age": Transfer.ship_date,  # the oldest first when ascending by age is wanted
            "code": Item.code_key,
            "name": Item.name,
            "unit": Item.base_unit,
            "shipped": TransferLine.shipped_quantity,
            "on_road": _LINE_OPEN_QTY,
            "on_road_value": _LINE_OPEN_VALUE,
        },
        default_sort="ship_date",
        tie_breaker=TransferLine.id,
    )
    today = filters.get("today") or date.today()
    return rows.mapped(
        lambda r: (
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            (today - r[4]).days,
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10] if costs else None,
            r[11],
            r[12],
        )
    )


def available_at(
    session: Session, warehouse_id: int, item_ids: Iterable[int]
) -> dict[int, Decimal]:
    """On hand now at one warehouse, per item (what a transfer line may take)."""
    ids = set(item_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.quantity).where(
            StockBalance.location_id == warehouse_id, StockBalance.item_id.in_(ids)
        )
    )
    found = dict(rows.all())
    zero = Decimal("0.0000")
    return {item_id: found.get(item_id, zero) for item_id in ids}
