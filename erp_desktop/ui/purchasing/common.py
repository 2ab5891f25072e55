"""Small pieces the purchasing screens share: states and numbers."""

from __future__ import annotations

from erp_desktop.domain.purchase import ORDER_WORKFLOW, OrderState
from erp_desktop.ui.i18n import render

STATE_COLOURS = {
    OrderState.DRAFT: "#616161",
    OrderState.CONFIRMED: "#1565c0",
    OrderState.PARTIALLY_RECEIVED: "#ef6c00",
    OrderState.RECEIVED: "#2e7d32",
    OrderState.CANCELLED: "#9e9e9e",
    OrderState.CLOSED: "#6d4c41",
}


def state_text(state: str) -> str:
    """The state's name as a label or list cell: "Partially received"."""
    text = render(ORDER_WORKFLOW.state_label(state))
    return text[:1].upper() + text[1:]
