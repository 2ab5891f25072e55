"""erp-desktop check finds received quantities, states and totals that disagree."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import update

from erp_desktop.models.purchase import PurchaseOrder, PurchaseOrderLine


def test_checks_catch_tampered_orders(shop) -> None:
    partly = shop.order((shop.screws, "10", "0.50"), (shop.rice, "2", "4.20"))
    shop.receive(partly, "4")
    complete = shop.order((shop.screws, "1", "0.50"))
    shop.receive(complete, "1")
    assert shop.problems() == []

    def tamper(session) -> None:
        session.execute(
            update(PurchaseOrderLine)
            .where(PurchaseOrderLine.order_id == partly, PurchaseOrderLine.line_no == 1)
            .values(received_quantity=D("5"))
        )
        session.execute(
            update(PurchaseOrder)
            .where(PurchaseOrder.id == complete)
            .values(state="partially_received", gross_total=D("9.99"))
        )

    shop.run(tamper)
    problems = shop.problems()
    assert any(
        p.startswith("PO received = receipts: Order PO-2026-000001 line 1: received says 5")
        for p in problems
    ), problems
    assert any(
        p.startswith("PO states: Order PO-2026-000002 is partially received") for p in problems
    ), problems
    assert any(
        "PO-2026-000002: the total 9.99 is not the sum of its lines 0.57" in p for p in problems
    )
