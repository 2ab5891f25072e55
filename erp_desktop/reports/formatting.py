"""How numbers, dates and rates look on printed documents.

Decimals are formatted from their digits (never through float), with
thousands separators and a fixed number of places, rounded half up when a
value has more places than the document shows. Dates follow the document's
language: 2026年11月29日 in Chinese, 2026-11-29 (ISO 8601) in English.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from erp_desktop.domain.money import MONEY_PLACES, round_half_up
from erp_desktop.domain.tax import TaxRate
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Translate


def format_decimal(value: Decimal, places: int, *, grouping: bool = True) -> str:
    """``Decimal("1234.5")``, 2 → ``"1,234.50"``; ``-0.001``, 2 → ``"0.00"``."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"expected a finite Decimal, got {value!r}")
    rounded = round_half_up(value, places)
    if rounded == 0:
        rounded = abs(rounded)  # never print -0.00
    return f"{rounded:,f}" if grouping else f"{rounded:f}"


def format_amount(value: Decimal, places: int = MONEY_PLACES) -> str:
    """Money: always the currency's places, ``"1,234.50"``."""
    return format_decimal(value, places)


def format_quantity(value: Decimal, places: int | None = None) -> str:
    """Quantities: ``places`` fixed when given (an item's unit), else no trailing zeros.

    ``Decimal("12.5000")`` → ``"12.5"``; ``Decimal("3.0000")`` → ``"3"``;
    with places=3 → ``"12.500"``.
    """
    if places is not None:
        return format_decimal(value, places)
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    shown = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_decimal(value, shown)


def format_price(value: Decimal, min_places: int = 2, max_places: int = 6) -> str:
    """Unit prices: at least 2 places, more only when the price has them (12.345 → 12.345)."""
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_decimal(value, min(max(places, min_places), max_places))


def format_rate(rate: TaxRate, translate: Translate) -> str:
    """``13%``, ``0%``; an exempt rate prints 免税 / Exempt."""
    if rate.exempt:
        return translate("reports", QT_TRANSLATE_NOOP("reports", "Exempt"))
    return f"{rate.percent:f}%"


def format_date(value: date, language: str) -> str:
    if language.startswith("zh"):
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()
