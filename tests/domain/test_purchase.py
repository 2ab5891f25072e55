"""Purchasing arithmetic: line amounts, stock cost per base unit, tolerance, state, reorder."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.domain.purchase import (
    LineAmounts,
    LineProgress,
    base_unit_cost,
    in_purchase_units,
    line_amounts,
    receivable_limit,
    reorder_quantity,
    state_after_receipts,
    totals,
)


def test_line_amounts_round_half_up_per_line() -> None:
    assert line_amounts(D("3"), D("0.335"), D("0.13")) == LineAmounts(
        D("1.01"), D("0.13"), D("1.14")
    )
    assert line_amounts(D("1"), D("0.125"), None) == LineAmounts(D("0.13"), D("0.00"), D("0.13"))
    assert totals([line_amounts(D("1"), D("0.005"), D("0.13"))] * 3) == LineAmounts(
        D("0.03"), D("0.00"), D("0.03")
    )


def test_cost_per_base_unit_in_book_currency() -> None:
    assert base_unit_cost(D("37"), D("24"), D("1")) == D("1.541667")
    assert base_unit_cost(D("10"), D("1"), D("7.1234")) == D("71.234000")


def test_tolerance_never_lets_more_in_than_the_percentage() -> None:
    assert receivable_limit(D("10"), D("0")) == D("10")
    assert receivable_limit(D("10"), D("5")) == D("10.5")
    assert receivable_limit(D("3"), D("3.33")) == D("3.0999")  # 3.0999 ≤ 3.0999, floor


@pytest.mark.parametrize(
    ("lines", "state"),
    [
        ([("10", "0"), ("5", "0")], "confirmed"),
        ([("10", "4"), ("5", "0")], "partially_received"),
        ([("10", "10"), ("5", "5.5")], "received"),
        ([("10", "12"), ("5", "0")], "partially_received"),
    ],
)
def test_order_state_follows_its_lines(lines, state) -> None:
    assert state_after_receipts(LineProgress(D(o), D(r)) for o, r in lines) == state


def test_reorder_buys_enough_times_the_quantity_to_get_above_the_point() -> None:
    assert reorder_quantity(D("25"), D("0"), D("20"), D("50")) == 0
    assert reorder_quantity(D("5"), D("10"), D("20"), D("50")) == D("50")
    assert reorder_quantity(D("20"), D("0"), D("20"), D("10")) == D("10")
    assert reorder_quantity(D("-35"), D("0"), D("20"), D("10")) == D("60")  # 25 > 20
    assert reorder_quantity(D("-30"), D("0"), D("20"), D("10")) == D("60")  # 30, not 20
    assert in_purchase_units(D("50"), D("24")) == D("3")
    assert in_purchase_units(D("48"), D("24")) == D("2")
