"""One item's story, with the exact average cost after every step."""

from __future__ import annotations

from decimal import Decimal as D

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.posting import new_key, reverse_posting
from tests.services.stock.conftest import TODAY


def test_receive_issue_adjust_reverse_keeps_exact_values(world) -> None:
    w = world
    w.receive(w.paint, "10", "10.00")
    assert (w.stock(w.paint).quantity, w.stock(w.paint).value) == (D("10"), D("100.00"))
    w.receive(w.paint, "5", "13.00")
    assert w.stock(w.paint).value == D("165.00")
    assert w.stock(w.paint).average_cost == D("11.000000")
    issued = w.issue(w.paint, "4")
    assert issued.moves[0].value == D("44.00")
    assert (w.stock(w.paint).quantity, w.stock(w.paint).value) == (D("11"), D("121.00"))
    w.receive(w.paint, "3", "10.01")
    assert w.stock(w.paint).value == D("151.03")
    assert w.stock(w.paint).average_cost == D("10.787857")
    seven = w.issue(w.paint, "7")
    assert seven.moves[0].value == D("75.52")  # 7 × 151.03 / 14 = 75.515 → half up
    last = w.issue(w.paint, "7")
    assert last.moves[0].value == D("75.51")  # the last units take exactly what is left
    assert (w.stock(w.paint).quantity, w.stock(w.paint).value) == (D("0"), D("0.00"))
    back = w.book.run(
        lambda s: reverse_posting(
            s,
            user_id=w.user,
            key=new_key(),
            posting_id=last.posting_id,
            move_date=TODAY,
            reason="wrong customer",
        )
    )
    assert back.moves[0].value == D("75.51")
    assert (w.stock(w.paint).quantity, w.stock(w.paint).value) == (D("7"), D("75.51"))
    customers = w.stock(w.paint, w.place(LocationKind.CUSTOMER))
    assert (customers.quantity, customers.value) == (D("11"), D("119.52"))
    assert w.problems() == []


def test_thirds_leave_no_residue(world) -> None:
    w = world
    w.receive(w.screws, "3", "3.333333")  # 3 × 3.333333 = 9.999999 → 10.00
    values = [w.issue(w.screws, "1").moves[0].value for _ in range(3)]
    assert values == [D("3.33"), D("3.34"), D("3.33")]
    assert w.stock(w.screws).value == D("0.00")
    assert w.problems() == []


def test_warehouses_keep_their_own_average(world) -> None:
    w = world
    w.receive(w.rice, "100", "4.00", w.main)
    w.receive(w.rice, "100", "5.00", w.second)
    assert w.stock(w.rice, w.main).average_cost == D("4.000000")
    assert w.stock(w.rice, w.second).average_cost == D("5.000000")
    assert w.issue(w.rice, "2.5", w.second).moves[0].value == D("12.50")


def test_receive_adjust_count_reverse_story(world) -> None:
    """A clerk's month: receive, write off damage, count, undo the count."""
    from datetime import date

    from erp_desktop.services.stock.adjustments import (
        AdjustmentInput,
        AdjustmentLineInput,
        create_adjustment,
        post_adjustment,
    )
    from erp_desktop.services.stock.counts import (
        CountedLine,
        CountSheetInput,
        create_count,
        post_count,
        record_counts,
    )

    w = world
    day = date(2026, 11, 29)
    w.receive(w.rice, "40", "4.15")  # 166.00
    w.receive(w.rice, "20.5", "4.30")  # 88.15 → 60.5 kg worth 254.15
    assert w.stock(w.rice).average_cost == D("4.200826")
    damaged = AdjustmentInput(w.main, day, "damaged", [AdjustmentLineInput(w.rice, D("-2.25"))])
    w.book.run(
        lambda s: post_adjustment(s, w.user, create_adjustment(s, w.user, damaged).value, new_key())
    )
    # 2.25 × 254.15 / 60.5 = 9.4518… → 9.45
    assert (w.stock(w.rice).quantity, w.stock(w.rice).value) == (D("58.25"), D("244.70"))
    count = w.book.run(lambda s: create_count(s, w.user, CountSheetInput(w.main, day)).value)
    w.book.run(lambda s: record_counts(s, w.user, count, [CountedLine(w.rice, D("57.5"))]))
    posted = w.book.run(lambda s: post_count(s, w.user, count, new_key()))
    # 0.75 × 244.70 / 58.25 = 3.1506… → 3.15 out
    assert (w.stock(w.rice).quantity, w.stock(w.rice).value) == (D("57.5"), D("241.55"))
    w.book.run(
        lambda s: reverse_posting(
            s,
            user_id=w.user,
            key=new_key(),
            posting_id=posted.posting_id,
            move_date=TODAY,
            reason="counted the wrong shelf",
        )
    )
    assert (w.stock(w.rice).quantity, w.stock(w.rice).value) == (D("58.25"), D("244.70"))
    adjustments = w.stock(w.rice, w.place(LocationKind.ADJUSTMENT))
    assert (adjustments.quantity, adjustments.value) == (D("2.25"), D("9.45"))
    assert w.problems() == []
