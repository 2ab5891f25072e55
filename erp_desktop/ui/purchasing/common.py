"""Small pieces the purchasing screens share: states and numbers."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.domain.money import format_decimal
from erp_desktop.services.purchasing.orders import WORKFLOW
from erp_desktop.ui.i18n import render

STATE_COLOURS = {
    "draft": "#616161",
    "confirmed": "#1565c0",
    "partially_received": "#ef6c00",
    "received": "#2e7d32",
    "cancelled": "#9e9e9e",
    "closed": "#6d4c41",
}


def state_text(state: str) -> str:
    """The state's name as a label or list cell: "Partially received"."""
    text = render(WORKFLOW.state_label(state))
    return text[:1].upper() + text[1:]


def compact(value: Decimal | None, *, places: int = 0, grouping: bool = True) -> str:
    """At least ``places`` decimals, more only where the value has them: 2.5, 0.335, 12."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    shown = max(places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return format_decimal(value, shown, grouping=grouping)
