"""Posting stock moves: the one way stock changes.

``post_moves`` is called by the document services (adjustments, counts,
receipts, transfers, invoices) inside their transaction. In order:

1. a posting with the same idempotency key already exists → its result is
   returned and nothing is posted again (double click, retry after a crash,
   the same action sent twice);
2. items and locations are checked (active, quantity > 0 with at most the
   item's decimals, two different places);
3. the posting row is inserted (its unique key makes a concurrent duplicate
   wait, then return the first result);
4. the balance rows touched are locked in (item id, location id) order —
   ``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already
   serialises writers — so two postings can never both take the last units;
5. each move is valued (moving average per item and location, see
   ``domain.stock``), stock-holding places are kept from going negative, and
   the moves and new balances are written.

Deadlocks and serialization failures are retried by ``Book.run``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import bindparam, exists, insert, select, text, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from erp_desktop.db.dialect import insert_ignore
from erp_desktop.db.dialect import is_postgres as on_server
from erp_desktop.db.failures import is_unique_violation
from erp_desktop.db.types import utc_now
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.lines import check_unit_precision, inactive_item, missing_item
from erp_desktop.domain.money import plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import arrival_value, issue_value, receipt_value, unit_cost_of
from erp_desktop.errors import InsufficientStock, StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.item import Item
from erp_desktop.models.location import STOCK_HOLDING, Location, LocationKind
from erp_desktop.models.stock import StockBalance, StockMove, StockPosting
from erp_desktop.services import audit
from erp_desktop.services.book_settings import get_setting
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.permissions import require

Pair = tuple[int, int]  # (item id, location id)
_BALANCE = StockBalance.__table__
_MOVE = StockMove.__table__


@dataclass(frozen=True)
class MoveRequest:
    item_id: int
    from_location_id: int
    to_location_id: int
    quantity: Decimal
    unit_cost: Decimal | None = None  # explicit cost: goods arriving from outside
    value: Decimal | None = None  # explicit value: e.g. arriving at the cost it left with
    doc_line_id: int | None = None
    line_no: int | None = None  # the document's line number, for messages
    reason: str = ""
    reverses_id: int | None = None


@dataclass(frozen=True)
class PostedMove:
    item_id: int
    from_location_id: int
    to_location_id: int
    quantity: Decimal
    unit_cost: Decimal
    value: Decimal
    doc_line_id: int | None


@dataclass(frozen=True)
class PostingResult:
    posting_id: int
    key: str
    doc_type: str
    doc_id: int | None
    doc_number: str | None
    moves: tuple[PostedMove, ...]
    replayed: bool = False  # the key had been posted before: nothing new was posted


def new_key() -> str:
    """A fresh idempotency key for one user action (make it when the action starts)."""
    return uuid.uuid4().hex


def _find(session: Session, key: str) -> PostingResult | None:
    posting = session.scalars(select(StockPosting).where(StockPosting.key == key)).first()
    if posting is None:
        return None
    moves = session.scalars(
        select(StockMove).where(StockMove.posting_id == posting.id).order_by(StockMove.id)
    )
    return PostingResult(
        posting_id=posting.id,
        key=posting.key,
        doc_type=posting.doc_type,
        doc_id=posting.doc_id,
        doc_number=posting.doc_number,
        moves=tuple(
            PostedMove(
                m.item_id,
                m.from_location_id,
                m.to_location_id,
                m.quantity,
                m.unit_cost,
                m.value,
                m.doc_line_id,
            )
            for m in moves
        ),
        replayed=True,
    )


def check_key(key: str) -> None:
    if not key or len(key) > 64:
        raise ValueError("an idempotency key of 1 to 64 characters is required")


def replay_of(
    session: Session, key: str, doc_type: str, doc_id: int | None = None
) -> PostingResult | None:
    """What ``key`` already did (a double click, a retry after a crash), or None.

    The one idempotency rule of the book: every posting and every issue records
    its key in ``stock_posting.key`` (unique; a posting may move nothing), and
    every verb asks here first. Call it after locking the document, so that a
    duplicate that waited for the first sees it. ``doc_id`` None: the document
    is made by the action (a receipt, a return), the caller checks whose it is.
    The same key used for another action is a programming error.
    """
    check_key(key)
    session.flush()
    earlier = _find(session, key)
    if earlier is None:
        return None
    if earlier.doc_type != doc_type or (doc_id is not None and earlier.doc_id != doc_id):
        raise ValueError("idempotency key reused for another action")
    return earlier


def post_moves(
    session: Session,
    *,
    user_id: int,
    key: str,
    doc_type: str,
    moves: Sequence[MoveRequest],
    move_date: date,
    doc_id: int | None = None,
    doc_number: str | None = None,
    allow_empty: bool = False,
) -> PostingResult:
    """``allow_empty``: a document that changes nothing (a count that matched, an
    invoice of services) still records its key, so a double submit returns the first
    result."""
    earlier = replay_of(session, key, doc_type, doc_id)
    if earlier is not None:
        return earlier
    if not moves and not allow_empty:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is nothing to post."))
    require_business_date(session, move_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    items, places = _check(session, moves) if moves else ({}, {})
    header = _Header(0, key, doc_type, doc_id, doc_number, move_date, utc_now(), user_id)
    opened = _insert_posting(session, header)
    if isinstance(opened, PostingResult):
        return opened  # a concurrent duplicate posted first
    header = replace(header, posting_id=opened)
    balances = lock_balances(
        session,
        {(m.item_id, m.from_location_id) for m in moves}
        | {(m.item_id, m.to_location_id) for m in moves},
    )
    allow_negative = bool(get_setting(session, "allow_negative_stock"))
    posted = _value_moves(moves, items, places, balances, allow_negative)
    if not posted:
        return header.result(())
    session.execute(
        insert(_MOVE), [_move_row(header, m, p) for m, p in zip(moves, posted, strict=True)]
    )
    if not on_server(session):  # on a server book the moves' trigger moves the balances
        _write_balances(session, balances)
    audit.record(
        session,
        user_id=user_id,
        action="stock.post",
        subject=f"{doc_type}:{doc_id}" if doc_id is not None else doc_type,
        details={"key": key, "number": doc_number, "moves": len(posted)},
    )
    return header.result(posted)


@dataclass(frozen=True)
class _Header:
    """What every move of one posting shares."""

    posting_id: int
    key: str
    doc_type: str
    doc_id: int | None
    doc_number: str | None
    move_date: date
    posted_at: datetime
    user_id: int

    def result(self, moves: Sequence[PostedMove]) -> PostingResult:
        return PostingResult(
            self.posting_id, self.key, self.doc_type, self.doc_id, self.doc_number, tuple(moves)
        )


def _insert_posting(session: Session, header: _Header) -> int | PostingResult:
    """The new posting's id, or the result of a duplicate whose key committed first."""
    try:
        with session.begin_nested():
            return session.execute(
                insert(StockPosting.__table__)
                .values(
                    key=header.key,
                    doc_type=header.doc_type,
                    doc_id=header.doc_id,
                    doc_number=header.doc_number,
                    posted_at=header.posted_at,
                    posted_by_id=header.user_id,
                )
                .returning(StockPosting.__table__.c.id)
            ).scalar_one()
    except IntegrityError as exc:
        if is_unique_violation(exc):
            earlier = replay_of(session, header.key, header.doc_type, header.doc_id)
            if earlier is not None:
                return earlier
        raise


