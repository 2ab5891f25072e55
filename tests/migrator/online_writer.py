"""A shop at work while its book moves: a process posting documents at a steady rate.

    python -m tests.migrator.online_writer BOOK JOURNAL PER_SECOND   (BOOK: a file or a URL)

In turn: a stock adjustment, a goods receipt (its order made, confirmed and
received in one save), an invoice (made and issued in one save), each through
``Book.run`` like the GUI. After each commit one line ``[table, id, number]``
goes to JOURNAL (flushed). When the book says it moved, the writer writes
``moved`` and ends: nothing it saw committed may be missing on the server.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from decimal import Decimal as D

from sqlalchemy import select, text

from erp_desktop.db.book import BookMoved, open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.services.invoicing import drafts, issuing
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    confirm_order,
    create_order,
    get_order,
)
from erp_desktop.services.purchasing.receipts import ReceiptInput, ReceiptLineInput, receive_goods
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.posting import new_key

USER = 1


def _shop(session):
    """A warehouse and an item with stock there, a supplier, a customer."""
    from erp_desktop.models.party import Party

    warehouse, item = session.execute(
        text(
            "SELECT b.location_id, b.item_id FROM stock_balance b"
            " JOIN location l ON l.id = b.location_id AND l.kind = 'warehouse'"
            " JOIN item i ON i.id = b.item_id AND i.active"
            " WHERE b.quantity > 0 ORDER BY b.item_id LIMIT 1"
        )
    ).one()
    supplier = session.scalar(select(Party.id).where(Party.is_supplier).order_by(Party.id))
    customer = session.scalar(select(Party.id).where(Party.is_customer).order_by(Party.id))
    return warehouse, item, supplier, customer


def adjustment(book, warehouse: int, item: int) -> list[object]:
    def work(s):
        data = AdjustmentInput(
            warehouse, date.today(), "found", [AdjustmentLineInput(item, D(1), D("2.50"))]
        )
        posted = post_adjustment(s, USER, create_adjustment(s, USER, data).value, new_key())
        return ["stock_adjustment", posted.adjustment_id, posted.number]

    return book.run(work)  # type: ignore[no-any-return]


def receipt(book, warehouse: int, item: int, supplier: int) -> list[object]:
    def work(s):
        line = OrderLineInput(item, D(1), D("2.00"), D("0.13"), in_purchase_unit=False)
        order = create_order(s, USER, OrderInput(supplier, warehouse, date.today(), [line])).value
        confirm_order(s, USER, order)
        lines = [ReceiptLineInput(x.id, x.base_quantity) for x in get_order(s, order).lines]
        posted = receive_goods(s, USER, ReceiptInput(order, date.today(), lines), new_key())
        return ["goods_receipt", posted.receipt_id, posted.number]

    return book.run(work)  # type: ignore[no-any-return]


def invoice(book, warehouse: int, item: int, customer: int) -> list[object]:
    def work(s):
        data = drafts.InvoiceData(
            customer,
            date.today(),
            [drafts.LineData(item, D(1), D("9.90"), D("0.13"))],
            warehouse_id=warehouse,
        )
        issued = issuing.issue(s, USER, drafts.create_invoice(s, USER, data).value, new_key())
        return ["invoice", issued.invoice_id, issued.number]

    return book.run(work)  # type: ignore[no-any-return]


def main(path: str, journal: str, per_second: float) -> None:
    book = open_book(BookLocation.parse(path))
    warehouse, item, supplier, customer = book.read(_shop)
    posts = [
        lambda: adjustment(book, warehouse, item),
        lambda: receipt(book, warehouse, item, supplier),
        lambda: invoice(book, warehouse, item, customer),
    ]
    interval = 1.0 / per_second
    started = time.monotonic()
    with open(journal, "a", encoding="utf-8") as out:
        for n in range(1_000_000):
            try:
                done = posts[n % 3]()
            except BookMoved:
                out.write("moved\n")
                break
            out.write(json.dumps(done) + "\n")
            out.flush()
            time.sleep(max(0.0, started + (n + 1) * interval - time.monotonic()))
    book.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
