"""The book owner's server user, asked for when users of a server book change.

Users of a server book are server roles (services/server_users.py); creating and
changing roles needs the book owner's server user, which daily work does not. The
password typed here serves the one change and is not kept; an owner address
remembered on this PC (with its password in the keyring) is used without asking.
"""

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

from erp_desktop.services.books import BookLocation, with_saved_password
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.password import password_edit


def remembered_owner(owner: BookLocation | None) -> BookLocation | None:
    """The owner's address with its saved password, if this PC remembers both."""
    if owner is None:
        return None
    found = with_saved_password(owner)
    return found if found.password else None


class OwnerPasswordDialog(QDialog):
    def __init__(
        self, book: BookLocation, owner: BookLocation | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.user_edit = QLineEdit(maxLength=63)
        self.password_edit = password_edit(200)
        if owner is not None:
            self.user_edit.setText(owner.server[3])
            self.password_edit.setFocus()
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.user_edit, self.password_edit), strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.buttons = dialog_buttons(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Book owner's server user"))
        self.intro.setText(
            self.tr(
                "Every user of a server book is a user of the server. Adding one, setting a "
                "password, or enabling or disabling one changes the server's users: that needs "
                "the server user that owns the book (your IT person knows it). Its password is "
                "used for this change only and not kept."
            )
        )
        self.labels[0].setText(self.tr("Owner's server &user:"))
        self.labels[1].setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def location(self) -> BookLocation:
        return self.book.as_user(self.user_edit.text().strip(), self.password_edit.text())
