"""Checks of purchasing: received quantities, order states and totals, gap-free numbers."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from erp_desktop.domain.purchase import ORDER_WORKFLOW, STARTED_STATES, OrderState
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
    SupplierReturn,
    SupplierReturnLine,
)
from erp_desktop.services.checks.book import numbers_without_gaps

LIMIT = 20
ZERO = Decimal(0)


def _label(number: str | None, order_id: int) -> str:
    return number or f"#{order_id}"


def received_equals_receipts(session: Session) -> Iterable[Msg]:
    """Each order line's received quantity = Σ its receipt lines − Σ its return lines."""
    qty = PurchaseOrderLine.received_quantity.type
    receipts = (
        select(
            GoodsReceiptLine.order_line_id.label("line_id"),
            func.sum(GoodsReceiptLine.quantity, type_=qty).label("quantity"),
        )
        .group_by(GoodsReceiptLine.order_line_id)
        .subquery()
    )
    returns = (
        select(
            SupplierReturnLine.order_line_id.label("line_id"),
            func.sum(SupplierReturnLine.quantity, type_=qty).label("quantity"),
        )
        .group_by(SupplierReturnLine.order_line_id)
        .subquery()
    )
    rows = session.execute(
        select(
            PurchaseOrder.number,
            PurchaseOrder.id,
            PurchaseOrderLine.line_no,
            PurchaseOrderLine.received_quantity,
            receipts.c.quantity,
            returns.c.quantity,
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .outerjoin(receipts, receipts.c.line_id == PurchaseOrderLine.id)
        .outerjoin(returns, returns.c.line_id == PurchaseOrderLine.id)
        .where(
            PurchaseOrderLine.received_quantity
            != func.coalesce(receipts.c.quantity, ZERO) - func.coalesce(returns.c.quantity, ZERO)
        )
        .order_by(PurchaseOrder.id, PurchaseOrderLine.line_no)
        .limit(LIMIT)
    )
    for number, order_id, line_no, received, came, went in rows:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks",
                "Order {number} line {line}: received says {received}, the receipts bring "
                "{came} and the returns take back {went}.",
            ),
            "checks",
            {
                "number": _label(number, order_id),
                "line": line_no,
                "received": received,
                "came": came or ZERO,
                "went": went or ZERO,
            },
        )


def returned_equals_returns(session: Session) -> Iterable[Msg]:
    qty = GoodsReceiptLine.returned_quantity.type
    returns = (
        select(
            SupplierReturnLine.receipt_line_id.label("line_id"),
            func.sum(SupplierReturnLine.quantity, type_=qty).label("quantity"),
        )
        .group_by(SupplierReturnLine.receipt_line_id)
        .subquery()
    )
    rows = session.execute(
        select(GoodsReceipt.number, GoodsReceiptLine.line_no, GoodsReceiptLine.returned_quantity)
        .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
        .outerjoin(returns, returns.c.line_id == GoodsReceiptLine.id)
        .where(GoodsReceiptLine.returned_quantity != func.coalesce(returns.c.quantity, ZERO))
        .limit(LIMIT)
    )
    for number, line_no, returned in rows:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks",
                "Receipt {number} line {line}: returned says {returned}, the returns differ.",
            ),
            "checks",
            {"number": number, "line": line_no, "returned": returned},
        )


def states_agree_with_lines(session: Session) -> Iterable[Msg]:
    """Open orders' states follow their lines; drafts and cancelled orders hold nothing."""
    line = PurchaseOrderLine
    rows = session.execute(
        select(
            PurchaseOrder.id,
            PurchaseOrder.number,
            PurchaseOrder.state,
            func.count(line.id),
            func.sum(case((line.received_quantity >= line.base_quantity, 1), else_=0)),
            func.sum(case((line.received_quantity > 0, 1), else_=0)),
        )
        .outerjoin(line, line.order_id == PurchaseOrder.id)
        .group_by(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.state)
    )
    found = 0
    for order_id, number, state, count, complete, started in rows:
        expected = state
        if state in STARTED_STATES:
            expected = _expected(count, complete or 0, started or 0)
        elif state in _UNNUMBERED and started:
            expected = "?"
        numbered = state not in _UNNUMBERED
        if (state == OrderState.DRAFT and number is not None) or (numbered and number is None):
            expected = "?"
        if expected != state:
            found += 1
            if found > LIMIT:
                return
            yield Msg(
                QT_TRANSLATE_NOOP(
                    "checks",
                    "Order {number} is {state}, but its lines say otherwise ({complete} of "
                    "{count} complete, {started} with goods received).",
                ),
                "checks",
                {
                    "number": _label(number, order_id),
                    "state": ORDER_WORKFLOW.state_label(state),
                    "complete": complete or 0,
                    "count": count,
                    "started": started or 0,
                },
            )


_UNNUMBERED = (OrderState.DRAFT, OrderState.CANCELLED)


def _expected(count: int, complete: int, started: int) -> OrderState:
    """``domain.purchase.state_after_receipts`` from counts of lines."""
    if count and complete == count:
        return OrderState.RECEIVED
    return OrderState.PARTIALLY_RECEIVED if started else OrderState.CONFIRMED


def totals_are_sums_of_lines(session: Session) -> Iterable[Msg]:
    money = PurchaseOrder.net_total.type
    sums = (
        select(
            PurchaseOrderLine.order_id.label("order_id"),
            func.sum(PurchaseOrderLine.net_amount, type_=money).label("net"),
            func.sum(PurchaseOrderLine.tax_amount, type_=money).label("tax"),
            func.sum(PurchaseOrderLine.gross_amount, type_=money).label("gross"),
        )
        .group_by(PurchaseOrderLine.order_id)
        .subquery()
    )
    rows = session.execute(
        select(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.gross_total, sums.c.gross)
        .outerjoin(sums, sums.c.order_id == PurchaseOrder.id)
        .where(
            (PurchaseOrder.net_total != func.coalesce(sums.c.net, ZERO))
            | (PurchaseOrder.tax_total != func.coalesce(sums.c.tax, ZERO))
            | (PurchaseOrder.gross_total != func.coalesce(sums.c.gross, ZERO))
        )
        .limit(LIMIT)
    )
    for order_id, number, total, lines in rows:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks", "Order {number}: the total {total} is not the sum of its lines {lines}."
            ),
            "checks",
            {"number": _label(number, order_id), "total": total, "lines": lines or ZERO},
        )


CHECKS = (
    ("PO received = receipts", received_equals_receipts),
    ("GR returned = returns", returned_equals_returns),
    ("PO states", states_agree_with_lines),
    ("PO totals", totals_are_sums_of_lines),
    ("numbers PO", numbers_without_gaps("purchase_order", PurchaseOrder.number)),
    ("numbers GR", numbers_without_gaps("goods_receipt", GoodsReceipt.number)),
    ("numbers SR", numbers_without_gaps("supplier_return", SupplierReturn.number)),
)
