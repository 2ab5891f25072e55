"""Business dates: the day a document is dated, goods moved, an order is expected.

A date far from today is almost always a slip of the keyboard (0001-01-01, 9999-12-31,
2206 for 2026) and breaks date arithmetic (``date.max + 1 day`` overflows). Every
service that takes a business date asks ``check_business_date``; the window is a book
setting (``first_business_year`` … ``last_business_year``, 2000–2099 by default).
"""

from __future__ import annotations

from datetime import date

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg

FIRST_YEAR = 2000
LAST_YEAR = 2099


def check_business_date(
    day: date | None, *, field: str, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR
) -> None:
    """``field`` is marked with QT_TRANSLATE_NOOP("fields", …); None passes (optional dates)."""
    if day is None:
        return
    if not isinstance(day, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} is not a date."), field=Msg(field, "fields")
        )
    if not first_year <= day.year <= last_year:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} {day} is outside the years this book accepts ({first}–{last}). "
                "An administrator can widen them under Settings ▸ Book settings.",
            ),
            field=Msg(field, "fields"),
            day=day.isoformat(),
            first=first_year,
            last=last_year,
        )
