"""Line amounts of credit notes: the rule that belongs to them alone.

The arithmetic itself is ``domain.tax`` (half up, per line, then summed; both
price modes; the per-rate breakdown; the 0.06 / 1.27 check). This module only
turns invoice lines into its inputs and back, and adds the one rule that
belongs to credit notes: the credit that takes the last units of a line takes
exactly what is left of its amounts, so the credits of a line never add up to
more (or less) than the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from erp_desktop.domain.money import PRICE_PLACES, round_half_up
from erp_desktop.domain.tax import (
    LineInput,
    PriceMode,
    TaxedLine,
    TaxRate,
    compute_line,
)

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Amounts:
    net: Decimal
    tax: Decimal
    gross: Decimal


def credit_line(
    unit_price: Decimal,
    discount_percent: Decimal,
    rate: TaxRate,
    quantity: Decimal,
    remaining_quantity: Decimal,
    remaining: Amounts,
    mode: str,
    *,
    line: int,
) -> TaxedLine:
    """The (negative) line crediting ``quantity`` of an invoice line.

    ``remaining_quantity`` and ``remaining`` are what is not yet credited of the
    invoice line; when ``quantity`` takes all that is left, the credit takes
    exactly the amounts left. Otherwise the line is computed like any line,
    with the quantity negated (half up is symmetric: −x rounds to −round(x)).
    """
    if quantity == remaining_quantity:
        return TaxedLine(
            line=line,
            quantity=-quantity,
            unit_price=unit_price,
            discount_percent=discount_percent,
            tax_rate=rate,
            list_amount=-round_half_up(quantity * unit_price, 2),
            discount_amount=ZERO,
            net=-remaining.net,
            tax=-remaining.tax,
            gross=-remaining.gross,
            net_unit_price=round_half_up(remaining.net / quantity, PRICE_PLACES),
        )
    entry = LineInput(-quantity, unit_price, rate, discount_percent)
    return compute_line(entry, PriceMode(mode), line=line)


def totals(lines: Sequence[TaxedLine]) -> Amounts:
    return Amounts(
        sum((t.net for t in lines), ZERO),
        sum((t.tax for t in lines), ZERO),
        sum((t.gross for t in lines), ZERO),
    )
