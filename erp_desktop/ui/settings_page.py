"""Settings: the company profile (book settings join as areas need them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from erp_desktop.errors import ErpError
from erp_desktop.services.company import CompanyProfile, update_company
from erp_desktop.ui.company_form import CompanyForm
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_text


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = CompanyForm()
        self.form.language_combo.setEnabled(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        from erp_desktop.ui.purchasing.settings_section import PurchasingSettings

        self.purchasing = PurchasingSettings(ctx)  # book settings of the areas
        layout.addWidget(self.purchasing)
        layout.addStretch(1)
        if ctx.company is not None:
            self.form.set_profile(ctx.company)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Company profile"))
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> None:
        profile = self.form.profile()
        book, user_id = self.ctx.book, self.ctx.user_id
        self.save_button.setEnabled(False)
        self.ctx.runner.run(
            lambda _p: book.run(lambda s: update_company(s, profile, user_id=user_id)),
            self._saved,
            on_error=self._failed,
        )

    def _saved(self, profile: CompanyProfile) -> None:
        self.save_button.setEnabled(True)
        if self.ctx.opened is not None:
            self.ctx.opened.company = profile
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.ctx.data_changed.emit("company")

    def _failed(self, exc: BaseException) -> bool:
        self.save_button.setEnabled(True)
        if not isinstance(exc, ErpError):
            return False
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))
        return True


def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
