"""Racing postings never oversell, never deadlock for good, never lose value.

Threads with their own sessions and connections — real row locks on
PostgreSQL, BEGIN IMMEDIATE on SQLite. (Races between separate processes and
a process killed mid-posting are in test_stock_processes.py.)
"""

from __future__ import annotations

import threading
from decimal import Decimal as D

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.posting import MoveRequest


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


def test_ten_buyers_for_the_last_five_units(world) -> None:
    w = world
    w.receive(w.screws, "5", "2.00")
    outcome = race([lambda: w.issue(w.screws, "1") for _ in range(10)])
    sold = [o for o in outcome if o is None]
    refused = [o for o in outcome if o is not None]
    assert len(sold) == 5
    assert all(isinstance(o, InsufficientStock) for o in refused), refused
    assert (w.stock(w.screws).quantity, w.stock(w.screws).value) == (D("0"), D("0.00"))
    assert w.problems() == []


def test_opposite_directions_at_once_all_complete(world) -> None:
    """A→B for screws then rice while B→A for rice then screws: deadlock bait."""
    w = world
    for warehouse in (w.main, w.second):
        w.receive(w.screws, "100", "1.00", warehouse)
        w.receive(w.rice, "100", "4.00", warehouse)
    transit = w.place(LocationKind.TRANSIT)

    def forth() -> None:
        w.post(
            [
                MoveRequest(w.screws, w.main, w.second, D("1")),
                MoveRequest(w.rice, w.main, w.second, D("1")),
            ]
        )

    def back() -> None:
        w.post(
            [
                MoveRequest(w.rice, w.second, w.main, D("1")),
                MoveRequest(w.screws, w.second, w.main, D("1")),
            ]
        )

    outcome = race([forth, back] * 6)
    assert outcome == [None] * 12
    assert w.stock(w.screws, w.main).quantity == D("100")
    assert w.stock(w.rice, w.second).quantity == D("100")
    assert w.stock(w.screws, transit).quantity == D("0")
    assert w.problems() == []
