"""Signing in to a server book through the dialog opens it as the user's own role.

The PC knows the owner's address (remembered); the sign-in dialog connects as
``<book>.<login>`` with the typed password and the session works as that role:
a sales clerk issues an invoice from the invoicing screen, cannot manage users,
and the database says who is connected. An administrator's change of users asks
for the owner's password (none remembered here) and says why.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import text

from erp_desktop.domain.permissions import Role
from erp_desktop.services.accounts import add_user, choose_first_password, set_active
from erp_desktop.ui.dialogs.login import LoginDialog
from erp_desktop.ui.owner_password import OwnerPasswordDialog
from erp_desktop.ui.users_page import UserDialog, UsersWidget
from tests.invoicing_world import build_shop
from tests.ui.conftest import on_next_modal
from tests.ui.test_invoicing_screens import invoicing_page, type_and_enter, wait_ready

pytestmark = pytest.mark.postgresql

ADMIN_PASSWORD = "admin-pass-2026"
CLERK_PASSWORD = "clerk-pass-2026"


@pytest.fixture
def shop(pg_book):
    shop = build_shop(pg_book)
    pg_book.run(lambda s: choose_first_password(s, 1, ADMIN_PASSWORD))
    clerk = pg_book.run(
        lambda s: (
            add_user(
                s, by=1, full_name="Sales Wu", login="wu", role=Role.SALES, password=CLERK_PASSWORD
            ).value
        )
    )
    return shop, clerk


def sign_in_with(qtbot, login: str, *passwords: str, seen: dict[str, str]):
    """Drive the sign-in dialog: each password in turn, keeping each refusal's text."""

    def drive(dialog) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.login_edit.setText(login)  # QTest cannot type CJK
        for number, password in enumerate(passwords):
            dialog.password_edit.setText(password)
            dialog.submit()
            if number < len(passwords) - 1:
                qtbot.waitUntil(dialog.error_label.isVisible, timeout=15_000)
                seen[password] = dialog.error_label.text()
                dialog.error_label.hide()

    return drive


def test_a_clerk_signs_in_as_their_role_and_issues_an_invoice(
    open_window, pg_book, shop, qtbot
) -> None:
    shop_, clerk = shop
    prefix = pg_book.meta("role_prefix")
    seen: dict[str, str] = {}
    on_next_modal(sign_in_with(qtbot, "wu", "wrong-password-1", CLERK_PASSWORD, seen=seen))
    window = open_window(pg_book.location.target, "en", sign_in=True)
    assert "not right" in seen["wrong-password-1"]
    opened = window.ctx.opened
    assert opened.user.login == "wu" and opened.user.id == clerk.id
    book = window.ctx.book
    assert book.read(lambda s: s.execute(text("SELECT current_user")).scalar()) == f"{prefix}.wu"
    assert book.location.server[3] == f"{prefix}.wu"
    assert window.ctx.settings.get("last_book") == book.location.display()  # no owner, no password
    assert "clerk-pass" not in window.ctx.settings.get("last_book")
    # the clerk issues an invoice from the invoicing screen
    page = invoicing_page(window)
    dialog = page.new_invoice()
    wait_ready(qtbot, dialog)
    commit = QInputMethodEvent()
    commit.setCommitString("杭州")
    QApplication.sendEvent(dialog.customer, commit)
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert dialog.customer.choice is not None and dialog.customer.choice.code == "C001"
    dialog.grid.start()
    type_and_enter(qtbot, dialog.grid, "cup-500")
    type_and_enter(qtbot, dialog.grid, "2")
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.number is not None or not window.runner.busy, timeout=15_000)
    assert dialog.number is not None, dialog.message.text()
    assert dialog.state == "issued"
    assert shop_.stock(shop_.cups).quantity == D("98")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)  # its refreshes end
    # and cannot manage users
    window.nav.setCurrentRow(6)
    users = window.page("settings").users
    assert isinstance(users, QLabel) and not isinstance(users, UsersWidget)
    assert "Only administrators" in users.text()


def test_a_disabled_user_is_told_and_nobody_gets_in(open_window, pg_book, shop, qtbot) -> None:
    _shop, clerk = shop
    pg_book.run(lambda s: set_active(s, by=1, user_id=clerk.id, active=False))
    seen: dict[str, str] = {}

    def drive(dialog) -> None:
        qtbot.keyClicks(dialog.login_edit, "wu")
        dialog.password_edit.setText(CLERK_PASSWORD)
        dialog.submit()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=15_000)
        seen["error"] = dialog.error_label.text()
        dialog.reject()

    on_next_modal(drive)
    window = open_window(pg_book.location.target, "en", sign_in=True, wait_ready=False)
    qtbot.waitUntil(lambda: "error" in seen, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    assert "This user is disabled" in seen["error"]
    assert window.ctx.opened is None


def test_the_administrator_adds_a_user_with_the_owners_password(
    open_window, pg_book, shop, qtbot
) -> None:
    prefix = pg_book.meta("role_prefix")
    seen: dict[str, str] = {}
    on_next_modal(sign_in_with(qtbot, "管理员", ADMIN_PASSWORD, seen=seen))
    window = open_window(pg_book.location.target, "en", sign_in=True)
    assert window.ctx.book.location.server[3] == f"{prefix}.管理员"
    window.nav.setCurrentRow(6)
    settings = window.page("settings")
    settings.setCurrentIndex(2)
    users = settings.users
    assert isinstance(users, UsersWidget)
    qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=10_000)
    asked: dict[str, str] = {}

    def owner(dialog) -> None:
        assert isinstance(dialog, OwnerPasswordDialog)
        asked["why"] = dialog.intro.text()
        assert dialog.user_edit.text() == pg_book.location.server[3]  # the owner it opened with
        dialog.password_edit.setText(pg_book.location.password or "")
        dialog.accept()

    def fill(dialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.name_edit.setText("Store Li")
        qtbot.keyClicks(dialog.login_edit, "li")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("warehouse"))
        qtbot.keyClicks(dialog.password_edit, "store-pass-2026")
        qtbot.keyClicks(dialog.confirm_edit, "store-pass-2026")
        dialog.check()
        on_next_modal(owner)

    on_next_modal(fill)
    users.add_button.click()
    qtbot.waitUntil(lambda: users.model.rowCount() == 3, timeout=15_000)
    assert "owns the book" in asked["why"]
    assert users.model.users[-1].has_password
    # the new user signs in as their own role
    from erp_desktop.services.server_signin import sign_in_to_server

    opened = sign_in_to_server(pg_book.location, "li", "store-pass-2026", prefix=prefix)
    try:
        assert opened.user is not None and opened.user.role == "warehouse"
    finally:
        opened.book.close()
