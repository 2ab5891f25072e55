"""Rules every document line naming an item obeys, with their one wording.

Orders, invoices, transfers, adjustments, counts and the stock posting all
refuse the same things about a line's item; the messages are built here so
that they read (and translate) the same wherever they come from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TypeVar

from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal, decimal_places, plain_decimal
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


def line_error(line: int, error: ValidationError) -> ValidationError:
    """``error`` about one document line, said as "Line N: …"."""
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"), line=line, reason=error.message
    )


L = TypeVar("L")


def take_quantities(
    entries: Iterable[tuple[int, Decimal]],
    lines: Mapping[int, L],
    *,
    line_no: Callable[[L], int],
    not_a_line: Callable[[int, int], Exception],
    check: Callable[[L, Decimal], None],
    skip_zero: bool = False,
) -> list[tuple[L, Decimal]]:
    """The document lines a receipt, a return or an arrival takes, with their quantities.

    ``entries`` are (line id, quantity typed) pairs. Each names a line of ``lines``
    at most once (else ``not_a_line(position, line id)`` is raised); the quantity is
    a Decimal of at most QUANTITY_PLACES decimals, more than zero (with
    ``skip_zero``, a zero entry is left out); ``check(line, quantity)`` refuses more
    than the line allows (it raises, or notes the problem and returns).
    """
    taken: list[tuple[L, Decimal]] = []
    seen: set[int] = set()
    for position, (line_id, raw) in enumerate(entries, start=1):
        line = lines.get(line_id)
        if line is None or line_id in seen:
            raise not_a_line(position, line_id)
        try:
            quantity = check_decimal(
                raw,
                places=QUANTITY_PLACES,
                allow_zero=skip_zero,
                field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            )
        except ValidationError as exc:
            raise line_error(line_no(line), exc) from exc
        if quantity == 0:
            continue
        check(line, quantity)
        taken.append((line, quantity))
        seen.add(line_id)
    return taken
