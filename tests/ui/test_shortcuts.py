"""The keyboard table: no clashes, the page keys reach the page shown, Help lists them."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QTabWidget,
    QWidget,
)

from erp_desktop.ui.import_dialog import ImportDialog
from erp_desktop.ui.invoicing.form import InvoiceDialog
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.navigation import AREAS
from erp_desktop.ui.shortcuts import SHORTCUTS, ShortcutsDialog, sequence
from tests.invoicing_world import build_shop
from tests.ui.test_invoicing_screens import invoicing_page, wait_ready
from tests.ui.waiting import settle


def press(qtbot, window: MainWindow, key: str) -> None:
    """Type ``key`` as the user would: into whatever has the focus in the window."""
    window.activateWindow()
    target = QApplication.focusWidget() or window
    combo = QKeySequence(key)[0]
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_the_table_has_no_clash_in_any_context() -> None:
    for context in {s.context for s in SHORTCUTS}:
        keys = Counter(s.sequence().toString() for s in SHORTCUTS if s.context == context)
        assert [k for k, n in keys.items() if n > 1] == [], context
    assert len({s.name for s in SHORTCUTS}) == len(SHORTCUTS)
    assert sequence("new_document") == QKeySequence("Ctrl+N")
    assert sequence("new_book") != sequence("new_document")


def window_keys(window: MainWindow) -> Counter[str]:
    """Every key bound by an action or shortcut anywhere under the main window."""
    found: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            found[key.toString()] += 1
    for shortcut in window.findChildren(QShortcut):
        if shortcut.parent() is not None and shortcut.parent().window() is window:
            found[shortcut.key().toString()] += 1
    return found


def visit_every_page(qtbot, window: MainWindow):
    for row, area in enumerate(AREAS):
        window.nav.setCurrentRow(row)
        settle(window)
        page = window.page(area.key)
        assert page is not None
        tabs = [page] if not isinstance(page, QTabWidget) else [page] * page.count()
        for index, holder in enumerate(tabs):
            if isinstance(holder, QTabWidget):
                holder.setCurrentIndex(index)
            yield area.key, page


def test_page_keys_reach_the_page_shown_without_ambiguity(
    open_window, sqlite_book, admin_id, qtbot
) -> None:
    build_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "en")
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")  # File ▸ New book
    assert window.page_actions["new_document"].shortcut() == QKeySequence("Ctrl+N")
    # every page and tab: F5 and Ctrl+F; a Qt "Ambiguous shortcut" warning fails the test
    # (qt_log_level_fail), and no key is bound twice in the window
    for _key, _page in visit_every_page(qtbot, window):
        window.nav.setFocus()
        press(qtbot, window, "F5")
        press(qtbot, window, "Ctrl+F")
        focus = QApplication.focusWidget()
        filter_edit = getattr(_page, "filter_edit", None)
        if filter_edit is not None:
            assert focus is filter_edit
        settle(window)
    clashes = {key: n for key, n in window_keys(window).items() if n > 1 and key}
    assert clashes == {}
    # Ctrl+N on Invoicing: a new invoice form
    page = invoicing_page(window)
    window.nav.setFocus()
    press(qtbot, window, "Ctrl+F")
    assert QApplication.focusWidget() is page.filter_edit
    press(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, InvoiceDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InvoiceDialog))
    assert dialog.invoice_id is None
    wait_ready(qtbot, dialog)
    dialog.reject()
    assert "Ctrl+N" in page.buttons["new"].toolTip()


def test_f1_lists_the_table_in_chinese(open_window, sqlite_book, qtbot) -> None:
    window = open_window(sqlite_book.location.target, "zh_CN")
    window.nav.setFocus()
    press(qtbot, window, "F1")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.windowTitle() == "键盘快捷键"
    rows = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert len(rows) == len(SHORTCUTS) and "在当前页面新建单据" in rows
    assert dialog.table.item(0, 0).text() == QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    dialog.reject()
    assert window.help_menu.actions()[0].shortcut() == QKeySequence("F1")


def mnemonics(root: QWidget) -> list[str]:
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    return [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&\s])", t))]


def test_the_import_dialog_has_no_duplicate_mnemonic(
    open_window, sqlite_book, qtbot, language
) -> None:
    for lang in ("en", "zh_CN"):
        window = open_window(sqlite_book.location.target, lang)
        dialog = ImportDialog(
            window.ctx,
            "Import",
            "",
            lambda *_a: None,
            lambda *_a: None,
            parent=window,  # type: ignore[arg-type, return-value]
        )
        qtbot.addWidget(dialog)
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)) >= 3, keys
        window.close()


def test_the_invoicing_page_and_menu_bar_share_no_mnemonic(open_window, sqlite_book, qtbot) -> None:
    for lang in ("en", "zh_CN"):
        window = open_window(sqlite_book.location.target, lang)
        page = invoicing_page(window)
        keys = mnemonics(page) + [
            m.group(1).casefold()
            for action in window.menuBar().actions()
            if (m := re.search(r"&([^&\s])", action.text()))
        ]
        assert len(keys) == len(set(keys)) >= 10, (lang, sorted(keys))
        window.close()


def test_f5_refreshes_and_ctrl_p_exports_the_selected_pdf(
    open_window, sqlite_book, admin_id, qtbot, tmp_path, monkeypatch
) -> None:
    shop = build_shop(sqlite_book, admin_id)
    shop.invoice(shop.line(shop.cups, "2", "11.30"))
    window = open_window(sqlite_book.location.target, "en")
    page = invoicing_page(window)
    assert page.model.rowCount() == 1
    shop.draft(shop.line(shop.cups, "1", "11.30"))  # written elsewhere: the list does not know
    page.table.setFocus()
    press(qtbot, window, "F5")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if page.model.row_values(r)[3] == "issued")
    page.table.selectRow(row)
    target = tmp_path / "pressed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, window, "Ctrl+P")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    settle(window)
