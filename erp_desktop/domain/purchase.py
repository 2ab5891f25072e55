"""Purchasing rules that need no database: order states and workflow, line amounts,
stock cost, reorder.

- Prices on purchase orders are net (tax-exclusive), per ordered unit, in the
  order's currency. Line amounts follow PRODUCT.md: net = quantity × price
  rounded half up, tax per line rounded, gross = net + tax; totals are sums of
  the rounded lines (``line_amounts`` is the one place that arithmetic lives).
- Goods are valued at the net price per *base* unit in the book's currency:
  price × exchange rate ÷ factor, rounded half up to 6 places.
- An order's state after receipts and returns follows from its lines.
- Reorder: when on hand + still to arrive is at or below the reorder point,
  buy the reorder quantity, as many times as needed to get above the point.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from erp_desktop.domain.money import MONEY_PLACES, PRICE_PLACES, round_half_up
from erp_desktop.domain.tax import EXEMPT, LineInput, PriceMode, TaxRate, compute_line
from erp_desktop.domain.workflow import Workflow
from erp_desktop.i18n import QT_TRANSLATE_NOOP

ZERO = Decimal(0)
_ONE = Decimal(1)
HUNDRED = Decimal(100)


class OrderState(StrEnum):
    """A purchase order's state (the stored value)."""

    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CANCELLED = "cancelled"
    CLOSED = "closed"


OPEN_STATES = (OrderState.CONFIRMED, OrderState.PARTIALLY_RECEIVED)  # goods may still arrive
# Orders whose prices are the supplier's word (confirmed once): reorder reads the last price.
PRICED_STATES = (*OPEN_STATES, OrderState.RECEIVED, OrderState.CLOSED)
STARTED_STATES = (*OPEN_STATES, OrderState.RECEIVED)  # numbered, goods may have moved

ORDER_WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "purchase order"),
    states={
        OrderState.DRAFT: QT_TRANSLATE_NOOP("states", "draft"),
        OrderState.CONFIRMED: QT_TRANSLATE_NOOP("states", "confirmed"),
        OrderState.PARTIALLY_RECEIVED: QT_TRANSLATE_NOOP("states", "partially received"),
        OrderState.RECEIVED: QT_TRANSLATE_NOOP("states", "received"),
        OrderState.CANCELLED: QT_TRANSLATE_NOOP("states", "cancelled"),
        OrderState.CLOSED: QT_TRANSLATE_NOOP("states", "closed"),
    },
    verbs={
        "edit": QT_TRANSLATE_NOOP("verbs", "edit"),
        "delete": QT_TRANSLATE_NOOP("verbs", "delete"),
        "confirm": QT_TRANSLATE_NOOP("verbs", "confirm"),
        "cancel": QT_TRANSLATE_NOOP("verbs", "cancel"),
        "amend": QT_TRANSLATE_NOOP("verbs", "amend"),
        "receive": QT_TRANSLATE_NOOP("verbs", "receive goods on"),
        "close": QT_TRANSLATE_NOOP("verbs", "close"),
        "return": QT_TRANSLATE_NOOP("verbs", "return goods from"),
        "print": QT_TRANSLATE_NOOP("verbs", "print"),
    },
    transitions={
        "edit": {OrderState.DRAFT: OrderState.DRAFT},
        "delete": {OrderState.DRAFT: OrderState.DRAFT},
        "confirm": {OrderState.DRAFT: OrderState.CONFIRMED},
        "cancel": {s: OrderState.CANCELLED for s in (OrderState.DRAFT, OrderState.CONFIRMED)},
        "amend": {s: s for s in OPEN_STATES},
        # After a receipt or a return the lines decide the state (state_after_receipts).
        "receive": {s: OrderState.PARTIALLY_RECEIVED for s in OPEN_STATES},
        "close": {OrderState.PARTIALLY_RECEIVED: OrderState.CLOSED},
        "return": {
            s: s for s in (OrderState.PARTIALLY_RECEIVED, OrderState.RECEIVED, OrderState.CLOSED)
        },
        "print": {s: s for s in PRICED_STATES},
    },
)


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    tax: Decimal
    gross: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, tax_rate: Decimal | None) -> LineAmounts:
    """Net, tax and gross of one line (``tax_rate`` a fraction; None: exempt), by the
    book's tax arithmetic (``domain.tax``; purchase prices are tax-exclusive)."""
    rate = EXEMPT if tax_rate is None else TaxRate(tax_rate)
    taxed = compute_line(LineInput(quantity, unit_price, rate), PriceMode.EXCLUSIVE)
    return LineAmounts(taxed.net, taxed.tax, taxed.gross)


def totals(lines: Iterable[LineAmounts]) -> LineAmounts:
    zero = round_half_up(ZERO, MONEY_PLACES)
    net, tax, gross = zero, zero, zero
    for line in lines:
        net, tax, gross = net + line.net, tax + line.tax, gross + line.gross
    return LineAmounts(net, tax, gross)


def base_unit_cost(unit_price: Decimal, factor: Decimal, exchange_rate: Decimal) -> Decimal:
    """Stock value of one base unit: the net price in book currency ÷ the unit's factor."""
    return round_half_up(unit_price * exchange_rate / factor, PRICE_PLACES)


def receivable_limit(ordered: Decimal, tolerance_percent: Decimal) -> Decimal:
    """The most that may be received on a line: ordered plus the book's tolerance.

    Rounded down to the quantity's places so that the limit is never more than
    the tolerance allows.
    """
    limit = ordered * (HUNDRED + tolerance_percent) / HUNDRED
    return limit.quantize(Decimal("0.0001"), rounding=ROUND_FLOOR)


@dataclass(frozen=True)
class LineProgress:
    ordered: Decimal  # base unit
    received: Decimal  # base unit, net of returns


def state_after_receipts(lines: Iterable[LineProgress]) -> OrderState:
    """confirmed (nothing in), partially_received, or received (every line complete)."""
    lines = list(lines)
    if lines and all(line.received >= line.ordered for line in lines):
        return OrderState.RECEIVED
    if any(line.received > 0 for line in lines):
        return OrderState.PARTIALLY_RECEIVED
    return OrderState.CONFIRMED


def reorder_quantity(
    on_hand: Decimal, incoming: Decimal, reorder_point: Decimal, reorder_qty: Decimal
) -> Decimal:
    """What to buy for one item in one warehouse (0: nothing)."""
    position = on_hand + incoming
    if position > reorder_point or reorder_qty <= 0:
        return ZERO
    times = ((reorder_point - position) / reorder_qty).to_integral_value(rounding=ROUND_CEILING)
    if position + times * reorder_qty <= reorder_point:
        times += 1
    return (times if times > 1 else _ONE) * reorder_qty


def in_purchase_units(base_quantity: Decimal, factor: Decimal) -> Decimal:
    """Whole purchase units holding at least ``base_quantity`` (cartons are not split)."""
    return (base_quantity / factor).to_integral_value(rounding=ROUND_CEILING)
