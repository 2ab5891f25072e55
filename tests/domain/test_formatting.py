"""domain.formatting: quantities, prices, money, rates and dates as people see them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.domain.formatting import (
    format_date,
    format_decimal,
    format_money,
    format_price,
    format_quantity,
    format_rate,
    price_places,
)
from erp_desktop.domain.tax import EXEMPT, VAT_13, ZERO_RATED, TaxRate
from erp_desktop.i18n import cli_translator

D = Decimal


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1234.5", "1,234.50"),
        ("0", "0.00"),
        ("-5", "-5.00"),
        ("1234567.891", "1,234,567.89"),
        ("2.675", "2.68"),
        ("0.125", "0.13"),
        ("-0.125", "-0.13"),
        ("-0.001", "0.00"),
        ("999999999999.995", "1,000,000,000,000.00"),
        ("1E+3", "1,000.00"),
    ],
)
def test_amounts_have_separators_fixed_places_and_round_half_up(value: str, text: str) -> None:
    assert format_money(D(value)) == text


def test_amounts_are_never_formatted_through_float() -> None:
    assert format_money(D("12345678901234.57")) == "12,345,678,901,234.57"
    with pytest.raises(TypeError):
        format_money(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_money(D("NaN"))


def test_decimal_without_grouping() -> None:
    assert format_decimal(D("1234.5"), 3, grouping=False) == "1234.500"


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        ("12.5000", None, "12.5"),
        ("3.0000", None, "3"),
        ("1200", None, "1,200"),
        ("1.2345", None, "1.2345"),
        ("12.5", 3, "12.500"),
        ("-2", None, "-2"),
    ],
)
def test_quantities(value: str, places: int | None, text: str) -> None:
    assert format_quantity(D(value), places) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [("10", "10.00"), ("10.5", "10.50"), ("44.672222", "44.672222"), ("0.1234567", "0.123457")],
)
def test_prices_show_their_own_places_between_2_and_6(value: str, text: str) -> None:
    assert format_price(D(value)) == text


def test_rates() -> None:
    zh, en = cli_translator("zh_CN"), cli_translator("en")
    assert format_rate(VAT_13, en) == "13%"
    assert format_rate(ZERO_RATED, zh) == "0%"
    assert format_rate(TaxRate(D("0.015")), en) == "1.5%"
    assert format_rate(EXEMPT, zh) == "免税"
    assert format_rate(EXEMPT, en) == "Exempt"


def test_dates_follow_the_language() -> None:
    assert format_date(date(2026, 11, 29), "zh_CN") == "2026年11月29日"
    assert format_date(date(2026, 1, 5), "zh_CN") == "2026年1月5日"
    assert format_date(date(2026, 11, 29), "en") == "2026-11-29"


@pytest.mark.parametrize("value", ["-0.001", "-0.004", "-0", "-0.0000"])
def test_never_minus_zero(value: str) -> None:
    """Every figure on screen and paper goes through here: a rounded zero has no sign."""
    assert format_money(D(value)) == "0.00"
    assert format_decimal(D(value), 2, grouping=False) == "0.00"
    assert format_quantity(D(value), 2) == "0.00"
    assert format_price(D(value), 2) == "0.00"


def test_nothing_prints_as_empty_text() -> None:
    assert format_money(None) == format_quantity(None) == format_price(None) == ""


def test_money_at_the_currency_places() -> None:
    assert format_money(D("1234.5"), "CNY") == "1,234.50"
    assert format_money(D("1234.5"), "USD", grouping=False) == "1234.50"


def test_a_column_of_prices_shares_the_places_it_needs() -> None:
    prices = [D("50.000000"), D("33.333333"), D("2.5")]
    places = price_places(prices)
    assert places == 6
    assert [format_price(p, places) for p in prices] == ["50.000000", "33.333333", "2.500000"]
    assert price_places([D("10.00"), D("2.5")]) == 2
    assert price_places([D("0.1234567")]) == 6  # prices are kept to 6 places
    assert price_places([]) == 2


def test_quantities_at_the_item_places_or_their_own() -> None:
    assert format_quantity(D("2.5"), 2) == "2.50"
    assert format_quantity(D("1200.0000")) == "1,200"
    assert format_quantity(D("1200.0000"), grouping=False) == "1200"
