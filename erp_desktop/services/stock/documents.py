"""Lists and views of the stock documents (adjustments, counts) and of warehouses,
for the screens: plain tuples and dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.models.adjustment import StockAdjustment, StockAdjustmentLine
from erp_desktop.models.count import StockCount, StockCountLine
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.user import User
from erp_desktop.services.paging import Page, PageRequest, page
from erp_desktop.services.stock.items import ItemChoice, item_choice


def warehouse_page(session: Session, request: PageRequest) -> Page:
    """(id, code, name, address, items in stock, active). Filter ``include_inactive``."""
    held = (
        select(func.count())
        .where(StockBalance.location_id == Location.id, StockBalance.quantity != 0)
        .scalar_subquery()
    )
    query = select(
        Location.id, Location.code, Location.name, Location.address, held, Location.active
    ).where(Location.kind == LocationKind.WAREHOUSE)
    if not request.filters.get("include_inactive"):
        query = query.where(Location.active.is_(True))
    return page(
        session,
        query,
        request,
        search=[Location.code, Location.name, Location.address],
        sorts={
            "code": Location.code_key,
            "name": Location.name,
            "address": Location.address,
            "items": held,
            "active": Location.active,
        },
        default_sort="code",
        tie_breaker=Location.id,
    )


def adjustment_page(session: Session, request: PageRequest) -> Page:
    """(id, number, state, date, warehouse, reason, lines, note). Filter ``state``."""
    lines = (
        select(func.count())
        .where(StockAdjustmentLine.adjustment_id == StockAdjustment.id)
        .scalar_subquery()
    )
    query = select(
        StockAdjustment.id,
        StockAdjustment.number,
        StockAdjustment.state,
        StockAdjustment.adjustment_date,
        Location.name,
        StockAdjustment.reason,
        lines,
        StockAdjustment.note,
    ).join(Location, Location.id == StockAdjustment.warehouse_id)
    if request.filters.get("state"):
        query = query.where(StockAdjustment.state == request.filters["state"])
    return page(
        session,
        query,
        request,
        search=[StockAdjustment.number, StockAdjustment.note, Location.name],
        sorts={
            "number": StockAdjustment.number,
            "state": StockAdjustment.state,
            "date": StockAdjustment.adjustment_date,
            "warehouse": Location.name,
            "reason": StockAdjustment.reason,
            "lines": lines,
            "note": StockAdjustment.note,
        },
        default_sort="date",
        tie_breaker=StockAdjustment.id,
    )


def count_page(session: Session, request: PageRequest) -> Page:
    """(id, number, state, date, warehouse, category, lines, changed lines, note)."""
    lines = select(func.count()).where(StockCountLine.count_id == StockCount.id).scalar_subquery()
    query = select(
        StockCount.id,
        StockCount.number,
        StockCount.state,
        StockCount.count_date,
        Location.name,
        StockCount.category,
        lines,
        StockCount.changed_lines,
        StockCount.note,
    ).join(Location, Location.id == StockCount.warehouse_id)
    if request.filters.get("state"):
        query = query.where(StockCount.state == request.filters["state"])
    return page(
        session,
        query,
        request,
        search=[StockCount.number, StockCount.note, StockCount.category, Location.name],
        sorts={
            "number": StockCount.number,
            "state": StockCount.state,
            "date": StockCount.count_date,
            "warehouse": Location.name,
            "category": StockCount.category,
            "lines": lines,
            "changed": StockCount.changed_lines,
            "note": StockCount.note,
        },
        default_sort="date",
        tie_breaker=StockCount.id,
    )


@dataclass(frozen=True)
class AdjustmentLineView:
    item: ItemChoice
    quantity: Decimal
    unit_cost: Decimal | None


@dataclass(frozen=True)
class AdjustmentView:
    id: int
    number: str | None
    state: str
    warehouse_id: int
    warehouse: str
    adjustment_date: date
    reason: str
    note: str
    lines: tuple[AdjustmentLineView, ...]
    posted_at: datetime | None
    posted_by: str | None


def adjustment_view(session: Session, adjustment_id: int) -> AdjustmentView:
    from erp_desktop.services.stock.adjustments import get_adjustment

    row = get_adjustment(session, adjustment_id)
    warehouse = session.get(Location, row.warehouse_id)
    poster = session.get(User, row.posted_by_id) if row.posted_by_id else None
    return AdjustmentView(
        row.id,
        row.number,
        row.state,
        row.warehouse_id,
        warehouse.name if warehouse else "",
        row.adjustment_date,
        row.reason,
        row.note,
        tuple(
            AdjustmentLineView(item_choice(session, line.item_id), line.quantity, line.unit_cost)
            for line in row.lines
        ),
        row.posted_at,
        poster.full_name if poster else None,
    )


@dataclass(frozen=True)
class CountLineView:
    line_id: int
    line_no: int
    item: ItemChoice
    sheet_quantity: Decimal
    counted: Decimal | None
    posted_on_hand: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True)
class CountView:
    id: int
    number: str | None
    state: str
    warehouse_id: int
    warehouse: str
    count_date: date
    category: str
    note: str
    created_at: datetime
    changed_lines: int
    lines: tuple[CountLineView, ...]


def count_view(session: Session, count_id: int) -> CountView:
    from erp_desktop.services.stock.counts import get_count

    row = get_count(session, count_id)
    warehouse = session.get(Location, row.warehouse_id)
    return CountView(
        row.id,
        row.number,
        row.state,
        row.warehouse_id,
        warehouse.name if warehouse else "",
        row.count_date,
        row.category,
        row.note,
        row.created_at,
        row.changed_lines,
        tuple(
            CountLineView(
                line.id,
                line.line_no,
                item_choice(session, line.item_id),
                line.sheet_quantity,
                line.counted,
                line.posted_on_hand,
                line.difference,
            )
            for line in row.lines
        ),
    )


def categories(session: Session) -> list[str]:
    return [
        c
        for c in session.scalars(
            select(Item.category).where(Item.category != "").distinct().order_by(Item.category)
        )
    ]
