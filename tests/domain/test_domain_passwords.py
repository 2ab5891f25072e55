"""Password rules and the sign-in throttle."""

from __future__ import annotations

import pytest

from erp_desktop.domain.passwords import (
    FREE_FAILURES,
    MAX_DELAY_SECONDS,
    MIN_LENGTH,
    check_password,
    delay_after,
)
from erp_desktop.errors import ValidationError


@pytest.mark.parametrize("good", ["correct horse battery", "茶杯-雨伞-2026", "Kx7!vQ2#pL"])
def test_unrelated_words_or_random_characters_pass(good: str) -> None:
    assert check_password(good, login="wang.li") is None


@pytest.mark.parametrize(
    ("password", "login", "message"),
    [
        ("a" * (MIN_LENGTH - 1), "", "A password needs at least 8 characters."),
        (" leading space", "", "A password may not begin or end with a space."),
        ("trailing space ", "", "A password may not begin or end with a space."),
        ("zzzzzzzzzz", "", "A password may not be one character repeated."),
        ("wang.li2026", "wang.li", "A password may not contain the user's login."),
        ("my-WANG.LI-pass", "wang.li", "A password may not contain the user's login."),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(
    password: str, login: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_password(password, login=login)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    "common", ["Password123", "QWERTYUIOP", "woaini1314", "98765432", "hgfedcba"]
)
def test_common_passwords_and_keyboard_runs_are_refused(common: str) -> None:
    with pytest.raises(ValidationError, match="among the most common ones"):
        check_password(common)


def test_a_short_login_inside_a_password_is_allowed() -> None:
    assert check_password("blue-lizard-17", login="liz") is None


def test_the_throttle_is_free_then_doubles_up_to_fifteen_minutes() -> None:
    assert FREE_FAILURES == 3
    delays = [delay_after(n) for n in range(0, 16)]
    assert delays == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]
    assert delay_after(10_000) == MAX_DELAY_SECONDS == 900