def _value_moves(
    moves: Sequence[MoveRequest],
    items: dict[int, _ItemFacts],
    places: dict[int, _Place],
    balances: dict[Pair, list[Decimal]],
    allow_negative: bool,
) -> list[PostedMove]:
    """Value each move and carry it into ``balances``; refuse them all if any place
    would go short."""
    shortages: list[Msg] = []
    posted: list[PostedMove] = []
    for index, move in enumerate(moves, start=1):
        source = balances[(move.item_id, move.from_location_id)]
        target = balances[(move.item_id, move.to_location_id)]
        item = items[move.item_id]
        value = _value(move, source, item.purchase_price)
        source_kind = places[move.from_location_id].kind
        if source_kind in STOCK_HOLDING and source[0] - move.quantity < 0:
            may_go_negative = allow_negative and source_kind == LocationKind.WAREHOUSE
            if not may_go_negative:
                shortages.append(_shortage(move, index, item, places, source[0]))
        if places[move.to_location_id].kind in STOCK_HOLDING:
            value = arrival_value(target[0], target[1], move.quantity, value)
        source[0] -= move.quantity
        source[1] -= value
        target[0] += move.quantity
        target[1] += value
        posted.append(
            PostedMove(
                move.item_id,
                move.from_location_id,
                move.to_location_id,
                move.quantity,
                unit_cost_of(move.quantity, value),
                value,
                move.doc_line_id,
            )
        )
    if shortages:
        raise InsufficientStock(
            QT_TRANSLATE_NOOP("errors", "Not enough stock, nothing was posted: {lines}"),
            lines=shortages,
        )
    return posted


