"""Transfers without a database: the workflow and the value leaving transit."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.domain.transfer import WORKFLOW, release_value, settled_value
from erp_desktop.errors import StateError


@pytest.mark.parametrize(
    ("state", "verb", "after"),
    [
        ("draft", "edit", "draft"),
        ("draft", "ship", "shipped"),
        ("shipped", "receive", "partial"),
        ("partial", "receive", "partial"),
        ("shipped", "close", "closed"),
        ("partial", "close", "closed"),
        ("draft", "cancel", "cancelled"),
    ],
)
def test_allowed_transitions(state: str, verb: str, after: str) -> None:
    assert WORKFLOW.target(state, verb) == after


@pytest.mark.parametrize(
    ("state", "verb"),
    [
        ("shipped", "edit"),
        ("shipped", "ship"),
        ("draft", "receive"),
        ("draft", "close"),
        ("shipped", "cancel"),
        ("received", "receive"),
        ("closed", "receive"),
        ("cancelled", "ship"),
    ],
)
def test_refused_transitions_say_why(state: str, verb: str) -> None:
    assert not WORKFLOW.allowed(state, verb)
    with pytest.raises(StateError, match=r"^Cannot .* this transfer: it is .*Only possible"):
        WORKFLOW.target(state, verb)


def test_settled_value_rounds_cumulatively() -> None:
    assert settled_value(D("1"), D("3"), D("10.00")) == D("3.33")
    assert settled_value(D("2"), D("3"), D("10.00")) == D("6.67")
    assert settled_value(D("3"), D("3"), D("10.00")) == D("10.00")


def test_three_receipts_of_one_take_the_whole_value_and_nothing_more() -> None:
    released = []
    settled, so_far = D("0"), D("0.00")
    for _ in range(3):
        out = release_value(
            shipped_quantity=D("3"),
            shipped_value=D("10.00"),
            settled_quantity=settled,
            settled_value_so_far=so_far,
            quantity=D("1"),
        )
        released.append(out)
        settled, so_far = settled + 1, so_far + out
    assert released == [D("3.33"), D("3.34"), D("3.33")]
    assert so_far == D("10.00")


def test_more_than_is_on_the_road_is_refused() -> None:
    with pytest.raises(ValueError, match="more than is on the road"):
        release_value(
            shipped_quantity=D("3"),
            shipped_value=D("10.00"),
            settled_quantity=D("2"),
            settled_value_so_far=D("6.67"),
            quantity=D("2"),
        )
    with pytest.raises(ValueError, match="nothing was shipped"):
        settled_value(D("1"), D("0"), D("0.00"))


@settings(deadline=None)  # a 2-core CI machine shared by many jobs
@given(
    shipped=st.integers(min_value=1, max_value=200),
    value=st.integers(min_value=0, max_value=10_000_000).map(lambda c: D(c) / 100),
    data=st.data(),
)
def test_a_line_settled_in_any_steps_leaves_nothing_in_transit(
    shipped: int, value: D, data: st.DataObject
) -> None:
    settled, so_far = 0, D("0.00")
    while settled < shipped:
        step = data.draw(st.integers(min_value=1, max_value=shipped - settled))
        so_far += release_value(
            shipped_quantity=D(shipped),
            shipped_value=value,
            settled_quantity=D(settled),
            settled_value_so_far=so_far,
            quantity=D(step),
        )
        settled += step
    assert so_far == value
