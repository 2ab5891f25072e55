"""Two PCs receiving the same order line at once never exceed the ordered quantity.

Threads with their own connections (row locks on PostgreSQL, BEGIN IMMEDIATE on
SQLite), then two separate processes started together.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from decimal import Decimal as D

from erp_desktop.errors import ValidationError
from tests.helpers import ROOT


def race(workers: list) -> list[BaseException | None]:  # type: ignore[type-arg]
    start = threading.Barrier(len(workers))
    outcome: list[BaseException | None] = [None] * len(workers)

    def run(index: int) -> None:
        start.wait()
        try:
            workers[index]()
        except BaseException as exc:
            outcome[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return outcome


def test_threads_receiving_one_line_take_at_most_the_order(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"))
    outcome = race([lambda: shop.receive(order, "3") for _ in range(5)])
    done = [o for o in outcome if o is None]
    refused = [o for o in outcome if o is not None]
    assert len(done) == 3
    assert all(isinstance(o, ValidationError) and "over the order" in str(o) for o in refused)
    assert shop.received(order) == [D("9")]
    assert shop.stock(shop.screws).quantity == D("9")
    assert shop.problems() == []


RECEIVER = """
import sys
from datetime import date
from decimal import Decimal
from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import ValidationError
from erp_desktop.services.purchasing.receipts import ReceiptInput, ReceiptLineInput, receive_goods
from erp_desktop.services.stock.posting import new_key

url, order_id, line_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
book = open_book(BookLocation.parse(url))
data = ReceiptInput(order_id, date(2026, 11, 29), [ReceiptLineInput(line_id, Decimal("6"))])
print("ready", flush=True)
sys.stdin.readline()  # both start when the test says go
try:
    book.run(lambda s: receive_goods(s, 1, data, new_key()))
    print("received")
except ValidationError as exc:
    print("refused:", exc)
book.close()
"""


def test_two_processes_receiving_one_line(shop, book_url) -> None:
    order = shop.order((shop.screws, "10", "0.50"))
    (line_id,) = shop.line_ids(order)
    script = textwrap.dedent(RECEIVER)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, book_url, str(order), str(line_id)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr
    for process in processes:  # go: both at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [p.communicate(timeout=120) for p in processes]
    outputs = sorted(out.strip().split(":")[0] for out, _ in results)
    assert outputs == ["received", "refused"], results
    assert shop.received(order) == [D("6")]
    assert shop.problems() == []
