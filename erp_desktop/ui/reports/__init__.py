"""Reports: one tab per report (stock on hand, valuation, low stock, still to arrive, …).

Each tab module listed in ``TABS`` has ``TITLE`` (marked in context "Reports")
and ``create_tab(ctx) -> QWidget``; add a report by adding its module.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.ui.context import AppContext
from erp_desktop.ui.master_data import tabbed_page

TABS: tuple[str, ...] = (
    "erp_desktop.ui.reports.stock_as_of",
    "erp_desktop.ui.reports.low_stock",
    "erp_desktop.ui.reports.valuation",
    "erp_desktop.ui.purchasing.still_to_arrive",
    "erp_desktop.ui.transfers.in_transit",
)


def create_page(ctx: AppContext) -> QWidget:
    return tabbed_page(ctx, TABS, "Reports")
