"""Gap-free numbers: 20 processes issuing at once, failures, yearly reset, series settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import StateError, ValidationError
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.invoicing.series import configure_series, get_series
from tests.invoicing_race import issue_at_once


def test_twenty_processes_issuing_at_once_get_consecutive_numbers(shop, book_url) -> None:
    s = shop
    good = [s.draft(s.line(s.cups, "2", "11.30")) for _ in range(17)]
    short = [s.draft(s.line(s.rice, "501", "6")) for _ in range(3)]  # 500 kg on hand
    outcome = issue_at_once(book_url, s.user, good + short)
    numbers = sorted(outcome[i] for i in good)
    assert numbers == [f"INV-2026-{n:06d}" for n in range(1, 18)]  # none missing or doubled
    assert all(outcome[i].startswith("refused: Not enough stock") for i in short)
    assert s.stock(s.cups).quantity == D("66")
    assert s.problems() == []


def test_numbers_reset_each_year_unless_the_series_says_not(shop) -> None:
    s = shop
    sold = s.invoice(s.line(s.cups, "1", "1"))
    assert sold.number == "INV-2026-000001"
    assert s.invoice(s.line(s.cups, "1", "1"), on=date(2026, 12, 31)).number == "INV-2026-000002"
    assert s.invoice(s.line(s.cups, "1", "1"), on=date(2027, 1, 1)).number == "INV-2027-000001"
    settings = s.read(lambda x: get_series(x, "credit_note"))
    assert (settings.prefix, settings.yearly, settings.given_out) == ("CN", True, 0)
    s.run(
        lambda x: (
            configure_series(x, s.user, "credit_note", prefix="红字", yearly=False, padding=5).value
        )
    )
    note = s.credit(sold.invoice_id, {1: "1"})
    assert s.read(lambda x: get_invoice(x, note).number) == "红字-00001"
    with pytest.raises(StateError, match="already given out 1 numbers"):
        s.run(
            lambda x: (
                configure_series(
                    x, s.user, "credit_note", prefix="CN", yearly=True, padding=6
                ).value
            )
        )
    with pytest.raises(ValidationError, match="no spaces or slashes"):
        s.run(
            lambda x: (
                configure_series(x, s.user, "invoice", prefix="IN/V", yearly=True, padding=6).value
            )
        )
    assert s.problems() == []
