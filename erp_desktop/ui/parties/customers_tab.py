"""Master data tab: customers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.parties import CUSTOMER
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.parties.list_widget import PartyListWidget

TITLE = QT_TRANSLATE_NOOP("MasterData", "Customers")


def create_tab(ctx: AppContext) -> QWidget:
    return PartyListWidget(ctx, CUSTOMER)
