"""Small pieces the purchasing screens share: states and numbers."""

from __future__ import annotations

from erp_desktop.domain.purchase import ORDER_WORKFLOW
from erp_desktop.ui.i18n import render


def state_text(state: str) -> str:
    """The state's name as a label or list cell: "Partially received"."""
    text = render(ORDER_WORKFLOW.state_label(state))
    return text[:1].upper() + text[1:]
