"""Goods receipts: goods arriving against a confirmed purchase order.

``receive_goods`` locks the order and its lines first (two PCs receiving the
same line wait for each other, so together they never exceed what may be
received), replays an idempotency key already posted, refuses more than
ordered unless within the book's tolerance, takes the next GR number, posts
supplier → warehouse at the order line's cost per base unit through
``stock.posting``, and updates the lines' received quantities and the order's
state. Goods may go to another warehouse than the order's; the receipt
records where they went.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from erp_desktop.domain.documents import DocType
from erp_desktop.domain.lines import take_quantities
from erp_desktop.domain.money import check_decimal, plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.purchase import (
    ORDER_WORKFLOW,
    LineProgress,
    receivable_limit,
    state_after_receipts,
)
from erp_desktop.domain.stock import receipt_value
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
)
from erp_desktop.services import audit
from erp_desktop.services.book_settings import get_setting, set_setting
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.purchasing.orders import get_order
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import (
    MoveRequest,
    PostedMove,
    PostingResult,
    post_moves,
    replay_of,
)

SERIES = "goods_receipt"
_LINE = PurchaseOrderLine.__table__
_RECEIPT_LINE = GoodsReceiptLine.__table__


@dataclass(frozen=True)
class ReceiptLineInput:
    order_line_id: int
    quantity: Decimal  # in the item's base unit


@dataclass(frozen=True)
class ReceiptInput:
    order_id: int
    receipt_date: date
    lines: Sequence[ReceiptLineInput]
    warehouse_id: int | None = None  # None: the order's warehouse
    note: str = ""


@dataclass(frozen=True)
class PostedReceipt:
    receipt_id: int
    number: str
    posting_id: int
    order_state: str
    changes: Changes

    @property
    def replayed(self) -> bool:
        return self.changes.replayed


def _posted(
    receipt: GoodsReceipt, posting_id: int, order: PurchaseOrder, replayed: bool
) -> PostedReceipt:
    changes = Changes.of(
        Area.PURCHASING,
        Area.STOCK,
        document_id=receipt.id,
        number=receipt.number,
        replayed=replayed,
    )
    return PostedReceipt(receipt.id, receipt.number, posting_id, order.state, changes)


def receive_goods(session: Session, user_id: int, data: ReceiptInput, key: str) -> PostedReceipt:
    """Post a receipt. The same ``key`` again returns the first result (double click)."""
    require(session, user_id, Permission.RECEIVE)
    order = get_order(session, data.order_id, lock=True, load_lines=False)
    earlier = replay_of(session, key, DocType.RECEIPT)  # after the lock: a duplicate sees the first
    if earlier is not None:
        return _replayed(session, earlier.posting_id, order)
    ORDER_WORKFLOW.target(order.state, "receive")
    warehouse = active_warehouse(session, data.warehouse_id or order.warehouse_id)
    note = _check_header(session, data, order)
    order_lines = _order_lines(session, order.id)
    chosen = _take_lines(session, data, order_lines)
    receipt = GoodsReceipt(
        number=next_number(session, SERIES, data.receipt_date),
        order_id=order.id,
        supplier_id=order.supplier_id,
        warehouse_id=warehouse.id,
        receipt_date=data.receipt_date,
        note=note,
        created_by_id=user_id,
    )
    session.add(receipt)
    session.flush()
    line_ids, values = _insert_lines(session, receipt.id, chosen)
    result = _post(session, user_id, key, receipt, warehouse.id, chosen, line_ids)
    _settle_values(session, line_ids, values, result.moves)
    received = _update_order_lines(session, order_lines, chosen)
    receipt.posting_id = result.posting_id
    order.state = state_after_receipts(
        LineProgress(row.base_quantity, received.get(line_id, row.received_quantity))
        for line_id, row in sorted(order_lines.items())
    )
    session.flush()
    seal(session, user_id, "receipt", receipt.id)
    audit.record(
        session,
        user_id=user_id,
        action="goods_receipt.post",
        subject=f"goods_receipt:{receipt.id}",
        details={
            "number": receipt.number,
            "order": order.number,
            "lines": len(chosen),
            "warehouse": warehouse.code,
            "other_warehouse": warehouse.id != order.warehouse_id,
        },
    )
    return _posted(receipt, result.posting_id, order, replayed=False)


def _check_header(session: Session, data: ReceiptInput, order: PurchaseOrder) -> str:
    """The receipt's date and note; returns the cleaned note."""
    require_business_date(session, data.receipt_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    if data.receipt_date < order.order_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Goods cannot be received before the order date.")
        )
    note = clean_text(data.note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500)
    if not data.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the quantity received on at least one line.")
        )
    return note


def _order_lines(session: Session, order_id: int) -> dict[int, Any]:
    """Plain rows, not objects: a 200-line receipt must post in well under a second."""
    query = select(
        _LINE.c.id,
        _LINE.c.line_no,
        _LINE.c.item_id,
        _LINE.c.base_quantity,
        _LINE.c.received_quantity,
        _LINE.c.unit_cost,
    ).where(_LINE.c.order_id == order_id)
    return {row.id: row for row in session.execute(query)}