def _move_row(header: _Header, move: MoveRequest, posted: PostedMove) -> dict[str, object]:
    return {
        "posting_id": header.posting_id,
        "item_id": move.item_id,
        "from_location_id": move.from_location_id,
        "to_location_id": move.to_location_id,
        "quantity": move.quantity,
        "unit_cost": posted.unit_cost,
        "value": posted.value,
        "move_date": header.move_date,
        "posted_at": header.posted_at,
        "posted_by_id": header.user_id,
        "doc_type": header.doc_type,
        "doc_id": header.doc_id,
        "doc_line_id": move.doc_line_id,
        "doc_number": header.doc_number,
        "reason": move.reason,
        "reverses_id": move.reverses_id,
    }


def _write_balances(session: Session, balances: dict[Pair, list[Decimal]]) -> None:
    session.execute(
        update(_BALANCE)
        .where(
            _BALANCE.c.item_id == bindparam("b_item"),
            _BALANCE.c.location_id == bindparam("b_location"),
        )
        .values(quantity=bindparam("b_quantity"), value=bindparam("b_value")),
        [
            {"b_item": pair[0], "b_location": pair[1], "b_quantity": qv[0], "b_value": qv[1]}
            for pair, qv in sorted(balances.items())
        ],
    )


def reverse_posting(
    session: Session,
    *,
    user_id: int,
    key: str,
    posting_id: int,
    move_date: date,
    reason: str,
) -> PostingResult:
    """Post the exact opposite of an earlier posting, each move linked to its original.

    Goods go back at the value they came with. A posting can be reversed once.
    Reversing fixes stock differences: it needs the ADJUST_STOCK permission.
    """
    require(session, user_id, Permission.ADJUST_STOCK)
    earlier = replay_of(session, key, DocType.REVERSAL)
    if earlier is not None:
        return earlier
    originals = session.scalars(
        select(StockMove).where(StockMove.posting_id == posting_id).order_by(StockMove.id)
    ).all()
    if not originals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Posting {id} has no moves to reverse."), id=posting_id
        )
    ids = [m.id for m in originals]
    if session.scalar(select(exists().where(StockMove.reverses_id.in_(ids)))):
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "These moves ({number}) were reversed already."),
            number=originals[0].doc_number or posting_id,
        )
    requests = [
        MoveRequest(
            item_id=m.item_id,
            from_location_id=m.to_location_id,
            to_location_id=m.from_location_id,
            quantity=m.quantity,
            value=m.value,
            doc_line_id=m.doc_line_id,
            reason=reason,
            reverses_id=m.id,
        )
        for m in originals
    ]
    first = originals[0]
    return post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.REVERSAL,
        moves=requests,
        move_date=move_date,
        doc_id=first.doc_id,
        doc_number=first.doc_number,
    )


# -- internals ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _ItemFacts:
    code: str
    name: str
    unit_precision: int
    active: bool
    purchase_price: Decimal


@dataclass(frozen=True)
class _Place:
    code: str
    name: str
    kind: str
    active: bool


def _check(
    session: Session, moves: Sequence[MoveRequest]
) -> tuple[dict[int, _ItemFacts], dict[int, _Place]]:
    items, places = _facts(session, moves)
    for index, move in enumerate(moves, start=1):
        _check_move(move, move.line_no or index, items, places)
    return items, places


def _facts(
    session: Session, moves: Sequence[MoveRequest]
) -> tuple[dict[int, _ItemFacts], dict[int, _Place]]:
    """What the checks and the valuation need of the moves' items and places."""
    item_ids = {m.item_id for m in moves}
    location_ids = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
    items = {
        row.id: _ItemFacts(row.code, row.name, row.unit_precision, row.active, row.purchase_price)
        for row in session.execute(
            select(
                Item.id,
                Item.code,
                Item.name,
                Item.unit_precision,
                Item.active,
                Item.purchase_price,
            ).where(Item.id.in_(item_ids))
        )
    }
    places = {
        row.id: _Place(row.code, row.name, row.kind, row.active)
        for row in session.execute(
            select(Location.id, Location.code, Location.name, Location.kind, Location.active).where(
                Location.id.in_(location_ids)
            )
        )
    }
    return items, places


