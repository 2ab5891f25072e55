"""Business dates: a date outside the book's years is a slip of the keyboard."""

from __future__ import annotations

from datetime import date

import pytest

from erp_desktop.domain.dates import FIRST_YEAR, LAST_YEAR, check_business_date
from erp_desktop.errors import ValidationError


def test_the_default_window_is_2000_to_2099() -> None:
    assert (FIRST_YEAR, LAST_YEAR) == (2000, 2099)


@pytest.mark.parametrize("day", [date(2000, 1, 1), date(2026, 11, 29), date(2099, 12, 31), None])
def test_dates_inside_the_window_and_no_date_pass(day: date | None) -> None:
    assert check_business_date(day, field="Order date") is None


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1999, 12, 31), date(2100, 1, 1), date.max])
def test_dates_outside_the_window_are_refused_naming_field_day_and_years(day: date) -> None:
    with pytest.raises(ValidationError) as refused:
        check_business_date(day, field="Order date")
    assert str(refused.value) == (
        f"Order date {day.isoformat()} is outside the years this book accepts (2000–2099). "
        "An administrator can widen them under Settings ▸ Book settings."
    )


def test_the_window_is_the_books_setting() -> None:
    check_business_date(date(1995, 6, 1), field="Receipt date", first_year=1990, last_year=2030)
    with pytest.raises(ValidationError, match=r"\(1990–2030\)"):
        check_business_date(date(2031, 1, 1), field="Receipt date", first_year=1990, last_year=2030)


def test_a_text_is_not_a_date() -> None:
    with pytest.raises(ValidationError, match=r"^Order date is not a date\.$"):
        check_business_date("2026-11-29", field="Order date")  # type: ignore[arg-type]
