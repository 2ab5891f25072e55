"""Stock rules that need no database: valuation arithmetic and adjustment reasons.

Valuation is a moving average per item *and location*: each balance row
holds a quantity and a value, and the average cost there is value ÷ quantity.
Goods leave a location at its average; the move that takes the last unit
takes exactly the remaining value, so no rounding residue is ever left on a
zero quantity. Transfers carry value with the goods, so a warehouse's average
blends what arrived from elsewhere at the cost it left with.
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.domain.money import MONEY_PLACES, PRICE_PLACES, round_half_up
from erp_desktop.i18n import QT_TRANSLATE_NOOP

ZERO = Decimal(0)

ADJUSTMENT_REASONS = {
    "damaged": QT_TRANSLATE_NOOP("reasons", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("reasons", "Lost or stolen"),
    "expired": QT_TRANSLATE_NOOP("reasons", "Expired"),
    "found": QT_TRANSLATE_NOOP("reasons", "Found"),
    "miscounted": QT_TRANSLATE_NOOP("reasons", "Miscounted"),
    "sample": QT_TRANSLATE_NOOP("reasons", "Samples and own use"),
    "correction": QT_TRANSLATE_NOOP("reasons", "Correction"),
    "other": QT_TRANSLATE_NOOP("reasons", "Other"),
}


def average_cost(quantity: Decimal, value: Decimal) -> Decimal | None:
    """Average unit cost (6 places), or None where there is no positive stock."""
    if quantity <= 0:
        return None
    return round_half_up(value / quantity, PRICE_PLACES)


def issue_value(
    quantity: Decimal, on_hand: Decimal, value: Decimal, fallback_unit_cost: Decimal
) -> Decimal:
    """Value of ``quantity`` leaving a place holding ``on_hand`` worth ``value``.

    Taking everything takes all the value. Taking more than is there (only
    where negative stock is allowed) values the part that exists at the
    average and the rest at ``fallback_unit_cost`` (the item's purchase price).
    """
    if on_hand <= 0:
        return round_half_up(quantity * fallback_unit_cost, MONEY_PLACES)
    if quantity == on_hand:
        return value
    if quantity > on_hand:
        extra = round_half_up((quantity - on_hand) * fallback_unit_cost, MONEY_PLACES)
        return value + extra
    return round_half_up(quantity * value / on_hand, MONEY_PLACES)


def arrival_value(
    on_hand: Decimal, value: Decimal, quantity: Decimal, incoming: Decimal
) -> Decimal:
    """Value of ``quantity`` worth ``incoming`` arriving where ``on_hand`` worth ``value`` is.

    On zero or positive stock the goods bring their own value. On negative stock
    (the book allows it) the missing units were valued at the purchase price when
    they left; the arrival settles them:

    - landing at or below zero: the units still missing keep their average, so the
      balance keeps the sign of its quantity (and lands on exactly 0.00 at zero);
    - crossing zero: the missing units are settled at the incoming cost, and the rest
      stays at that cost — selling 1 (valued 5.00) from nothing, then receiving
      3 @ 2.00, leaves 2 units worth 4.00, as in Tryton's average-cost scenario.

    The move carries the difference, so the value stays conserved over all places.
    """
    if on_hand >= 0:
        return incoming
    after = on_hand + quantity
    if after <= 0:
        return round_half_up(value * after / on_hand, MONEY_PLACES) - value
    settled = round_half_up(-on_hand * incoming / quantity, MONEY_PLACES)
    return incoming - settled - value


def receipt_value(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    return round_half_up(quantity * unit_cost, MONEY_PLACES)


def unit_cost_of(quantity: Decimal, value: Decimal) -> Decimal:
    """The unit cost recorded on a move (for reading; the value is what counts)."""
    return round_half_up(value / quantity, PRICE_PLACES)


COUNT_REASON = QT_TRANSLATE_NOOP("reasons", "Stock count")
