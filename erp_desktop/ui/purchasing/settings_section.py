"""Settings ▸ Purchasing: the over-receipt tolerance (a book setting, the same on every PC)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from erp_desktop.errors import ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.book_settings import get_setting
from erp_desktop.services.purchasing.receipts import set_receipt_tolerance
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info, show_inline
from erp_desktop.ui.widgets.decimal_edit import DecimalEdit


class PurchasingSettings(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Purchasing"), parent)
        self.ctx = ctx
        self.tolerance_edit = DecimalEdit(
            2, field=QT_TRANSLATE_NOOP("fields", "Over-receipt tolerance %"), allow_empty=False
        )
        self.tolerance_edit.setMaximumWidth(90)
        self.tolerance_edit.set_value(
            ctx.book.read(lambda s: get_setting(s, "receipt_tolerance_percent"))
        )
        self.save_button = QPushButton(self.tr("Save"))
        changes_book(ctx, self.save_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.tolerance_edit)
        row.addWidget(QLabel("%"))
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        hint = QLabel(
            self.tr(
                "How much more than ordered a line may receive, e.g. 5 lets 105 in on an "
                "order of 100. 0 refuses any over-receipt."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Over-receipt tolerance:"), row)
        form.addRow("", hint)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        try:
            percent = self.tolerance_edit.value() or Decimal(0)
        except ErpError as exc:
            show_inline(exc, self.message)
            return
        user = self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: set_receipt_tolerance(s, user, percent),
            self._saved,
            message=self.message,
        )

    def _saved(self, percent: Decimal) -> None:
        self.tolerance_edit.set_value(percent)
        show_info(self.message, self.tr("Saved."))
