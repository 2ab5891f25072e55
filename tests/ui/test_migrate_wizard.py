"""The move-to-server wizard from start to finish against the test server, in both languages."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.logs import log_file, setup_logging
from erp_desktop.ui.migrate_wizard import MoveToServerWizard
from tests.ui.conftest import save_screenshot

pytestmark = pytest.mark.postgresql

TEXTS = {
    "en": {"ready": "Ready", "done": "copied and compared", "connected": "Connected to PostgreSQL"},
    "zh_CN": {"ready": "准备就绪", "done": "逐条比对", "connected": "已连接到 PostgreSQL"},
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_move_a_book_with_the_wizard(
    lang, open_window, sqlite_book, pg_server, request, qtbot, tmp_path, memory_keyring, erp_home
) -> None:
    setup_logging()
    request.addfinalizer(pg_server.cleanup_tests)
    target = BookLocation.parse(pg_server.empty_database("wiz"))
    source = sqlite_book.location
    sqlite_book.close()
    window = open_window(str(source.path), lang)
    wizard = MoveToServerWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    save_screenshot(wizard, f"wizard_1_intro_{lang}", tmp_path)
    wizard.next()

    page = wizard.server_page
    host, port, database, user = target.server
    qtbot.keyClicks(page.server.host_edit, host)
    page.server.port_spin.setValue(port)
    qtbot.keyClicks(page.server.database_edit, database)
    qtbot.keyClicks(page.server.user_edit, user)
    qtbot.keyClicks(page.server.password_edit, target.password or "")
    page.server.ssl_combo.setCurrentIndex(page.server.ssl_combo.findData("prefer"))
    assert not page.isComplete()
    page.test_button.click()
    qtbot.waitUntil(page.isComplete, timeout=15_000)
    assert TEXTS[lang]["connected"] in page.result.text()
    save_screenshot(wizard, f"wizard_2_server_{lang}", tmp_path)
    wizard.next()

    check = wizard.check_page
    qtbot.waitUntil(lambda: check.preflight is not None, timeout=30_000)
    assert check.isComplete()
    assert TEXTS[lang]["ready"] in check.summary.text()
    save_screenshot(wizard, f"wizard_3_checks_{lang}", tmp_path)
    wizard.next()

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    save_screenshot(wizard.move_page, f"wizard_4_moving_{lang}", tmp_path)
    report = wizard.report_page
    assert TEXTS[lang]["done"] in report.summary.text()
    assert report.needs_password()
    # The window's watch sees the file was moved; the wizard, not the watch, reopens the book
    # (with the user signed in here), so the watch starts no reopening of its own.
    window.watch.check()
    assert window.nav.isEnabled()  # not "Opening book…": the window did not start reopening
    qtbot.keyClicks(report.password_edit, "correct horse")
    qtbot.keyClicks(report.confirm_edit, "correct horse")
    save_screenshot(wizard, f"wizard_5_report_{lang}", tmp_path)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(
        lambda: window.ctx.opened is not None and not window.ctx.book.location.is_sqlite,
        timeout=30_000,
    )
    assert window.ctx.opened.user.login == "管理员"
    assert window.ctx.opened.user.has_password
    # the session works as the mover's own role, which got the password chosen above
    assert window.ctx.opened.as_role and window.ctx.opened.owner is not None
    me = window.ctx.book.read(lambda s: s.execute(text("SELECT current_user")).scalar())
    assert me.endswith(".管理员")
    assert database in window.mode_label.text()
    save_screenshot(window, f"wizard_6_reopened_{lang}", tmp_path)

    where = wizard.server_page.tested.display()
    moved = open_book(source)
    assert moved.moved_to == where
    moved.close()
    settings = (erp_home / "config" / "settings.json").read_text()
    # next time this PC opens the book as the mover's own role (the owner is not needed)
    assert json.loads(settings)["last_book"] == window.ctx.book.location.display()
    assert (
        BookLocation.parse(json.loads(settings)["last_book"]).server[:3]
        == (BookLocation.parse(where).server[:3])
    )
    password = target.password
    assert password and f":{password}@" not in settings  # (the test role's password is its name)
    assert f":{password}@" not in log_file().read_text()
    assert f"password={password}" not in log_file().read_text()
    assert list(memory_keyring.store.values()) == [password]


def test_wizard_stops_before_writing_when_the_target_is_not_empty(
    open_window, sqlite_book, pg_book, qtbot, tmp_path
) -> None:
    source = sqlite_book.location
    sqlite_book.close()
    window = open_window(str(source.path), "en")
    wizard = MoveToServerWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.server_page
    host, port, database, user = pg_book.location.server
    page.server.host_edit.setText(host)
    page.server.port_spin.setValue(port)
    page.server.database_edit.setText(database)
    page.server.user_edit.setText(user)
    page.server.password_edit.setText(pg_book.location.password or "")
    page.server.ssl_combo.setCurrentIndex(page.server.ssl_combo.findData("prefer"))
    page.test_button.click()
    qtbot.waitUntil(page.isComplete, timeout=15_000)
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.preflight is not None, timeout=30_000)
    assert not check.isComplete()
    assert "cannot be moved yet" in check.summary.text()
    assert "already holds an ERP Desktop book" in check.findings.item(0).text()
    save_screenshot(wizard, "wizard_3_refused_en", tmp_path)


def test_wrong_password_is_said_plainly(
    open_window, sqlite_book, pg_server, request, qtbot
) -> None:
    request.addfinalizer(pg_server.cleanup_tests)
    target = BookLocation.parse(pg_server.empty_database("wiz"))
    window = open_window(str(sqlite_book.location.path), "en")
    wizard = MoveToServerWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.server_page
    host, port, database, user = target.server
    page.server.host_edit.setText(host)
    page.server.port_spin.setValue(port)
    page.server.database_edit.setText(database)
    page.server.user_edit.setText(user)
    page.server.password_edit.setText("wrong-password")
    page.test_button.click()  # verify-full first: this test server has no TLS
    qtbot.waitUntil(lambda: "✗" in page.result.text(), timeout=15_000)
    assert "does not offer encrypted (TLS) connections" in page.result.text()
    page.server.ssl_combo.setCurrentIndex(page.server.ssl_combo.findData("prefer"))
    page.test_button.click()
    qtbot.waitUntil(lambda: "✗" in page.result.text(), timeout=15_000)
    assert "refused the user name or password" in page.result.text()
    assert not page.isComplete()
