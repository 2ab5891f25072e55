"""Checks of transfers: goods on the road are exactly what the transfer lines say.

- every line's shipped, received and short figures (quantity and value) equal
  the stock moves posted for it;
- the *in transit* balance of every item, quantity and value, equals the sum
  over transfer lines of shipped − received − short;
- each transfer's state agrees with its lines (a received transfer has nothing
  on the road and no shortage, a draft shipped nothing, …);
- TRF numbers have no gaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.db.types import MONEY_TYPE, QUANTITY_TYPE
from erp_desktop.domain.documents import TRANSFER_DOC_TYPES, DocType
from erp_desktop.domain.transfer import WORKFLOW, TransferState
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.models.transfer import Transfer, TransferLine
from erp_desktop.services.checks.book import numbers_without_gaps

ZERO = Decimal(0)
LIMIT = 20
Pair = tuple[Decimal, Decimal]


def _sum(column):
    kind = QUANTITY_TYPE if column.key.endswith("quantity") else MONEY_TYPE
    return func.coalesce(func.sum(column, type_=kind), ZERO)


def lines_match_moves(session: Session) -> Iterable[Msg]:
    moved = _moved_by_line(session)
    known, wrong = _lines_off_their_moves(session, moved)
    for line, label, recorded, posted in wrong[:LIMIT]:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks",
                "Transfer {number} line {line}: {what} says {q} worth {v}, the stock moves "
                "say {mq} worth {mv}.",
            ),
            "checks",
            {
                "number": line.number or f"#{line.transfer_id}",
                "line": line.line_no,
                "what": Msg(label, "checks"),
                "q": recorded[0],
                "v": recorded[1],
                "mq": posted[0],
                "mv": posted[1],
            },
        )
    strays = sorted({line_id for line_id, _ in moved if line_id not in known}, key=str)
    if strays:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks", "Transfer stock moves point to lines that do not exist: {lines}"
            ),
            "checks",
            {"lines": ", ".join(str(s) for s in strays[:LIMIT])},
        )


def _moved_by_line(session: Session) -> dict[tuple[int, str], Pair]:
    """(line id, doc type) → quantity and value the transfer moves posted."""
    return {
        (r[0], r[1]): (r[2], r[3])
        for r in session.execute(
            select(
                StockMove.doc_line_id,
                StockMove.doc_type,
                func.sum(StockMove.quantity, type_=QUANTITY_TYPE),
                func.sum(StockMove.value, type_=MONEY_TYPE),
            )
            .where(StockMove.doc_type.in_(TRANSFER_DOC_TYPES))
            .group_by(StockMove.doc_line_id, StockMove.doc_type)
        )
    }


_RECORDED = (  # doc type, the line's fields that record it, its name in messages
    (DocType.TRANSFER_SHIP, "shipped", QT_TRANSLATE_NOOP("checks", "shipped")),
    (DocType.TRANSFER_RECEIPT, "received", QT_TRANSLATE_NOOP("checks", "received")),
    (DocType.TRANSFER_SHORTAGE, "short", QT_TRANSLATE_NOOP("checks", "short")),
)


def _lines_off_their_moves(
    session: Session, moved: dict[tuple[int, str], Pair]
) -> tuple[set[int], list[tuple[Any, str, Pair, Pair]]]:
    """The ids of every transfer line, and the lines whose figures differ from the moves."""
    nothing = (ZERO, ZERO)
    known: set[int] = set()
    wrong = []
    for line in session.execute(
        select(
            TransferLine.id,
            TransferLine.line_no,
            Transfer.number,
            Transfer.id.label("transfer_id"),
            TransferLine.shipped_quantity,
            TransferLine.shipped_value,
            TransferLine.received_quantity,
            TransferLine.received_value,
            TransferLine.short_quantity,
            TransferLine.short_value,
        ).join(Transfer, Transfer.id == TransferLine.transfer_id)
    ):
        known.add(line.id)
        for doc_type, field, label in _RECORDED:
            recorded = (getattr(line, f"{field}_quantity"), getattr(line, f"{field}_value"))
            posted = moved.get((line.id, doc_type), nothing)
            if posted != recorded:
                wrong.append((line, label, recorded, posted))
    return known, wrong


def transit_matches_lines(session: Session) -> Iterable[Msg]:
    transit = session.scalar(select(Location.id).where(Location.kind == LocationKind.TRANSIT))
    balances: dict[int, Pair] = {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(StockBalance.item_id, StockBalance.quantity, StockBalance.value).where(
                StockBalance.location_id == transit
            )
        )
    }
    on_road: dict[int, Pair] = {}
    for r in session.execute(
        select(
            TransferLine.item_id,
            _sum(TransferLine.shipped_quantity),
            _sum(TransferLine.received_quantity),
            _sum(TransferLine.short_quantity),
            _sum(TransferLine.shipped_value),
            _sum(TransferLine.received_value),
            _sum(TransferLine.short_value),
        ).group_by(TransferLine.item_id)
    ):
        on_road[r[0]] = (r[1] - r[2] - r[3], r[4] - r[5] - r[6])
    nothing = (ZERO, ZERO)
    wrong = sorted(
        item
        for item in balances.keys() | on_road.keys()
        if balances.get(item, nothing) != on_road.get(item, nothing)
    )
    codes = dict(
        session.execute(select(Item.id, Item.code).where(Item.id.in_(wrong[:LIMIT]))).all()
    )
    for item in wrong[:LIMIT]:
        found, expected = balances.get(item, nothing), on_road.get(item, nothing)
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks",
                "{code}: in transit holds {q} worth {v}, but the transfer lines have {eq} "
                "worth {ev} on the road (shipped − received − short).",
            ),
            "checks",
            {
                "code": codes.get(item, item),
                "q": found[0],
                "v": found[1],
                "eq": expected[0],
                "ev": expected[1],
            },
        )


def states_match_lines(session: Session) -> Iterable[Msg]:
    open_qty = (
        TransferLine.shipped_quantity - TransferLine.received_quantity - TransferLine.short_quantity
    )
    rows = session.execute(
        select(
            Transfer.id,
            Transfer.number,
            Transfer.state,
            func.count(TransferLine.id),
            func.sum(func.abs(TransferLine.shipped_quantity), type_=QUANTITY_TYPE),
            func.sum(func.abs(TransferLine.received_quantity), type_=QUANTITY_TYPE),
            func.sum(func.abs(TransferLine.short_quantity), type_=QUANTITY_TYPE),
            func.sum(func.abs(open_qty), type_=QUANTITY_TYPE),
            func.sum(
                func.abs(TransferLine.quantity - TransferLine.shipped_quantity),
                type_=QUANTITY_TYPE,
            ),
        )
        .join(TransferLine, TransferLine.transfer_id == Transfer.id, isouter=True)
        .group_by(Transfer.id, Transfer.number, Transfer.state)
    )
    bad = []
    for tid, number, state, count, shipped, received, short, on_road, unshipped in rows:
        shipped, received, short = shipped or ZERO, received or ZERO, short or ZERO
        on_road, unshipped = on_road or ZERO, unshipped or ZERO
        if state in (TransferState.DRAFT, TransferState.CANCELLED):
            ok = shipped == received == short == 0 and number is None
        else:
            ok = unshipped == 0 and number is not None and count > 0
            if state == TransferState.SHIPPED:
                ok = ok and received == short == 0 and on_road > 0
            elif state == TransferState.PARTIAL:
                ok = ok and received > 0 and short == 0 and on_road > 0
            elif state == TransferState.RECEIVED:
                ok = ok and short == 0 and on_road == 0
            elif state == TransferState.CLOSED:
                ok = ok and short > 0 and on_road == 0
        if not ok:
            bad.append((tid, number, state))
    for tid, number, state in bad[:LIMIT]:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks", "Transfer {number} is {state}, but its lines say otherwise."
            ),
            "checks",
            {"number": number or f"#{tid}", "state": WORKFLOW.state_label(state)},
        )


CHECKS = (
    ("transfer lines = moves", lines_match_moves),
    ("in transit = transfer lines", transit_matches_lines),
    ("transfer states", states_match_lines),
    ("numbers TRF", numbers_without_gaps("transfer", Transfer.number)),
)
