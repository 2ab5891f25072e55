"""Stock counts: count sheet (draft) → posted.

Making a sheet snapshots what is on hand in one warehouse — every item holding
stock there, or only one category (then every active item of it, so goods
found where the book has none can be counted too), or a chosen list of items.
Clerks fill in what they counted; an empty count leaves the line alone.

Posting books the difference between the counted quantity and what is on hand
*at posting time* (read under the balance row locks), not what the sheet said:
sales and receipts made while the count was running are not undone. Lines
whose stock moved since the sheet was made are counted in ``changed_lines``
and the result says so. Differences go to and from the *inventory
adjustment* location at the warehouse's average cost (found goods without an
average come in at the item's purchase price). Numbers (CNT-2026-000001) are
gap-free and given at posting.
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
from erp_desktop.domain.lines import check_unit_precision, inactive_item
from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import ZERO, average_cost
from erp_desktop.domain.stock_documents import COUNT_WORKFLOW, StockDocState
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.count import StockCount, StockCountLine
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.stock import StockBalance
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.rows import get_row
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.items import get_item
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import (
    MoveRequest,
    lock_balances,
    post_moves,
    replay_of,
)

SERIES = "stock_count"


@dataclass(frozen=True)
class CountSheetInput:
    warehouse_id: int
    count_date: date
    category: str = ""  # only this category (every active item of it)
    item_ids: Sequence[int] = ()  # only these items
    note: str = ""


@dataclass(frozen=True)
class CountedLine:
    item_id: int
    counted: Decimal | None  # None: not counted


@dataclass(frozen=True)
class PostedCount:
    count_id: int
    number: str
    posting_id: int
    changed_lines: int  # lines whose on-hand moved between the sheet and the posting
    changes: Changes

    @property
    def replayed(self) -> bool:
        """The same key had posted it before: nothing new was posted."""
        return self.changes.replayed


def get_count(session: Session, count_id: int, *, lock: bool = False) -> StockCount:
    return get_row(
        session,
        StockCount,
        count_id,
        lock=lock,
        missing=QT_TRANSLATE_NOOP("errors", "Stock count {id} does not exist."),
    )


def create_count(session: Session, user_id: int, data: CountSheetInput) -> Changed[int]:
    """Make a count sheet: the items to count with what is on hand now."""
    require(session, user_id, Permission.ADJUST_STOCK)
    warehouse = active_warehouse(session, data.warehouse_id)
    category = clean_text(
        data.category, field=QT_TRANSLATE_NOOP("fields", "Category"), max_length=100
    )
    note = clean_text(
        data.note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    held = select(StockBalance.item_id, StockBalance.quantity).where(
        StockBalance.location_id == warehouse.id
    )
    on_hand = {item_id: quantity for item_id, quantity in session.execute(held)}
    wanted = _items_to_count(session, data, category, on_hand)
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is nothing to count: no item matches the sheet.")
        )
    require_business_date(session, data.count_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    row = StockCount(
        state=StockDocState.DRAFT,
        warehouse_id=warehouse.id,
        count_date=data.count_date,
        category=category,
        note=note,
        created_by_id=user_id,
        lines=[
            StockCountLine(
                line_no=number,
                item_id=item_id,
                sheet_quantity=on_hand.get(item_id, ZERO),
                counted=None,
            )
            for number, item_id in enumerate(wanted, start=1)
        ],
    )
    session.add(row)
    session.flush()
    audit.record(session, user_id=user_id, action="count.create", subject=f"count:{row.id}")
    return Changed(row.id, Changes.of(Area.STOCK, document_id=row.id))


def record_counts(
    session: Session, user_id: int, count_id: int, counted: Sequence[CountedLine]
) -> Changed[None]:
    """Enter counted quantities; items not on the sheet are added (goods found)."""
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_count(session, count_id, lock=True)
    COUNT_WORKFLOW.target(row.state, "edit")
    lines = {line.item_id: line for line in row.lines}
    for number, entry in enumerate(counted, start=1):
        item = get_item(session, entry.item_id)
        quantity = entry.counted
        if quantity is not None:
            quantity = check_decimal(
                quantity,
                places=QUANTITY_PLACES,
                allow_zero=True,
                field=QT_TRANSLATE_NOOP("fields", "Counted"),
            )
            check_unit_precision(number, item.code, item.unit_precision, quantity)
        line = lines.get(item.id)
        if line is None:
            if quantity is None:
                continue
            if not item.active:
                raise inactive_item(number, item.code, item.name)
            held = session.scalar(
                select(StockBalance.quantity).where(
                    StockBalance.item_id == item.id, StockBalance.location_id == row.warehouse_id
                )
            )
            line = StockCountLine(
                line_no=len(row.lines) + 1,
                item_id=item.id,
                sheet_quantity=held if held is not None else ZERO,
                counted=quantity,
            )
            row.lines.append(line)
            lines[item.id] = line
        else:
            line.counted = quantity
    session.flush()
    audit.record(session, user_id=user_id, action="count.record", subject=f"count:{row.id}")
    return Changed(None, Changes.of(Area.STOCK, document_id=count_id))


def delete_count(session: Session, user_id: int, count_id: int) -> Changed[None]:
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_count(session, count_id, lock=True)
    COUNT_WORKFLOW.target(row.state, "delete")
    session.delete(row)
    session.flush()
    audit.record(session, user_id=user_id, action="count.delete", subject=f"count:{count_id}")
    return Changed(None, Changes.of(Area.STOCK, document_id=count_id))


def _items_to_count(
    session: Session, data: CountSheetInput, category: str, on_hand: dict[int, Decimal]
) -> list[int]:
    """The items the sheet lists: those chosen, else the category's active items, else
    every item with stock (positive or negative) in the warehouse."""
    if data.item_ids:
        wanted = list(dict.fromkeys(data.item_ids))
        for item_id in wanted:
            get_item(session, item_id)
    elif category:
        wanted = list(
            session.scalars(
                select(Item.id)
                .where(Item.category == category, Item.active.is_(True))
                .order_by(Item.code_key)
            )
        )
    else:
        holding = [i for i, q in on_hand.items() if q != 0]
        wanted = (
            list(
                session.scalars(select(Item.id).where(Item.id.in_(holding)).order_by(Item.code_key))
            )
            if holding
            else []
        )
    return wanted


def post_count(session: Session, user_id: int, count_id: int, key: str) -> PostedCount:
    """Book counted − on hand (now) for every counted line. Same ``key``: first result."""
    require(session, user_id, Permission.ADJUST_STOCK)
    row = get_count(session, count_id, lock=True)
    earlier = replay_of(session, key, DocType.COUNT, count_id)
    if earlier is not None:
        number = earlier.doc_number or ""
        changes = _changes(count_id, number, True)
        return PostedCount(count_id, number, earlier.posting_id, row.changed_lines, changes)
    COUNT_WORKFLOW.target(row.state, "post")
    warehouse = active_warehouse(session, row.warehouse_id)
    adjustment = virtual_location(session, LocationKind.ADJUSTMENT)
    counted = [line for line in row.lines if line.counted is not None]
    if not counted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Nothing was counted yet: enter at least one quantity.")
        )
    # Read on-hand under the same locks the posting takes (item, location order).
    pairs = {(line.item_id, warehouse.id) for line in counted}
    pairs |= {(line.item_id, adjustment) for line in counted}
    balances = lock_balances(session, pairs)
    number = next_number(session, SERIES, row.count_date)
    moves, changed = _count_moves(session, counted, balances, warehouse.id, adjustment)
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.COUNT,
        moves=moves,
        move_date=row.count_date,
        doc_id=row.id,
        doc_number=number,
        allow_empty=True,
    )
    session.flush()  # the lines first: on a server book a posted count's lines are frozen
    row.state = COUNT_WORKFLOW.target(row.state, "post")
    row.number = number
    row.posted_by_id = user_id
    row.posted_at = utc_now()
    row.posting_id = result.posting_id
    row.changed_lines = changed
    session.flush()
    seal(session, user_id, "count", row.id)
    audit.record(
        session,
        user_id=user_id,
        action="count.post",
        subject=f"count:{row.id}",
        details={"number": number, "differences": len(moves), "changed_lines": changed},
    )
    return PostedCount(row.id, number, result.posting_id, changed, _changes(row.id, number, False))


def _count_moves(
    session: Session,
    counted: list[StockCountLine],
    balances: dict[tuple[int, int], list[Decimal]],
    warehouse_id: int,
    adjustment: int,
) -> tuple[list[MoveRequest], int]:
    """The moves that make on hand what was counted (recording it on each line), and
    how many lines moved between the sheet and now."""
    moves: list[MoveRequest] = []
    changed = 0
    for line in counted:
        quantity, value = balances[(line.item_id, warehouse_id)]
        assert line.counted is not None
        line.posted_on_hand = quantity
        line.difference = line.counted - quantity
        if quantity != line.sheet_quantity:
            changed += 1
        if line.difference > 0:
            cost = average_cost(quantity, value)
            if cost is None:
                cost = get_item(session, line.item_id).purchase_price
            moves.append(
                MoveRequest(
                    item_id=line.item_id,
                    from_location_id=adjustment,
                    to_location_id=warehouse_id,
                    quantity=line.difference,
                    unit_cost=cost,
                    doc_line_id=line.id,
                    line_no=line.line_no,
                    reason="count",
                )
            )
        elif line.difference < 0:
            moves.append(
                MoveRequest(
                    item_id=line.item_id,
                    from_location_id=warehouse_id,
                    to_location_id=adjustment,
                    quantity=-line.difference,
                    doc_line_id=line.id,
                    line_no=line.line_no,
                    reason="count",
                )
            )
    return moves, changed


def _changes(count_id: int, number: str, replayed: bool) -> Changes:
    return Changes.of(Area.STOCK, document_id=count_id, number=number, replayed=replayed)
