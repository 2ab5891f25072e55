"""Invoicing screens: the invoice list, the invoice form, credits, preview, exports."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.ui.context import AppContext


def create_page(ctx: AppContext) -> QWidget:
    from erp_desktop.ui.invoicing.page import InvoicingPage

    return InvoicingPage(ctx)
