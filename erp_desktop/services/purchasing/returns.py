"""Supplier returns: received goods going back to the supplier.

A return is made from one goods receipt: each line gives back part or all of
what a receipt line brought in and has not yet been returned, and never more
than the warehouse still holds (``stock.posting`` refuses that). The goods
leave at the cost they came in at (the receipt line's unit cost; the last part
of a receipt line takes exactly the value left on it), except that the move
which empties the warehouse takes exactly the value left there, so no value
stays on a zero quantity. The order line's received quantity goes down, and
an open order's state follows (a fully received order may become partially
received again and receive replacements).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal, plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import receipt_value
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    SupplierReturn,
    SupplierReturnLine,
)
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.purchasing.orders import WORKFLOW, get_order, line_error, refresh_state
from erp_desktop.services.purchasing.receipts import get_receipt
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import virtual_location
from erp_desktop.services.stock.posting import MoveRequest, find_posting, lock_balances, post_moves

SERIES = "supplier_return"
DOC_TYPE = "supplier_return"


@dataclass(frozen=True)
class ReturnLineInput:
    receipt_line_id: int
    quantity: Decimal  # base unit


@dataclass(frozen=True)
class ReturnInput:
    receipt_id: int
    return_date: date
    lines: Sequence[ReturnLineInput]
    reason: str = ""


@dataclass(frozen=True)
class PostedReturn:
    return_id: int
    number: str
    posting_id: int
    order_state: str
    replayed: bool = False


def return_goods(session: Session, user_id: int, data: ReturnInput, key: str) -> PostedReturn:
    """Post a return. The same ``key`` again returns the first result."""
    require(session, user_id, Permission.RECEIVE)
    receipt = get_receipt(session, data.receipt_id)
    order = get_order(session, receipt.order_id, lock=True)
    receipt_lines = {
        line.id: line
        for line in session.scalars(
            select(GoodsReceiptLine)
            .where(GoodsReceiptLine.receipt_id == receipt.id)
            .order_by(GoodsReceiptLine.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    }
    earlier = find_posting(session, key)
    if earlier is not None:
        return _replayed(session, earlier.posting_id, earlier.doc_type, order)
    WORKFLOW.target(order.state, "return")
    require_business_date(session, data.return_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    if data.return_date < receipt.receipt_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Goods cannot go back before the day they were received.")
        )
    reason = clean_text(data.reason, field=QT_TRANSLATE_NOOP("fields", "Reason"), max_length=500)
    if not data.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the quantity to return on at least one line.")
        )
    items = {
        row.id: row
        for row in session.scalars(
            select(Item).where(Item.id.in_({line.item_id for line in receipt_lines.values()}))
        )
    }
    chosen: list[tuple[GoodsReceiptLine, Decimal]] = []
    taken: set[int] = set()  # receipt lines already on this return
    for number, entry in enumerate(data.lines, start=1):
        line = receipt_lines.get(entry.receipt_line_id)
        if line is None or line.id in taken:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line} is not a line of receipt {number}."),
                line=number,
                number=receipt.number,
            )
        try:
            quantity = check_decimal(
                entry.quantity,
                places=QUANTITY_PLACES,
                allow_zero=False,
                field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            )
        except ValidationError as exc:
            raise line_error(line.line_no, exc) from exc
        left = line.quantity - line.returned_quantity
        if quantity > left:
            item = items[line.item_id]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line} {code}: {received} {unit} came in on {number} and {returned} "
                    "went back already; at most {left} can be returned.",
                ),
                line=line.line_no,
                code=item.code,
                received=plain_decimal(line.quantity),
                unit=item.base_unit,
                number=receipt.number,
                returned=plain_decimal(line.returned_quantity),
                left=plain_decimal(left),
            )
        chosen.append((line, quantity))
        taken.add(line.id)
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    warehouse = receipt.warehouse_id
    balances = lock_balances(
        session,
        {(line.item_id, warehouse) for line, _ in chosen}
        | {(line.item_id, supplier) for line, _ in chosen},
    )
    document = SupplierReturn(
        number=next_number(session, SERIES, data.return_date),
        order_id=order.id,
        receipt_id=receipt.id,
        supplier_id=receipt.supplier_id,
        warehouse_id=warehouse,
        return_date=data.return_date,
        reason=reason,
        created_by_id=user_id,
    )
    for line, quantity in chosen:
        value = _value_back(line, quantity, balances[(line.item_id, warehouse)])
        document.lines.append(
            SupplierReturnLine(
                line_no=len(document.lines) + 1,
                receipt_line_id=line.id,
                order_line_id=line.order_line_id,
                item_id=line.item_id,
                quantity=quantity,
                unit_cost=line.unit_cost,
                value=value,
            )
        )
    session.add(document)
    session.flush()
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DOC_TYPE,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=warehouse,
                to_location_id=supplier,
                quantity=line.quantity,
                value=line.value,
                doc_line_id=line.id,
                line_no=receipt_lines[line.receipt_line_id].line_no,
                reason=reason[:200],
            )
            for line in document.lines
        ],
        move_date=data.return_date,
        doc_id=document.id,
        doc_number=document.number,
    )
    order_lines = {line.id: line for line in order.lines}
    for returned in document.lines:
        line = receipt_lines[returned.receipt_line_id]
        line.returned_quantity += returned.quantity
        line.returned_value += returned.value
        order_lines[returned.order_line_id].received_quantity -= returned.quantity
    document.posting_id = result.posting_id
    refresh_state(order)
    session.flush()
    seal(session, user_id, "supplier_return", document.id)
    audit.record(
        session,
        user_id=user_id,
        action="supplier_return.post",
        subject=f"supplier_return:{document.id}",
        details={
            "number": document.number,
            "receipt": receipt.number,
            "order": order.number,
            "lines": len(document.lines),
            "reason": reason,
        },
    )
    return PostedReturn(document.id, document.number, result.posting_id, order.state)


def _value_back(line: GoodsReceiptLine, quantity: Decimal, on_hand: list[Decimal]) -> Decimal:
    """The value leaving with ``quantity`` of a receipt line; ``on_hand`` is the locked
    warehouse balance [quantity, value], updated for the next line of the same item."""
    if quantity == line.quantity - line.returned_quantity:
        value = line.value - line.returned_value  # the rest of the line: exactly its value
    else:
        value = receipt_value(quantity, line.unit_cost)
    if quantity == on_hand[0]:
        value = on_hand[1]  # empties the warehouse: no value may stay on nothing
    on_hand[0] -= quantity
    on_hand[1] -= value
    return value


def _replayed(
    session: Session, posting_id: int, doc_type: str, order: PurchaseOrder
) -> PostedReturn:
    row = session.scalars(
        select(SupplierReturn).where(SupplierReturn.posting_id == posting_id)
    ).first()
    if doc_type != DOC_TYPE or row is None or row.order_id != order.id:
        raise ValueError("idempotency key reused for another action")
    return PostedReturn(row.id, row.number, posting_id, order.state, replayed=True)


# -- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnableLine:
    receipt_line_id: int
    line_no: int
    item_code: str
    item_name: str
    unit: str
    unit_precision: int
    received: Decimal
    returned: Decimal
    unit_cost: Decimal

    @property
    def left(self) -> Decimal:
        return self.received - self.returned


@dataclass(frozen=True)
class ReceiptChoice:
    id: int
    number: str
    receipt_date: date
    warehouse: str


def order_receipts(session: Session, order_id: int) -> list[ReceiptChoice]:
    from erp_desktop.models.location import Location

    rows = session.execute(
        select(GoodsReceipt.id, GoodsReceipt.number, GoodsReceipt.receipt_date, Location.name)
        .join(Location, Location.id == GoodsReceipt.warehouse_id)
        .where(GoodsReceipt.order_id == order_id)
        .order_by(GoodsReceipt.id)
    )
    return [ReceiptChoice(*row) for row in rows]


def returnable_lines(session: Session, receipt_id: int) -> list[ReturnableLine]:
    rows = session.execute(
        select(GoodsReceiptLine, Item.code, Item.name, Item.base_unit, Item.unit_precision)
        .join(Item, Item.id == GoodsReceiptLine.item_id)
        .where(GoodsReceiptLine.receipt_id == receipt_id)
        .order_by(GoodsReceiptLine.line_no)
    )
    return [
        ReturnableLine(
            line.id,
            line.line_no,
            code,
            name,
            unit,
            precision,
            line.quantity,
            line.returned_quantity,
            line.unit_cost,
        )
        for line, code, name, unit, precision in rows
    ]
