"""Settings ▸ Book settings: rules that hold for everyone working in this book."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.book_settings import get_setting, set_setting
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info
from erp_desktop.ui.purchasing.settings_section import PurchasingSettings


class StockSettings(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.negative_box = QCheckBox()
        self.negative_box.setChecked(
            bool(ctx.book.read(lambda s: get_setting(s, "allow_negative_stock")))
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.save_button = QPushButton()
        changes_book(ctx, self.save_button)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.negative_box)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Stock"))
        self.negative_box.setText(self.tr("Allow stock to go below zero"))
        self.hint.setText(
            self.tr(
                "Off (recommended): selling, shipping or writing off more than a warehouse "
                "holds is refused, naming the lines short. On: it is allowed, and the missing "
                "goods are valued at the item's purchase price until they arrive."
            )
        )
        self.save_button.setText(self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> None:
        allowed = self.negative_box.isChecked()
        user = self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: set_setting(s, "allow_negative_stock", allowed, user_id=user),
            self._saved,
            busy=self.save_button,
            message=self.message,
        )

    def _saved(self, _result: object) -> None:
        show_info(self.message, self.tr("Saved."))


class BookSettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stock = StockSettings(ctx)
        self.purchasing = PurchasingSettings(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stock)
        layout.addWidget(self.purchasing)
        layout.addStretch(1)
