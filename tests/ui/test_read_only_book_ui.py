"""A book file that cannot be written here: the window says read-only in its title, its
status bar and a banner."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton

from erp_desktop.ui.invoicing.form import InvoiceDialog
from erp_desktop.ui.invoicing.series import SeriesDialog
from erp_desktop.ui.master_data.items_tab import ItemsTab
from erp_desktop.ui.navigation import AREAS
from erp_desktop.ui.parties.form import PartyDialog
from erp_desktop.ui.purchasing.order_form import OrderDialog
from erp_desktop.ui.stock.adjustments import AdjustmentDialog
from erp_desktop.ui.stock.counts import NewCountDialog
from erp_desktop.ui.stock.item_dialog import ItemDialog
from erp_desktop.ui.stock.warehouse_dialog import WarehouseDialog
from erp_desktop.ui.transfers.form import TransferForm
from tests.db.test_read_only_book import read_only_file  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_a_read_only_file_shows_read_only(open_window, read_only_file, qtbot) -> None:  # noqa: F811
    window = open_window(str(read_only_file), "en")
    assert window.ctx.book.file_read_only
    assert window.windowTitle() == "测试商贸有限公司 (read-only) — ERP Desktop"
    assert window.mode_label.text() == f"Read-only: {read_only_file}"
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith("This book file is read-only here")


FILE_READ_ONLY_TIP = "The book file is read-only here: nothing can be saved."


def items_tab(window):
    window.nav.setCurrentRow([a.key for a in AREAS].index("master_data"))
    page = window.page("master_data")
    return next(page.widget(i) for i in range(page.count()) if isinstance(page.widget(i), ItemsTab))


def page_of(window, key: str):
    window.nav.setCurrentRow([a.key for a in AREAS].index(key))
    return window.page(key)


def assert_off(*controls) -> None:
    for control in controls:
        assert not control.isEnabled(), control.text()
        assert control.toolTip() == FILE_READ_ONLY_TIP, control.text()


def test_a_read_only_file_disables_what_would_change_the_book(
    open_window,
    read_only_file,  # noqa: F811
    qtbot,
) -> None:
    window = open_window(str(read_only_file), "en")
    items = items_tab(window)
    assert_off(items.new_button, items.active_button, items.delete_button)
    items._update_buttons()  # a page enabling its row buttons does not switch them back on
    assert_off(items.active_button, items.delete_button)

    orders = page_of(window, "purchasing").orders
    assert_off(orders.new_action)
    orders.new_action.setEnabled(True)
    assert_off(orders.new_action)
    order = OrderDialog(window.ctx, None, window)
    qtbot.addWidget(order)
    assert_off(order.save_button, order.confirm_button, order.delete_button)
    assert order.close_button.isEnabled()

    invoicing = page_of(window, "invoicing")
    assert_off(*(invoicing.buttons[k] for k in ("new", "issue", "delete", "series")))
    invoice = InvoiceDialog(window.ctx, None, window)
    qtbot.addWidget(invoice)
    with qtbot.waitSignal(invoice.loaded, timeout=10_000):
        invoice.show()
    assert_off(invoice.save_button, invoice.issue_button)
    assert invoice.close_button.isEnabled()


def test_a_writable_file_keeps_them_on(open_window, sqlite_book, qtbot) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    window = open_window(str(path), "en")
    items = items_tab(window)
    assert items.new_button.isEnabled() and items.new_button.toolTip() == "New item (Ctrl+N)"
    assert page_of(window, "purchasing").orders.new_action.isEnabled()
    assert page_of(window, "invoicing").buttons["new"].isEnabled()


# Controls that only look, move around or write outside the book (exports, PDFs).
LOOKING = (
    "refresh",
    "export",
    "print",
    "preview",
    "pdf",
    "close",
    "cancel",
    "find",
    "search",
    "filter",
    "show",
    "open",
    "view",
    "copy",
    "details",
    "history",
    "back",
    "next",
    "previous",
    "report",
    "clear",
    "help",
    "about",
    "choose",
    "select",
    "browse",
    "today",
    "all",
    "sort",
    "columns",
    "load more",
    "more",
    "calculate",
    "movements",
    "discard",  # unsaved edits in the form
)


def enabled_changing_controls(root) -> list[str]:
    found = []
    controls = [*root.findChildren(QAbstractButton), *root.findChildren(QAction)]
    for control in controls:
        text = control.text().replace("&", "").strip().lower()
        if not text or not control.isEnabled():
            continue
        if isinstance(control, QAbstractButton) and (
            control.isCheckable() and not isinstance(control, QPushButton)
        ):
            continue  # check boxes and radio buttons of filters and forms
        if isinstance(control, QAction) and (control.isSeparator() or control.menu()):
            continue
        if any(word in text for word in LOOKING):
            continue
        found.append(f"{type(root).__name__}: {control.text()}")
    return found


def test_no_enabled_control_changes_a_read_only_book(
    open_window,
    read_only_file,  # noqa: F811
    qtbot,
) -> None:
    window = open_window(str(read_only_file), "en")
    found: list[str] = []
    for area in AREAS:
        page = page_of(window, area.key)
        tabs = [page.widget(i) for i in range(page.count())] if hasattr(page, "count") else []
        for tab in tabs or [page]:
            if hasattr(page, "setCurrentWidget") and tab is not page:
                page.setCurrentWidget(tab)
            QApplication.processEvents()
            found += enabled_changing_controls(tab)
    # and every form that creates or changes something, opened empty
    ctx = window.ctx
    dialogs = [
        ItemDialog(ctx, None, window),
        WarehouseDialog(ctx, None, window),
        PartyDialog(ctx, "supplier", None, window),
        PartyDialog(ctx, "customer", None, window),
        NewCountDialog(ctx, window),
        AdjustmentDialog(ctx, None, window),
        OrderDialog(ctx, None, window),
        InvoiceDialog(ctx, None, window),
        SeriesDialog(ctx, window),
        items_tab(window).import_items(),
        page_of(window, "stock").on_hand.import_opening(),
    ]
    transfer = TransferForm(ctx, window)
    for dialog in (*dialogs, transfer):
        qtbot.addWidget(dialog)
        QApplication.processEvents()
        found += enabled_changing_controls(dialog)
    assert found == [], "\n".join(found)