def _check_move(
    move: MoveRequest, line: int, items: dict[int, _ItemFacts], places: dict[int, _Place]
) -> None:
    item = items.get(move.item_id)
    if item is None:
        raise missing_item(line)
    if not item.active and move.reverses_id is None:
        raise inactive_item(line, item.code, item.name)
    for location_id in (move.from_location_id, move.to_location_id):
        _check_place(places.get(location_id), line, reversing=move.reverses_id is not None)
    if move.from_location_id == move.to_location_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: goods must move between two places."),
            line=line,
        )
    if (
        not isinstance(move.quantity, Decimal)
        or not move.quantity.is_finite()
        or move.quantity <= 0
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: the quantity must be more than zero."),
            line=line,
        )
    check_unit_precision(line, item.code, item.unit_precision, move.quantity)
    source_kind = places[move.from_location_id].kind
    explicit = move.unit_cost is not None or move.value is not None
    if source_kind not in STOCK_HOLDING and not explicit:
        raise ValueError(f"move from a {source_kind} location needs an explicit cost")


def _check_place(place: _Place | None, line: int, *, reversing: bool) -> None:
    if place is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: the location does not exist."),
            line=line,
        )
    if not place.active and not reversing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: the warehouse {name} is inactive."),
            line=line,
            name=place.name,
        )


def _value(move: MoveRequest, source: list[Decimal], fallback: Decimal) -> Decimal:
    if move.value is not None:
        return move.value
    if move.unit_cost is not None:
        return receipt_value(move.quantity, move.unit_cost)
    return issue_value(move.quantity, source[0], source[1], fallback)


def lock_balances(session: Session, pairs: set[Pair]) -> dict[Pair, list[Decimal]]:
    """Lock (creating where missing) the balance rows, always in (item, location) order.

    On a server book the book owner's ``erp_lock_balances`` does it: users may not
    write balances, and ``SELECT … FOR UPDATE`` would need that privilege."""
    if on_server(session):
        ordered = sorted(pairs)
        rows = session.execute(
            text("SELECT * FROM erp_lock_balances(:items, :places)"),
            {"items": [p[0] for p in ordered], "places": [p[1] for p in ordered]},
        )
        return {(r[0], r[1]): [r[2], r[3]] for r in rows}

    def locked(wanted: list[Pair]) -> dict[Pair, list[Decimal]]:
        query = (
            select(
                _BALANCE.c.item_id, _BALANCE.c.location_id, _BALANCE.c.quantity, _BALANCE.c.value
            )
            .where(
                # The item_id list lets SQLite use the primary key: with the pairs alone
                # it scanned every balance row (the cost grew with the book).
                _BALANCE.c.item_id.in_({pair[0] for pair in wanted}),
                tuple_(_BALANCE.c.item_id, _BALANCE.c.location_id).in_(wanted),
            )
            .order_by(_BALANCE.c.item_id, _BALANCE.c.location_id)
            .with_for_update()
        )
        return {(r[0], r[1]): [r[2], r[3]] for r in session.execute(query)}

    ordered = sorted(pairs)
    found = locked(ordered)
    missing = [pair for pair in ordered if pair not in found]
    for item_id, location_id in missing:
        insert_ignore(
            session,
            _BALANCE,  # type: ignore[arg-type]
            {"item_id": item_id, "location_id": location_id, "quantity": 0, "value": 0},
        )
    if missing:
        found.update(locked(missing))
    return found


def _shortage(
    move: MoveRequest,
    index: int,
    item: _ItemFacts,
    places: dict[int, _Place],
    on_hand: Decimal,
) -> Msg:
    place = places[move.from_location_id]
    return Msg(
        QT_TRANSLATE_NOOP(
            "errors", "line {line} {code} {name}: {place} has {on_hand}, {quantity} needed"
        ),
        "errors",
        {
            "line": move.line_no or index,
            "code": item.code,
            "name": item.name,
            "place": place.name,
            "on_hand": plain_decimal(on_hand),
            "quantity": plain_decimal(move.quantity),
        },
    )
