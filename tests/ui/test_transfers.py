"""The Transfers page: build a transfer by keyboard, ship, receive part; the lists."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from erp_desktop.services.transfers.movement import ship_transfer
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    create_transfer,
    transfer_view,
)
from erp_desktop.ui.navigation import AREAS
from erp_desktop.ui.transfers.dialogs import ReceiveDialog, ShortageDialog
from tests.ui.conftest import on_next_modal, save_screenshot
from tests.ui.waiting import settle

TODAY = date.today()


@pytest.fixture
def stocked(book, admin_id):
    """Two warehouses; screws and rice in stock at the first; one transfer on the road."""

    def build(session):
        main = list_warehouses(session)[0].id
        second = create_warehouse(session, admin_id, WarehouseData("WH2", "二号仓库")).value.id
        screws = create_item(session, admin_id, ItemData("SCR-01", "十字螺丝 M4", "个")).value
        rice = create_item(
            session, admin_id, ItemData("RICE-5", "东北大米", "kg", unit_precision=2)
        ).value
        opening = virtual_location(session, LocationKind.OPENING)
        post_moves(
            session,
            user_id=admin_id,
            key=new_key(),
            doc_type="opening",
            moves=[
                MoveRequest(screws, opening, main, D(500), unit_cost=D("0.35")),
                MoveRequest(rice, opening, main, D("80.5"), unit_cost=D("4.20")),
            ],
            move_date=TODAY,
        )
        earlier = create_transfer(
            session,
            admin_id,
            TransferInput(main, second, TODAY, [TransferLineInput(rice, D(20))], "沪A·778899"),
        ).value
        ship_transfer(session, admin_id, earlier, new_key(), ship_date=TODAY)
        return {"main": main, "second": second, "screws": screws, "rice": rice}

    return book.run(build)


def transfers_page(window):
    window.nav.setCurrentRow(next(n for n, a in enumerate(AREAS) if a.key == "transfers"))
    page = window.page("transfers")
    settle(window)  # the lists load off the GUI thread
    return page


def visible_editor(view) -> QLineEdit:
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_and_enter(qtbot, view, text: str) -> None:
    qtbot.keyClicks(view, text[0])
    editor = visible_editor(view)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def press_yes(box) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_build_by_keyboard_ship_and_receive_part(
    open_window, book_url, stocked, qtbot, tmp_path
) -> None:
    window = open_window(book_url, "en")
    page = transfers_page(window)
    qtbot.keyClick(page.list.new_button, Qt.Key.Key_Space)
    form = page.form
    assert page.stack.currentWidget() is form and form.view is None
    assert form.from_combo.currentData() == stocked["main"]
    assert form.to_combo.currentData() == stocked["second"]
    qtbot.keyClicks(form.carrier_edit, "Truck 7")
    form.grid.start()
    type_and_enter(qtbot, form.grid, "scr-01")
    type_and_enter(qtbot, form.grid, "120")
    type_and_enter(qtbot, form.grid, "RICE-5")
    type_and_enter(qtbot, form.grid, "12.5")
    lines = form.grid_model.lines()
    assert [(r["item"].code, r["quantity"], r["available"]) for r in lines] == [
        ("SCR-01", D(120), D(500)),
        ("RICE-5", D("12.5"), D("60.5")),
    ]
    assert form.grid_model.index(1, 3).data() == "60.50"
    assert form.ship_button.isEnabled() and not form.receive_button.isEnabled()
    assert "Only possible when it is: shipped" in form.receive_button.toolTip()
    save_screenshot(window, "transfer_form_draft_en", tmp_path)

    asked = on_next_modal(press_yes)
    qtbot.mouseClick(form.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.view is not None and form.view.state == "shipped", timeout=20_000)
    assert "Ship 2 line(s) from" in asked[0]
    assert form.view.number == f"TRF-{TODAY.year}-000002"
    assert form.grid_model.read_only and not form.save_button.isEnabled()
    assert form.receive_button.isEnabled() and form.close_button.isEnabled()

    def receive_part(dialog) -> None:
        assert isinstance(dialog, ReceiveDialog)
        table = dialog.table
        table.setCurrentIndex(dialog.model.index(0, dialog.model.NOW))
        type_and_enter(qtbot, table, "100")
        save_screenshot(dialog, "transfer_receive_dialog_en", tmp_path)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    on_next_modal(receive_part)
    form.receive()
    qtbot.waitUntil(lambda: form.view.state == "partial", timeout=20_000)
    shown = [(r["item"].code, r["received"], r["on_road"]) for r in form.grid_model.lines()]
    assert shown == [("SCR-01", D(100), D(20)), ("RICE-5", D(0), D("12.5"))]
    assert "partially received" in form.status.text()
    save_screenshot(window, "transfer_form_partial_en", tmp_path)

    page.form.back.emit()
    assert page.stack.currentWidget() is page.list
    settle(window)  # the list reads again off the GUI thread
    numbers = [page.list.model.index(r, 0).data() for r in range(page.list.model.rowCount())]
    assert numbers[:2] == [f"TRF-{TODAY.year}-000002", f"TRF-{TODAY.year}-000001"]
    assert page.list.model.index(0, 1).data() == "partially received"


def test_a_refused_ship_keeps_what_was_typed(open_window, book_url, stocked, qtbot) -> None:
    window = open_window(book_url, "en")
    page = transfers_page(window)
    page.new_transfer()
    form = page.form
    form.grid.start()
    type_and_enter(qtbot, form.grid, "SCR-01")
    type_and_enter(qtbot, form.grid, "900")
    assert "less than this line asks for" in form.grid_model.index(0, 3).data(
        Qt.ItemDataRole.ToolTipRole
    )
    on_next_modal(press_yes)
    qtbot.mouseClick(form.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not enough stock" in form.message.text(), timeout=20_000)
    assert "line 1 SCR-01" in form.message.text()
    assert form.view is None and form.grid_model.lines()[0]["quantity"] == D(900)
    form.to_combo.setCurrentIndex(form.from_combo.currentIndex())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "two different warehouses" in form.message.text(), timeout=20_000)


def test_lists_filter_and_the_in_transit_report(
    open_window, book_url, stocked, qtbot, qtmodeltester, tmp_path, book, admin_id
) -> None:
    window = open_window(book_url, "zh_CN")
    page = transfers_page(window)
    listing = page.list
    qtmodeltester.check(listing.model, force_py=True)
    settle(window)
    assert listing.model.rowCount() == 1
    assert listing.model.index(0, 1).data() == "已发运"
    listing.state_combo.setCurrentIndex(listing.state_combo.findData("draft"))
    settle(window)
    assert listing.model.rowCount() == 0
    listing.state_combo.setCurrentIndex(listing.state_combo.findData("open"))
    listing.filter_edit.setText("沪A")
    qtbot.waitUntil(lambda: not listing.typing.isActive())  # the pause in typing
    settle(window)
    assert listing.model.rowCount() == 1
    save_screenshot(window, "transfer_list_zh_CN", tmp_path)

    report = page.in_transit
    qtmodeltester.check(report.lines, force_py=True)
    qtmodeltester.check(report.routes, force_py=True)
    settle(window)
    assert report.routes.rowCount() == 1
    assert [report.routes.index(0, c).data() for c in (1, 2, 3, 4)] == ["二号仓库", "1", "1", "0"]
    assert report.routes.index(0, 6).data() == "84.00"  # 20 kg at 4.20
    assert report.lines.index(0, 9).data() == "20.00"
    page.setCurrentIndex(1)
    save_screenshot(window, "transfer_in_transit_zh_CN", tmp_path)

    page.open_transfer(1)
    form = page.form
    assert form.close_button.isEnabled() and not form.cancel_button.isEnabled()
    save_screenshot(window, "transfer_form_shipped_zh_CN", tmp_path)
    dialog = ShortageDialog(window.ctx, form.view, form)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("lost"))
    dialog.note_edit.setText("司机报告货物丢失")
    dialog.show()
    save_screenshot(dialog, "transfer_shortage_dialog_zh_CN", tmp_path)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    view = book.read(lambda s: transfer_view(s, admin_id, 1))
    assert (view.state, view.events[-1].reason, view.events[-1].by) == ("closed", "lost", "管理员")
    settle(window)
    assert report.routes.rowCount() == 0 and "没有" in report.summary.text()


def test_print_button_writes_the_note(
    open_window, book_url, stocked, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from erp_desktop.ui.saving import SavedNotice

    target = tmp_path / "note.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_window(book_url, "zh_CN")
    page = transfers_page(window)
    page.open_transfer(1)
    assert page.form.print_button.isEnabled()
    qtbot.mouseClick(page.form.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(SavedNotice)), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == []  # never opened by itself
    (notice,) = window.findChildren(SavedNotice)
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target), str(tmp_path)]
    page.new_transfer()
    assert not page.form.print_button.isEnabled()
    assert "发运后" in page.form.print_button.toolTip()
