"""First run of a new book: the company profile and the first user (an administrator)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.company import setup_company
from erp_desktop.services.users import UserInfo
from erp_desktop.ui.company_form import CompanyForm
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.heading import heading_label


class FirstRunDialog(QDialog):
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin: UserInfo | None = None
        self.heading = heading_label(scale=1.4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = CompanyForm()
        self.form.set_language(language)
        self.form.language_chosen.connect(self.language_chosen)
        self.user_label = QLabel()
        self.user_edit = QLineEdit(maxLength=100)
        self.user_label.setBuddy(self.user_edit)
        user_row = QFormLayout()
        user_row.addRow(self.user_label, self.user_edit)
        self.error_label = error_label(hidden=True)
        self.buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(user_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up your company"))
        self.heading.setText(self.tr("Welcome to ERP Desktop"))
        self.intro.setText(
            self.tr(
                "Tell us about your company: it is printed on your invoices and orders. "
                "You can change it later under Settings. Only the company name and your "
                "name are required."
            )
        )
        self.user_label.setText(self.tr("&Your name:"))
        self.user_edit.setPlaceholderText(self.tr("you will be the administrator of this book"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start working"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> None:
        profile = self.form.profile()
        name = self.user_edit.text()
        self.ctx.runner.op(
            self,
            lambda s: setup_company(s, profile, name),
            self._saved,
            busy=self.buttons,
            message=self.error_label,
        )

    def _saved(self, admin: UserInfo) -> None:
        self.admin = admin
        self.accept()
