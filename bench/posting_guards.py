"""What the database guards cost a posting on a server book (issue 12).

    .venv/bin/python bench/posting_guards.py --url postgresql://erp:erp@localhost [--runs 10]

Builds two books on the server (databases ``erp_bench_guards_on`` and ``…_off``, dropped
afterwards with their roles), each with 300 items, 1,000 of each on hand, and times, as
the book owner, posting a 100-line stock adjustment and a 200-line goods receipt (a
confirmed order, every line received in full), then that receipt's 200-line supplier return.

"Secured" is the book as ``apply_security`` leaves it. "Unguarded" is the same book with
every row guard trigger dropped (posted documents, confirmed orders, issued invoices,
immutable ledger, move-needs-posting): what stays is what the app cannot post without on a
server book, the balance trigger and the SECURITY DEFINER functions (``erp_lock_balances``,
``erp_next_number``), so their cost is in both figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from common import header, summary
from sqlalchemy import create_engine

from erp_desktop.db.book import Book, create_book
from erp_desktop.db.location import BookLocation
from erp_desktop.db.pg_security import _TRIGGERS, drop_book_roles
from erp_desktop.services.company import CompanyProfile, setup_company
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    confirm_order,
    create_order,
    get_order,
)
from erp_desktop.services.purchasing.receipts import (
    ReceiptInput,
    ReceiptLineInput,
    receive_goods,
)
from erp_desktop.services.purchasing.returns import (
    ReturnInput,
    ReturnLineInput,
    return_goods,
    returnable_lines,
)
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key

DAY = date(2026, 12, 3)
GUARDS = sorted({(table, trigger) for table, trigger, _ in _TRIGGERS if trigger != "erp_balances"})


def build(url: str, *, guarded: bool) -> tuple[Book, list[int], int, int]:
    book = create_book(BookLocation.parse(url))
    book.run(lambda s: setup_company(s, CompanyProfile("基准测试有限公司"), "管理员").value)
    warehouse = book.read(list_warehouses)[0].id

    def stock_items(session) -> list[int]:
        return [
            create_item(session, 1, ItemData(f"B{n:04d}", f"基准商品 {n:04d}", "个")).value
            for n in range(300)
        ]

    items = book.run(stock_items)
    for first in range(0, 300, 100):  # 1,000 of each on hand, so the posts never run short
        lines = [
            AdjustmentLineInput(i, Decimal(1000), Decimal("2.50")) for i in items[first:][:100]
        ]
        opening = AdjustmentInput(warehouse, DAY, "found", lines)
        draft = book.run(lambda s, d=opening: create_adjustment(s, 1, d).value)
        book.run(lambda s, d=draft: post_adjustment(s, 1, d, new_key()))
    if not guarded:
        with book.engine.begin() as conn:
            for table, trigger in GUARDS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    supplier = book.run(
        lambda s: create_party(s, 1, PartyData("S-BENCH", "基准供应商", is_supplier=True)).value
    )
    return book, items, warehouse, supplier


def adjustment(book: Book, items: list[int], warehouse: int) -> float:
    lines = [AdjustmentLineInput(i, Decimal(1), Decimal("2.50")) for i in items[:100]]
    data = AdjustmentInput(warehouse, DAY, "found", lines)
    draft = book.run(lambda s: create_adjustment(s, 1, data).value)
    key = new_key()
    started = time.perf_counter()
    book.run(lambda s: post_adjustment(s, 1, draft, key))
    return time.perf_counter() - started


def receipt_and_return(
    book: Book, items: list[int], warehouse: int, supplier: int
) -> tuple[float, float]:
    lines = [OrderLineInput(i, Decimal(3), Decimal("3.25"), Decimal("0.13")) for i in items[:200]]
    order = book.run(
        lambda s: create_order(s, 1, OrderInput(supplier, warehouse, DAY, lines)).value
    )
    book.run(lambda s: confirm_order(s, 1, order).value)
    ids = book.read(lambda s: [(x.id, x.base_quantity) for x in get_order(s, order).lines])
    data = ReceiptInput(order, DAY, [ReceiptLineInput(i, q) for i, q in ids])
    key = new_key()
    started = time.perf_counter()
    posted = book.run(lambda s: receive_goods(s, 1, data, key))
    receiving = time.perf_counter() - started
    back = book.read(lambda s: returnable_lines(s, posted.receipt_id))
    give = ReturnInput(
        posted.receipt_id, DAY, [ReturnLineInput(x.receipt_line_id, Decimal(1)) for x in back]
    )
    key = new_key()
    started = time.perf_counter()
    book.run(lambda s: return_goods(s, 1, give, key))
    return receiving, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="server URL, without a database")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    base = args.url.rstrip("/")
    print(header("posting on a secured vs an unguarded server book"))
    medians: dict[str, dict[str, float]] = {}
    for name, guarded in (("secured", True), ("unguarded", False)):
        database = f"erp_bench_guards_{'on' if guarded else 'off'}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{database}"')
        book, items, warehouse, supplier = build(f"{base}/{database}", guarded=guarded)
        prefix = str(book.meta("role_prefix"))
        try:
            adjusting, receiving, returning = [], [], []
            for _ in range(args.runs):
                adjusting.append(adjustment(book, items, warehouse))
                took = receipt_and_return(book, items, warehouse, supplier)
                receiving.append(took[0])
                returning.append(took[1])
            figures = {
                "post a 100-line adjustment": adjusting,
                "post a 200-line receipt": receiving,
                "post a 200-line supplier return": returning,
            }
            for label, seconds in figures.items():
                print(summary(f"{name}: {label}", seconds))
            medians[name] = {k: statistics.median(v) for k, v in figures.items()}
        finally:
            book.close()
            with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            engine = create_engine(f"{base}/postgres".replace("postgresql:", "postgresql+psycopg:"))
            with engine.begin() as conn:
                drop_book_roles(conn, prefix)
            engine.dispose()
    for label, secured in medians["secured"].items():
        extra = (secured / medians["unguarded"][label] - 1) * 100
        print(f"guards' share, {label}: {extra:+.0f} % of the unguarded median")


if __name__ == "__main__":
    main()
