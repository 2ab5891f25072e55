"""Moving-average valuation: what leaves, what arrives, and that no value is lost."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.domain.documents import DOC_TYPE_LABELS
from erp_desktop.domain.stock import (
    ADJUSTMENT_REASONS,
    arrival_value,
    average_cost,
    issue_value,
    receipt_value,
    unit_cost_of,
)


def test_average_cost_has_six_places_and_none_without_stock() -> None:
    assert average_cost(D("18"), D("116.00")) == D("6.444444")
    assert average_cost(D("3"), D("2.00")) == D("0.666667")  # half up
    assert average_cost(D("0"), D("0.00")) is None
    assert average_cost(D("-2"), D("-10.00")) is None


def test_goods_leave_at_the_average_rounded_half_up_to_cents() -> None:
    assert issue_value(D("6"), D("18"), D("116.00"), D("9.99")) == D("38.67")
    assert issue_value(D("1"), D("8"), D("1.00"), D("9.99")) == D("0.13")  # 0.125 → 0.13


def test_the_last_unit_takes_exactly_the_remaining_value() -> None:
    assert issue_value(D("3"), D("3"), D("10.00"), D("9.99")) == D("10.00")


def test_taking_more_than_there_is_values_the_rest_at_the_fallback_cost() -> None:
    assert issue_value(D("5"), D("3"), D("10.00"), D("4.00")) == D("18.00")
    assert issue_value(D("2"), D("0"), D("0.00"), D("4.125")) == D("8.25")


def test_arrival_on_positive_stock_brings_its_own_value() -> None:
    assert arrival_value(D("5"), D("30.00"), D("3"), D("7.50")) == D("7.50")


def test_arrival_crossing_zero_settles_the_missing_units_at_the_incoming_cost() -> None:
    # Tryton's scenario: 1 sold from nothing at 5.00, then 3 arrive at 2.00 → 2 worth 4.00.
    moved = arrival_value(D("-1"), D("-5.00"), D("3"), D("6.00"))
    assert D("-5.00") + moved == D("4.00")


def test_arrival_landing_at_zero_leaves_exactly_nothing() -> None:
    moved = arrival_value(D("-2"), D("-9.00"), D("2"), D("7.00"))
    assert D("-9.00") + moved == D("0.00")


def test_receipt_value_and_unit_cost() -> None:
    assert receipt_value(D("12.5"), D("4.205")) == D("52.56")
    assert unit_cost_of(D("3"), D("10.00")) == D("3.333333")


def test_every_reason_and_move_type_has_a_label() -> None:
    assert {"damaged", "lost", "miscounted", "found", "other"} <= set(ADJUSTMENT_REASONS)
    assert DOC_TYPE_LABELS["supplier_return"] == "supplier return"


quantities = st.integers(min_value=1, max_value=200).map(D)
cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: D(c) / 100)


@settings(deadline=None)  # a 2-core CI machine shared by many jobs
@given(on_hand=quantities, value=cents, data=st.data())
def test_issuing_in_any_steps_takes_exactly_the_value_on_hand(
    on_hand: D, value: D, data: st.DataObject
) -> None:
    left_quantity, left_value, taken = on_hand, value, D("0.00")
    while left_quantity > 0:
        step = data.draw(st.integers(min_value=1, max_value=int(left_quantity)))
        out = issue_value(D(step), left_quantity, left_value, D("1"))
        assert out >= 0
        taken += out
        left_quantity, left_value = left_quantity - step, left_value - out
    assert (left_quantity, left_value, taken) == (0, D("0.00"), value)
