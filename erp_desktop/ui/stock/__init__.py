"""Stock: on hand (item × warehouse, in transit apart), adjustments, counts, movements."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from erp_desktop.ui.context import AppContext


class StockPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from erp_desktop.ui.stock.adjustments import AdjustmentsTab
        from erp_desktop.ui.stock.counts import CountsTab
        from erp_desktop.ui.stock.movements import MovementsTab
        from erp_desktop.ui.stock.on_hand import OnHandTab

        super().__init__(parent)
        self.setDocumentMode(True)
        self.on_hand = OnHandTab(ctx)
        self.adjustments = AdjustmentsTab(ctx)
        self.counts = CountsTab(ctx)
        self.movements = MovementsTab(ctx)
        self.addTab(self.on_hand, self.tr("On hand"))
        self.addTab(self.adjustments, self.tr("Adjustments"))
        self.addTab(self.counts, self.tr("Counts"))
        self.addTab(self.movements, self.tr("Movements"))
        self.on_hand.show_movements.connect(self.show_movements)

    def show_movements(self, item_id: int, place: object) -> None:
        self.movements.show_item(item_id, place)  # type: ignore[arg-type]
        self.setCurrentWidget(self.movements)


def create_page(ctx: AppContext) -> QWidget:
    return StockPage(ctx)
