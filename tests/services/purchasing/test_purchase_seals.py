"""Tamper evidence for purchasing documents (services/seals.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.seals import SEAL_ACTION, recorded_seals
from tests.services.test_seals import raw_sql


def test_rewritten_order_line_and_deleted_return_are_found(shop, book_url) -> None:
    ps = shop
    order = ps.order((ps.screws, "10", "1.50"))
    receipt = ps.receive(order, "4")
    returned = ps.give_back(receipt, "1")
    ps.receive(order, "6")  # the order's running figures change: that is no tampering
    assert ps.problems() == []
    seals = ps.read(recorded_seals)
    assert {s.split(":")[0] for s in seals} == {"purchase_order", "receipt", "supplier_return"}
    price = "0.5" if book_url.startswith("postgresql") else "500000"  # SQLite: millionths
    raw_sql(
        book_url, f"UPDATE purchase_order_line SET unit_price = {price} WHERE order_id = {order}"
    )
    found = "\n".join(ps.problems())
    assert "purchase order PO-" in found and "was changed after it was issued" in found
    count = ps.read(
        lambda s: s.scalar(select(func.count()).where(AuditEvent.action == SEAL_ACTION))
    )
    assert count == 4  # the order, two receipts, the return
    if book_url.startswith("postgresql"):  # the owner lifts the guards first, on purpose
        for table in ("supplier_return", "supplier_return_line"):
            raw_sql(book_url, f"ALTER TABLE {table} DISABLE TRIGGER erp_posted")
    raw_sql(book_url, f"DELETE FROM supplier_return_line WHERE return_id = {returned.return_id}")
    raw_sql(book_url, f"DELETE FROM supplier_return WHERE id = {returned.return_id}")
    found = "\n".join(ps.problems())
    assert f"supplier return {returned.number} was sealed in the audit trail but is gone" in found
