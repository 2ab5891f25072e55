"""Stock adjustments: draft, edit, post with a gap-free number, frozen afterwards."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import InsufficientStock, StateError, ValidationError
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    delete_adjustment,
    get_adjustment,
    post_adjustment,
    update_adjustment,
)
from erp_desktop.services.stock.posting import new_key

DAY = date(2026, 3, 14)


def draft(w, *lines, reason="damaged"):
    data = AdjustmentInput(w.main, DAY, reason, [AdjustmentLineInput(*line) for line in lines])
    return w.book.run(lambda s: create_adjustment(s, w.user, data).value)


def post(w, adjustment_id, key=None):
    key = key or new_key()
    return w.book.run(lambda s: post_adjustment(s, w.user, adjustment_id, key))


def test_adding_and_removing_stock_with_numbers(world) -> None:
    w = world
    w.receive(w.paint, "10", "12.00")
    found = draft(w, (w.paint, D("2")), (w.screws, D("100"), D("0.10")), reason="found")
    posted = post(w, found)
    assert posted.number == "ADJ-2026-000001"
    assert w.stock(w.paint).value == D("144.00")  # added at the average, 12.00
    assert w.stock(w.screws).value == D("10.00")  # added at the given cost
    broken = draft(w, (w.paint, D("-3")))
    assert post(w, broken).number == "ADJ-2026-000002"
    assert (w.stock(w.paint).quantity, w.stock(w.paint).value) == (D("9"), D("108.00"))
    assert w.problems() == []


def test_posted_adjustments_are_frozen(world) -> None:
    w = world
    adjustment = draft(w, (w.screws, D("5"), D("1")))
    post(w, adjustment)
    data = AdjustmentInput(w.main, DAY, "damaged", [AdjustmentLineInput(w.screws, D("1"))])
    with pytest.raises(StateError, match="Cannot edit this stock adjustment: it is posted"):
        w.book.run(lambda s: update_adjustment(s, w.user, adjustment, data))
    with pytest.raises(StateError, match="Cannot delete"):
        w.book.run(lambda s: delete_adjustment(s, w.user, adjustment))
    with pytest.raises(StateError, match="Cannot post"):
        post(w, adjustment)


def test_double_click_posts_once(world) -> None:
    w = world
    adjustment = draft(w, (w.screws, D("5"), D("1")))
    key = new_key()
    first, second = post(w, adjustment, key), post(w, adjustment, key)
    assert second.replayed and second.number == first.number
    assert w.stock(w.screws).quantity == D("5")


def test_a_failed_posting_takes_no_number(world) -> None:
    w = world
    impossible = draft(w, (w.paint, D("-1")))
    with pytest.raises(InsufficientStock):
        post(w, impossible)
    assert w.book.read(lambda s: get_adjustment(s, impossible).state) == "draft"
    assert post(w, draft(w, (w.paint, D("1"), D("5")))).number == "ADJ-2026-000001"
    assert w.problems() == []


def test_drafts_can_be_edited_and_deleted(world) -> None:
    w = world
    adjustment = draft(w, (w.screws, D("5"), D("1")))
    data = AdjustmentInput(
        w.main, DAY, "found", [AdjustmentLineInput(w.rice, D("1.5"), D("4"))], "re-weighed"
    )
    w.book.run(lambda s: update_adjustment(s, w.user, adjustment, data))
    row = w.book.read(
        lambda s: (
            get_adjustment(s, adjustment),
            [(ln.item_id, ln.quantity) for ln in get_adjustment(s, adjustment).lines],
        )
    )
    assert row[0].reason == "found" and row[1] == [(w.rice, D("1.5000"))]
    w.book.run(lambda s: delete_adjustment(s, w.user, adjustment))
    with pytest.raises(Exception, match="does not exist"):
        w.book.read(lambda s: get_adjustment(s, adjustment))


@pytest.mark.parametrize(
    ("line", "reason", "message"),
    [
        ((0, D("1")), "damaged", "does not exist"),
        (("paint", D("0")), "damaged", "more than zero"),
        (("paint", D("1.00001")), "damaged", "at most 4 decimal places"),
        (("paint", D("1")), "because", "Choose a reason"),
    ],
)
def test_bad_drafts_are_refused(world, line, reason, message) -> None:
    w = world
    item = w.paint if line[0] == "paint" else line[0]
    with pytest.raises(Exception, match=message):
        draft(w, (item, line[1]), reason=reason)


def test_empty_adjustment_is_refused(world) -> None:
    w = world
    with pytest.raises(ValidationError, match="at least one line"):
        w.book.run(
            lambda s: create_adjustment(s, w.user, AdjustmentInput(w.main, DAY, "other", [])).value
        )
