"""Small pieces the purchasing screens share: states and numbers."""

from __future__ import annotations

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


