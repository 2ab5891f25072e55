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

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.purchase import receivable_limit
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.purchase import GoodsReceipt, GoodsReceiptLine, PurchaseOrder
from erp_desktop.services import audit
from erp_desktop.services.book_settings import get_setting, set_setting
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.purchasing.orders import WORKFLOW, get_order, line_error, refresh_state
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, find_posting, post_moves

SERIES = "goods_receipt"
DOC_TYPE = "receipt"


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
    replayed: bool = False


def receive_goods(session: Session, user_id: int, data: ReceiptInput, key: str) -> PostedReceipt:
    """Post a receipt. The same ``key`` again returns the first result (double click)."""
    require(session, user_id, Permission.RECEIVE)
    order = get_order(session, data.order_id, lock=True)
    earlier = find_posting(session, key)  # after the lock: a waiting duplicate sees the first
    if earlier is not None:
        return _replayed(session, earlier.posting_id, earlier.doc_type, order)
    WORKFLOW.target(order.state, "receive")
    warehouse = active_warehouse(session, data.warehouse_id or order.warehouse_id)
    if data.receipt_date < order.order_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Goods cannot be received before the order date.")
        )
    note = clean_text(data.note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500)
    if not data.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the quantity received on at least one line.")
        )
    tolerance: Decimal = get_setting(session, "receipt_tolerance_percent")
    order_lines = {line.id: line for line in order.lines}
    items = _items(session, {line.item_id for line in order.lines})
    receipt = GoodsReceipt(
        number=next_number(session, SERIES, data.receipt_date),
        order_id=order.id,
        supplier_id=order.supplier_id,
        warehouse_id=warehouse.id,
        receipt_date=data.receipt_date,
        note=note,
        created_by_id=user_id,
    )
    seen: set[int] = set()
    for number, entry in enumerate(data.lines, start=1):
        line = order_lines.get(entry.order_line_id)
        if line is None or line.id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line} is not a line of this order."),
                line=number,
            )
        seen.add(line.id)
        try:
            quantity = check_decimal(
                entry.quantity,
                places=QUANTITY_PLACES,
                allow_zero=False,
                field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            )
        except ValidationError as exc:
            raise line_error(line.line_no, exc) from exc
        limit = receivable_limit(line.base_quantity, tolerance)
        if line.received_quantity + quantity > limit:
            item = items[line.item_id]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line} {code}: {ordered} {unit} ordered, {received} received; "
                    "{quantity} more is over the order. At most {left} more may be received "
                    "(tolerance {tolerance} %).",
                ),
                line=line.line_no,
                code=item.code,
                ordered=_plain(line.base_quantity),
                unit=item.base_unit,
                received=_plain(line.received_quantity),
                quantity=_plain(quantity),
                left=_plain(max(limit - line.received_quantity, Decimal(0))),
                tolerance=_plain(tolerance),
            )
        receipt.lines.append(
            GoodsReceiptLine(
                line_no=len(receipt.lines) + 1,
                order_line_id=line.id,
                item_id=line.item_id,
                quantity=quantity,
                unit_cost=line.unit_cost,
                value=Decimal(0),  # the posted value, below
                returned_quantity=Decimal(0),
                returned_value=Decimal(0),
            )
        )
    session.add(receipt)
    session.flush()
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DOC_TYPE,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=supplier,
                to_location_id=warehouse.id,
                quantity=line.quantity,
                unit_cost=line.unit_cost,
                doc_line_id=line.id,
                line_no=order_lines[line.order_line_id].line_no,
            )
            for line in receipt.lines
        ],
        move_date=data.receipt_date,
        doc_id=receipt.id,
        doc_number=receipt.number,
    )
    for line, move in zip(receipt.lines, result.moves, strict=True):
        line.value = move.value
        order_lines[line.order_line_id].received_quantity += line.quantity
    receipt.posting_id = result.posting_id
    refresh_state(order)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="goods_receipt.post",
        subject=f"goods_receipt:{receipt.id}",
        details={
            "number": receipt.number,
            "order": order.number,
            "lines": len(receipt.lines),
            "warehouse": warehouse.code,
            "other_warehouse": warehouse.id != order.warehouse_id,
        },
    )
    return PostedReceipt(receipt.id, receipt.number, result.posting_id, order.state)


def _replayed(
    session: Session, posting_id: int, doc_type: str, order: PurchaseOrder
) -> PostedReceipt:
    receipt = session.scalars(
        select(GoodsReceipt).where(GoodsReceipt.posting_id == posting_id)
    ).first()
    if doc_type != DOC_TYPE or receipt is None or receipt.order_id != order.id:
        raise ValueError("idempotency key reused for another action")
    return PostedReceipt(receipt.id, receipt.number, posting_id, order.state, replayed=True)


def _items(session: Session, ids: set[int]) -> dict[int, Item]:
    return {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(ids)))}


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def set_receipt_tolerance(session: Session, user_id: int, percent: Decimal) -> Decimal:
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
    return percent


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
