"""Decimal parsing and rounding for money and quantities.

Rules (the same in every editor, import and service):
- text is trimmed; full-width digits, point, minus and comma (as typed by a
  Chinese input method) are accepted and turned into ASCII;
- a comma is accepted only as a thousands separator in the right places;
- empty text, NaN, Infinity and exponents (``1e3``) are refused;
- more decimal places than allowed are refused, never silently rounded;
- rounding, where a rule computes a value, is half up (0.125 -> 0.13).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋　", "0123456789.,-+ ")
_PLAIN = re.compile(r"^[+-]?(\d+)(\.\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_ONLY_FRACTION = re.compile(r"^[+-]?\.\d+$")

QUANTITY_PLACES = 4
PRICE_PLACES = 6
MONEY_PLACES = 2
RATE_PLACES = 4
# Decimals of a currency's minor unit (ISO 4217) where it is not MONEY_PLACES.
_CURRENCY_PLACES = {"JPY": 0}
# Every money, price and quantity column holds this many digits in all
# (``db/types.py`` builds its NUMERIC(18, places) types from it), so a value with
# ``places`` decimals has ``COLUMN_PRECISION - places`` digits before the point.
COLUMN_PRECISION = 18
MAX_DIGITS = 14  # and never more than this before the point (100 trillion)


def integer_digits(places: int, precision: int = COLUMN_PRECISION) -> int:
    """Digits allowed before the point for a value kept with ``places`` decimals."""
    return min(MAX_DIGITS, precision - places)


def normalize_number_text(text: str) -> str:
    return text.translate(_FULL_WIDTH).strip().replace(" ", "")


def parse_decimal(
    text: str,
    *,
    places: int,
    allow_negative: bool = False,
    allow_zero: bool = True,
    field: str = QT_TRANSLATE_NOOP("fields", "Value"),
    max_digits: int | None = None,
) -> Decimal:
    """Parse user text into a Decimal or raise ValidationError saying why."""
    clean = normalize_number_text(text)
    if not clean:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: enter a number."), field=_f(field)
        )
    if _PLAIN.match(clean):  # the usual case first; the three forms exclude each other
        pass
    elif _GROUPED.match(clean):
        clean = clean.replace(",", "")
    elif _ONLY_FRACTION.match(clean):
        clean = clean.replace(".", "0.", 1)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: “{text}” is not a number."),
            field=_f(field),
            text=text.strip(),
        )
    value = Decimal(clean)
    return check_decimal(
        value,
        places=places,
        allow_negative=allow_negative,
        allow_zero=allow_zero,
        field=field,
        max_digits=max_digits,
    )


def check_decimal(
    value: Decimal,
    *,
    places: int,
    allow_negative: bool = False,
    allow_zero: bool = True,
    field: str = QT_TRANSLATE_NOOP("fields", "Value"),
    max_digits: int | None = None,
) -> Decimal:
    """Check a Decimal that came from code or an import, like parse_decimal does.

    ``max_digits`` (before the point) defaults to what the column of a value with
    ``places`` decimals holds (``integer_digits``), so nothing valid here is refused by
    the database as "does not fit NUMERIC(18, 6)"."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: “{text}” is not a number."),
            field=_f(field),
            text=value,
        )
    if value < 0 and not allow_negative:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} cannot be negative."), field=_f(field)
        )
    if value == 0 and not allow_zero:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} must be more than zero."), field=_f(field)
        )
    rounded = _quantized(value, places)
    if value != rounded if rounded is not None else decimal_places(value) > places:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: at most {places} decimal places are allowed."),
            field=_f(field),
            places=places,
        )
    digits = integer_digits(places) if max_digits is None else max_digits
    if abs(value) >= _power_of_ten(digits):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{field} is too large: at most {digits} digits before the point."
            ),
            field=_f(field),
            digits=digits,
        )
    if rounded is not None:
        return rounded
    return value.quantize(step(places)) if places >= 0 else value


def _quantized(value: Decimal, places: int) -> Decimal | None:
    """``value`` with ``places`` decimals (equal to it when it has no more), or None
    when that cannot be computed (negative places, too many digits)."""
    if places < 0:
        return None
    try:
        return value.quantize(step(places))
    except InvalidOperation:
        return None


_POWERS = tuple(Decimal(10) ** digits for digits in range(COLUMN_PRECISION + 1))


def _power_of_ten(digits: int) -> Decimal:
    return _POWERS[digits] if 0 <= digits < len(_POWERS) else Decimal(10) ** digits


def decimal_places(value: Decimal) -> int:
    """Significant decimal places: 1.500 has 1, 12 has 0."""
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


_STEPS = tuple(Decimal(1).scaleb(-places) for places in range(13))  # 1, 0.1, … 1E-12


def step(places: int) -> Decimal:
    """The smallest amount with ``places`` decimal places (0.01 for 2)."""
    return _STEPS[places] if 0 <= places < len(_STEPS) else Decimal(1).scaleb(-places)


def round_half_up(value: Decimal, places: int) -> Decimal:
    try:
        return value.quantize(step(places), rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # pragma: no cover - only for absurd magnitudes
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The amount is too large.")) from exc


def currency_places(currency: str) -> int:
    """How many decimals amounts in ``currency`` are rounded to (JPY 0, most 2)."""
    return _CURRENCY_PLACES.get(currency, MONEY_PLACES)


def money(value: Decimal, places: int = MONEY_PLACES) -> Decimal:
    return round_half_up(value, places)


def _f(field: str) -> Msg:
    """A field name marked with QT_TRANSLATE_NOOP("fields", …) by the caller."""
    return Msg(field, "fields")


def plain_decimal(value: Decimal) -> str:
    """4.0000 → "4", 2.5000 → "2.5": a figure as a message shows it (no exponent)."""
    return format(value.normalize(), "f")
