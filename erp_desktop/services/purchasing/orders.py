"""Purchase orders: draft → confirmed → partially received → received; cancelled; closed.

A draft may be edited, deleted or cancelled. Confirming checks it again, takes
the next gap-free PO number and freezes the lines: from then on they change
only through ``amendments.amend_order``, which records what changed. Receipts
and returns (``receipts``, ``returns``) move the order between confirmed,
partially received and received; ``close`` short-closes an order whose rest
will not come; ``cancel`` ends one on which nothing was received.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.lines import (
    check_unit_precision,
    inactive_item,
    line_error,
    missing_item,
)
from erp_desktop.domain.money import (
    PRICE_PLACES,
    QUANTITY_PLACES,
    RATE_PLACES,
    check_decimal,
    decimal_places,
    plain_decimal,
)
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.purchase import (
    ORDER_WORKFLOW,
    STARTED_STATES,
    LineAmounts,
    LineProgress,
    OrderState,
    base_unit_cost,
    line_amounts,
    state_after_receipts,
    totals,
)
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.item import Item
from erp_desktop.models.purchase import PurchaseOrder, PurchaseOrderLine
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.company import CURRENCIES, get_company
from erp_desktop.services.numbering import next_number
from erp_desktop.services.parties import SUPPLIER, active_party
from erp_desktop.services.permissions import require
from erp_desktop.services.rows import get_row
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import active_warehouse

SERIES = "purchase_order"


@dataclass(frozen=True)
class OrderLineInput:
    item_id: int
    quantity: Decimal  # in the ordered unit
    unit_price: Decimal  # net, per ordered unit
    tax_rate: Decimal | None  # a fraction (0.13); None: tax-exempt
    in_purchase_unit: bool = True  # the item's purchase unit, where it has one
    line_id: int | None = None  # in an amendment: the existing line this one is


@dataclass(frozen=True)
class OrderInput:
    supplier_id: int
    warehouse_id: int
    order_date: date
    lines: Sequence[OrderLineInput]
    expected_date: date | None = None
    currency: str | None = None  # None: the supplier's currency
    exchange_rate: Decimal | None = None  # book currency per unit of the order's (if foreign)
    notes: str = ""


@dataclass(frozen=True)
class CleanLine:
    """A validated line with everything the order line stores."""

    item_id: int
    line_id: int | None
    unit: str
    factor: Decimal
    quantity: Decimal
    base_quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal | None
    amounts: LineAmounts
    unit_cost: Decimal


@dataclass(frozen=True)
class CleanOrder:
    supplier_id: int
    warehouse_id: int
    order_date: date
    expected_date: date | None
    currency: str
    exchange_rate: Decimal
    notes: str
    lines: list[CleanLine]


def book_currency(session: Session) -> str:
    company = get_company(session)
    return company.currency if company else "CNY"


def clean_order(session: Session, data: OrderInput, *, for_amendment: bool = False) -> CleanOrder:
    """Validate an order's header and lines; ValidationError names the field or line."""
    supplier = active_party(session, data.supplier_id, SUPPLIER)
    active_warehouse(session, data.warehouse_id)
    currency = (data.currency or supplier.currency).strip().upper()
    if currency not in CURRENCIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported currency “{code}”."), code=currency
        )
    rate = Decimal(1)
    home = book_currency(session)
    if currency != home:
        if data.exchange_rate is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the exchange rate: how many {home} one {currency} is."
                ),
                home=home,
                currency=currency,
            )
        rate = check_decimal(
            data.exchange_rate,
            places=PRICE_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Exchange rate"),
        )
    require_business_date(session, data.order_date, field=QT_TRANSLATE_NOOP("fields", "Date"))
    require_business_date(
        session, data.expected_date, field=QT_TRANSLATE_NOOP("fields", "Expected date")
    )
    if data.expected_date is not None and data.expected_date < data.order_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The expected date cannot be before the order date.")
        )
    notes = clean_text(
        data.notes, field=QT_TRANSLATE_NOOP("fields", "Notes"), max_length=1000, multiline=True
    )
    items = _items(session, {line.item_id for line in data.lines})
    lines = [
        clean_line(number, line, items.get(line.item_id), rate, for_amendment=for_amendment)
        for number, line in enumerate(data.lines, start=1)
    ]
    return CleanOrder(
        supplier.id,
        data.warehouse_id,
        data.order_date,
        data.expected_date,
        currency,
        rate,
        notes,
        lines,
    )


def _items(session: Session, ids: set[int]) -> dict[int, Item]:
    if not ids:
        return {}
    return {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(ids)))}


