"""Amounts in Chinese capitals follow 《正确填写票据和结算凭证的基本规定》."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0.00", "零元整"),
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("0.55", "伍角伍分"),
        ("10.00", "壹拾元整"),
        ("15", "壹拾伍元整"),
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("1000.05", "壹仟元零伍分"),
        ("10005.00", "壹万零伍元整"),
        ("100010.50", "壹拾万零壹拾元零伍角"),
        ("1000000.00", "壹佰万元整"),
        ("12345678.91", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角壹分"),
        ("100000000.00", "壹亿元整"),
        ("100000005", "壹亿零伍元整"),
        ("100010000", "壹亿零壹万元整"),
        ("201000000", "贰亿零壹佰万元整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        # The examples of the rules themselves (first form where two are allowed).
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("1.500", "壹元伍角"),
    ],
)
def test_amount_in_capitals(amount: str, words: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("-1234.56", "负壹仟贰佰叁拾肆元伍角陆分"),
        ("-0.05", "负伍分"),
        ("-100.00", "负壹佰元整"),
        ("-0.00", "零元整"),
    ],
)
def test_credit_notes_print_negative_amounts_with_fu(amount: str, words: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        (Decimal("1.005"), "at most 2 decimal places"),
        (Decimal("1000000000000"), "too large"),
        (Decimal("-1000000000000.00"), "too large"),
        (Decimal("NaN"), "not a number"),
        (Decimal("Infinity"), "not a number"),
        (1.5, "not a number"),
    ],
)
def test_refuses_what_cannot_be_written(amount: Decimal, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        amount_in_capitals(amount)


def test_never_uses_forbidden_characters() -> None:
    for cents in range(0, 2_000_001, 997):
        words = amount_in_capitals(Decimal(cents).scaleb(-2))
        assert not set(words) & set("一二三四五六七八九十两毛另0"), words
        assert "零零" not in words and not words.endswith("零"), words
