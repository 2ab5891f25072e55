"""Invoice and order line arithmetic: half-up rounding, both price modes, the
per-rate breakdown and the e-invoice precision check."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.domain.tax import (
    EXEMPT,
    STANDARD_RATES,
    VAT_6,
    VAT_9,
    VAT_13,
    ZERO_RATED,
    LineInput,
    PriceMode,
    TaxRate,
    check_precision,
    compute_document,
    compute_line,
)
from erp_desktop.errors import ValidationError

D = Decimal
EXCL, INCL = PriceMode.EXCLUSIVE, PriceMode.INCLUSIVE


@pytest.mark.parametrize(
    ("price", "amount"), [("0.125", "0.13"), ("2.675", "2.68"), ("1.005", "1.01")]
)
def test_amounts_round_half_up_not_half_even(price: str, amount: str) -> None:
    line = compute_line(LineInput(D(1), D(price), ZERO_RATED), EXCL)
    assert line.net == D(amount)
    assert line.gross == D(amount)


def test_tax_rounds_half_up() -> None:
    # 0.50 × 13 % = 0.065 → 0.07 (half even would give 0.06)
    line = compute_line(LineInput(D(1), D("0.50"), VAT_13), EXCL)
    assert (line.net, line.tax, line.gross) == (D("0.50"), D("0.07"), D("0.57"))


def test_tax_inclusive_price_splits_into_net_and_tax() -> None:
    line = compute_line(LineInput(D(1), D("113.00"), VAT_13), INCL)
    assert (line.net, line.tax, line.gross) == (D("100.00"), D("13.00"), D("113.00"))
    assert line.net_unit_price == D("100.000000")


def test_tax_exclusive_price_adds_tax() -> None:
    line = compute_line(LineInput(D("3"), D("33.333333"), VAT_13), EXCL)
    assert (line.net, line.tax, line.gross) == (D("100.00"), D("13.00"), D("113.00"))


def test_discount_is_folded_into_the_line() -> None:
    line = compute_line(LineInput(D(2), D("50"), VAT_13, discount_percent=D("12.5")), EXCL)
    assert line.list_amount == D("100.00")
    assert line.discount_amount == D("12.50")
    assert (line.net, line.tax, line.gross) == (D("87.50"), D("11.38"), D("98.88"))


@pytest.mark.parametrize(
    ("discount", "reason"),
    [("100.01", "cannot be more than 100"), ("-1", "cannot be negative"), ("5.12345", "places")],
)
def test_discount_outside_0_to_100_is_refused_naming_the_line(discount: str, reason: str) -> None:
    lines = [LineInput(D(1), D(1), VAT_13), LineInput(D(1), D(1), VAT_13, D(discount))]
    with pytest.raises(ValidationError, match=f"Line 2: Discount %.*{reason}"):
        compute_document(lines, EXCL)


def test_full_discount_gives_a_zero_line() -> None:
    line = compute_line(LineInput(D(1), D("9.99"), VAT_13, D(100)), INCL)
    assert (line.net, line.tax, line.gross) == (D(0), D(0), D(0))


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (LineInput(D(0), D(1), VAT_13), "Quantity must be more than zero"),
        (LineInput(D("1.00001"), D(1), VAT_13), "Quantity: at most 4 decimal places"),
        (LineInput(D(1), D("1.0000001"), VAT_13), "Unit price: at most 6 decimal places"),
        (LineInput(D(1), D(-1), VAT_13), "Unit price cannot be negative"),
    ],
)
def test_bad_lines_are_refused(entry: LineInput, reason: str) -> None:
    with pytest.raises(ValidationError, match=f"Line 1: {reason}"):
        compute_line(entry, EXCL)


def test_rates() -> None:
    assert [r.code for r in STANDARD_RATES] == ["13%", "9%", "6%", "3%", "0%", "exempt"]
    assert EXEMPT != ZERO_RATED
    assert TaxRate(D("0.1300")) == VAT_13
    assert TaxRate(D("0.015")).code == "1.5%"
    with pytest.raises(ValidationError):
        TaxRate(D("1.00"))
    with pytest.raises(ValidationError):
        TaxRate(D("0.03"), exempt=True)


def test_mixed_rates_are_totalled_per_rate() -> None:
    doc = compute_document(
        [
            LineInput(D(2), D("113.00"), VAT_13),
            LineInput(D(1), D("10.90"), VAT_9),
            LineInput(D(1), D("50.00"), EXEMPT),
            LineInput(D(3), D("1.06"), VAT_6),
            LineInput(D(1), D("20.00"), ZERO_RATED),
            LineInput(D(1), D("11.30"), VAT_13),
        ],
        INCL,
    )
    assert [(r.tax_rate.code, r.net, r.tax, r.gross) for r in doc.by_rate] == [
        ("13%", D("210.00"), D("27.30"), D("237.30")),
        ("9%", D("10.00"), D("0.90"), D("10.90")),
        ("6%", D("3.00"), D("0.18"), D("3.18")),
        ("0%", D("20.00"), D("0.00"), D("20.00")),
        ("exempt", D("50.00"), D("0.00"), D("50.00")),
    ]
    assert (doc.net, doc.tax, doc.gross) == (D("293.00"), D("28.38"), D("321.38"))
    assert [line.line for line in doc.lines] == [1, 2, 3, 4, 5, 6]
    check_precision(doc.lines)


def test_credit_line_is_the_exact_negation() -> None:
    for mode in PriceMode:
        sale = compute_line(LineInput(D("3"), D("0.125"), VAT_13), mode)
        credit = compute_line(LineInput(D("-3"), D("0.125"), VAT_13), mode)
        assert (credit.net, credit.tax, credit.gross) == (-sale.net, -sale.tax, -sale.gross)


def test_other_currency_places() -> None:
    line = compute_line(LineInput(D(1), D("112.5"), VAT_13), EXCL, places=0)
    assert (line.net, line.tax, line.gross) == (D(113), D(15), D(128))


# -- precision check ------------------------------------------------------------------------------
def cheap_inclusive_lines(count: int) -> list[LineInput]:
    """1 piece at ¥1.00 including 13 %: net 0.88, tax 0.12, while 0.88 × 13 % = 0.1144.

    Each line is well inside the 0.06 line tolerance (0.0056), but the drift
    adds up on a long document.
    """
    return [LineInput(D(1), D("1.00"), VAT_13) for _ in range(count)]


def test_line_drift_within_document_tolerance_passes() -> None:
    doc = compute_document(cheap_inclusive_lines(200), INCL)  # 200 × 0.0056 = 1.12
    check_precision(doc.lines)


def test_300_line_document_drifting_past_1_27_is_refused() -> None:
    doc = compute_document(cheap_inclusive_lines(300), INCL)  # 300 × 0.0056 = 1.68
    assert all(abs(line.tax - line.net * D("0.13")) <= D("0.06") for line in doc.lines)
    with pytest.raises(ValidationError, match=r"Document total: .* by 1\.68; at most 1\.27"):
        check_precision(doc.lines)


def test_the_same_goods_on_one_line_pass() -> None:
    doc = compute_document([LineInput(D(300), D("1.00"), VAT_13)], INCL)
    check_precision(doc.lines)


def test_drift_without_tax_in_prices_is_refused_too() -> None:
    # 0.88 × 13 % = 0.1144 → 0.11: −0.0044 a line, −1.32 over 300 lines
    doc = compute_document([LineInput(D(1), D("0.88"), VAT_13)] * 300, EXCL)
    with pytest.raises(ValidationError, match=r"by -1\.32"):
        check_precision(doc.lines)


def test_a_line_with_hand_adjusted_tax_is_refused_by_number() -> None:
    doc = compute_document([LineInput(D(1), D("100"), VAT_13)] * 3, EXCL)
    adjusted = replace(doc.lines[1], tax=D("13.07"), gross=D("113.07"))
    with pytest.raises(ValidationError, match=r"Line 2: the tax 13\.07 differs .* by 0\.07"):
        check_precision([doc.lines[0], adjusted, doc.lines[2]])
    check_precision([doc.lines[0], replace(adjusted, tax=D("13.06"))])


# -- properties -----------------------------------------------------------------------------------
quantities = st.decimals(
    min_value=D("-99999.9999"), max_value=D("99999.9999"), places=4, allow_nan=False
).filter(lambda q: q != 0)
prices = st.decimals(min_value=D(0), max_value=D("999999.999999"), places=6, allow_nan=False)
discounts = st.decimals(min_value=D(0), max_value=D(100), places=2, allow_nan=False)
entries = st.builds(LineInput, quantities, prices, st.sampled_from(STANDARD_RATES), discounts)


@settings(max_examples=300, deadline=None)
@given(entry=entries, mode=st.sampled_from(PriceMode))
def test_net_plus_tax_is_gross_in_both_modes(entry: LineInput, mode: PriceMode) -> None:
    line = compute_line(entry, mode)
    assert line.net + line.tax == line.gross
    for value in (line.net, line.tax, line.gross):
        assert value == value.quantize(D("0.01"))
    assert abs(line.tax - line.net * entry.tax_rate.rate) <= D("0.0057")
    if entry.tax_rate.exempt:
        assert line.tax == 0


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(entries, min_size=1, max_size=30), mode=st.sampled_from(PriceMode))
def test_totals_are_sums_of_rounded_lines(lines: list[LineInput], mode: PriceMode) -> None:
    doc = compute_document(lines, mode)
    assert doc.net == sum(line.net for line in doc.lines)
    assert doc.tax == sum(line.tax for line in doc.lines)
    assert doc.gross == sum(line.gross for line in doc.lines)
    assert doc.net + doc.tax == doc.gross
    assert sum(r.net for r in doc.by_rate) == doc.net
    assert sum(r.tax for r in doc.by_rate) == doc.tax
    assert sum(r.gross for r in doc.by_rate) == doc.gross
    assert len({r.tax_rate for r in doc.by_rate}) == len(doc.by_rate)


def test_a_line_amount_beyond_the_money_columns_is_refused_naming_the_line() -> None:
    big = LineInput(D("99999999999999"), D("999999999999"), VAT_13)
    with pytest.raises(ValidationError, match="Line 2: Amount is too large"):
        compute_document([LineInput(D(1), D(1), VAT_13), big], EXCL)


def test_a_document_total_beyond_the_money_columns_is_refused() -> None:
    line = LineInput(D("60000000"), D("1000000"), ZERO_RATED)
    with pytest.raises(ValidationError, match="Document total is too large"):
        compute_document([line, line], EXCL)
