"""Parsing and rounding money and quantities."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.domain.money import check_decimal, parse_decimal, round_half_up
from erp_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", "12.0000"),
        (" 1,234.5 ", "1234.5000"),
        ("１２３．４５", "123.4500"),
        (".5", "0.5000"),
        ("0", "0.0000"),
        ("12,345,678.9", "12345678.9000"),
    ],
)
def test_good_input_parses_exactly(text: str, expected: str) -> None:
    assert parse_decimal(text, places=4) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "enter a number"),
        ("   ", "enter a number"),
        ("NaN", "not a number"),
        ("inf", "not a number"),
        ("1e400", "not a number"),
        ("1e3", "not a number"),
        ("1,2", "not a number"),
        ("12a", "not a number"),
        ("1.23456", "at most 4 decimal places"),
        ("-5", "cannot be negative"),
        ("99999999999999999", "too large"),
        ("0x10", "not a number"),
    ],
)
def test_bad_input_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_decimal(text, places=4)


def test_zero_may_be_refused() -> None:
    with pytest.raises(ValidationError, match="more than zero"):
        parse_decimal("0", places=2, allow_zero=False)


def test_negative_may_be_allowed() -> None:
    assert parse_decimal("-1.5", places=2, allow_negative=True) == Decimal("-1.50")


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("0.125", 2, "0.13"),
        ("2.675", 2, "2.68"),
        ("1.005", 2, "1.01"),
        ("-0.125", 2, "-0.13"),
        ("0.5", 0, "1"),
    ],
)
def test_rounding_is_half_up(value: str, places: int, expected: str) -> None:
    assert round_half_up(Decimal(value), places) == Decimal(expected)


def test_check_refuses_floats_and_nan() -> None:
    with pytest.raises(ValidationError):
        check_decimal(Decimal("NaN"), places=2)
    with pytest.raises(ValidationError):
        check_decimal(0.1, places=2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("places", "largest"),
    [(6, "999999999999.999999"), (4, "99999999999999.9999"), (2, "99999999999999.99")],
)
def test_amounts_are_limited_to_what_their_column_holds(places: int, largest: str) -> None:
    assert check_decimal(Decimal(largest), places=places) == Decimal(largest)
    too_large = Decimal(largest) + Decimal(1).scaleb(-places)
    with pytest.raises(ValidationError, match="too large"):
        check_decimal(too_large, places=places)
    with pytest.raises(ValidationError, match="too large"):
        parse_decimal(str(too_large), places=places)


def test_the_limits_are_those_of_the_columns() -> None:
    from erp_desktop.db.types import MONEY_TYPE, QUANTITY_TYPE, UNIT_PRICE_TYPE
    from erp_desktop.domain.money import integer_digits

    for column in (MONEY_TYPE, QUANTITY_TYPE, UNIT_PRICE_TYPE):
        assert integer_digits(column.scale) <= column.integer_digits
    assert integer_digits(UNIT_PRICE_TYPE.scale) == UNIT_PRICE_TYPE.integer_digits == 12