def clean_line(
    number: int,
    line: OrderLineInput,
    item: Item | None,
    exchange_rate: Decimal,
    *,
    for_amendment: bool = False,
) -> CleanLine:
    if item is None:
        raise missing_item(number)
    if not item.active and not (for_amendment and line.line_id is not None):
        raise inactive_item(number, item.code, item.name)
    quantity, price, rate = _line_figures(number, line)
    unit, factor = _line_unit(number, line, item, quantity)
    base = (quantity * factor).quantize(Decimal("0.0001"))
    return CleanLine(
        item_id=item.id,
        line_id=line.line_id,
        unit=unit,
        factor=factor,
        quantity=quantity,
        base_quantity=base,
        unit_price=price,
        tax_rate=rate,
        amounts=line_amounts(quantity, price, rate),
        unit_cost=base_unit_cost(price, factor, exchange_rate),
    )


def _line_figures(number: int, line: OrderLineInput) -> tuple[Decimal, Decimal, Decimal | None]:
    """Quantity, unit price and tax rate of a line, checked."""
    try:
        quantity = check_decimal(
            line.quantity,
            places=QUANTITY_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
        price = check_decimal(
            line.unit_price, places=PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Unit price")
        )
        rate = line.tax_rate
        if rate is not None:
            rate = check_decimal(
                rate, places=RATE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Tax rate")
            )
            if rate >= 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The tax rate must be below 100 %.")
                )
    except ValidationError as exc:
        raise line_error(number, exc) from exc
    return quantity, price, rate


def _line_unit(
    number: int, line: OrderLineInput, item: Item, quantity: Decimal
) -> tuple[str, Decimal]:
    """The line's unit and its factor to the base unit; the quantity in base units must
    fit the item's decimals."""
    if line.in_purchase_unit and item.purchase_unit and item.purchase_factor:
        unit, factor = item.purchase_unit, item.purchase_factor
    else:
        unit, factor = item.base_unit, Decimal(1)
    if factor == 1:
        check_unit_precision(number, item.code, item.unit_precision, quantity)
    if decimal_places(quantity * factor) > item.unit_precision:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: {quantity} {unit} is {base} {base_unit}, but {code} is counted "
                "in whole units or at most {places} decimals.",
            ),
            line=number,
            quantity=plain_decimal(quantity),
            unit=unit,
            base=plain_decimal(quantity * factor),
            base_unit=item.base_unit,
            code=item.code,
            places=item.unit_precision,
        )
    return unit, factor


def new_line(line_no: int, line: CleanLine) -> PurchaseOrderLine:
    return PurchaseOrderLine(line_no=line_no, received_quantity=Decimal(0), **line_fields(line))


def line_fields(line: CleanLine) -> dict[str, object]:
    return {
        "item_id": line.item_id,
        "unit": line.unit,
        "factor": line.factor,
        "quantity": line.quantity,
        "base_quantity": line.base_quantity,
        "unit_price": line.unit_price,
        "tax_rate": line.tax_rate,
        "net_amount": line.amounts.net,
        "tax_amount": line.amounts.tax,
        "gross_amount": line.amounts.gross,
        "unit_cost": line.unit_cost,
    }


def set_totals(row: PurchaseOrder) -> None:
    total = totals(LineAmounts(x.net_amount, x.tax_amount, x.gross_amount) for x in row.lines)
    row.net_total, row.tax_total, row.gross_total = total.net, total.tax, total.gross


def _set_header(row: PurchaseOrder, data: CleanOrder) -> None:
    row.supplier_id, row.warehouse_id = data.supplier_id, data.warehouse_id
    row.order_date, row.expected_date = data.order_date, data.expected_date
    row.currency, row.exchange_rate, row.notes = data.currency, data.exchange_rate, data.notes


def _changed(row: PurchaseOrder) -> Changes:
    return Changes.of(Area.PURCHASING, document_id=row.id, number=row.number)


def create_order(session: Session, user_id: int, data: OrderInput) -> Changed[int]:
    """Save a new draft (it may have no lines yet)."""
    require(session, user_id, Permission.PURCHASE)
    clean = clean_order(session, data)
    row = PurchaseOrder(state=OrderState.DRAFT, created_by_id=user_id, version=0, end_reason="")
    _set_header(row, clean)
    row.lines = [new_line(n, line) for n, line in enumerate(clean.lines, start=1)]
    set_totals(row)
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="purchase_order.create",
        subject=f"purchase_order:{row.id}",
        details={"lines": len(row.lines), "gross": row.gross_total},
    )
    return Changed(row.id, _changed(row))


