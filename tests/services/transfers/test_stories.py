"""Transfer stories: ship, receive all or in parts, close short, cancel — with exact values."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import StateError
from erp_desktop.models.location import LocationKind


def test_ship_ten_receive_ten(tw) -> None:
    w = tw.w
    w.receive(w.screws, "10", "2.00")
    transfer = tw.draft((w.screws, "10"))
    assert tw.view(transfer).state == "draft" and tw.view(transfer).number is None
    shipped = tw.ship(transfer)
    assert (shipped.number, shipped.state) == ("TRF-2026-000001", "shipped")
    assert (w.stock(w.screws).quantity, tw.transit(w.screws).value) == (D("0"), D("20.00"))
    assert w.problems() == []
    received = tw.receive(transfer, "10")
    assert received.state == "received"
    second = w.stock(w.screws, w.second)
    assert (second.quantity, second.value) == (D("10"), D("20.00"))
    assert (tw.transit(w.screws).quantity, tw.transit(w.screws).value) == (D("0"), D("0.00"))
    view = tw.view(transfer)
    assert view.finished_by == "管理员" and view.shipped_by == "管理员"
    assert [(e.kind, e.quantity) for e in view.events] == [("receipt", D("10"))]
    assert w.problems() == []


def test_ship_ten_receive_six_then_four(tw) -> None:
    w = tw.w
    w.receive(w.paint, "10", "1.237")  # worth 12.37
    transfer = tw.draft((w.paint, "10"))
    tw.ship(transfer)
    first = tw.receive(transfer, "6")
    assert first.state == "partial"
    assert w.stock(w.paint, w.second).value == D("7.42")  # 6 × 12.37 / 10 = 7.422
    assert (tw.transit(w.paint).quantity, tw.transit(w.paint).value) == (D("4"), D("4.95"))
    assert w.problems() == []
    assert tw.receive(transfer, "4").state == "received"
    assert w.stock(w.paint, w.second).value == D("12.37")  # exactly what left
    assert tw.transit(w.paint).value == D("0.00")
    line = tw.view(transfer).lines[0]
    assert (line.shipped, line.received, line.short, line.on_road) == (D(10), D(10), D(0), D(0))
    assert w.problems() == []


def test_ship_ten_receive_seven_close_short_three(tw) -> None:
    w = tw.w
    w.receive(w.rice, "10", "4.20")
    transfer = tw.draft((w.rice, "10"))
    tw.ship(transfer)
    tw.receive(transfer, "7")
    closed = tw.close(transfer, "damaged")
    assert closed.state == "closed"
    assert w.stock(w.rice, w.second).value == D("29.40")
    lost = w.stock(w.rice, w.place(LocationKind.ADJUSTMENT))
    assert (lost.quantity, lost.value) == (D("3"), D("12.60"))
    assert (tw.transit(w.rice).quantity, tw.transit(w.rice).value) == (D("0"), D("0.00"))
    view = tw.view(transfer)
    shortage = view.events[-1]
    assert (shortage.kind, shortage.reason, shortage.by, shortage.quantity) == (
        "shortage",
        "damaged",
        "管理员",
        D("3"),
    )
    assert view.lines[0].short == D("3")
    assert w.problems() == []  # includes: value conserved over all places


def test_values_leave_transit_without_residue(tw) -> None:
    """Three units worth 10.00 arriving one by one: 3.33 + 3.34 + 3.33."""
    w = tw.w
    w.receive(w.screws, "3", "3.3333")  # worth 10.00
    transfer = tw.draft((w.screws, "3"))
    tw.ship(transfer)
    values = []
    for _ in range(3):
        before = w.stock(w.screws, w.second).value
        tw.receive(transfer, "1")
        values.append(w.stock(w.screws, w.second).value - before)
    assert values == [D("3.33"), D("3.34"), D("3.33")]
    assert tw.transit(w.screws).value == D("0.00")


def test_cancel_a_draft_but_never_a_shipped_transfer(tw) -> None:
    from erp_desktop.services.transfers.orders import cancel_transfer

    w = tw.w
    w.receive(w.screws, "5", "1")
    draft = tw.draft((w.screws, "2"))
    w.book.run(lambda s: cancel_transfer(s, w.user, draft))
    assert tw.view(draft).state == "cancelled"
    with pytest.raises(StateError, match="Cannot ship this transfer: it is cancelled"):
        tw.ship(draft)
    shipped = tw.draft((w.screws, "2"))
    tw.ship(shipped)
    with pytest.raises(
        StateError,
        match=r"Cannot cancel this transfer: it is shipped\. Only possible when it is: draft",
    ):
        w.book.run(lambda s: cancel_transfer(s, w.user, shipped))
    assert tw.view(shipped).number == "TRF-2026-000001"  # the cancelled draft took no number
    assert w.problems() == []
