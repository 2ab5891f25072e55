"""Purchasing figures of issue 4, on a big stock book plus 20,000 purchase orders.

    .venv/bin/python bench/purchasing.py [--big BOOK] [--keep /tmp/purchasing-bench.erpbook]

``--big`` is the stock benchmark book (``erp-desktop demo --items 100000
--warehouses 5 --moves 1000000``), copied so it is not changed; without it a base
of ``--items`` items × ``--warehouses`` warehouses (a reorder rule and opening stock
for each) is built. 20,000 orders are then added (``purchasing_book.py``).
``--keep`` keeps the built book and reuses it on the next run. ``--url`` builds
on PostgreSQL instead (an empty database).

Measured: confirming a 200-line order, posting a 200-line receipt, the order list
opening (widget and first page) and filtering per keystroke, reorder suggestions.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, summary
from purchasing_book import add_orders, build_base
from sqlalchemy import func, select

from erp_desktop.db.book import Book, create_book, open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.models.item import Item
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import PurchaseOrder
from erp_desktop.services.company import CompanyProfile, setup_company
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
from erp_desktop.services.purchasing.reorder import reorder_suggestions
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key

LINES = 200


def prepare(args: argparse.Namespace, folder: Path) -> Book:
    if args.url:
        book = create_book(BookLocation.parse(args.url))
        book.run(lambda s: setup_company(s, CompanyProfile("基准测试有限公司"), "管理员").value)
    else:
        target = Path(args.keep) if args.keep else folder / "bench.erpbook"
        if target.exists() and args.keep:
            return open_book(BookLocation.parse(str(target)))
        if args.big:
            shutil.copyfile(args.big, target)
            book = open_book(BookLocation.parse(str(target)))
        else:
            book = create_book(BookLocation.parse(str(target)))
            book.run(lambda s: setup_company(s, CompanyProfile("基准测试有限公司"), "管理员").value)
    started = time.perf_counter()
    items = book.read(lambda s: s.scalar(select(func.count()).select_from(Item)))
    if items < args.items:
        build_base(book, args.items - items, args.warehouses)
        print(f"  base built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    started = time.perf_counter()
    add_orders(book, args.orders)
    print(
        f"  {args.orders:,} orders added in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )
    return book


def draft(book: Book, rng: random.Random, items: list[int], supplier: int, warehouse: int) -> int:
    lines = [
        OrderLineInput(item, Decimal(rng.randint(1, 50)), Decimal("3.2500"), Decimal("0.13"))
        for item in rng.sample(items, LINES)
    ]
    data = OrderInput(supplier, warehouse, date(2026, 11, 29), lines)
    return book.run(lambda s: create_order(s, 1, data).value)


def documents(book: Book, runs: int) -> tuple[list[float], list[float]]:
    rng = random.Random(4)
    items = book.read(
        lambda s: list(
            s.scalars(select(Item.id).where(Item.active.is_(True)).order_by(Item.id).limit(50_000))
        )
    )
    supplier = book.read(lambda s: s.scalar(select(Party.id).where(Party.is_supplier.is_(True))))
    warehouse = book.read(list_warehouses)[0].id
    confirming, receiving = [], []
    for _ in range(runs):
        order = draft(book, rng, items, supplier, warehouse)
        started = time.perf_counter()
        book.run(lambda s, o=order: confirm_order(s, 1, o).value)
        confirming.append(time.perf_counter() - started)
        line_ids = book.read(
            lambda s, o=order: [(x.id, x.base_quantity) for x in get_order(s, o).lines]
        )
        data = ReceiptInput(
            order, date(2026, 11, 29), [ReceiptLineInput(i, q) for i, q in line_ids]
        )
        key = new_key()
        started = time.perf_counter()
        result = book.run(lambda s, d=data, k=key: receive_goods(s, 1, d, k))
        receiving.append(time.perf_counter() - started)
        assert result.order_state == "received"
    return confirming, receiving


def order_list(book: Book, runs: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtWidgets import QApplication, QWidget

    from erp_desktop.services.company import get_company
    from erp_desktop.services.opening import OpenBook
    from erp_desktop.services.users import default_user
    from erp_desktop.settings import Settings
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.purchasing.order_list import OrderListWidget
    from erp_desktop.ui.runner import OperationRunner

    app = QApplication.instance() or QApplication([])
    host = QWidget()
    ctx = AppContext(Settings(), OperationRunner(host))
    ctx.opened = OpenBook(book, *book.read(lambda s: (get_company(s), default_user(s))))
    opening, typing = [], []
    widget = None
    for _ in range(runs):
        started = time.perf_counter()
        widget = OrderListWidget(ctx)
        widget.resize(1000, 700)
        widget.show()
        app.processEvents()
        _loaded(app, widget.model)  # the first page comes from a worker thread
        opening.append(time.perf_counter() - started)
        widget.close()
    assert widget is not None
    for text in (
        "基",
        "基准",
        "基准供",
        "基准供应",
        "基准供应商 00",
        "基准供应商 001",
        "PO-",
        "PO-2026-0001",
        "加急",
    ):
        widget.filter_edit.setText(text)
        widget.typing.stop()  # the pause in typing ends: what it starts is timed
        started = time.perf_counter()
        widget.model.set_text(text)
        app.processEvents()
        _loaded(app, widget.model)
        typing.append(time.perf_counter() - started)
    rows = widget.model.rowCount()
    return opening, typing, rows


def _loaded(app, model) -> None:
    """Until the list's reads (on the runner's worker) have come back and been applied."""
    from PySide6.QtCore import QEventLoop

    while model.fetching:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", help="the stock benchmark book (SQLite file), copied")
    parser.add_argument("--keep", help="keep the built book here and reuse it next time")
    parser.add_argument("--url", help="build on this empty PostgreSQL database instead")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--warehouses", type=int, default=5)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        book = prepare(args, Path(folder))
        try:
            counts = book.read(
                lambda s: (
                    s.scalar(select(func.count()).select_from(Item)),
                    len(list_warehouses(s)),
                    s.scalar(select(func.count()).select_from(PurchaseOrder)),
                )
            )
            print(header("Purchasing"))
            items, warehouses, orders = counts
            print(f"book: {book.kind}, {items:,} items, {warehouses} warehouses, {orders:,} orders")
            confirming, receiving = documents(book, args.runs)
            print(summary(f"confirm a {LINES}-line order", confirming, 0.200))
            print(summary(f"post a {LINES}-line receipt", receiving, 0.300))
            opening, typing, _rows = order_list(book, args.runs)
            print(summary("order list opens (widget + first page)", opening, 0.500))
            print(summary("order list filters, per keystroke", typing, 0.150))
            reorder = []
            found = 0
            for _ in range(max(3, args.runs // 3)):
                started = time.perf_counter()
                found = len(book.read(reorder_suggestions))
                reorder.append(time.perf_counter() - started)
            print(summary(f"reorder suggestions ({found:,} lines)", reorder, 3.0))
        finally:
            book.close()


if __name__ == "__main__":
    main()
