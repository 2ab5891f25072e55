"""Rules every document line naming an item obeys, with their one wording.

Orders, invoices, transfers, adjustments, counts and the stock posting all
refuse the same things about a line's item; the messages are built here so
that they read (and translate) the same wherever they come from.
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.domain.money import decimal_places, plain_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def missing_item(line: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Line {line}: the item does not exist."), line=line
    )


def inactive_item(line: int, code: str, name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Line {line}: the item {code} {name} is inactive."),
        line=line,
        code=code,
        name=name,
    )


def check_unit_precision(line: int, code: str, places: int, quantity: Decimal) -> None:
    """Refuse a quantity finer than the item is counted in (``places`` decimals)."""
    if decimal_places(quantity) > places:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: {code} is counted in whole units"
                " or at most {places} decimals; {quantity} has more.",
            ),
            line=line,
            code=code,
            places=places,
            quantity=plain_decimal(quantity),
        )
