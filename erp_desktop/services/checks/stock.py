"""Checks of the stock ledger: balances equal the moves, nothing negative, no residue."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import Subquery, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.adjustment import StockAdjustment
from erp_desktop.models.count import StockCount, StockOpening
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.services.book_settings import get_setting
from erp_desktop.services.checks.book import numbers_without_gaps

ZERO = Decimal(0)


def ledger_totals(session: Session) -> dict[tuple[int, int], tuple[Decimal, Decimal]]:
    """Σ in − Σ out of quantity and value per (item, location), from the moves alone."""
    rows = session.execute(
        select(
            _FLOWS.c.item_id,
            _FLOWS.c.location_id,
            func.sum(_FLOWS.c.quantity, type_=StockMove.quantity.type),
            func.sum(_FLOWS.c.value, type_=StockMove.value.type),
        ).group_by(_FLOWS.c.item_id, _FLOWS.c.location_id)
    )
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def _flows(with_balances: bool) -> Subquery:
    moves, balances = StockMove.__table__, StockBalance.__table__
    parts = [
        select(
            moves.c.item_id,
            moves.c.to_location_id.label("location_id"),
            moves.c.quantity.label("quantity"),
            moves.c.value.label("value"),
        ),
        select(
            moves.c.item_id,
            moves.c.from_location_id.label("location_id"),
            (-moves.c.quantity).label("quantity"),
            (-moves.c.value).label("value"),
        ),
    ]
    if with_balances:
        parts.append(
            select(
                balances.c.item_id,
                balances.c.location_id,
                (-balances.c.quantity).label("quantity"),
                (-balances.c.value).label("value"),
            )
        )
    return union_all(*parts).subquery()


_FLOWS = _flows(False)
_DIFFERENCES = _flows(True)


def balances_match_ledger(session: Session) -> Iterable[Msg]:
    """One pass in SQL: moves in − moves out − balance, per (item, location), must be 0.

    Only the pairs that differ come back to Python (exact on both databases: the
    sums are of exact columns of one scale).
    """
    quantity = func.sum(_DIFFERENCES.c.quantity, type_=StockMove.quantity.type)
    value = func.sum(_DIFFERENCES.c.value, type_=StockMove.value.type)
    wrong = session.execute(
        select(_DIFFERENCES.c.item_id, _DIFFERENCES.c.location_id, quantity, value)
        .group_by(_DIFFERENCES.c.item_id, _DIFFERENCES.c.location_id)
        .having(or_(func.sum(_DIFFERENCES.c.quantity) != 0, func.sum(_DIFFERENCES.c.value) != 0))
        .order_by(_DIFFERENCES.c.item_id, _DIFFERENCES.c.location_id)
    ).all()
    for item_id, location_id, off_q, off_v in wrong[:20]:
        found = session.execute(
            select(StockBalance.quantity, StockBalance.value).where(
                StockBalance.item_id == item_id, StockBalance.location_id == location_id
            )
        ).first() or (ZERO, ZERO)
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks",
                "Item {item} at location {location}: the balance says {found_q} worth "
                "{found_v}, the moves add up to {q} worth {v}.",
            ),
            "checks",
            {
                "item": item_id,
                "location": location_id,
                "found_q": found[0],
                "found_v": found[1],
                "q": found[0] + off_q,
                "v": found[1] + off_v,
            },
        )
    if len(wrong) > 20:
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "… and {count} more balances differ."),
            "checks",
            {"count": len(wrong) - 20},
        )


def no_negative_stock(session: Session) -> Iterable[Msg]:
    kinds = [LocationKind.TRANSIT]
    if not get_setting(session, "allow_negative_stock"):
        kinds.append(LocationKind.WAREHOUSE)
    rows = session.execute(
        select(Item.code, Location.name, StockBalance.quantity)
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(StockBalance.quantity < 0, Location.kind.in_(kinds))
        .order_by(Item.code)
        .limit(20)
    )
    for code, place, quantity in rows:
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "{code} is below zero at {place}: {quantity}."),
            "checks",
            {"code": code, "place": place, "quantity": quantity},
        )


def no_value_without_stock(session: Session) -> Iterable[Msg]:
    rows = session.execute(
        select(Item.code, Location.name, StockBalance.value)
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(
            StockBalance.quantity == 0,
            StockBalance.value != 0,
            Location.kind.in_([LocationKind.WAREHOUSE, LocationKind.TRANSIT]),
        )
        .limit(20)
    )
    for code, place, value in rows:
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "{code} has no stock at {place} but a value of {value}."),
            "checks",
            {"code": code, "place": place, "value": value},
        )


def value_has_the_sign_of_quantity(session: Session) -> Iterable[Msg]:
    """Stock worth less than nothing, or missing stock worth something, is a broken average."""
    rows = session.execute(
        select(Item.code, Location.name, StockBalance.quantity, StockBalance.value)
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(
            or_(
                and_(StockBalance.quantity > 0, StockBalance.value < 0),
                and_(StockBalance.quantity < 0, StockBalance.value > 0),
            ),
            Location.kind.in_([LocationKind.WAREHOUSE, LocationKind.TRANSIT]),
        )
        .order_by(Item.code)
        .limit(20)
    )
    for code, place, quantity, value in rows:
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "{code} at {place} holds {quantity} worth {value}."),
            "checks",
            {"code": code, "place": place, "quantity": quantity, "value": value},
        )


def value_is_conserved(session: Session) -> Iterable[Msg]:
    """Double entry: for every item the values over all locations sum to zero."""
    rows = session.execute(
        select(StockBalance.item_id, func.sum(StockBalance.value, type_=StockBalance.value.type))
        .group_by(StockBalance.item_id)
        .having(func.sum(StockBalance.value) != 0)
        .limit(20)
    )
    for item_id, total in rows:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks", "Item {item}: values over all places add to {total}, not 0."
            ),
            "checks",
            {"item": item_id, "total": total},
        )


CHECKS = (
    ("stock balances = moves", balances_match_ledger),
    ("stock not negative", no_negative_stock),
    ("stock value on zero qty", no_value_without_stock),
    ("stock value sign", value_has_the_sign_of_quantity),
    ("stock value conserved", value_is_conserved),
    ("numbers ADJ", numbers_without_gaps("stock_adjustment", StockAdjustment.number)),
    ("numbers CNT", numbers_without_gaps("stock_count", StockCount.number)),
    ("numbers OPN", numbers_without_gaps("stock_opening", StockOpening.number)),
)
