"""Business dates stay in a window (2000–2099 unless the book says otherwise)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from erp_desktop.domain.dates import check_business_date
from erp_desktop.errors import ValidationError
from erp_desktop.models.invoice import Invoice
from erp_desktop.services.book_settings import set_setting
from tests.invoicing_world import Shop, build_shop


@pytest.fixture
def shop(book, admin_id) -> Shop:
    return build_shop(book, admin_id)


def test_the_window_is_inclusive() -> None:
    check_business_date(date(2000, 1, 1), field="Date")
    check_business_date(date(2099, 12, 31), field="Date")
    check_business_date(None, field="Due date")
    with pytest.raises(ValidationError, match="outside the years this book accepts"):
        check_business_date(date(1999, 12, 31), field="Date")


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_invoices_dated_at_the_ends_of_the_calendar_are_refused(shop, day) -> None:
    with pytest.raises(ValidationError) as refused:
        shop.draft(shop.line(shop.cups, "1", "11.30"), on=day)
    assert str(refused.value) == (
        f"Date {day.isoformat()} is outside the years this book accepts (2000–2099). "
        "An administrator can widen them under Settings ▸ Book settings."
    )
    assert shop.read(lambda s: s.scalar(select(func.count()).select_from(Invoice))) == 0


def test_the_window_is_a_book_setting(shop) -> None:
    shop.run(lambda s: set_setting(s, "last_business_year", 2026, user_id=shop.user))
    with pytest.raises(ValidationError, match=r"2027-01-04 is outside the years .*2000–2026"):
        shop.draft(shop.line(shop.cups, "1", "11.30"), on=date(2027, 1, 4))
    shop.run(lambda s: set_setting(s, "first_business_year", 1995, user_id=shop.user))
    assert shop.draft(shop.line(shop.cups, "1", "11.30"), on=date(1996, 3, 1)) > 0
    with pytest.raises(ValidationError, match="the first not after the last"):
        shop.run(lambda s: set_setting(s, "first_business_year", 2030, user_id=shop.user))