def get_order(
    session: Session, order_id: int, *, lock: bool = False, load_lines: bool = True
) -> PurchaseOrder:
    """The order; with ``lock``, its row and then its lines' rows are locked until commit
    (always in that order, by every writer) and read as committed after the lock.
    ``load_lines=False`` locks the lines without loading them as objects (receipts read
    the few columns they need)."""
    row = get_row(
        session,
        PurchaseOrder,
        order_id,
        lock=lock,
        missing=QT_TRANSLATE_NOOP("errors", "Purchase order {id} does not exist."),
    )
    if lock:
        lines = select(PurchaseOrderLine if load_lines else PurchaseOrderLine.id).where(
            PurchaseOrderLine.order_id == order_id
        )
        lines = lines.order_by(PurchaseOrderLine.id).with_for_update()
        if load_lines:
            lines = lines.execution_options(populate_existing=True)
        session.execute(lines).all()
    return row


def update_order(session: Session, user_id: int, order_id: int, data: OrderInput) -> Changed[None]:
    require(session, user_id, Permission.PURCHASE)
    row = get_order(session, order_id, lock=True)
    ORDER_WORKFLOW.target(row.state, "edit")
    clean = clean_order(session, data)
    _set_header(row, clean)
    row.lines.clear()
    session.flush()
    row.lines.extend(new_line(n, line) for n, line in enumerate(clean.lines, start=1))
    set_totals(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="purchase_order.update",
        subject=f"purchase_order:{row.id}",
        details={"lines": len(row.lines), "gross": row.gross_total},
    )
    return Changed(None, _changed(row))


def delete_order(session: Session, user_id: int, order_id: int) -> Changed[None]:
    require(session, user_id, Permission.PURCHASE)
    row = get_order(session, order_id, lock=True)
    ORDER_WORKFLOW.target(row.state, "delete")
    session.delete(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="purchase_order.delete",
        subject=f"purchase_order:{order_id}",
    )
    return Changed(None, Changes.of(Area.PURCHASING, document_id=order_id))


def confirm_order(session: Session, user_id: int, order_id: int) -> Changed[str]:
    """Check the draft again, give it its PO number and freeze it; returns the number."""
    require(session, user_id, Permission.PURCHASE)
    row = get_order(session, order_id, lock=True)
    target = ORDER_WORKFLOW.target(row.state, "confirm")
    if not row.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Add at least one line before confirming the order.")
        )
    active_party(session, row.supplier_id, SUPPLIER)
    active_warehouse(session, row.warehouse_id)
    items = _items(session, {line.item_id for line in row.lines})
    for line in row.lines:
        item = items[line.item_id]
        if not item.active:
            raise inactive_item(line.line_no, item.code, item.name)
    row.state = target
    row.number = next_number(session, SERIES, row.order_date)
    row.confirmed_by_id, row.confirmed_at = user_id, utc_now()
    session.flush()
    seal(session, user_id, "purchase_order", row.id)
    audit.record(
        session,
        user_id=user_id,
        action="purchase_order.confirm",
        subject=f"purchase_order:{row.id}",
        details={"number": row.number, "gross": row.gross_total, "currency": row.currency},
    )
    return Changed(row.number, _changed(row))


def _end(session: Session, user_id: int, order_id: int, verb: str, reason: str) -> Changed[None]:
    require(session, user_id, Permission.PURCHASE)
    row = get_order(session, order_id, lock=True)
    target = ORDER_WORKFLOW.target(row.state, verb)
    reason = clean_text(reason, field=QT_TRANSLATE_NOOP("fields", "Reason"), max_length=500)
    if verb == "cancel" and any(line.received_quantity > 0 for line in row.lines):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Goods were received on this order: close it instead of cancelling."
            )
        )
    row.state, row.end_reason = target, reason
    row.ended_by_id, row.ended_at = user_id, utc_now()
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action=f"purchase_order.{verb}",
        subject=f"purchase_order:{row.id}",
        details={"number": row.number, "reason": reason},
    )
    return Changed(None, _changed(row))


def cancel_order(session: Session, user_id: int, order_id: int, reason: str = "") -> Changed[None]:
    """End an order on which nothing was received."""
    return _end(session, user_id, order_id, "cancel", reason)


def close_order(session: Session, user_id: int, order_id: int, reason: str = "") -> Changed[None]:
    """Short-close: what was received stays, the rest will not come."""
    return _end(session, user_id, order_id, "close", reason)


def refresh_state(row: PurchaseOrder) -> None:
    """After a receipt, a return or an amendment: the lines decide an open order's state."""
    if row.state in STARTED_STATES:
        row.state = state_after_receipts(
            LineProgress(line.base_quantity, line.received_quantity) for line in row.lines
        )


def state_label(state: str) -> Msg:
    return ORDER_WORKFLOW.state_label(state)
