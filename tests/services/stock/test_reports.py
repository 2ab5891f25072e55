"""Stock lists and reports: on hand, as of a date, movements, low stock, valuation, openings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.domain.permissions import Role
from erp_desktop.errors import PermissionDenied, ValidationError
from erp_desktop.models.location import LocationKind
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.stock.items import set_reorder_rule
from erp_desktop.services.stock.opening_stock import OpeningLine, post_opening
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from erp_desktop.services.stock.reports import (
    low_stock_page,
    movement_page,
    on_hand_as_of_page,
    on_hand_page,
    valuation_by_warehouse,
)
from erp_desktop.services.users import create_user


def page(w, query, **filters):
    text = filters.pop("text", "")
    sort = filters.pop("sort", None)
    request = PageRequest(0, 100, text=text, sort=sort, filters={"user_id": w.user, **filters})
    return w.book.read(lambda s: query(s, request))


def post_on(w, day, moves):
    return w.book.run(
        lambda s: post_moves(
            s, user_id=w.user, key=new_key(), doc_type="test", moves=moves, move_date=day
        )
    )


def test_on_hand_list_with_value_and_average(world) -> None:
    w = world
    w.receive(w.screws, "3", "0.10")
    w.receive(w.rice, "2", "4.00", w.second)
    rows = page(w, on_hand_page)
    assert [(r[1], r[7], r[8], r[9]) for r in rows] == [
        ("RICE-5", D("2"), D("8.00"), D("4")),
        ("SCR-01", D("3"), D("0.30"), D("0.1")),
    ]
    assert [r[1] for r in page(w, on_hand_page, place=w.second)] == ["RICE-5"]
    assert [r[1] for r in page(w, on_hand_page, text="螺丝")] == ["SCR-01"]
    assert [r[1] for r in page(w, on_hand_page, sort="quantity")] == ["RICE-5", "SCR-01"]


def test_in_transit_is_a_place_of_its_own(world) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    transit = w.place(LocationKind.TRANSIT)
    w.post([MoveRequest(w.screws, w.main, transit, D("4"))])
    assert [r[7] for r in page(w, on_hand_page)] == [D("6")]
    assert [r[7] for r in page(w, on_hand_page, place="transit")] == [D("4")]


def test_costs_hidden_from_users_who_may_not_see_them(world) -> None:
    w = world
    w.receive(w.screws, "3", "0.10")
    clerk = w.book.run(
        lambda s: create_user(s, "Clerk Li", role=Role.WAREHOUSE, created_by=w.user).value.id
    )
    rows = page(w, on_hand_page, user_id=clerk)
    assert rows[0][7] == D("3") and rows[0][8] is None and rows[0][9] is None
    with pytest.raises(PermissionDenied):
        w.book.read(lambda s: valuation_by_warehouse(s, clerk))


def test_as_of_date_and_movement_history(world) -> None:
    w = world
    supplier, customer = w.place(LocationKind.SUPPLIER), w.place(LocationKind.CUSTOMER)
    post_on(
        w, date(2026, 1, 10), [MoveRequest(w.screws, supplier, w.main, D("10"), unit_cost=D("1"))]
    )
    post_on(w, date(2026, 2, 10), [MoveRequest(w.screws, w.main, customer, D("4"))])
    post_on(w, date(2026, 3, 10), [MoveRequest(w.screws, w.main, w.second, D("1"))])
    jan = page(w, on_hand_as_of_page, day=date(2026, 1, 31))
    assert [(r[7], r[8]) for r in jan] == [(D("10"), D("10.00"))]
    feb = page(w, on_hand_as_of_page, day=date(2026, 2, 28))
    assert [(r[7], r[8]) for r in feb] == [(D("6"), D("6.00"))]
    history = page(w, movement_page, item_id=w.screws)
    assert [(r[6], r[7], r[8]) for r in history] == [
        (D("10"), None, D("10")),
        (None, D("4"), D("6")),
        (None, D("1"), D("5")),
        (D("1"), None, D("6")),  # into the second warehouse
    ]
    only_main = page(w, movement_page, item_id=w.screws, place=w.main)
    assert [r[8] for r in only_main] == [D("10"), D("6"), D("5")]


def test_low_stock_suggests_enough_to_reach_the_point(world) -> None:
    w = world
    w.receive(w.screws, "3", "1.00")
    w.book.run(lambda s: set_reorder_rule(s, w.user, w.screws, w.main, D("10"), D("5")))
    w.book.run(lambda s: set_reorder_rule(s, w.user, w.rice, w.main, D("2"), D("20")))
    w.book.run(lambda s: set_reorder_rule(s, w.user, w.paint, w.second, D("1"), D("1")))
    rows = page(w, low_stock_page)
    assert [(r[1], r[5], r[8]) for r in rows] == [
        ("PNT-W", D("0"), D("1")),
        ("RICE-5", D("0"), D("20")),
        ("SCR-01", D("3"), D("7")),  # 5 would leave it below 10
    ]


def test_valuation_per_warehouse_and_opening(world) -> None:
    w = world
    lines = [
        OpeningLine(w.screws, w.main, D("100"), D("0.25")),
        OpeningLine(w.rice, w.second, D("10.5"), D("4.20")),
    ]
    key = new_key()
    posted = w.book.run(
        lambda s: post_opening(s, w.user, lines, key=key, opening_date=date(2026, 1, 1))
    )
    again = w.book.run(
        lambda s: post_opening(s, w.user, lines, key=key, opening_date=date(2026, 1, 1))
    )
    assert posted.number == "OPN-2026-000001" and posted.total_value == D("69.10")
    assert again.replayed and again.number == posted.number
    values = w.book.read(lambda s: valuation_by_warehouse(s, w.user))
    by_id = {v.location_id: v.value for v in values}
    assert by_id[w.main] == D("25.00") and by_id[w.second] == D("44.10")
    assert w.problems() == []
    with pytest.raises(ValidationError):
        bad = [OpeningLine(w.screws, w.main, D("0"), D("1"))]
        w.book.run(
            lambda s: post_opening(s, w.user, bad, key=new_key(), opening_date=date(2026, 1, 1))
        )


def test_as_of_for_a_place_goods_never_left(world) -> None:
    """No moves out (an empty SUM) must read as zero, not fail (SQLite returned a float)."""
    from erp_desktop.services.stock.balances import on_hand_as_of

    w = world
    w.receive(w.screws, "4", "1.25")
    held = w.book.read(lambda s: on_hand_as_of(s, w.screws, w.main, date(2026, 12, 31)))
    assert (held.quantity, held.value) == (D("4"), D("5.00"))
    never = w.book.read(lambda s: on_hand_as_of(s, w.rice, w.main, date(2026, 12, 31)))
    assert (never.quantity, never.value) == (D("0"), D("0.00"))
