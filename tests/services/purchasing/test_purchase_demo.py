"""The purchasing demo: orders in every state, receipts, a return, and a book in order."""

from __future__ import annotations

from sqlalchemy import func, select

from erp_desktop.models.party import Party
from erp_desktop.models.purchase import (
    GoodsReceipt,
    PurchaseOrder,
    PurchaseOrderAmendment,
    SupplierReturn,
)
from erp_desktop.services.checks import run_checks
from erp_desktop.services.demo import DemoOptions
from erp_desktop.services.demo.purchasing import build


def test_demo_has_every_state_and_passes_the_checks(book) -> None:
    build(book, DemoOptions(items=100), lambda step, done, total: None)

    def counts(session):
        states = dict(
            session.execute(
                select(PurchaseOrder.state, func.count()).group_by(PurchaseOrder.state)
            ).all()
        )
        return (
            states,
            session.scalar(select(func.count()).select_from(GoodsReceipt)),
            session.scalar(select(func.count()).select_from(SupplierReturn)),
            session.scalar(select(func.count()).select_from(PurchaseOrderAmendment)),
            session.scalars(select(Party.tax_id).where(Party.is_supplier.is_(True))).all(),
        )

    states, receipts, returns, amendments, tax_ids = book.read(counts)
    assert set(states) == {
        "draft",
        "confirmed",
        "partially_received",
        "received",
        "cancelled",
        "closed",
    }
    assert receipts >= states["received"] and returns == 1 and amendments == 1
    from stdnum.cn import uscc

    assert all(uscc.is_valid(t) for t in tax_ids)
    report = book.read(run_checks)
    assert report.ok, [str(p.message) for p in report.problems]
