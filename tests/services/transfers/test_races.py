"""Racing transfers: never oversell, never deadlock for good, ship once.

Threads with their own sessions and connections: real row locks on PostgreSQL,
BEGIN IMMEDIATE on SQLite. (A process killed mid-ship: test_transfer_processes.py.)
"""

from __future__ import annotations

from decimal import Decimal as D

from erp_desktop.errors import InsufficientStock, StateError
from tests.services.stock.test_concurrency import race


def test_two_transfers_and_a_sale_race_for_the_last_units(tw) -> None:
    """Five units, three takers of two each: two get them, one is refused whole."""
    w = tw.w
    w.receive(w.screws, "5", "2.00")
    first, second = tw.draft((w.screws, "2")), tw.draft((w.screws, "2"))
    outcome = race(
        [lambda: tw.ship(first), lambda: tw.ship(second), lambda: w.issue(w.screws, "2")]
    )
    done = [o for o in outcome if o is None]
    refused = [o for o in outcome if o is not None]
    assert len(done) == 2, outcome
    assert all(isinstance(o, InsufficientStock) for o in refused), refused
    assert w.stock(w.screws).quantity == D(1)
    shipped = [t for t in (first, second) if tw.view(t).state == "shipped"]
    assert tw.transit(w.screws).quantity == D(2) * len(shipped)
    assert sorted(tw.view(t).number for t in shipped) == [
        f"TRF-2026-00000{n}" for n in range(1, len(shipped) + 1)
    ]
    assert w.problems() == []


def test_opposite_directions_at_once_all_ship_and_arrive(tw) -> None:
    """A→B (screws, rice) while B→A (rice, screws): deadlock bait."""
    w = tw.w
    for warehouse in (w.main, w.second):
        w.receive(w.screws, "100", "1.00", warehouse)
        w.receive(w.rice, "100", "4.00", warehouse)
    forth = [tw.draft((w.screws, "3"), (w.rice, "2")) for _ in range(4)]
    back = [tw.draft((w.rice, "2"), (w.screws, "3"), source=w.second, to=w.main) for _ in range(4)]
    ships = [lambda t=t: tw.ship(t) for pair in zip(forth, back, strict=True) for t in pair]
    assert race(ships) == [None] * 8
    receipts = [
        lambda t=t: tw.receive(t, "3" if t in forth else "2", "2" if t in forth else "3")
        for t in forth + back
    ]
    assert race(receipts) == [None] * 8
    assert {tw.view(t).state for t in forth + back} == {"received"}
    assert (w.stock(w.screws, w.main).quantity, w.stock(w.rice, w.second).quantity) == (
        D(100),
        D(100),
    )
    assert tw.transit(w.screws).quantity == 0 and tw.transit(w.rice).value == 0
    assert w.problems() == []  # includes: TRF numbers without gaps


def test_two_pcs_ship_the_same_transfer_once(tw) -> None:
    w = tw.w
    w.receive(w.screws, "10", "1.00")
    transfer = tw.draft((w.screws, "6"))
    outcome = race([lambda: tw.ship(transfer), lambda: tw.ship(transfer)])
    assert outcome.count(None) == 1
    [told] = [o for o in outcome if o is not None]
    assert isinstance(told, StateError) and "already shipped by 管理员" in str(told)
    assert w.stock(w.screws).quantity == D(4) and tw.transit(w.screws).quantity == D(6)
    assert w.problems() == []
