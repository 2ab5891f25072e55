"""The shell: navigation, translations, book opening, first run, errors, geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from erp_desktop.db.location import BookLocation
from erp_desktop.logs import log_file, setup_logging
from erp_desktop.settings import Settings
from erp_desktop.ui.dialogs.first_run import FirstRunDialog
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.navigation import AREAS
from tests.ui.conftest import close_message_box, on_next_modal, save_screenshot


def status_texts(window: MainWindow) -> str:
    return " | ".join(
        label.text() for label in (window.user_label, window.mode_label, window.revision_label)
    )


def test_shell_in_chinese(open_window, book_url, tmp_path) -> None:
    window = open_window(book_url, "zh_CN")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["采购", "库存", "调拨", "开票", "基础资料", "报表", "设置"]
    assert window.file_menu.title() == "文件(&F)"
    status = status_texts(window)
    assert "管理员" in status
    assert ("单机模式" in status) or ("联网模式" in status)
    assert "结构版本" in status
    assert window.windowTitle().startswith("测试商贸有限公司")
    save_screenshot(window, f"main_window_zh_CN_{window.ctx.book.kind}", tmp_path)


def test_shell_in_english_visits_every_area(open_window, book_url, qtbot, tmp_path) -> None:
    window = open_window(book_url, "en")
    for row, area in enumerate(AREAS):
        window.nav.setCurrentRow(row)
        page = window.page(area.key)
        assert page is not None and page.isVisible()
    assert "Offline" in status_texts(window) or "Connected" in status_texts(window)
    save_screenshot(window, f"main_window_en_{window.ctx.book.kind}", tmp_path)


def test_book_language_is_used_unless_the_user_chose_one(open_window, book_url) -> None:
    window = open_window(book_url, None)  # the test book is a Chinese book
    assert window.nav.item(0).text() == "采购"


def test_connected_status_shows_server_not_password(open_window, pg_book) -> None:
    url = pg_book.location.target
    window = open_window(url, "en")
    status = status_texts(window)
    host, port, database, user = pg_book.location.server
    assert f"Connected: {host}:{port} / {database} / {user}" in status
    assert f":{pg_book.location.password}@" not in status


def test_first_run_by_keyboard(open_window, blank_book_url, qtbot, tmp_path) -> None:
    def fill(dialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        save_screenshot(dialog, "first_run_en", tmp_path)
        qtbot.keyClicks(dialog.form.name_edit, "Harbour Hardware Ltd")
        qtbot.keyClicks(dialog.form.tax_id_edit, "91110000600037341L")
        assert "Valid" in dialog.form.tax_hint.text()
        qtbot.keyClicks(dialog.user_edit, "Mei Chen")
        qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Return)

    on_next_modal(fill)
    window = open_window(blank_book_url, "en")
    assert window.ctx.company.name == "Harbour Hardware Ltd"
    assert window.ctx.opened.user.full_name == "Mei Chen"
    assert "Mei Chen" in status_texts(window)


def test_first_run_keeps_input_and_shows_service_message(
    open_window, blank_book_url, qtbot
) -> None:
    outcome: dict[str, str] = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.form.name_edit, "Shop")
        qtbot.keyClicks(dialog.form.tax_id_edit, "91110000600037341X")  # wrong check character
        qtbot.keyClicks(dialog.user_edit, "Lei")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
        outcome["error"] = dialog.error_label.text()
        outcome["kept"] = dialog.form.name_edit.text() + "/" + dialog.user_edit.text()
        assert dialog.form.override_box.isVisible()
        dialog.form.override_box.setChecked(True)
        qtbot.keyClicks(dialog.form.override_reason, "printed so on the licence")
        dialog.save()

    on_next_modal(fill)
    window = open_window(blank_book_url, "en")
    assert "check character" in outcome["error"]
    assert outcome["kept"] == "Shop/Lei"
    assert window.ctx.company.tax_id_override_reason == "printed so on the licence"


def test_bad_book_shows_a_plain_message_and_the_no_book_page(open_window, tmp_path, qtbot) -> None:
    bad = tmp_path / "letter.txt"
    bad.write_text("Dear supplier," * 30)
    seen = on_next_modal(close_message_box)
    window = open_window(str(bad), "en", wait_ready=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "not an ERP Desktop book" in seen[0]
    qtbot.waitUntil(lambda: window.ctx.opened is None and not window.nav.isEnabled())
    assert "No book open" in status_texts(window)


def test_unexpected_error_shows_apology_with_log_path(open_window, book_url, qtbot) -> None:
    setup_logging()
    window = open_window(book_url, "en")
    seen = on_next_modal(close_message_box)

    def broken(_progress) -> None:
        raise ZeroDivisionError("secret internals")

    operation = window.runner.run(broken)
    qtbot.waitUntil(lambda: operation.done and bool(seen), timeout=10_000)
    assert str(log_file()) in seen[0]
    assert "secret internals" not in seen[0] and "Traceback" not in seen[0]
    assert "ZeroDivisionError: secret internals" in log_file().read_text()


def test_window_geometry_and_recent_books_are_remembered(open_window, book_url, qtbot) -> None:
    window = open_window(book_url, "en")
    window.resize(700, 520)
    assert (window.width(), window.height()) == (700, 520)
    window.close()
    settings = Settings()
    recent = settings.get("recent_books")
    assert recent and recent[0] == BookLocation.parse(book_url).display()
    assert all(":" not in r.split("@")[0].split("//")[-1] for r in recent if "@" in r)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_changing_language_retranslates_the_open_window(open_window, book_url, language) -> None:
    window = open_window(book_url, "en")
    assert window.nav.item(0).text() == "Purchasing"
    window.apply_language("zh_CN")
    assert window.nav.item(0).text() == "采购"
    assert window.file_menu.title() == "文件(&F)"
    window.apply_language("en")
    assert window.nav.item(0).text() == "Purchasing"


def test_book_settings_allow_negative_stock(open_window, book_url, qtbot) -> None:
    from erp_desktop.services.book_settings import get_setting

    window = open_window(book_url, "en")
    window.nav.setCurrentRow(len(AREAS) - 1)
    page = window.page("settings")
    page.setCurrentWidget(page.book_settings)
    stock = page.book_settings.stock
    assert not stock.negative_box.isChecked()
    stock.negative_box.setChecked(True)
    stock.save()
    qtbot.waitUntil(lambda: stock.message.text() == "Saved.", timeout=10_000)
    assert window.ctx.book.read(lambda s: get_setting(s, "allow_negative_stock")) is True
