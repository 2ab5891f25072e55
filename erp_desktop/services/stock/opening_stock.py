"""Opening stock: quantities and unit costs brought into a new book, in one posting.

Goods come from the *opening balance* location into the warehouses at the
given unit cost (which starts each warehouse's moving average). One opening
document holds the whole import (all warehouses), numbered OPN-2026-000001
when posted; either every line is posted or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from erp_desktop.domain.documents import DocType
from erp_desktop.domain.money import PRICE_PLACES, QUANTITY_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.count import StockOpening
from erp_desktop.models.location import LocationKind
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, post_moves, replay_of

SERIES = "stock_opening"
CHUNK = 2_000  # lines per posting part


@dataclass(frozen=True)
class OpeningLine:
    item_id: int
    warehouse_id: int
    quantity: Decimal
    unit_cost: Decimal
    line_no: int | None = None  # e.g. the line of the CSV file, for messages


@dataclass(frozen=True)
class PostedOpening:
    opening_id: int
    number: str
    posting_id: int
    lines: int
    total_value: Decimal
    changes: Changes

    @property
    def replayed(self) -> bool:
        """The same key had posted it before: nothing new was posted."""
        return self.changes.replayed


def post_opening(
    session: Session,
    user_id: int,
    lines: Sequence[OpeningLine],
    *,
    key: str,
    opening_date: date,
    note: str = "",
) -> PostedOpening:
    require(session, user_id, Permission.ADJUST_STOCK)
    require(session, user_id, Permission.SEE_COSTS)
    earlier = replay_of(session, key, DocType.OPENING)
    if earlier is not None:
        done = session.get(StockOpening, earlier.doc_id)
        assert done is not None
        changes = _changes(done.id, done.number, True)
        return PostedOpening(
            done.id, done.number, earlier.posting_id, done.line_count, done.total_value, changes
        )
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is nothing to post."))
    note = clean_text(
        note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    moves = _opening_moves(session, lines)
    number = next_number(session, SERIES, opening_date)
    document = StockOpening(
        number=number,
        opening_date=opening_date,
        note=note,
        line_count=len(moves),
        total_value=Decimal("0.00"),
        posted_by_id=user_id,
    )
    session.add(document)
    session.flush()
    first_posting, total = _post_in_parts(session, user_id, key, document, moves)
    document.total_value = total
    document.posting_id = first_posting
    session.flush()
    seal(session, user_id, "opening", document.id)
    audit.record(
        session,
        user_id=user_id,
        action="opening.post",
        subject=f"opening:{document.id}",
        details={"number": number, "lines": len(moves), "value": str(document.total_value)},
    )
    changes = _changes(document.id, number, False)
    return PostedOpening(document.id, number, first_posting, len(moves), total, changes)


def _opening_moves(session: Session, lines: Sequence[OpeningLine]) -> list[MoveRequest]:
    """Checked lines as moves from the opening balance into their warehouses."""
    opening_place = virtual_location(session, LocationKind.OPENING)
    checked: set[int] = set()
    moves = []
    for index, line in enumerate(lines, start=1):
        if line.warehouse_id not in checked:
            active_warehouse(session, line.warehouse_id)
            checked.add(line.warehouse_id)
        quantity = check_decimal(
            line.quantity,
            places=QUANTITY_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
        cost = check_decimal(
            line.unit_cost, places=PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Unit cost")
        )
        moves.append(
            MoveRequest(
                item_id=line.item_id,
                from_location_id=opening_place,
                to_location_id=line.warehouse_id,
                quantity=quantity,
                unit_cost=cost,
                line_no=line.line_no or index,
            )
        )
    return moves


def _post_in_parts(
    session: Session, user_id: int, key: str, document: StockOpening, moves: list[MoveRequest]
) -> tuple[int, Decimal]:
    """The first posting's id and the value brought in.

    Big imports post in parts (the same transaction: all or nothing) so that no SQL
    statement exceeds SQLite's limit on parameters; the first part carries the key.
    """
    total = Decimal("0.00")
    first_posting: int | None = None
    for part, start in enumerate(range(0, len(moves), CHUNK)):
        result = post_moves(
            session,
            user_id=user_id,
            key=key if part == 0 else f"{key}:{part}",
            doc_type=DocType.OPENING,
            moves=moves[start : start + CHUNK],
            move_date=document.opening_date,
            doc_id=document.id,
            doc_number=document.number,
        )
        total += sum((m.value for m in result.moves), Decimal("0.00"))
        first_posting = first_posting or result.posting_id
    assert first_posting is not None
    return first_posting, total


def _changes(opening_id: int, number: str, replayed: bool) -> Changes:
    return Changes.of(Area.STOCK, document_id=opening_id, number=number, replayed=replayed)
