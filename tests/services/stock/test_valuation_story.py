"""One item's story, with the exact average cost after every step."""

from __future__ import annotations

from decimal import Decimal as D

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.posting import new_key, reverse_posting
from tests.services.stock.conftest import TODAY


def test_receive_issue_adjust_reverse_keeps_exact_values(world) -> None:  # type: ignore[no-untyped-def]
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


def test_thirds_leave_no_residue(world) -> None:  # type: ignore[no-untyped-def]
    w = world
    w.receive(w.screws, "3", "3.333333")  # 3 × 3.333333 = 9.999999 → 10.00
    values = [w.issue(w.screws, "1").moves[0].value for _ in range(3)]
    assert values == [D("3.33"), D("3.34"), D("3.33")]
    assert w.stock(w.screws).value == D("0.00")
    assert w.problems() == []


def test_warehouses_keep_their_own_average(world) -> None:  # type: ignore[no-untyped-def]
    w = world
    w.receive(w.rice, "100", "4.00", w.main)
    w.receive(w.rice, "100", "5.00", w.second)
    assert w.stock(w.rice, w.main).average_cost == D("4.000000")
    assert w.stock(w.rice, w.second).average_cost == D("5.000000")
    assert w.issue(w.rice, "2.5", w.second).moves[0].value == D("12.50")
