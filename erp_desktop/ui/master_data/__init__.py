"""Master data: one tab per kind (items, warehouses, suppliers, customers).

Each tab module listed in ``TABS`` has ``TITLE`` (marked in context
"MasterData") and ``create_tab(ctx) -> QWidget``; add a tab by adding its module.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from erp_desktop.ui.context import AppContext

TABS: tuple[str, ...] = (
    "erp_desktop.ui.master_data.items_tab",
    "erp_desktop.ui.master_data.warehouses_tab",
    "erp_desktop.ui.parties.suppliers_tab",
    "erp_desktop.ui.parties.customers_tab",
)


def create_page(ctx: AppContext) -> QWidget:
    return tabbed_page(ctx, TABS, "MasterData")


def tabbed_page(ctx: AppContext, modules: tuple[str, ...], context: str) -> QWidget:
    """A tab widget of the given tab modules."""
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for name in modules:
        module = importlib.import_module(name)
        tabs.addTab(module.create_tab(ctx), QCoreApplication.translate(context, module.TITLE))
    return tabs
