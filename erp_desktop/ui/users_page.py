"""Settings ▸ Users: who may use the book, with which role; add, deactivate, reset a password.

Administrators only (the SETTINGS permission); the services check it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.permissions import ROLE_LABELS, Role
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.accounts import add_user, list_users, set_active, set_password
from erp_desktop.services.books import BookLocation
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.users import UserInfo
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label, show_info, show_inline
from erp_desktop.ui.runner import changes_of
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.password import check_typed_twice, password_edit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def role_label(role: str) -> str:
    try:
        return QCoreApplication.translate("roles", ROLE_LABELS[Role(role)])
    except ValueError:
        return role


USER_HEADERS = (
    QT_TRANSLATE_NOOP("UserTableModel", "Name"),
    QT_TRANSLATE_NOOP("UserTableModel", "User name"),
    QT_TRANSLATE_NOOP("UserTableModel", "Role"),
    QT_TRANSLATE_NOOP("UserTableModel", "Password"),
    QT_TRANSLATE_NOOP("UserTableModel", "Status"),
)


class UserTableModel(QAbstractTableModel):
    HEADERS = USER_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = users
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.users)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UserTableModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.users[index.row()]
        translate = QCoreApplication.translate
        password = (
            translate("UserTableModel", "set")
            if user.has_password
            else translate("UserTableModel", "none")
        )
        status = (
            translate("UserTableModel", "active")
            if user.active
            else translate("UserTableModel", "deactivated")
        )
        return (user.full_name, user.login, role_label(user.role), password, status)[index.column()]


class UserDialog(QDialog):
    """Add a user (name, user name, role, password) or set a password (password only)."""

    def __init__(self, user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.name_edit = QLineEdit(maxLength=100)
        self.login_edit = QLineEdit(maxLength=64)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.password_edit = password_edit(200)
        self.confirm_edit = password_edit(200)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        widgets = (
            self.name_edit,
            self.login_edit,
            self.role_combo,
            self.password_edit,
            self.confirm_edit,
        )
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
            if user is not None and widget in widgets[:3]:
                label.hide()
                widget.hide()
        self.error_label = error_label(hidden=True)
        self.buttons = dialog_buttons(self, self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        adding = self.user is None
        self.setWindowTitle(self.tr("Add a user") if adding else self.tr("Set a new password"))
        self.intro.setText(
            self.tr(
                "The new user signs in with the user name and password you give here, and "
                "may do what the role allows."
            )
            if adding
            else self.tr("A new password for {name}. Tell it to them in person.").format(
                name=self.user.full_name if self.user else ""
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Name:"),
                self.tr("&User name:"),
                self.tr("&Role:"),
                self.tr("&Password:"),
                self.tr("Repeat pass&word:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.login_edit.setPlaceholderText(self.tr("for signing in, e.g. wang.fang"))
        self.password_edit.setPlaceholderText(self.tr("at least 8 characters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def check(self) -> None:
        try:
            check_typed_twice(self.password_edit, self.confirm_edit)
        except ValidationError as exc:
            show_inline(exc, self.error_label)
            return
        self.accept()

    def role(self) -> Role:
        return Role(str(self.role_combo.currentData()))


class UsersWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = UserTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.password_button = QPushButton()
        self.active_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        changes_book(ctx, self.add_button, self.password_button, self.active_button)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(
            lambda changes, _by: self.refresh() if changes.touches(Area.USERS) else None
        )
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Everyone who works in this book has their own user name and password, and "
                "a role that decides what they may do. Every sign-in is recorded in the "
                "audit trail. Deactivated users can no longer sign in; what they did stays "
                "on record."
            )
        )
        self.add_button.setText(self.tr("&Add user…"))
        self.password_button.setText(self.tr("Set &password…"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def selected(self) -> UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.password_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("&Activate") if user is not None and not user.active else self.tr("&Deactivate")
        )

    def refresh(self) -> None:
        self.ctx.runner.query(self, list_users, self.model.set_users)

    def _change(self, work: Callable[[Session], object], done_text: str) -> None:
        """One change of users; on a server book signed in as a role, through the owner's
        connection (server roles are created and altered by the book owner only)."""
        assert self.ctx.opened is not None
        if not self.ctx.opened.as_role:
            self.ctx.runner.op(
                self, work, lambda _r: show_info(self.message, done_text), message=self.message
            )
            return
        owner = self._owner()
        if owner is None:
            return

        def run(_p: object) -> object:
            from erp_desktop.services.books import open_book

            as_owner = open_book(owner)
            try:
                return as_owner.run(work)
            finally:
                as_owner.close()

        def finished(result: object) -> None:
            show_info(self.message, done_text)
            self.ctx.runner.broadcast(changes_of(result, Changes.of(Area.USERS)), self)

        self.ctx.runner.run(run, finished, on_error=lambda exc: show_inline(exc, self.message))

    def _owner(self) -> BookLocation | None:
        """The book owner's connection for a change of users: remembered, or asked for."""
        from erp_desktop.ui.owner_password import OwnerPasswordDialog, remembered_owner

        assert self.ctx.opened is not None
        known = self.ctx.opened.owner
        found = remembered_owner(known)
        if found is not None:
            return found
        dialog = OwnerPasswordDialog(self.ctx.book.location, known, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.location()

    def add(self) -> None:
        dialog = UserDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        by = self.ctx.user_id
        name, login = dialog.name_edit.text(), dialog.login_edit.text()
        role, password = dialog.role(), dialog.password_edit.text()
        done = self.tr("{name} was added.").format(name=name)
        self._change(
            lambda s: add_user(s, by=by, full_name=name, login=login, role=role, password=password),
            done,
        )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(user, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        by, password = self.ctx.user_id, dialog.password_edit.text()
        done = self.tr("The password of {name} was changed.").format(name=user.full_name)
        self._change(lambda s: set_password(s, by=by, user_id=user.id, password=password), done)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        by = self.ctx.user_id
        done = (
            self.tr("{name} can sign in again.").format(name=user.full_name)
            if not user.active
            else self.tr("{name} can no longer sign in.").format(name=user.full_name)
        )
        self._change(lambda s: set_active(s, by=by, user_id=user.id, active=not user.active), done)
