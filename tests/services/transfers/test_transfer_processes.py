"""A process killed while shipping: the book stays in order and the retry ships once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from erp_desktop.services.stock.posting import new_key
from tests.helpers import ROOT

SHIPPER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import event
    from erp_desktop.db.book import open_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.services.transfers.movement import ship_transfer

    url, transfer, key, moment = sys.argv[1:]
    book = open_book(BookLocation.parse(url))
    die = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
    if moment == "before_commit":  # everything is written; only COMMIT is missing
        event.listen(book.engine, "commit", die)
    else:  # committed; the answer never reaches the user (the connection goes back)
        event.listen(book.engine.pool, "checkin", die)
    book.run(lambda s: ship_transfer(s, 1, int(transfer), key))
    print("not killed")
    """
)


@pytest.mark.parametrize("moment", ["before_commit", "after_commit"])
def test_killed_mid_ship_leaves_the_book_in_order(tw, book_url, moment) -> None:
    w = tw.w
    w.receive(w.screws, "10", "1.50")
    transfer = tw.draft((w.screws, "4"), (w.screws, "2"))
    key = new_key()
    died = subprocess.run(
        [sys.executable, "-c", SHIPPER, book_url, str(transfer), key, moment],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert died.returncode == -9, died.stdout + died.stderr
    assert w.problems() == []
    expected = "draft" if moment == "before_commit" else "shipped"
    assert tw.view(transfer).state == expected
    again = tw.ship(transfer, key)  # the clerk presses Ship again after the crash
    assert again.replayed == (moment == "after_commit")
    assert again.number == "TRF-2026-000001"
    assert w.stock(w.screws).quantity == 4 and tw.transit(w.screws).value == 9
    assert w.problems() == []
