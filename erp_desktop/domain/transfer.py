"""Transfer rules that need no database: the workflow and how value leaves transit.

A transfer moves goods between two of the company's warehouses in two steps:
shipping takes them out of the source into *in transit* (at the source's
average cost), receiving brings them from transit into the destination at the
cost they left with. Goods that never arrive are written off from transit to
inventory adjustment when the transfer is closed with a shortage.

Value leaves transit by *cumulative* rounding: after a line has settled
(received or written off) ``q`` of the ``Q`` units shipped worth ``V``, the
value settled is ``round_half_up(q × V ÷ Q)``. A receipt takes the difference
between that figure after and before it, so the receipts of a line never add up
to more than was shipped, a receipt of the same quantity takes the same value
wherever it falls (give or take a cent), and the receipt or shortage that
settles the line takes exactly what is left: a settled line leaves nothing in
transit, in quantity or in value.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from erp_desktop.domain.money import MONEY_PLACES, round_half_up
from erp_desktop.domain.workflow import Workflow
from erp_desktop.i18n import QT_TRANSLATE_NOOP


class TransferState(StrEnum):
    """``transfer.state`` (the stored value)."""

    DRAFT = "draft"
    SHIPPED = "shipped"
    PARTIAL = "partial"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class TransferEventKind(StrEnum):
    """``transfer_event.kind``: what happened to goods on the road."""

    RECEIPT = "receipt"
    SHORTAGE = "shortage"


# Goods of these transfers are on the road.
OPEN_STATES = (TransferState.SHIPPED, TransferState.PARTIAL)
# Nothing more can happen to these (they count as finished).
SETTLED_STATES = (TransferState.RECEIVED, TransferState.CLOSED)

WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "transfer"),
    states={
        TransferState.DRAFT: QT_TRANSLATE_NOOP("states", "draft"),
        TransferState.SHIPPED: QT_TRANSLATE_NOOP("states", "shipped"),
        TransferState.PARTIAL: QT_TRANSLATE_NOOP("states", "partially received"),
        TransferState.RECEIVED: QT_TRANSLATE_NOOP("states", "received"),
        TransferState.CLOSED: QT_TRANSLATE_NOOP("states", "closed with shortage"),
        TransferState.CANCELLED: QT_TRANSLATE_NOOP("states", "cancelled"),
    },
    verbs={
        "edit": QT_TRANSLATE_NOOP("verbs", "edit"),
        "ship": QT_TRANSLATE_NOOP("verbs", "ship"),
        "receive": QT_TRANSLATE_NOOP("verbs", "receive"),
        "close": QT_TRANSLATE_NOOP("verbs", "close with a shortage"),
        "cancel": QT_TRANSLATE_NOOP("verbs", "cancel"),
    },
    # "receive" leads to "partial" here; the receipt that brings the last units of
    # every line makes the transfer "received" (see services.transfers.movement).
    transitions={
        "edit": {TransferState.DRAFT: TransferState.DRAFT},
        "ship": {TransferState.DRAFT: TransferState.SHIPPED},
        "receive": {s: TransferState.PARTIAL for s in OPEN_STATES},
        "close": {s: TransferState.CLOSED for s in OPEN_STATES},
        "cancel": {TransferState.DRAFT: TransferState.CANCELLED},
    },
)

# Why goods shipped never arrived. Keys are shared with stock adjustments
# (domain.stock.ADJUSTMENT_REASONS), so reports of losses read them alike.
SHORTAGE_REASONS = ("damaged", "lost", "miscounted")


def settled_value(
    settled_quantity: Decimal, shipped_quantity: Decimal, shipped_value: Decimal
) -> Decimal:
    """The value of the first ``settled_quantity`` of ``shipped_quantity`` units."""
    if settled_quantity == shipped_quantity:
        return shipped_value
    if shipped_quantity <= 0:
        raise ValueError("nothing was shipped on this line")
    return round_half_up(settled_quantity * shipped_value / shipped_quantity, MONEY_PLACES)


def release_value(
    *,
    shipped_quantity: Decimal,
    shipped_value: Decimal,
    settled_quantity: Decimal,
    settled_value_so_far: Decimal,
    quantity: Decimal,
) -> Decimal:
    """Value leaving transit with ``quantity`` more units of a line (receipt or shortage)."""
    if quantity <= 0 or settled_quantity + quantity > shipped_quantity:
        raise ValueError("more than is on the road")
    after = settled_value(settled_quantity + quantity, shipped_quantity, shipped_value)
    return after - settled_value_so_far
