"""Small pieces the purchasing screens share: workflow buttons, states, numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

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


def enable_for(
    button: QAbstractButton, state: str | None, verb: str, refusal: str | None = None
) -> None:
    """Enable ``button`` where the order's workflow allows ``verb``; otherwise say why.

    ``state`` None is an order not saved yet (a draft without a row); ``refusal`` is a
    further reason (already translated) that applies even where the state allows it.
    """
    reason = None
    saved = state is not None
    state = state or OrderState.DRAFT
    if not ORDER_WORKFLOW.allowed(state, verb):
        refused = ORDER_WORKFLOW.reason_refused(state, verb)
        reason = render(refused) if refused else None
    elif not saved and verb not in ("edit", "confirm"):
        reason = QCoreApplication.translate("Purchasing", "Save the order first.")
    elif refusal:
        reason = refusal
    button.setEnabled(reason is None)
    button.setToolTip(reason or "")
