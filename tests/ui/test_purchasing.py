"""Purchasing screens: an order entered from the keyboard, confirmed, received in part."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.ui.purchasing import PurchasingPage
from erp_desktop.ui.purchasing.order_form import OrderDialog
from erp_desktop.ui.purchasing.receive_dialog import ReceiveDialog
from tests.ui.conftest import save_screenshot
from tests.ui.waiting import settle

SUPPLIER_TAX_ID = "91440300MA5G0YJ1AQ"


@pytest.fixture
def stocked(book, admin_id):
    def make(session) -> None:
        create_party(
            session,
            admin_id,
            PartyData("S-001", "深圳市华强五金有限公司", is_supplier=True, tax_id=SUPPLIER_TAX_ID),
        )
        create_item(
            session, admin_id, ItemData("SCR-01", "十字螺丝 M4", "个", purchase_price=D("0.5"))
        )
        create_item(
            session,
            admin_id,
            ItemData(
                "CAN-330", "可乐 330ml", "罐", purchase_unit="箱", purchase_factor=D(24),
                purchase_price=D("1.5"),
            ),
        )  # fmt: skip

    book.run(make)
    return book


def editor_of(view) -> QLineEdit:
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_and_enter(qtbot, view, text: str) -> None:
    qtbot.keyClicks(view, text[0])
    editor = editor_of(view)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def purchasing_page(window) -> PurchasingPage:
    window.nav.setCurrentRow(0)
    page = window.page("purchasing")
    assert isinstance(page, PurchasingPage)
    settle(window)  # the lists load off the GUI thread
    return page


def test_order_from_the_keyboard_confirm_receive_part(
    open_window, book_url, stocked, qtbot, qtmodeltester, tmp_path
) -> None:
    window = open_window(book_url, "en")
    page = purchasing_page(window)
    orders = page.orders
    qtmodeltester.check(orders.model, force_py=True)
    window.activateWindow()
    orders.view.setFocus()
    qtbot.waitUntil(orders.view.hasFocus)
    qtbot.keyClick(orders.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = orders.dialogs[-1]
    assert isinstance(dialog, OrderDialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.supplier, "s-001")
    qtbot.keyClick(dialog.supplier, Qt.Key.Key_Return)
    assert dialog.supplier.choice() is not None
    assert dialog.supplier.choice().code == "S-001"
    grid = dialog.grid
    grid.start()
    for text in ("SCR-01", "10", "0.5", "13", "CAN-330", "2"):
        type_and_enter(qtbot, grid, text)
    assert "Amount: 77.00" in dialog.totals_label.text()  # 10 × 0.50 + 2 × 36.00
    assert "Total: 87.01" in dialog.totals_label.text()  # tax 0.65 + 9.36
    assert not dialog.receive_button.isEnabled()
    assert "Only possible when it is" in dialog.receive_button.toolTip()
    save_screenshot(dialog, "purchase_order_draft_en", tmp_path)
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.state == "confirmed", timeout=10_000)
    assert dialog.number_label.text() == f"PO-{date.today().year}-000001"  # dated today
    assert dialog.receive_button.isEnabled() and not dialog.save_button.isEnabled()

    qtbot.keyClick(grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    receive = next(w for w in dialog.findChildren(ReceiveDialog) if w.isVisible())
    table = receive.table
    assert table.table.values == [D("10"), D("48")]
    type_and_enter(qtbot, table, "4")  # 4 of the 10 screws came
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.table.values[0] == D("4")
    save_screenshot(receive, "receive_dialog_en", tmp_path)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.state == "partially_received", timeout=10_000)
    assert "posted" in dialog.message.text()
    received = [row["received"] for row in dialog.grid_model.lines()]
    assert received == ["4 个", "48 罐"]

    settle(window)
    assert orders.model.rowCount() == 1
    assert orders.model.index(0, 1).data() == "Partially received"
    save_screenshot(window, "purchase_orders_en", tmp_path)


def test_amend_return_close_print_and_the_reports(
    open_window, book_url, stocked, admin_id, qtbot, qtmodeltester, tmp_path, monkeypatch
) -> None:
    from datetime import date

    from erp_desktop.services.purchasing.orders import (
        OrderInput,
        OrderLineInput,
        confirm_order,
        create_order,
    )
    from erp_desktop.services.purchasing.receipts import (
        ReceiptInput,
        ReceiptLineInput,
        receivable_lines,
        receive_goods,
    )
    from erp_desktop.services.stock.items import find_item, set_reorder_rule
    from erp_desktop.services.stock.locations import list_warehouses
    from erp_desktop.services.stock.posting import new_key
    from erp_desktop.ui.master_data import tabbed_page  # noqa: F401  (the Reports page)
    from erp_desktop.ui.purchasing.return_dialog import ReturnDialog
    from erp_desktop.ui.purchasing.still_to_arrive import StillToArriveWidget
    from tests.ui.conftest import on_next_modal

    def prepare(session) -> int:
        warehouse = list_warehouses(session)[0].id
        screws = find_item(session, "SCR-01").id
        cans = find_item(session, "CAN-330").id
        set_reorder_rule(session, admin_id, cans, warehouse, D("30"), D("48"))
        order = create_order(
            session,
            admin_id,
            OrderInput(
                supplier_id=1,
                warehouse_id=warehouse,
                order_date=date(2026, 11, 2),
                expected_date=date(2026, 11, 9),
                lines=[
                    OrderLineInput(screws, D(100), D("0.48"), D("0.13")),
                    OrderLineInput(cans, D(5), D("35.5"), D("0.13")),
                ],
            ),
        ).value
        confirm_order(session, admin_id, order)
        first = receivable_lines(session, order)[0].order_line_id
        data = ReceiptInput(order, date(2026, 11, 10), [ReceiptLineInput(first, D(60))])
        receive_goods(session, admin_id, data, new_key())
        return order

    order_id = stocked.run(prepare)
    window = open_window(book_url, "zh_CN")
    page = purchasing_page(window)
    dialog = page.orders.open_order(0)
    assert dialog is not None and dialog.state == "partially_received"
    assert dialog.order_id == order_id
    assert not dialog.save_button.isEnabled()
    assert "部分收货" in dialog.save_button.toolTip()  # why it cannot be edited now
    save_screenshot(dialog, "purchase_order_partial_zh_CN", tmp_path)

    dialog.amend()
    assert dialog.amending and not dialog.grid_model.read_only
    cans_row = dialog.grid_model.index(1, 2)
    dialog.grid_model.setData(cans_row, "6")
    dialog.amend()  # no reason given: refused, the change stays
    qtbot.waitUntil(lambda: dialog.message.text() != "" and not dialog.busy, timeout=10_000)
    assert dialog.amending and dialog.grid_model.lines()[1]["qty"] == D("6")
    dialog.reason_edit.setText("供应商多给一箱")
    dialog.amend()
    qtbot.waitUntil(lambda: not dialog.amending, timeout=10_000)
    assert dialog.view is not None and dialog.view.version == 1

    returned = dialog.return_goods()
    assert isinstance(returned, ReturnDialog)
    returned.table_model.setData(
        returned.table_model.index(0, returned.table_model.entry_column), "5"
    )
    returned.reason_edit.setText("包装破损")
    save_screenshot(returned, "return_dialog_zh_CN", tmp_path)
    returned.post()
    qtbot.waitUntil(lambda: dialog.view.lines[0].received == D("55"), timeout=10_000)

    window.nav.setCurrentRow(5)
    report = window.page("reports").findChild(StillToArriveWidget)
    assert report is not None
    qtmodeltester.check(report.model, force_py=True)
    settle(window)
    assert [report.model.index(r, 6).data() for r in range(report.model.rowCount())] == [
        "45",
        "144",
    ]  # 100 − 60 + 5 screws, 6 cartons of 24 cans
    save_screenshot(window, "still_to_arrive_zh_CN", tmp_path)
    window.nav.setCurrentRow(0)

    seen = on_next_modal(lambda box: (box.setTextValue("余货不再发货"), box.accept()))
    dialog.end_order("close")
    qtbot.waitUntil(lambda: dialog.state == "closed", timeout=10_000)
    assert seen == [] and dialog.return_button.isEnabled()
    assert not dialog.receive_button.isEnabled()
    assert "已关闭" in dialog.receive_button.toolTip()

    from PySide6.QtWidgets import QFileDialog

    from erp_desktop.ui.saving import SavedNotice

    target = tmp_path / "note.pdf"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: asked.append(args[2]) or (str(target), "")),
    )
    dialog._fill_print_menu()
    actions = [a for a in dialog.print_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions][1:] == ["收货单 GR-2026-000001 (PDF)…"]
    actions[1].trigger()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(SavedNotice)), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    (notice,) = dialog.findChildren(SavedNotice)  # said where it went; opened nothing
    assert "note.pdf" in notice.label.text() and notice.open_button.text() == "打开"
    assert asked[0].endswith("GR-2026-000001.pdf")
    actions[0].trigger()  # the next save starts in the folder of the last one
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    assert asked[1] == str(tmp_path / "PO-2026-000001.pdf")
    qtbot.waitUntil(lambda: len(dialog.findChildren(SavedNotice)) == 1, timeout=10_000)
    dialog.close()

    page.setCurrentWidget(page.reorder)
    reorder = page.reorder
    reorder.calculate()
    qtbot.waitUntil(lambda: reorder.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(reorder.model, force_py=True)
    reorder.model.choose_all(True)
    save_screenshot(window, "reorder_zh_CN", tmp_path)
    with qtbot.waitSignal(reorder.orders_created, timeout=10_000) as created:
        reorder.create_orders()
    assert len(created.args[0]) == 1
    qtbot.waitUntil(lambda: page.orders.model.rowCount() == 2, timeout=10_000)

    window.nav.setCurrentRow(5)
    settle(window)
    assert report.model.rowCount() == 0  # the only confirmed order is closed now
    window.nav.setCurrentRow(0)
    page.setCurrentWidget(page.orders)
    save_screenshot(window, "purchase_orders_zh_CN", tmp_path)


def test_tolerance_is_set_in_settings(open_window, book_url, qtbot) -> None:
    from erp_desktop.services.book_settings import get_setting

    window = open_window(book_url, "en")
    window.nav.setCurrentRow(6)
    section = window.page("settings").purchasing
    section.tolerance_edit.setText("150")
    section.save()
    qtbot.waitUntil(lambda: "at most 100" in section.message.text(), timeout=10_000)
    section.tolerance_edit.setText("2.5")
    section.save()
    qtbot.waitUntil(lambda: section.message.text() == "Saved.", timeout=10_000)
    assert window.ctx.book.read(lambda s: get_setting(s, "receipt_tolerance_percent")) == D("2.50")
