"""Signing in to a book: user name and password; or, on a book without any
password yet, the first administrator chooses one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.errors import ValidationError
from erp_desktop.services.accounts import choose_first_password, sign_in
from erp_desktop.services.books import Book
from erp_desktop.services.opening import OpenBook
from erp_desktop.services.server_signin import WAIT, WRONG, reopen_as
from erp_desktop.services.users import UserInfo
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label, show_inline
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.heading import heading_label
from erp_desktop.ui.widgets.password import check_typed_twice, password_edit


class LoginDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        book: Book,
        *,
        company: str = "",
        first: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = book
        self.company = company
        self.first = first
        self.user: UserInfo | None = None
        self.opened: OpenBook | None = None  # server books: the book opened as the user's role
        self.heading = heading_label(scale=1.25)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login_edit = QLineEdit(maxLength=64)
        self.password_edit = password_edit(200)
        self.confirm_edit = password_edit(200)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, widget in zip(
            self.labels, (self.login_edit, self.password_edit, self.confirm_edit), strict=True
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = error_label(hidden=True)
        self.buttons = dialog_buttons(self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        if first is not None:
            self.login_edit.setText(first.login)
            self.login_edit.setReadOnly(True)
            self.password_edit.setFocus()
        else:
            self.confirm_edit.hide()
            self.labels[2].hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.heading.setText(self.company or self.tr("Sign in"))
        if self.first is not None:
            self.intro.setText(
                self.tr(
                    "This book has no passwords yet. As its administrator ({name}), choose "
                    "your password now: from here on everyone signs in with their own name "
                    "and password."
                ).format(name=self.first.full_name)
            )
        else:
            self.intro.setText(
                self.tr("Sign in with the user name and password your administrator gave you.")
            )
        self.labels[0].setText(self.tr("&User name:"))
        self.labels[1].setText(self.tr("&Password:"))
        self.labels[2].setText(self.tr("&Repeat password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self) -> None:
        login, password = self.login_edit.text(), self.password_edit.text()
        book, first = self.book, self.first
        if first is not None:
            try:
                check_typed_twice(self.password_edit, self.confirm_edit)
            except ValidationError as exc:
                show_inline(exc, self.error_label)
                return
        self.buttons.setEnabled(False)
        server = not book.location.is_sqlite

        def work(_progress):
            if server:  # the server checks the password: the session becomes the user's role
                if first is not None:
                    book.run(lambda s: choose_first_password(s, first.id, password))
                return reopen_as(book, first.login if first else login, password)
            if first is not None:
                return book.run(lambda s: choose_first_password(s, first.id, password).value)
            result = book.run(lambda s: sign_in(s, login, password))  # audited either way
            if result.wait_seconds:
                raise ValidationError(WAIT, seconds=result.wait_seconds)
            if not result.ok:
                raise ValidationError(WRONG)
            return result.user

        self.ctx.runner.run(work, self._signed_in, on_error=self._failed, parent=self)

    def _signed_in(self, result: UserInfo | OpenBook) -> None:
        if isinstance(result, OpenBook):  # a server book, opened again as the user's role
            self.opened, self.user = result, result.user
        else:
            self.user = result
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if not show_inline(exc, self.error_label):
            return False
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        return True
