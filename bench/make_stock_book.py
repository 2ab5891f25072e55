"""Fill a book at the stock benchmark's scale: 100,000 items, 1,000,000 moves, documents.

    .venv/bin/python bench/make_stock_book.py OUT.erpbook [--items N] [--moves N]

Rows go in through plain sqlite3 executemany in the form the models store
(decimals as scaled integers, times as naive UTC text), after the schema is
made by the program's migrations plus the synthetic stock revision
(bench/stock_schema.py).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stock_schema import bench_versions

from erp_desktop.db.book import create_book
from erp_desktop.db.location import BookLocation
from erp_desktop.services.company import CompanyProfile, setup_company

LOCATIONS = 12
CHUNK = 50_000


def make(path: Path, versions: Path, items: int, moves: int, invoices: int) -> None:
    started = time.perf_counter()
    book = create_book(BookLocation.for_file(path), versions=versions)
    book.run(lambda s: setup_company(s, CompanyProfile(name="基准商贸有限公司"), "管理员").value)
    book.close()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    base = datetime(2024, 1, 1, tzinfo=UTC)

    def ts(seconds: int) -> str:
        return (
            (base + timedelta(seconds=seconds))
            .replace(tzinfo=None)
            .isoformat(sep=" ", timespec="microseconds")
        )

    con.executemany(
        "INSERT INTO bench_location (id, name, kind) VALUES (?, ?, ?)",
        [
            (i, f"仓库 {i}" if i <= 5 else f"virtual {i}", "internal" if i <= 5 else "virtual")
            for i in range(1, LOCATIONS + 1)
        ],
    )
    con.executemany(
        "INSERT INTO bench_item (id, code, name, unit, avg_cost, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                i,
                f"SKU-{i:07d}",
                f"商品 {i} 规格 {rng.randint(1, 99)}mm",
                "件",
                rng.randint(1, 10**9),
                1,
                ts(i),
            )
            for i in range(1, items + 1)
        ),
    )
    balances: dict[tuple[int, int], list[int]] = {}
    batch = []
    for i in range(1, moves + 1):
        item = rng.randint(1, items)
        src, dst = rng.sample(range(1, LOCATIONS + 1), 2)
        qty = rng.randint(1, 10**7)  # up to 1000.0000
        cost = rng.randint(1, 10**9)
        value = qty * cost // 10**8  # units of 0.01
        batch.append(
            (
                i,
                item,
                src,
                dst,
                qty,
                cost,
                value,
                ts(i * 30 + rng.randint(0, 29)),
                f"DOC-{i // 5:08d}",
                str(uuid.UUID(int=rng.getrandbits(128))),
            )
        )
        for loc, sign in ((src, -1), (dst, 1)):
            bal = balances.setdefault((item, loc), [0, 0])
            bal[0] += sign * qty
            bal[1] += sign * value
        if len(batch) == CHUNK:
            _moves(con, batch)
            batch = []
    _moves(con, batch)
    con.executemany(
        "INSERT INTO bench_balance (item_id, location_id, quantity, value) VALUES (?, ?, ?, ?)",
        ((i, loc, q, v) for (i, loc), (q, v) in sorted(balances.items())),
    )
    pdf = bytes(rng.getrandbits(8) for _ in range(30_000))
    line_id = 0
    for n in range(1, invoices + 1):
        lines = []
        total = 0
        for _ in range(5):
            line_id += 1
            qty = rng.randint(1, 100) * 10_000
            price = rng.randint(100, 10**8)
            amount = qty * price // 10**8
            tax = amount * 13 // 100
            total += amount + tax
            lines.append((line_id, n, rng.randint(1, items), qty, price, amount, tax))
        con.execute(
            "INSERT INTO bench_invoice (id, number, customer, issued_on, total, pdf) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                n,
                f"INV-2024-{n:06d}",
                f"客户 {n % 997}",
                (date(2024, 1, 1) + timedelta(days=n % 366)).isoformat(),
                total,
                pdf if n % 10 == 0 else None,
            ),
        )
        con.executemany("INSERT INTO bench_invoice_line VALUES (?, ?, ?, ?, ?, ?, ?)", lines)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(
        f"made {path} in {time.perf_counter() - started:.1f} s "
        f"({path.stat().st_size / 2**20:.0f} MiB)",
        flush=True,
    )


def _moves(con: sqlite3.Connection, batch: list[tuple[object, ...]]) -> None:
    con.executemany("INSERT INTO bench_move VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--moves", type=int, default=1_000_000)
    parser.add_argument("--invoices", type=int, default=10_000)
    args = parser.parse_args()
    versions = bench_versions(args.out.with_suffix(".versions"))
    make(args.out, versions, args.items, args.moves, args.invoices)


if __name__ == "__main__":
    main()
