"""Connected mode in the GUI: signing in, users, the lost-connection banner, a moved book."""

from __future__ import annotations

import psycopg
import pytest

from erp_desktop.db.location import BookLocation
from erp_desktop.domain.permissions import Role
from erp_desktop.migrator import Migration
from erp_desktop.services.accounts import add_user, choose_first_password
from erp_desktop.ui.dialogs.login import LoginDialog
from erp_desktop.ui.users_page import UserDialog, UsersWidget
from tests.ui.conftest import on_next_modal, save_screenshot


@pytest.mark.postgresql
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_sign_in_to_a_connected_book(lang, open_window, pg_book, qtbot, tmp_path) -> None:
    pg_book.run(lambda s: choose_first_password(s, 1, "correct horse").value)
    pg_book.run(
        lambda s: (
            add_user(
                s,
                by=1,
                full_name="仓管 李",
                login="li",
                role=Role.WAREHOUSE,
                password="li-secret-1",
            ).value
        )
    )
    seen: dict[str, str] = {}

    def sign_in(dialog) -> None:
        assert isinstance(dialog, LoginDialog)
        qtbot.keyClicks(dialog.login_edit, "li")
        qtbot.keyClicks(dialog.password_edit, "wrong-password")
        save_screenshot(dialog, f"login_{lang}", tmp_path)
        dialog.submit()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
        seen["error"] = dialog.error_label.text()
        save_screenshot(dialog, f"login_failed_{lang}", tmp_path)
        dialog.password_edit.setText("li-secret-1")
        dialog.submit()

    on_next_modal(sign_in)
    window = open_window(pg_book.location.target, lang, sign_in=True)
    assert window.ctx.opened.user.login == "li"
    expected = "not right" if lang == "en" else "不正确"
    assert expected in seen["error"]
    actions = pg_book.read(
        lambda s: [
            r[0]
            for r in s.execute(
                __import__("sqlalchemy").text(
                    "SELECT action FROM audit_event ORDER BY id DESC LIMIT 2"
                )
            )
        ]
    )
    assert actions == ["user.login", "user.login_failed"]


@pytest.mark.postgresql
def test_cancelling_sign_in_leaves_no_book_open(open_window, pg_book, qtbot) -> None:
    pg_book.run(lambda s: choose_first_password(s, 1, "correct horse").value)
    on_next_modal(lambda dialog: dialog.reject())
    window = open_window(pg_book.location.target, "en", sign_in=True, wait_ready=False)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    qtbot.wait(200)
    assert window.ctx.opened is None


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_administrator_adds_a_user(lang, open_window, book_url, qtbot, tmp_path) -> None:
    window = open_window(book_url, lang)
    window.nav.setCurrentRow(6)
    settings = window.page("settings")
    settings.setCurrentIndex(1)
    users = settings.users
    assert isinstance(users, UsersWidget)
    qtbot.waitUntil(lambda: users.model.rowCount() == 1, timeout=10_000)
    users.view.selectRow(0)  # first, the administrator's own password

    def own(dialog) -> None:
        qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
        qtbot.keyClicks(dialog.confirm_edit, "admin-pass-1")
        save_screenshot(dialog, f"user_password_{lang}", tmp_path)
        dialog.check()

    on_next_modal(own)
    users.password_button.click()
    qtbot.waitUntil(lambda: users.model.users[0].has_password, timeout=10_000)

    def fill(dialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.name_edit.setText("王芳")  # QTest cannot type CJK
        qtbot.keyClicks(dialog.login_edit, "wang.fang")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("purchaser"))
        qtbot.keyClicks(dialog.password_edit, "purchase-2026")
        qtbot.keyClicks(dialog.confirm_edit, "purchase-2026")
        save_screenshot(dialog, f"user_add_{lang}", tmp_path)
        dialog.check()

    on_next_modal(fill)
    users.add_button.click()
    qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=10_000)
    assert users.model.users[1].role == "purchaser" and users.model.users[1].has_password
    window.resize(1000, 560)
    save_screenshot(window, f"users_page_{lang}", tmp_path)
    users.view.selectRow(1)
    users.active_button.click()
    qtbot.waitUntil(lambda: not users.model.users[-1].active, timeout=10_000)


@pytest.mark.postgresql
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_lost_connection_shows_a_banner_keeps_input_and_reconnects(
    lang, open_window, pg_book, qtbot, tmp_path
) -> None:
    window = open_window(pg_book.location.target, lang)
    window.nav.setCurrentRow(6)
    form = window.page("settings").company.form
    form.phone_edit.setText("0571-8888 6666")
    qtbot.waitUntil(lambda: window.watch.watcher is not None, timeout=5_000)
    qtbot.wait(500)
    states: list[bool] = []
    window.watch.connection_changed.connect(states.append)
    database = pg_book.location.server[2]
    with psycopg.connect(pg_book.location.libpq_conninfo(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name LIKE 'erp-desktop%%' AND pid <> pg_backend_pid()",
            (database,),
        )
    qtbot.waitUntil(lambda: False in states, timeout=15_000)
    assert window.banner.isVisible() or True in states
    if window.banner.isVisible():
        save_screenshot(window, f"connection_lost_{lang}", tmp_path)
    qtbot.waitUntil(lambda: states[-1:] == [True], timeout=20_000)
    assert not window.banner.isVisible()
    assert form.phone_edit.text() == "0571-8888 6666"  # what was typed is kept
    window.show_connection_lost()  # as it looks while the server stays away
    window.resize(1000, 560)
    save_screenshot(window, f"connection_lost_{lang}", tmp_path)


@pytest.mark.postgresql
def test_a_moved_file_opens_read_only_with_a_banner(
    open_window, sqlite_book, pg_server, request, qtbot, tmp_path
) -> None:
    request.addfinalizer(pg_server.cleanup_tests)
    target = BookLocation.parse(pg_server.empty_database("ui"))
    source = sqlite_book.location
    sqlite_book.close()
    Migration(source, target).run()
    window = open_window(str(source.path), "zh_CN")
    assert window.ctx.book.read_only
    assert window.banner.isVisible()
    assert "已迁移到" in window.banner.text.text()
    assert "只读" in window.mode_label.text()
    window.resize(1000, 560)
    save_screenshot(window, "moved_book_zh_CN", tmp_path)


@pytest.mark.postgresql
def test_an_open_window_follows_its_book_file_to_the_server(
    open_window, sqlite_book, pg_server, request, qtbot
) -> None:
    request.addfinalizer(pg_server.cleanup_tests)
    target = BookLocation.parse(pg_server.empty_database("ui"))
    source = sqlite_book.location
    sqlite_book.close()
    window = open_window(str(source.path), "en")
    assert window.mode_label.text().startswith("Offline")
    Migration(source, target).run()  # another program moves the file meanwhile
    dialogs: list[str] = []
    on_next_modal(lambda w: (dialogs.append(type(w).__name__), w.reject()))
    with qtbot.waitSignal(window.watch.moved, timeout=5_000) as moved:
        window.watch.check()  # what the window does on focus and every 15 s
    assert moved.args == [target.display()]
    qtbot.waitUntil(lambda: bool(dialogs), timeout=20_000)
    assert dialogs == ["ConnectDialog"]  # it opens the book on the server: its password?
