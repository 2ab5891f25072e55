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

from erp_desktop.domain.documents import DocType
from erp_desktop.domain.lines import take_quantities
from erp_desktop.domain.money import plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.purchase import ORDER_WORKFLOW
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
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.purchasing.orders import get_order, refresh_state
from erp_desktop.services.purchasing.receipts import get_receipt
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import virtual_location
from erp_desktop.services.stock.posting import (
    MoveRequest,
    PostingResult,
    lock_balances,
    post_moves,
    replay_of,
)

SERIES = "supplier_return"


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
    changes: Changes

    @property
    def replayed(self) -> bool:
        return self.changes.replayed


def _posted(
    row: SupplierReturn, posting_id: int, order: PurchaseOrder, replayed: bool
) -> PostedReturn:
    changes = Changes.of(
        Area.PURCHASING, Area.STOCK, document_id=row.id, number=row.number, replayed=replayed
    )
    return PostedReturn(row.id, row.number, posting_id, order.state, changes)


def return_goods(session: Session, user_id: int, data: ReturnInput, key: str) -> PostedReturn:
    """Post a return. The same ``key`` again returns the first result."""
    require(session, user_id, Permission.RECEIVE)
    receipt = get_receipt(session, data.receipt_id)
    order = get_order(session, receipt.order_id, lock=True)
    receipt_lines = _lock_receipt_lines(session, receipt.id)
    earlier = replay_of(session, key, DocType.SUPPLIER_RETURN)
    if earlier is not None:
        return _replayed(session, earlier.posting_id, order)
    ORDER_WORKFLOW.target(order.state, "return")
    reason = _check_header(session, data, receipt)
    chosen = _take_lines(session, data, receipt, receipt_lines)
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    balances = lock_balances(
        session,
        {(line.item_id, receipt.warehouse_id) for line, _ in chosen}
        | {(line.item_id, supplier) for line, _ in chosen},
    )
    document = _new_return(session, data, receipt, order.id, user_id, reason)
    for line, quantity in chosen:
        value = _value_back(line, quantity, balances[(line.item_id, receipt.warehouse_id)])
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
    result = _post(session, user_id, key, document, supplier, receipt_lines)
    _take_back(order, document, receipt_lines)
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
    return _posted(document, result.posting_id, order, replayed=False)


def _lock_receipt_lines(session: Session, receipt_id: int) -> dict[int, GoodsReceiptLine]:
    lines = session.scalars(
        select(GoodsReceiptLine)
        .where(GoodsReceiptLine.receipt_id == receipt_id)
        .order_by(GoodsReceiptLine.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {line.id: line for line in lines}


def _check_header(session: Session, data: ReturnInput, receipt: GoodsReceipt) -> str:
    """The return's date and reason; returns the cleaned reason."""
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
    return reason


def _take_lines(
    session: Session,
    data: ReturnInput,
    receipt: GoodsReceipt,
    receipt_lines: dict[int, GoodsReceiptLine],
) -> list[tuple[GoodsReceiptLine, Decimal]]:
    item_ids = {line.item_id for line in receipt_lines.values()}
    items = {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(item_ids)))}

    def not_a_line(position: int, _line_id: int) -> Exception:
        return ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line} is not a line of receipt {number}."),
            line=position,
            number=receipt.number,
        )

    def check(line: GoodsReceiptLine, quantity: Decimal) -> None:
        left = line.quantity - line.returned_quantity
        if quantity <= left:
            return
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

    return take_quantities(
        ((entry.receipt_line_id, entry.quantity) for entry in data.lines),
        receipt_lines,
        line_no=lambda line: line.line_no,
        not_a_line=not_a_line,
        check=check,
    )


def _new_return(
    session: Session,
    data: ReturnInput,
    receipt: GoodsReceipt,
    order_id: int,
    user_id: int,
    reason: str,
) -> SupplierReturn:
    return SupplierReturn(
        number=next_number(session, SERIES, data.return_date),
        order_id=order_id,
        receipt_id=receipt.id,
        supplier_id=receipt.supplier_id,
        warehouse_id=receipt.warehouse_id,
        return_date=data.return_date,
        reason=reason,
        created_by_id=user_id,
    )


def _post(
    session: Session,
    user_id: int,
    key: str,
    document: SupplierReturn,
    supplier: int,
    receipt_lines: dict[int, GoodsReceiptLine],
) -> PostingResult:
    """Warehouse → supplier at the value each line takes back."""
    return post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.SUPPLIER_RETURN,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=document.warehouse_id,
                to_location_id=supplier,
                quantity=line.quantity,
                value=line.value,
                doc_line_id=line.id,
                line_no=receipt_lines[line.receipt_line_id].line_no,
                reason=document.reason[:200],
            )
            for line in document.lines
        ],
        move_date=document.return_date,
        doc_id=document.id,
        doc_number=document.number,
    )


def _take_back(
    order: PurchaseOrder, document: SupplierReturn, receipt_lines: dict[int, GoodsReceiptLine]
) -> None:
    """What went back is no longer received: on the receipt lines and the order lines."""
    order_lines = {line.id: line for line in order.lines}
    for returned in document.lines:
        line = receipt_lines[returned.receipt_line_id]
        line.returned_quantity += returned.quantity
        line.returned_value += returned.value
        order_lines[returned.order_line_id].received_quantity -= returned.quantity


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


def _replayed(session: Session, posting_id: int, order: PurchaseOrder) -> PostedReturn:
    row = session.scalars(
        select(SupplierReturn).where(SupplierReturn.posting_id == posting_id)
    ).first()
    if row is None or row.order_id != order.id:
        raise ValueError("idempotency key reused for another action")
    return _posted(row, posting_id, order, replayed=True)


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
