"""Transfers: shipping a 200-line transfer, and the in-transit report with 10,000
transfers on the road.

The book is the demo book (``build_demo``: the stock demo's items, warehouses and
history once it is on the branch) plus, where fewer than 2,000 items are stocked,
2,000 bench items with opening stock at every warehouse; then 10,000 open
transfers (70 % shipped, 30 % partly received, 1–4 lines) through the services.

    python bench/transfers.py [--book URL] [--items N] [--open N] [--runs N]

Without ``--book`` an SQLite book is made in a temporary folder. Limits (issue 5):
ship a 200-line transfer < 300 ms on SQLite; the in-transit report < 500 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import header, summary
from sqlalchemy import func, select, text

from erp_desktop.db.book import Book, create_book
from erp_desktop.db.location import BookLocation
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.transfer import Transfer
from erp_desktop.services.company import CompanyProfile, setup_company
from erp_desktop.services.demo import DemoOptions, build_demo
from erp_desktop.services.demo.transfers import build_transfers
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import list_warehouses, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from erp_desktop.services.transfers.movement import ship_transfer
from erp_desktop.services.transfers.orders import TransferInput, TransferLineInput, create_transfer
from erp_desktop.services.transfers.queries import (
    OPEN,
    in_transit_page,
    in_transit_routes,
    transfer_page,
)

USER = 1


def progress(step: str, done: int, total: int) -> None:
    print(f"\r  {step:<20} {done:>8,}/{total:,}", end="" if done < total else "\n", file=sys.stderr)


def make_book(url: str | None, folder: str, items: int) -> Book:
    location = BookLocation.parse(url or str(Path(folder) / "transfers-bench.erpbook"))
    book = create_book(location)
    book.run(
        lambda s: (
            setup_company(
                s,
                CompanyProfile(
                    name="基准测试有限公司", tax_id="91440300MA5G0YJ19M", language="zh_CN"
                ),
                "王",
            ).value
        )
    )
    build_demo(book, DemoOptions(items=items, moves=items * 10), progress)
    return book


def stocked_items(book: Book, warehouse: int) -> list[int]:
    return book.read(
        lambda s: list(
            s.scalars(
                select(StockBalance.item_id)
                .where(StockBalance.location_id == warehouse, StockBalance.quantity >= 1000)
                .order_by(StockBalance.item_id)
            )
        )
    )


def add_bench_items(book: Book, count: int) -> None:
    """2,000 whole-unit items with 1,000,000 of each at every warehouse."""

    def work(session):
        opening = virtual_location(session, LocationKind.OPENING)
        warehouses = [w.id for w in list_warehouses(session)]
        moves = []
        for n in range(count):
            item = create_item(
                session,
                USER,
                ItemData(f"BENCH-{n:05d}", f"基准商品 {n}", "个", purchase_price=Decimal("3.3")),
            ).value
            moves += [
                MoveRequest(item, opening, w, Decimal(1_000_000), unit_cost=Decimal("3.3"))
                for w in warehouses
            ]
        for start in range(0, len(moves), 5_000):
            post_moves(
                session,
                user_id=USER,
                key=new_key(),
                doc_type="opening",
                moves=moves[start : start + 5_000],
                move_date=date(2026, 1, 1),
            )

    book.run(work)


def time_shipping(book: Book, runs: int) -> list[float]:
    main, second = (w.id for w in book.read(list_warehouses)[:2])
    items = stocked_items(book, main)[:200]
    assert len(items) == 200, f"only {len(items)} items are stocked"
    lines = [TransferLineInput(item, Decimal(1)) for item in items]
    drafts = [
        book.run(
            lambda s: (
                create_transfer(s, USER, TransferInput(main, second, date.today(), lines)).value
            )
        )
        for _ in range(runs)
    ]
    seconds = []
    for draft in drafts:
        started = time.perf_counter()
        book.run(lambda s, d=draft: ship_transfer(s, USER, d, new_key()))
        seconds.append(time.perf_counter() - started)
    return seconds


def time_report(book: Book, runs: int) -> tuple[list[float], list[float], list[float]]:
    """The in-transit tab's refresh: routes + first page of lines; and the list's first page."""
    today = date.today()
    report, page, listing = [], [], []
    request = PageRequest(0, 200, filters={"user_id": USER, "today": today})
    for _ in range(runs):
        started = time.perf_counter()
        book.read(lambda s: in_transit_routes(s, USER, today=today))
        middle = time.perf_counter()
        book.read(lambda s: in_transit_page(s, request))
        report.append(time.perf_counter() - started)
        page.append(time.perf_counter() - middle)
        started = time.perf_counter()
        book.read(lambda s: transfer_page(s, PageRequest(0, 200, filters={"state": OPEN})))
        listing.append(time.perf_counter() - started)
    return report, page, listing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", help="an empty PostgreSQL database URL (default: SQLite)")
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--open", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        book = make_book(args.book, folder, args.items)
        main_id = book.read(list_warehouses)[0].id
        if len(stocked_items(book, main_id)) < 200:
            add_bench_items(book, 2_000)
        open_now = book.read(
            lambda s: s.scalar(
                select(func.count()).where(Transfer.state.in_(("shipped", "partial")))
            )
        )
        build_transfers(
            book,
            DemoOptions(seed=7),
            max(0, args.open - open_now),
            progress,
            mix=(("shipped", 70), ("partial", 30)),
            lines=(1, 4),
        )
        if book.kind == "sqlite":
            book.run(lambda s: s.execute(text("ANALYZE")))
        else:
            with book.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
        built = time.perf_counter() - started
        counts = book.read(
            lambda s: (
                s.scalar(select(func.count(Item.id))),
                s.scalar(select(func.count()).where(Transfer.state.in_(("shipped", "partial")))),
                s.scalar(select(func.count(Transfer.id))),
            )
        )
        ship = time_shipping(book, args.runs)
        report, page, listing = time_report(book, args.runs)
        book.close()
    print(header(f"transfers ({book.kind})"))
    print(
        f"book: {counts[0]:,} items, {counts[2]:,} transfers of which {counts[1]:,} on the road "
        f"(built in {built:.0f} s)"
    )
    print(summary("ship a 200-line transfer", ship, 0.3 if book.kind == "sqlite" else None))
    print(summary("in-transit report (routes + first page)", report, 0.5))
    print(summary("  of which the first page of lines", page))
    print(summary("transfer list, open, first page", listing))
    print(f"median ship per line: {statistics.median(ship) / 200 * 1000:.2f} ms")


if __name__ == "__main__":
    main()