def _take_lines(
    session: Session, data: ReceiptInput, order_lines: dict[int, Any]
) -> list[tuple[Any, Decimal]]:
    tolerance: Decimal = get_setting(session, "receipt_tolerance_percent")

    def not_a_line(position: int, _line_id: int) -> Exception:
        return ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line} is not a line of this order."), line=position
        )

    def check(line: Any, quantity: Decimal) -> None:
        limit = receivable_limit(line.base_quantity, tolerance)
        if line.received_quantity + quantity <= limit:
            return
        item = session.get(Item, line.item_id)
        assert item is not None
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line} {code}: {ordered} {unit} ordered, {received} received; "
                "{quantity} more is over the order. At most {left} more may be received "
                "(tolerance {tolerance} %).",
            ),
            line=line.line_no,
            code=item.code,
            ordered=plain_decimal(line.base_quantity),
            unit=item.base_unit,
            received=plain_decimal(line.received_quantity),
            quantity=plain_decimal(quantity),
            left=plain_decimal(max(limit - line.received_quantity, Decimal(0))),
            tolerance=plain_decimal(tolerance),
        )

    return take_quantities(
        ((entry.order_line_id, entry.quantity) for entry in data.lines),
        order_lines,
        line_no=lambda line: line.line_no,
        not_a_line=not_a_line,
        check=check,
    )


def _insert_lines(
    session: Session, receipt_id: int, chosen: list[tuple[Any, Decimal]]
) -> tuple[list[int], list[Decimal]]:
    values = [receipt_value(quantity, line.unit_cost) for line, quantity in chosen]
    rows = [
        {
            "receipt_id": receipt_id,
            "line_no": number,
            "order_line_id": line.id,
            "item_id": line.item_id,
            "quantity": quantity,
            "unit_cost": line.unit_cost,
            "value": value,
            "returned_quantity": Decimal(0),
            "returned_value": Decimal(0),
        }
        for number, ((line, quantity), value) in enumerate(zip(chosen, values, strict=True), 1)
    ]
    insert_lines = insert(_RECEIPT_LINE).returning(_RECEIPT_LINE.c.id, sort_by_parameter_order=True)
    return list(session.execute(insert_lines, rows).scalars()), values


def _post(
    session: Session,
    user_id: int,
    key: str,
    receipt: GoodsReceipt,
    warehouse_id: int,
    chosen: list[tuple[Any, Decimal]],
    line_ids: list[int],
) -> PostingResult:
    """Supplier → warehouse at the order line's cost per base unit."""
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    return post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.RECEIPT,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=supplier,
                to_location_id=warehouse_id,
                quantity=quantity,
                unit_cost=line.unit_cost,
                doc_line_id=line_id,
                line_no=line.line_no,
            )
            for (line, quantity), line_id in zip(chosen, line_ids, strict=True)
        ],
        move_date=receipt.receipt_date,
        doc_id=receipt.id,
        doc_number=receipt.number,
    )


def _settle_values(
    session: Session, line_ids: list[int], values: list[Decimal], moves: Sequence[PostedMove]
) -> None:
    """A receipt that brought a negative balance to zero took what settled it."""
    settled = [
        {"b_id": line_id, "b_value": move.value}
        for line_id, value, move in zip(line_ids, values, moves, strict=True)
        if move.value != value
    ]
    if settled:
        session.execute(
            update(_RECEIPT_LINE)
            .where(_RECEIPT_LINE.c.id == bindparam("b_id"))
            .values(value=bindparam("b_value")),
            settled,
        )


def _update_order_lines(
    session: Session, order_lines: dict[int, Any], chosen: list[tuple[Any, Decimal]]
) -> dict[int, Decimal]:
    """Raise the order lines' received quantities; returns them by line id."""
    received = {line.id: line.received_quantity + quantity for line, quantity in chosen}
    session.execute(
        update(_LINE)
        .where(_LINE.c.id == bindparam("b_id"))
        .values(received_quantity=bindparam("b_received")),
        [{"b_id": line_id, "b_received": quantity} for line_id, quantity in received.items()],
    )
    return received


def _replayed(session: Session, posting_id: int, order: PurchaseOrder) -> PostedReceipt:
    receipt = session.scalars(
        select(GoodsReceipt).where(GoodsReceipt.posting_id == posting_id)
    ).first()
    if receipt is None or receipt.order_id != order.id:
        raise ValueError("idempotency key reused for another action")
    return _posted(receipt, posting_id, order, replayed=True)


def _items(session: Session, ids: set[int]) -> dict[int, Item]:
    return {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(ids)))}


def set_receipt_tolerance(session: Session, user_id: int, percent: Decimal) -> Changed[Decimal]:
    """The book's over-receipt tolerance: how much more than ordered a line may receive."""
    require(session, user_id, Permission.SETTINGS)
    percent = check_decimal(
        percent, places=2, field=QT_TRANSLATE_NOOP("fields", "Over-receipt tolerance %")
    )
    if percent > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The over-receipt tolerance can be at most 100 %.")
        )
    set_setting(session, "receipt_tolerance_percent", percent, user_id=user_id)
    return Changed(percent, Changes.of(Area.SETTINGS, Area.PURCHASING))


# -- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceivableLine:
    """An order line as the receive dialog shows it (quantities in the base unit)."""

    order_line_id: int
    line_no: int
    item_code: str
    item_name: str
    unit: str
    unit_precision: int
    ordered: Decimal
    received: Decimal
    limit: Decimal  # ordered plus tolerance

    @property
    def open(self) -> Decimal:
        return max(self.ordered - self.received, Decimal(0))


def receivable_lines(session: Session, order_id: int) -> list[ReceivableLine]:
    order = get_order(session, order_id)
    tolerance: Decimal = get_setting(session, "receipt_tolerance_percent")
    items = _items(session, {line.item_id for line in order.lines})
    return [
        ReceivableLine(
            line.id,
            line.line_no,
            items[line.item_id].code,
            items[line.item_id].name,
            items[line.item_id].base_unit,
            items[line.item_id].unit_precision,
            line.base_quantity,
            line.received_quantity,
            receivable_limit(line.base_quantity, tolerance),
        )
        for line in order.lines
    ]


def get_receipt(session: Session, receipt_id: int) -> GoodsReceipt:
    row = session.get(GoodsReceipt, receipt_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Goods receipt {id} does not exist."), id=receipt_id
        )
    return row
