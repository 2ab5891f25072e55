"""Stock figures of issue 3: posting, on-hand reads, the on-hand screen, demo and check.

    .venv/bin/python bench/stock.py --big /tmp/big.erpbook [--runs 20]

``--big`` is a benchmark book (``erp-desktop demo --items 100000 --warehouses 5
--moves 1000000``); the script builds its own 1,000-move book to compare
posting costs. A copy of an SQLite big book is used, so it is not changed; a
PostgreSQL big book (a URL) is posted into (15 adjustments), and the small book
is then made on the same server (the role must be allowed to create databases).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, summary

from erp_desktop.db.book import create_book, open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.company import CompanyProfile, setup_company
from erp_desktop.services.demo import DemoOptions
from erp_desktop.services.demo import stock as stock_demo


def build_demo(book, options: DemoOptions) -> None:
    stock_demo.build(book, options, lambda *_: None)


from erp_desktop.services.stock.adjustments import (  # noqa: E402
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.balances import on_hand, on_hand_as_of  # noqa: E402
from erp_desktop.services.stock.locations import list_warehouses  # noqa: E402
from erp_desktop.services.stock.posting import new_key  # noqa: E402


def stocked_pairs(book, warehouse: int, count: int) -> list[tuple[int, Decimal]]:
    from sqlalchemy import select

    rows = book.read(
        lambda s: s.execute(
            select(StockBalance.item_id, StockBalance.quantity)
            .where(StockBalance.location_id == warehouse, StockBalance.quantity >= 50)
            .limit(count)
        ).all()
    )
    return [(r[0], r[1]) for r in rows]


def post_adjustments(book, runs: int) -> list[float]:
    warehouse = book.read(list_warehouses)[0].id
    pairs = stocked_pairs(book, warehouse, 5_000)
    rng = random.Random(7)
    times = []
    from sqlalchemy import select

    from erp_desktop.models.item import Item

    all_items = book.read(lambda s: list(s.scalars(select(Item.id).limit(20_000))))
    for _ in range(runs):
        # Half the lines take one unit out of stocked items, half add to any item.
        stocked = [item for item, _ in rng.sample(pairs, min(50, len(pairs)))]
        extra = [i for i in rng.sample(all_items, 150) if i not in stocked][: 100 - len(stocked)]
        lines = [AdjustmentLineInput(item, Decimal(-1)) for item in stocked] + [
            AdjustmentLineInput(item, Decimal(1), Decimal("1.50")) for item in extra
        ]
        data = AdjustmentInput(warehouse, date.today(), "miscounted", lines)
        key = new_key()
        started = time.perf_counter()
        book.run(
            lambda s, d=data, k=key: post_adjustment(s, 1, create_adjustment(s, 1, d).value, k)
        )
        times.append(time.perf_counter() - started)
    return times


def reads(book, runs: int) -> tuple[list[float], list[float]]:
    warehouse = book.read(list_warehouses)[0].id
    pairs = stocked_pairs(book, warehouse, 2_000)
    rng = random.Random(3)
    now, past = [], []
    day = date.today() - timedelta(days=180)
    for _ in range(runs):
        item = rng.choice(pairs)[0]
        started = time.perf_counter()
        book.read(lambda s, i=item: on_hand(s, i, warehouse))
        now.append(time.perf_counter() - started)
        started = time.perf_counter()
        book.read(lambda s, i=item: on_hand_as_of(s, i, warehouse, day))
        past.append(time.perf_counter() - started)
    return now, past


def screen(book, max_pages: int = 0) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from erp_desktop.services.stock.reports import on_hand_page
    from erp_desktop.ui.models.paged import Column, PagedQueryModel

    QApplication.instance() or QApplication([])
    columns = [Column(k, k) for k in ("code", "name", "spec", "category", "place", "unit")] + [
        Column("quantity", "q", "quantity"),
        Column("value", "v", "decimal", 2),
        Column("average", "a", "decimal", 4),
    ]
    out = []
    started = time.perf_counter()
    model = PagedQueryModel(book.read, columns, on_hand_page)
    model.set_filters(user_id=1)
    first = time.perf_counter() - started
    out.append(summary("on-hand screen: first rows", [first], 0.5))
    keys = []
    for text in ("C", "CN", "CN-", "CN-0", "CN-00", "CN-001", "螺", "螺丝"):
        started = time.perf_counter()
        model.set_text(text)
        keys.append(time.perf_counter() - started)
    out.append(summary("on-hand screen: each filter keystroke", keys, 0.15))
    model.set_text("")
    rss = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]
    pages = []
    marks = {}
    total = 0
    while model.canFetchMore() and (not max_pages or len(pages) < max_pages):  # scroll down
        started = time.perf_counter()
        model.fetchMore()
        pages.append(time.perf_counter() - started)
        total = model.rowCount()
        if len(pages) in (100, 500, 1000):
            marks[total] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    out.append(summary(f"on-hand screen: next page (to row {total:,})", pages))
    out.append(summary("on-hand screen: last 20 pages", pages[-20:]))
    shown = ", ".join(f"{rows:,} rows {kb / 1024:.0f} MB" for rows, kb in marks.items())
    out.append(
        f"  peak RSS {rss[0] / 1024:.0f} MB before scrolling; {shown}; "
        f"{total:,} rows {rss[1] / 1024:.0f} MB"
    )
    started = time.perf_counter()
    model.index(0, 0).data()  # the first page again (let go long ago)
    out.append(summary("on-hand screen: back to the first row", [time.perf_counter() - started]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", required=True, help="a benchmark book (SQLite file)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--scroll-pages", type=int, default=0, help="pages to scroll (0: to the end)"
    )
    args = parser.parse_args()
    print(header("stock"))
    folder = Path(tempfile.mkdtemp())
    postgres = args.big.startswith("postgresql")
    if postgres:
        import psycopg

        admin = args.big.replace("postgresql+psycopg://", "postgresql://")
        head = admin.rsplit("/", 1)[0]
        with psycopg.connect(f"{head}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS erp_bench_small")
            conn.execute("CREATE DATABASE erp_bench_small")
        small_location = f"{head}/erp_bench_small"
    else:
        small_location = str(folder / "small.erpbook")
    small = create_book(BookLocation.parse(small_location))
    small.run(lambda s: setup_company(s, CompanyProfile(name="小账套"), "王小明").value)
    build_demo(small, DemoOptions(items=1_000, warehouses=5, moves=1_000))
    if postgres:
        big = open_book(BookLocation.parse(args.big), upgrade=False)
    else:
        big_copy = folder / "big.erpbook"
        shutil.copyfile(args.big, big_copy)
        big = open_book(BookLocation.parse(str(big_copy)))
    try:
        small_times = post_adjustments(small, args.runs)
        big_times = post_adjustments(big, args.runs)
        print(summary("post 100-line adjustment, 1,000-move book", small_times, 0.1))
        print(summary("post 100-line adjustment, 1,000,000-move book", big_times, 0.1))
        ratio = statistics.median(big_times) / statistics.median(small_times)
        print(f"  big / small = {ratio:.2f} (limit 1.5)")
        now, past = reads(big, 200)
        print(summary("on hand, one item in one warehouse", now, 0.002))
        print(summary("on hand as of 180 days ago", past, 0.05))
        for line in screen(big, args.scroll_pages):
            print(line)
    finally:
        big.close()
        small.close()
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
