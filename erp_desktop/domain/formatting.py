"""How quantities, prices, money, rates and dates look — on screens, in PDFs and exports.

The one place that turns a Decimal into text for people (parsing is
``domain.money``'s). Rules:

- decimals are formatted from their digits, never through float, rounded half
  up when a value has more places than shown, with thousands separators;
- a value that rounds to zero prints ``0.00``, never ``-0.00``;
- money prints at the currency's places (every currency the book keeps has 2:
  amounts are stored and rounded to cents, so printing fewer would hide them);
- a quantity prints at its item's places, or — where no item says — with the
  places it uses (``12.5000`` → ``12.5``);
- a unit price is exact (a net price worked out from a tax-inclusive one keeps
  its 6 places) but trailing zeros go, with at least 2 places; a column of
  prices shares one number of places (:func:`price_places`) so the points line up;
- dates follow the document's language: 2026年11月29日, or ISO 8601 in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from erp_desktop.domain.money import MONEY_PLACES, PRICE_PLACES, decimal_places, round_half_up
from erp_desktop.domain.tax import TaxRate
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Translate

MIN_PRICE_PLACES = 2


def format_decimal(value: Decimal | None, places: int, *, grouping: bool = True) -> str:
    """``Decimal("1234.5")``, 2 → ``"1,234.50"``; ``-0.001``, 2 → ``"0.00"``; None → ``""``."""
    if value is None:
        return ""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"expected a finite Decimal, got {value!r}")
    rounded = round_half_up(value, places)
    if rounded == 0:
        rounded = abs(rounded)  # never print -0.00
    return f"{rounded:,f}" if grouping else f"{rounded:f}"


def currency_places(currency: str | None = None) -> int:
    """Places of money in ``currency`` as the book keeps it (cents for every currency)."""
    return MONEY_PLACES


def format_money(
    value: Decimal | None, currency: str | None = None, *, grouping: bool = True
) -> str:
    """Money at the currency's places: ``"1,234.50"``."""
    return format_decimal(value, currency_places(currency), grouping=grouping)


def format_quantity(
    value: Decimal | None, places: int | None = None, *, grouping: bool = True
) -> str:
    """A quantity at its item's ``places``; without them, the places it uses.

    ``Decimal("12.5000")`` → ``"12.5"``; ``Decimal("3.0000")`` → ``"3"``;
    with places=3 → ``"12.500"``.
    """
    if value is None:
        return ""
    shown = decimal_places(value) if places is None else places
    return format_decimal(value, shown, grouping=grouping)


def price_places(values: Iterable[Decimal]) -> int:
    """The places a column of unit prices needs: the most any uses, at least 2, at most 6."""
    used = [decimal_places(value) for value in values if value is not None]
    return min(max([MIN_PRICE_PLACES, *used]), PRICE_PLACES)


def format_price(value: Decimal | None, places: int | None = None, *, grouping: bool = True) -> str:
    """A unit price, exact but without trailing zeros (``44.672200`` → ``44.6722``).

    ``places`` (from :func:`price_places`) pads a column to one width.
    """
    if value is None:
        return ""
    shown = price_places((value,)) if places is None else places
    return format_decimal(value, shown, grouping=grouping)


def format_rate(rate: TaxRate, translate: Translate) -> str:
    """``13%``, ``0%``; an exempt rate prints 免税 / Exempt."""
    if rate.exempt:
        return translate("reports", QT_TRANSLATE_NOOP("reports", "Exempt"))
    return f"{rate.percent:f}%"


def format_date(value: date, language: str) -> str:
    if language.startswith("zh"):
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()
