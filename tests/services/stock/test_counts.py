"""Stock counts: the sheet snapshots on-hand; posting books counted − on hand at posting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import StateError, ValidationError
from erp_desktop.services.stock.counts import (
    CountedLine,
    CountSheetInput,
    create_count,
    delete_count,
    get_count,
    post_count,
    record_counts,
)
from erp_desktop.services.stock.items import ItemData, create_item, update_item
from erp_desktop.services.stock.posting import new_key

DAY = date(2026, 6, 30)


def sheet(w, **kw):
    data = CountSheetInput(w.main, DAY, **kw)
    return w.book.run(lambda s: create_count(s, w.user, data).value)


def count(w, count_id, *entries):
    lines = [CountedLine(item, None if qty is None else D(qty)) for item, qty in entries]
    w.book.run(lambda s: record_counts(s, w.user, count_id, lines))


def post(w, count_id, key=None):
    key = key or new_key()
    return w.book.run(lambda s: post_count(s, w.user, count_id, key))


def lines_of(w, count_id):
    return w.book.read(
        lambda s: [
            (x.item_id, x.sheet_quantity, x.counted, x.posted_on_hand, x.difference)
            for x in get_count(s, count_id).lines
        ]
    )


def test_count_books_differences_at_average_cost(world) -> None:
    w = world
    w.receive(w.screws, "100", "0.30")
    w.receive(w.rice, "50.5", "4.00")
    w.receive(w.paint, "3", "55.00", w.second)  # another warehouse: not on the sheet
    count_id = sheet(w)
    assert [(i, q) for i, q, *_ in lines_of(w, count_id)] == [
        (w.rice, D("50.5")),
        (w.screws, D("100")),
    ]
    count(w, count_id, (w.screws, "97"), (w.rice, "51"))
    posted = post(w, count_id)
    assert posted.number == "CNT-2026-000001" and posted.changed_lines == 0
    screws, rice = w.stock(w.screws), w.stock(w.rice)
    assert (screws.quantity, screws.value) == (D("97"), D("29.10"))  # 3 × 0.30 went out
    assert (rice.quantity, rice.value) == (D("51"), D("204.00"))  # 0.5 in at 4.00
    assert w.problems() == []


def test_count_uses_on_hand_at_posting_and_says_so(world) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    count_id = sheet(w)
    count(w, count_id, (w.screws, "8"))
    w.issue(w.screws, "4")  # sold while the count was running: 6 left
    posted = post(w, count_id)
    assert posted.changed_lines == 1
    assert lines_of(w, count_id) == [(w.screws, D("10"), D("8"), D("6"), D("2"))]
    assert w.stock(w.screws).quantity == D("8")  # what was counted, the sale not undone
    assert w.book.read(lambda s: get_count(s, count_id).changed_lines) == 1
    assert w.problems() == []


def test_found_goods_and_uncounted_lines(world) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    w.receive(w.rice, "5", "4.00")
    count_id = sheet(w)
    count(w, count_id, (w.paint, "2"), (w.rice, None))  # paint found; rice not counted
    post(w, count_id)
    assert w.stock(w.screws).quantity == D("10")  # not counted: left alone
    assert w.stock(w.rice).quantity == D("5")
    paint = w.stock(w.paint)
    assert paint.quantity == D("2") and paint.value == D("0.00")  # purchase price 0
    assert w.problems() == []


def test_category_sheet_lists_every_active_item_of_it(world) -> None:
    w = world

    def categorise(s) -> None:
        update_item(s, w.user, w.screws, ItemData("SCR-01", "十字螺丝 M4", "个", category="五金"))
        create_item(s, w.user, ItemData("NUT-01", "螺母", "个", category="五金"))

    w.book.run(categorise)
    count_id = sheet(w, category="五金")
    assert len(lines_of(w, count_id)) == 2
    listed = sheet(w, item_ids=[w.paint])
    assert [line[0] for line in lines_of(w, listed)] == [w.paint]


def test_double_submit_posts_once_and_posted_is_frozen(world) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    count_id = sheet(w)
    count(w, count_id, (w.screws, "10"))  # matches: no moves, still posted once
    key = new_key()
    first, again = post(w, count_id, key), post(w, count_id, key)
    assert again.replayed and again.number == first.number == "CNT-2026-000001"
    with pytest.raises(StateError):
        post(w, count_id)
    with pytest.raises(StateError):
        count(w, count_id, (w.screws, "9"))
    with pytest.raises(StateError):
        w.book.run(lambda s: delete_count(s, w.user, count_id))
    assert w.problems() == []


@pytest.mark.parametrize("bad", ["-1", "0.5", "NaN"])
def test_bad_counted_quantities_are_refused(world, bad) -> None:
    w = world
    w.receive(w.screws, "10", "1.00")
    count_id = sheet(w)
    with pytest.raises((ValidationError, ValueError)):
        count(w, count_id, (w.screws, bad))


def test_nothing_to_count_or_nothing_counted(world) -> None:
    w = world
    with pytest.raises(ValidationError):
        sheet(w)  # the warehouse holds nothing
    count_id = sheet(w, item_ids=[w.screws])
    with pytest.raises(ValidationError):
        post(w, count_id)
