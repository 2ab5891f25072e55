"""Stock adjustments: draft → posted.

A draft holds signed quantities per item for one warehouse and a reason;
posting takes the next ADJ number, posts the moves (more: inventory
adjustment → warehouse at the given cost, else the warehouse average, else
the item's purchase price; less: warehouse → inventory adjustment at the
average) and freezes the document. This module is the pattern for every
stock document: lock the document row, check the workflow, take the number,
post through ``post_moves`` with the caller's idempotency key, audit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.lines import inactive_item
from erp_desktop.domain.money import PRICE_PLACES, QUANTITY_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.domain.stock_documents import ADJUSTMENT_WORKFLOW, StockDocState
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.adjustment import StockAdjustment, StockAdjustmentLine
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.rows import get_row
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.items import get_item
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, post_moves, replay_of

SERIES = "stock_adjustment"


@dataclass(frozen=True)
class AdjustmentLineInput:
    item_id: int
    quantity: Decimal  # positive: add to stock; negative: take out
    unit_cost: Decimal | None = None


@dataclass(frozen=True)
class AdjustmentInput:
    warehouse_id: int
    adjustment_date: date
    reason: str
    lines: Sequence[AdjustmentLineInput]
    note: str = ""


@dataclass(frozen=True)
class PostedAdjustment:
    adjustment_id: int
    number: str
    posting_id: int
    changes: Changes

    @property
    def replayed(self) -> bool:
        """The same key had posted it before: nothing new was posted."""
        return self.changes.replayed


def _clean(session: Session, data: AdjustmentInput) -> AdjustmentInput:
    active_warehouse(session, data.warehouse_id)
    if data.reason not in ADJUSTMENT_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a reason for the adjustment."))
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one line."))
    # One query for all the items; get_item below then finds them in the session (held
    # here: the session's identity map only keeps objects someone refers to).
    items = session.scalars(select(Item).where(Item.id.in_({ln.item_id for ln in data.lines})))
    held = list(items)
    lines = []
    for number, line in enumerate(data.lines, start=1):
        item = get_item(session, line.item_id)
        quantity = check_decimal(
            line.quantity,
            places=QUANTITY_PLACES,
            allow_negative=True,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
        if not item.active:
            raise inactive_item(number, item.code, item.name)
        cost = line.unit_cost
        if cost is not None:
            cost = check_decimal(
                cost, places=PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Unit cost")
            )
        lines.append(AdjustmentLineInput(item.id, quantity, cost))
    note = clean_text(
        data.note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    del held
    require_business_date(session, data.adjustment_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    return AdjustmentInput(data.warehouse_id, data.adjustment_date, data.reason, lines, note)


def _lines(data: AdjustmentInput) -> list[StockAdjustmentLine]:
    return [
        StockAdjustmentLine(
            line_no=number, item_id=line.item_id, quantity=line.quantity, unit_cost=line.unit_cost
        )
        for number, line in enumerate(data.lines, start=1)
    ]


def create_adjustment(session: Session, user_id: int, data: AdjustmentInput) -> Changed[int]:
    require(session, user_id, Permission.ADJUST_STOCK)
    data = _clean(session, data)
    row = StockAdjustment(
        state=StockDocState.DRAFT,
        warehouse_id=data.warehouse_id,
        adjustment_date=data.adjustment_date,
        reason=data.reason,
        note=data.note,
        created_by_id=user_id,
        lines=_lines(data),
    )
    session.add(row)
    session.flush()
    audit.record(
        session, user_id=user_id, action="adjustment.create", subject=f"adjustment:{row.id}"
    )
    return Changed(row.id, Changes.of(Area.STOCK, document_id=row.id))


def get_adjustment(session: Session, adjustment_id: int, *, lock: bool = False) -> StockAdjustment:
    return get_row(
        session,
        StockAdjustment,
        adjustment_id,
        lock=lock,
        missing=QT_TRANSLATE_NOOP("errors", "Stock adjustment {id} does not exist."),
    )


def update_adjustment(
    session: Session, user_id: int, adjustment_id: int, data: AdjustmentInput
) -> Changed[None]:
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_adjustment(session, adjustment_id, lock=True)
    ADJUSTMENT_WORKFLOW.target(row.state, "edit")
    data = _clean(session, data)
    row.warehouse_id, row.adjustment_date = data.warehouse_id, data.adjustment_date
    row.reason, row.note = data.reason, data.note
    row.lines.clear()
    session.flush()
    row.lines.extend(_lines(data))
    session.flush()
    audit.record(
        session, user_id=user_id, action="adjustment.update", subject=f"adjustment:{row.id}"
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=adjustment_id))


def delete_adjustment(session: Session, user_id: int, adjustment_id: int) -> Changed[None]:
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_adjustment(session, adjustment_id, lock=True)
    ADJUSTMENT_WORKFLOW.target(row.state, "delete")
    session.delete(row)
    session.flush()
    audit.record(
        session, user_id=user_id, action="adjustment.delete", subject=f"adjustment:{adjustment_id}"
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=adjustment_id))


def post_adjustment(
    session: Session, user_id: int, adjustment_id: int, key: str
) -> PostedAdjustment:
    """Post a draft. The same ``key`` again returns the first result (double click)."""
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_adjustment(session, adjustment_id, lock=True)
    # Checked after the lock: a duplicate that waited for the first posting sees it here.
    earlier = replay_of(session, key, DocType.ADJUSTMENT, adjustment_id)
    if earlier is not None:
        number = earlier.doc_number or ""
        return PostedAdjustment(
            adjustment_id, number, earlier.posting_id, _changes(adjustment_id, number, True)
        )
    ADJUSTMENT_WORKFLOW.target(row.state, "post")
    warehouse = active_warehouse(session, row.warehouse_id)
    adjustment_place = virtual_location(session, LocationKind.ADJUSTMENT)
    number = next_number(session, SERIES, row.adjustment_date)
    moves = _adjustment_moves(session, row, warehouse.id, adjustment_place)
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.ADJUSTMENT,
        moves=moves,
        move_date=row.adjustment_date,
        doc_id=row.id,
        doc_number=number,
    )
    row.state = ADJUSTMENT_WORKFLOW.target(row.state, "post")
    row.number = number
    row.posted_by_id = user_id
    row.posted_at = utc_now()
    row.posting_id = result.posting_id
    session.flush()
    seal(session, user_id, "adjustment", row.id)
    audit.record(
        session,
        user_id=user_id,
        action="adjustment.post",
        subject=f"adjustment:{row.id}",
        details={"number": number},
    )
    return PostedAdjustment(row.id, number, result.posting_id, _changes(row.id, number, False))


def _adjustment_moves(
    session: Session, row: StockAdjustment, warehouse_id: int, adjustment_place: int
) -> list[MoveRequest]:
    """Gains come in at the line's cost (else the average there, else the purchase
    price); losses leave at the average."""
    moves = []
    for line in row.lines:
        if line.quantity > 0:
            cost = line.unit_cost
            if cost is None:
                current = on_hand(session, line.item_id, warehouse_id)
                cost = current.average_cost or get_item(session, line.item_id).purchase_price
            moves.append(
                MoveRequest(
                    item_id=line.item_id,
                    from_location_id=adjustment_place,
                    to_location_id=warehouse_id,
                    quantity=line.quantity,
                    unit_cost=cost,
                    doc_line_id=line.id,
                    line_no=line.line_no,
                    reason=row.reason,
                )
            )
        else:
            moves.append(
                MoveRequest(
                    item_id=line.item_id,
                    from_location_id=warehouse_id,
                    to_location_id=adjustment_place,
                    quantity=-line.quantity,
                    doc_line_id=line.id,
                    line_no=line.line_no,
                    reason=row.reason,
                )
            )
    return moves


def _changes(adjustment_id: int, number: str, replayed: bool) -> Changes:
    return Changes.of(Area.STOCK, document_id=adjustment_id, number=number, replayed=replayed)
