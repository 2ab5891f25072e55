"""Negative stock coming back above zero: the receipt settles the missing units at
its own cost, then carries on at that cost (Tryton's average-cost scenario)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from erp_desktop.models.stock import StockBalance
from erp_desktop.services.book_settings import set_setting
from erp_desktop.services.stock.items import ItemData, create_item

D = Decimal


def _widget(w) -> int:
    w.book.run(lambda s: set_setting(s, "allow_negative_stock", True, user_id=w.user))
    return w.book.run(
        lambda s: (
            create_item(s, w.user, ItemData("WID-1", "Widget", "pc", purchase_price=D("5"))).value
        )
    )


def test_receipt_crossing_zero_settles_the_missing_units_at_its_cost(world) -> None:
    w = world
    widget = _widget(w)
    w.issue(widget, "1")  # nothing on hand: valued at the purchase price 5.00
    assert (w.stock(widget).quantity, w.stock(widget).value) == (D("-1"), D("-5.00"))
    receipt = w.receive(widget, "3", "2.00")
    on_hand = w.stock(widget)
    assert (on_hand.quantity, on_hand.value) == (D("2"), D("4.00"))
    assert on_hand.average_cost == D("2.000000")
    assert receipt.moves[0].value == D("9.00")  # 6.00 bought + 3.00 over-valued at the sale
    assert w.problems() == []


def test_two_out_then_one_at_3_and_two_at_2_ends_at_cost_price_2(world) -> None:
    w = world
    widget = _widget(w)
    w.issue(widget, "2")
    assert (w.stock(widget).quantity, w.stock(widget).value) == (D("-2"), D("-10.00"))
    w.receive(widget, "1", "3")  # still one missing: it keeps its value
    assert (w.stock(widget).quantity, w.stock(widget).value) == (D("-1"), D("-5.00"))
    w.receive(widget, "2", "2")
    on_hand = w.stock(widget)
    assert (on_hand.quantity, on_hand.value) == (D("1"), D("2.00"))
    assert on_hand.average_cost == D("2.000000")
    assert w.problems() == []


def test_a_small_receipt_at_a_high_cost_keeps_the_sign(world) -> None:
    w = world
    widget = _widget(w)
    w.issue(widget, "2")
    w.receive(widget, "1", "20")
    assert (w.stock(widget).quantity, w.stock(widget).value) == (D("-1"), D("-5.00"))
    assert w.problems() == []


def test_check_refuses_a_value_of_the_opposite_sign(world) -> None:
    w = world
    w.receive(w.screws, "4", "1.00")
    w.book.run(
        lambda s: s.execute(
            update(StockBalance)
            .where(StockBalance.item_id == w.screws, StockBalance.location_id == w.main)
            .values(value=D("-3.00"))
        )
    )
    assert "stock value sign: SCR-01 at 主仓库 holds 4.0000 worth -3.00." in w.problems()
