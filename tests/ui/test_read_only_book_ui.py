"""A book file that cannot be written here: the window says read-only in its title, its
status bar and a banner."""

from __future__ import annotations

import pytest

from erp_desktop.ui.invoicing.form import InvoiceDialog
from erp_desktop.ui.master_data.items_tab import ItemsTab
from erp_desktop.ui.navigation import AREAS
from erp_desktop.ui.purchasing.order_form import OrderDialog
from tests.db.test_read_only_book import read_only_file  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_a_read_only_file_shows_read_only(open_window, read_only_file, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(str(read_only_file), "en")
    assert window.ctx.book.file_read_only
    assert window.windowTitle() == "测试商贸有限公司 (read-only) — ERP Desktop"
    assert window.mode_label.text() == f"Read-only: {read_only_file}"
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith("This book file is read-only here")


FILE_READ_ONLY_TIP = "The book file is read-only here: nothing can be saved."


def items_tab(window):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow([a.key for a in AREAS].index("master_data"))
    page = window.page("master_data")
    return next(page.widget(i) for i in range(page.count()) if isinstance(page.widget(i), ItemsTab))


def page_of(window, key: str):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow([a.key for a in AREAS].index(key))
    return window.page(key)


def assert_off(*controls) -> None:  # type: ignore[no-untyped-def]
    for control in controls:
        assert not control.isEnabled(), control.text()
        assert control.toolTip() == FILE_READ_ONLY_TIP, control.text()


def test_a_read_only_file_disables_what_would_change_the_book(  # type: ignore[no-untyped-def]
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


def test_a_writable_file_keeps_them_on(open_window, sqlite_book, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_book.location.path
    sqlite_book.close()
    window = open_window(str(path), "en")
    items = items_tab(window)
    assert items.new_button.isEnabled() and items.new_button.toolTip() == ""
    assert page_of(window, "purchasing").orders.new_action.isEnabled()
    assert page_of(window, "invoicing").buttons["new"].isEnabled()
