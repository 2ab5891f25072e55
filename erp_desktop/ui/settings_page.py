"""Settings: the company profile, users, and where the book is kept (move it to a server).

Book settings join as areas need them."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.permissions import Permission
from erp_desktop.services.company import CompanyProfile, update_company
from erp_desktop.services.permissions import may
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.book_settings_page import BookSettingsPage
from erp_desktop.ui.company_form import CompanyForm
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info
from erp_desktop.ui.widgets.heading import heading_label


class CompanyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = heading_label()
        self.form = CompanyForm()
        self.form.language_combo.setEnabled(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        changes_book(ctx, self.save_button)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        if ctx.company is not None:
            self.form.set_profile(ctx.company)
        user_id = ctx.user_id
        self.read_only = not ctx.book.read(lambda s: may(s, user_id, Permission.SETTINGS))
        self.form.setEnabled(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Company profile"))
        self.save_button.setText(self.tr("&Save"))
        if self.read_only:
            self.message.setText(self.tr("Only administrators change the company profile."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> None:
        profile = self.form.profile()
        user_id = self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: update_company(s, profile, user_id=user_id),
            self._saved,
            busy=self.save_button,
            message=self.message,
        )

    def _saved(self, profile: CompanyProfile) -> None:
        if self.ctx.opened is not None:
            self.ctx.opened.company = profile
        show_info(self.message, self.tr("Saved."))


class ServerPage(QWidget):
    """Where the book is kept; offline books can move to a server from here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.move_button = QPushButton()
        changes_book(ctx, self.move_button)
        self.move_button.clicked.connect(self.move_book)
        row = QHBoxLayout()
        row.addWidget(self.move_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        location = self.ctx.book.location
        if location.is_sqlite:
            self.text.setText(
                self.tr(
                    "This book is a file on this computer: {path}\n\nWhen more than one PC "
                    "should work in it at the same time, move it to your company's PostgreSQL "
                    "server. ERP Desktop copies every record, checks the copy row by row, and "
                    "only then switches over. This file stays, read-only, as it was."
                ).format(path=location.path)
            )
            self.move_button.setText(self.tr("&Move this book to a server…"))
            self.move_button.setVisible(not self.ctx.book.read_only)
        else:
            host, port, database, user = location.server
            self.text.setText(
                self.tr(
                    "This book is kept on the server {host}:{port}, database {database}, "
                    "signed in to the server as {user}. Every PC that opens it there works "
                    "in the same book.\n\nFile ▸ Back up book saves a checked copy of it "
                    "as a file; to work offline again, see the guide for your IT person "
                    "(docs/connected-mode.md)."
                ).format(host=host, port=port, database=database, user=user)
            )
            self.move_button.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def move_book(self) -> None:
        from erp_desktop.ui.migrate_wizard import MoveToServerWizard

        wizard = MoveToServerWizard(self.ctx, self.window())
        wizard.exec()


class SettingsPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company = CompanyPage(ctx)
        self.book_settings = BookSettingsPage(ctx)
        self.purchasing = self.book_settings.purchasing
        self.server = ServerPage(ctx)
        self.addTab(self.company, "")
        self.addTab(self.book_settings, "")
        self.users: QWidget
        if ctx.opened is not None and ctx.opened.user is not None and ctx.opened.user.is_admin:
            from erp_desktop.ui.users_page import UsersWidget

            self.users = UsersWidget(ctx)
        else:
            self.users = QLabel()
            self.users.setWordWrap(True)
        self.addTab(self.users, "")
        self.addTab(self.server, "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Company"))
        self.setTabText(1, self.tr("Book settings"))
        self.setTabText(2, self.tr("Users"))
        self.setTabText(3, self.tr("Server"))
        if isinstance(self.users, QLabel):
            self.users.setText(self.tr("Only administrators manage users."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
