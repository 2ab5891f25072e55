"""Master data: one tab per kind (items, warehouses, suppliers, customers).

Each tab module listed in ``TABS`` has ``TITLE`` (marked in context
"MasterData") and ``create_tab(ctx) -> QWidget``; add a tab by adding its module.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from erp_desktop.ui.context import AppContext
from erp_desktop.ui.empty_page import EmptyStatePage
from erp_desktop.ui.navigation import AREAS

TABS: tuple[str, ...] = (
    "erp_desktop.ui.master_data.items_tab",
    "erp_desktop.ui.master_data.warehouses_tab",
    "erp_desktop.ui.parties.suppliers_tab",
    "erp_desktop.ui.parties.customers_tab",
)


def create_page(ctx: AppContext) -> QWidget:
    return tabbed_page(ctx, TABS, "MasterData", "master_data")


def tabbed_page(ctx: AppContext, modules: tuple[str, ...], context: str, area_key: str) -> QWidget:
    """A tab widget of the given tab modules, or the area's empty state if there are none."""
    if not modules:
        area = next(a for a in AREAS if a.key == area_key)
        return EmptyStatePage(
            QCoreApplication.translate("Navigation", area.label),
            QCoreApplication.translate("Navigation", area.empty_text),
        )
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for name in modules:
        module = importlib.import_module(name)
        tabs.addTab(module.create_tab(ctx), QCoreApplication.translate(context, module.TITLE))
    return tabs
