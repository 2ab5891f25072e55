"""Posting rules: shortages refused whole, idempotent keys, precision, inactive data."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import InsufficientStock, StateError, ValidationError
from erp_desktop.models.location import LocationKind
from erp_desktop.models.stock import StockMove, StockPosting
from erp_desktop.services.book_settings import set_setting
from erp_desktop.services.stock.items import set_item_active
from erp_desktop.services.stock.posting import MoveRequest, new_key, reverse_posting
from tests.services.stock.conftest import TODAY


def count(book, model) -> int:
    return book.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_shortage_is_refused_whole_naming_the_line(world) -> None:
    w = world
    w.receive(w.screws, "5", "1.00")
    w.receive(w.paint, "1", "20.00")
    customer = w.place(LocationKind.CUSTOMER)
    before = count(w.book, StockMove)
    with pytest.raises(InsufficientStock) as caught:
        w.post(
            [
                MoveRequest(w.paint, w.main, customer, D("1")),
                MoveRequest(w.screws, w.main, customer, D("3")),
                MoveRequest(w.screws, w.main, customer, D("3")),  # together 6 > 5
            ]
        )
    message = str(caught.value)
    assert "line 3 SCR-01" in message and "has 2, 3 needed" in message
    assert count(w.book, StockMove) == before
    assert w.stock(w.paint).quantity == D("1")


def test_negative_stock_when_the_book_allows_it(world) -> None:
    w = world
    w.book.run(lambda s: set_setting(s, "allow_negative_stock", True, user_id=w.user))
    w.issue(w.screws, "2")  # nothing on hand: valued at the purchase price 0.50
    assert (w.stock(w.screws).quantity, w.stock(w.screws).value) == (D("-2"), D("-1.00"))
    w.receive(w.screws, "2", "0.80")  # back to zero: no value may stay behind
    assert (w.stock(w.screws).quantity, w.stock(w.screws).value) == (D("0"), D("0.00"))
    assert w.problems() == []


def test_same_key_posts_once_and_returns_the_first_result(world) -> None:
    w = world
    key = new_key()
    supplier = w.place(LocationKind.SUPPLIER)
    move = [MoveRequest(w.paint, supplier, w.main, D("2"), unit_cost=D("7"))]
    first = w.post(move, key=key)
    second = w.post(move, key=key)
    assert not first.replayed and second.replayed
    assert second.posting_id == first.posting_id
    assert second.moves == first.moves
    assert w.stock(w.paint).quantity == D("2")
    assert count(w.book, StockPosting) == 1


@pytest.mark.parametrize(
    ("quantity", "message"),
    [("0", "more than zero"), ("-1", "more than zero"), ("1.5", "whole units")],
)
def test_bad_quantities_are_refused(world, quantity, message) -> None:
    w = world
    supplier = w.place(LocationKind.SUPPLIER)
    with pytest.raises(ValidationError, match=message):
        w.post([MoveRequest(w.screws, supplier, w.main, D(quantity), unit_cost=D("1"))])
    assert count(w.book, StockPosting) == 0


def test_rice_takes_two_decimals_but_not_three(world) -> None:
    w = world
    w.receive(w.rice, "1.25", "4.00")
    with pytest.raises(ValidationError, match="at most 2 decimals"):
        w.receive(w.rice, "1.255", "4.00")


def test_inactive_items_and_warehouses_are_refused(world) -> None:
    w = world
    w.book.run(lambda s: set_item_active(s, w.user, w.paint, False))
    with pytest.raises(ValidationError, match="PNT-W White paint 5L is inactive"):
        w.receive(w.paint, "1", "1")
    from erp_desktop.services.stock.locations import set_warehouse_active

    w.book.run(lambda s: set_warehouse_active(s, w.user, w.second, False))
    with pytest.raises(ValidationError, match="二号仓库 is inactive"):
        w.receive(w.screws, "1", "1", w.second)


def test_a_posting_is_reversed_once(world) -> None:
    w = world
    receipt = w.receive(w.screws, "10", "1.00")

    def reverse(session):
        return reverse_posting(
            session,
            user_id=w.user,
            key=new_key(),
            posting_id=receipt.posting_id,
            move_date=TODAY,
            reason="typo",
        )

    w.book.run(reverse)
    assert w.stock(w.screws).quantity == D("0")
    with pytest.raises(StateError, match="reversed already"):
        w.book.run(reverse)


def test_reversal_that_would_go_negative_is_refused(world) -> None:
    w = world
    receipt = w.receive(w.screws, "10", "1.00")
    w.issue(w.screws, "8")
    with pytest.raises(InsufficientStock):
        w.book.run(
            lambda s: reverse_posting(
                s,
                user_id=w.user,
                key=new_key(),
                posting_id=receipt.posting_id,
                move_date=TODAY,
                reason="x",
            )
        )
    assert w.problems() == []


def test_reversing_needs_the_permission_to_adjust_stock(world) -> None:
    from erp_desktop.domain.permissions import Role
    from erp_desktop.errors import PermissionDenied
    from erp_desktop.services.users import create_user

    w = world
    receipt = w.receive(w.screws, "10", "1.00")
    clerk = w.book.run(
        lambda s: create_user(s, "Sales Clerk", role=Role.SALES, created_by=1).value
    ).id
    with pytest.raises(PermissionDenied, match="Sales Clerk may not adjust and count stock"):
        w.book.run(
            lambda s: reverse_posting(
                s,
                user_id=clerk,
                key=new_key(),
                posting_id=receipt.posting_id,
                move_date=TODAY,
                reason="hide a sale",
            )
        )
    assert w.stock(w.screws).quantity == D("10")
    assert w.problems() == []
