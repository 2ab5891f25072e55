"""The areas of the main window, in navigation order.

An area with a ``module`` gets its page from that module's
``create_page(ctx)``, imported on first visit (start-up stays fast); an area
without one shows its honest empty state.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QStyle

from erp_desktop.i18n import QT_TRANSLATE_NOOP

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class Area:
    key: str
    label: str  # context "Navigation"
    icon: QStyle.StandardPixmap
    empty_text: str  # context "Navigation"
    module: str | None = None


AREAS = (
    Area(
        "purchasing",
        QT_TRANSLATE_NOOP("Navigation", "Purchasing"),
        SP.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Suppliers, purchase orders, goods receipts and supplier returns will be kept "
            "here. This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.purchasing",
    ),
    Area(
        "stock",
        QT_TRANSLATE_NOOP("Navigation", "Stock"),
        SP.SP_DriveHDIcon,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Stock on hand per warehouse, adjustments, stock counts and the movement history "
            "of every item will be shown here. This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.stock",
    ),
    Area(
        "transfers",
        QT_TRANSLATE_NOOP("Navigation", "Transfers"),
        SP.SP_ArrowRight,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Transfers of goods between your warehouses — shipped, on the road and received — "
            "will be managed here. This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.transfers",
    ),
    Area(
        "invoicing",
        QT_TRANSLATE_NOOP("Navigation", "Invoicing"),
        SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Sales invoices, credit notes and their PDF and XML exports will be made here. "
            "This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.invoicing",
    ),
    Area(
        "master_data",
        QT_TRANSLATE_NOOP("Navigation", "Master data"),
        SP.SP_DirIcon,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Items, warehouses, suppliers and customers will be listed and edited here. "
            "This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.master_data",
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Stock valuation, low stock, goods still to arrive and sales reports will be "
            "shown here. This part of ERP Desktop is not built yet.",
        ),
        module="erp_desktop.ui.reports",
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        SP.SP_ComputerIcon,
        QT_TRANSLATE_NOOP("Navigation", "Company profile and book settings."),
        module="erp_desktop.ui.settings_page",
    ),
)
