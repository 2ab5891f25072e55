"""The areas of the main window, in navigation order.

Each area gets its page from its module's ``create_page(ctx)``, imported on
first visit (start-up stays fast).
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
    module: str


AREAS = (
    Area(
        "purchasing",
        QT_TRANSLATE_NOOP("Navigation", "Purchasing"),
        SP.SP_FileDialogNewFolder,
        "erp_desktop.ui.purchasing",
    ),
    Area(
        "stock",
        QT_TRANSLATE_NOOP("Navigation", "Stock"),
        SP.SP_DriveHDIcon,
        "erp_desktop.ui.stock",
    ),
    Area(
        "transfers",
        QT_TRANSLATE_NOOP("Navigation", "Transfers"),
        SP.SP_ArrowRight,
        "erp_desktop.ui.transfers",
    ),
    Area(
        "invoicing",
        QT_TRANSLATE_NOOP("Navigation", "Invoicing"),
        SP.SP_FileDialogDetailedView,
        "erp_desktop.ui.invoicing",
    ),
    Area(
        "master_data",
        QT_TRANSLATE_NOOP("Navigation", "Master data"),
        SP.SP_DirIcon,
        "erp_desktop.ui.master_data",
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        SP.SP_FileDialogContentsView,
        "erp_desktop.ui.reports",
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        SP.SP_ComputerIcon,
        "erp_desktop.ui.settings_page",
    ),
)
