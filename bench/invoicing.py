"""Invoicing speed: rendering invoices, issuing one, exporting a thousand.

    .venv/bin/python bench/invoicing.py                # all figures for docs/performance.md
    .venv/bin/python bench/invoicing.py --export 200   # a smaller batch export
    .venv/bin/python bench/invoicing.py --race 20      # also: N processes issuing at once

Figures (issue 6):

- one-page invoices rendered by ``reports.invoice`` (10 lines, each invoice with other
  names and figures), per second in one process: at least 50;
- a 500-line invoice rendered: under 1 s;
- issuing a 50-line invoice on SQLite (number, precision check, stock moves, PDF
  rendered and stored, one transaction): under 300 ms;
- batch export of 1,000 issued invoices (their stored PDFs) to a folder: under 30 s,
  with the GUI responsive — the export runs on the GUI's operation runner while a
  timer on the GUI thread measures how late its ticks arrive.

Books are made in a temporary folder (SQLite); wall-clock and CPU time are shown
(the machine may be shared: the best round is the least disturbed one).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import header, summary  # noqa: E402

ONE_PAGE_LIMIT = 1 / 50
LONG_LIMIT = 1.0
ISSUE_LIMIT = 0.3
EXPORT_LIMIT = 30.0


def views(count: int, lines: int):
    from tests.reports.test_invoice_pdf import line, view

    goods = ("不锈钢保温杯", "A4 复印纸 80g", "办公椅 Ergo-200", "LED 台灯", "中性笔 0.5mm 蓝色")
    return [
        view(
            [
                line(
                    n,
                    f"{goods[(n + seed) % len(goods)]} #{seed}-{n}",
                    str(1 + (n * 7 + seed) % 40),
                    str(Decimal(1000 + (n * 3917 + seed * 131) % 90000).scaleb(-2)),
                )
                for n in range(1, lines + 1)
            ],
            number=f"INV-2026-{seed + 1:06d}",
        )
        for seed in range(count)
    ]


def bench_render(rounds: int) -> None:
    from erp_desktop.reports.fonts import register_fonts
    from erp_desktop.reports.invoice import render_invoice

    register_fonts()
    documents = views(60, 10)
    render_invoice(documents[0])
    wall, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        for document in documents:
            render_invoice(document)
        wall.append((time.perf_counter() - started) / len(documents))
        cpu.append((time.process_time() - started_cpu) / len(documents))
    print(summary("one-page invoice (10 lines), wall", wall, ONE_PAGE_LIMIT))
    print(summary("one-page invoice (10 lines), CPU", cpu, ONE_PAGE_LIMIT))
    print(
        f"  best round: {1 / min(wall):.1f} invoices per second wall, "
        f"{1 / min(cpu):.1f} CPU (target 50)"
    )
    long_view = views(1, 500)[0]
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        pdf = render_invoice(long_view)
        times.append(time.perf_counter() - started)
    print(
        summary(
            f"500-line invoice ({pdf.count(b'/Type /Page' + bytes([10]))} pages)", times, LONG_LIMIT
        )
    )


def make_book(folder: Path):
    from erp_desktop.db.book import create_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.services.company import CompanyProfile, setup_company

    book = create_book(BookLocation.parse(str(folder / "bench.erpbook")))
    profile = CompanyProfile(name="深圳市示例商贸有限公司", tax_id="91440300MA5G0YJ19M")
    book.run(lambda s: setup_company(s, profile, "王小明").value)
    return book


def shop_with_stock(book, items: int):
    """A shop (tests/invoicing_world.py) with ``items`` more items, 10,000 of each in stock."""
    from erp_desktop.models.location import LocationKind
    from erp_desktop.services.stock.items import ItemData, create_item
    from erp_desktop.services.stock.locations import virtual_location
    from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
    from tests.invoicing_world import build_shop

    shop = build_shop(book, 1)

    def more(session):
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        ids = [
            create_item(
                session,
                1,
                ItemData(
                    f"B{n:04d}", f"办公用品 {n}", "件", spec="标准", sale_price=Decimal(10 + n)
                ),
            ).value
            for n in range(items)
        ]
        post_moves(
            session,
            user_id=1,
            key=new_key(),
            doc_type="receipt",
            moves=[
                MoveRequest(i, supplier, shop.main, Decimal(10000), unit_cost=Decimal(5))
                for i in ids
            ],
            move_date=date(2026, 1, 1),
        )
        return ids

    return shop, book.run(more)


def bench_issue(folder: Path, count: int) -> None:
    book = make_book(folder / "issue")
    try:
        shop, items = shop_with_stock(book, 50)
        lines = [shop.line(item, str(1 + k % 3), f"{11 + k}.30") for k, item in enumerate(items)]
        drafts = [shop.draft(*lines) for _ in range(count + 1)]
        shop.issue(drafts[0])  # warm: fonts, ReportLab, translations
        wall, cpu = [], []
        for draft in drafts[1:]:
            started, started_cpu = time.perf_counter(), time.process_time()
            shop.issue(draft)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(summary("issue a 50-line invoice (SQLite), wall", wall, ISSUE_LIMIT))
        print(summary("issue a 50-line invoice (SQLite), CPU", cpu, ISSUE_LIMIT))
    finally:
        book.close()


def bench_export(folder: Path, count: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from erp_desktop.services.invoicing import queries
    from erp_desktop.services.invoicing.export import export_documents
    from erp_desktop.services.paging import PageRequest
    from erp_desktop.ui.runner import OperationRunner

    book = make_book(folder / "export")
    try:
        shop, items = shop_with_stock(book, 10)
        started = time.perf_counter()
        for n in range(count):
            shop.invoice(
                *[shop.line(item, "1", f"{11 + k}.30") for k, item in enumerate(items[: 3 + n % 8])]
            )
        print(f"  (made {count} issued invoices in {time.perf_counter() - started:.1f} s)")
        app = QApplication.instance() or QApplication([])
        window = QWidget()
        runner = OperationRunner(window)
        ids = book.read(lambda s: queries.invoice_ids(s, PageRequest(0, 0)))
        target = folder / "exported"
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer(interval=20)

        def tick() -> None:
            gaps.append(clock.restart() / 1000)

        ticker.timeout.connect(tick)
        done: dict[str, object] = {}
        clock.start()
        ticker.start()
        started = time.perf_counter()
        runner.run(
            lambda progress: export_documents(
                book, ids, target, ("pdf",), report=lambda d, t: progress.report(d, t)
            ),
            lambda result: done.setdefault("result", result),
        )
        while "result" not in done:
            app.processEvents()
            time.sleep(0.002)
        elapsed = time.perf_counter() - started
        ticker.stop()
        files = len(list(target.glob("*.pdf")))
        verdict = "ok" if elapsed < EXPORT_LIMIT else "OVER LIMIT"
        print(
            f"batch export of {count} invoices (stored PDFs): {elapsed:.1f} s, {files} files "
            f"(limit {EXPORT_LIMIT:.0f} s) {verdict}"
        )
        print(summary("  GUI timer tick interval during export (20 ms asked)", gaps[1:]))
    finally:
        book.close()


def bench_race(folder: Path, processes: int) -> None:
    from tests.invoicing_race import issue_at_once

    book = make_book(folder / "race")
    try:
        shop, items = shop_with_stock(book, 5)
        drafts = [shop.draft(shop.line(items[n % 5], "1", "11.30")) for n in range(processes)]
        started = time.perf_counter()
        outcome = issue_at_once(str(folder / "race" / "bench.erpbook"), 1, drafts)
        elapsed = time.perf_counter() - started
        numbers = sorted(outcome.values())
        expected = [f"INV-2026-{n:06d}" for n in range(1, processes + 1)]
        print(
            f"{processes} processes issuing at once: {elapsed:.1f} s, "
            f"numbers consecutive: {numbers == expected}"
        )
    finally:
        book.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--issues", type=int, default=10, help="50-line invoices to issue")
    parser.add_argument("--export", type=int, default=1000, help="invoices to batch export")
    parser.add_argument("--race", type=int, default=0, help="processes issuing at once (0: skip)")
    args = parser.parse_args()
    print(header("Invoicing"))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bench_render(args.rounds)
        bench_issue(folder, args.issues)
        if args.export:
            bench_export(folder, args.export)
        if args.race:
            bench_race(folder, args.race)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
