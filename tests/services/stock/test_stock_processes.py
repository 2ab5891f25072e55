"""Separate processes (two PCs) racing for the same stock, and a process killed mid-posting.

Each child opens the book itself (its own engine and connections), like another
PC would. Real row locks on PostgreSQL, BEGIN IMMEDIATE on SQLite.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from datetime import date
from decimal import Decimal as D

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import InsufficientStock
from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.locations import virtual_location
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves

DAY = date(2026, 11, 29)
CTX = multiprocessing.get_context("fork")  # fast start; each child opens its own book


def _post(url: str, moves: list[MoveRequest], key: str | None = None) -> str:
    """Post in a fresh book connection; the outcome as text ("ok" or the error's class)."""
    book = open_book(BookLocation.parse(url), upgrade=False)
    try:
        book.run(
            lambda s: post_moves(
                s,
                user_id=1,
                key=key or new_key(),
                doc_type="test",
                moves=moves,
                move_date=DAY,
            )
        )
        return "ok"
    except InsufficientStock:
        return "short"
    except BaseException as exc:  # anything else is a failure of the rule under test
        return f"{type(exc).__name__}: {exc}"
    finally:
        book.close()


def _child(url, batches, start, results, index) -> None:
    start.wait(30)
    results[index] = ";".join(_post(url, moves) for moves in batches)


def _race(url: str, work: list[list[list[MoveRequest]]]) -> list[str]:
    manager = CTX.Manager()
    results = manager.list([""] * len(work))
    start = CTX.Barrier(len(work))
    children = [
        CTX.Process(target=_child, args=(url, batches, start, results, i))
        for i, batches in enumerate(work)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
        assert child.exitcode == 0
    outcome = list(results)
    manager.shutdown()
    return outcome


def test_twenty_processes_for_the_last_units(world, book_url) -> None:
    w = world
    w.receive(w.screws, "7", "1.50")
    customer = w.place(LocationKind.CUSTOMER)
    outcome = _race(book_url, [[[MoveRequest(w.screws, w.main, customer, D("1"))]]] * 20)
    assert sorted(outcome) == ["ok"] * 7 + ["short"] * 13, outcome
    stock = w.stock(w.screws)
    assert (stock.quantity, stock.value) == (D("0"), D("0.00"))
    assert w.stock(w.screws, customer).value == D("10.50")  # nothing lost, nothing made
    assert w.problems() == []


def test_opposite_directions_in_processes_all_complete(world, book_url) -> None:
    w = world
    for warehouse in (w.main, w.second):
        w.receive(w.screws, "100", "1.00", warehouse)
        w.receive(w.rice, "100", "4.00", warehouse)
    forth = [
        MoveRequest(w.screws, w.main, w.second, D("1")),
        MoveRequest(w.rice, w.main, w.second, D("1")),
    ]
    back = [
        MoveRequest(w.rice, w.second, w.main, D("1")),
        MoveRequest(w.screws, w.second, w.main, D("1")),
    ]
    outcome = _race(book_url, [[forth] * 3, [back] * 3] * 4)
    assert outcome == ["ok;ok;ok"] * 8, outcome
    assert w.stock(w.screws, w.main).quantity == D("100")
    assert w.stock(w.rice, w.second).quantity == D("100")
    assert w.problems() == []


def test_same_key_from_two_processes_posts_once(world, book_url) -> None:
    w = world
    w.receive(w.paint, "10", "20.00")
    data = AdjustmentInput(
        w.main,
        DAY,
        "damaged",
        [AdjustmentLineInput(w.paint, D("-1"))],
    )
    adjustment = w.book.run(lambda s: create_adjustment(s, w.user, data).value)
    key = new_key()
    start = CTX.Barrier(2)
    results = CTX.Manager().list(["", ""])

    def submit(index: int) -> None:
        start.wait(30)
        book = open_book(BookLocation.parse(book_url), upgrade=False)
        try:
            posted = book.run(lambda s: post_adjustment(s, 1, adjustment, key))
            results[index] = posted.number
        finally:
            book.close()

    children = [CTX.Process(target=submit, args=(i,)) for i in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
        assert child.exitcode == 0
    assert list(results) == ["ADJ-2026-000001"] * 2
    assert w.stock(w.paint).quantity == D("9")
    assert w.problems() == []


def _post_and_hang(url: str, item: int, warehouse: int, ready) -> None:
    book = open_book(BookLocation.parse(url), upgrade=False)

    def work(session) -> None:
        adjustment = virtual_location(session, LocationKind.ADJUSTMENT)
        post_moves(
            session,
            user_id=1,
            key=new_key(),
            doc_type="test",
            moves=[MoveRequest(item, adjustment, warehouse, D("5"), unit_cost=D("3"))],
            move_date=DAY,
        )
        session.flush()
        ready.set()  # moves and balances written, not committed
        time.sleep(60)

    book.run(work)


def test_process_killed_mid_posting_leaves_the_book_sound(world, book_url) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    ready = CTX.Event()
    child = CTX.Process(target=_post_and_hang, args=(book_url, w.screws, w.main, ready))
    child.start()
    assert ready.wait(30)
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert child.exitcode == -signal.SIGKILL
    assert w.problems() == []
    assert w.stock(w.screws).quantity == D("10")  # the half-done posting left no trace
    w.receive(w.screws, "1", "1.00")  # and its locks are gone
    assert w.stock(w.screws).quantity == D("11")
