"""Stock screens driven like a clerk would: item and warehouse forms, the on-hand list,
adjustments and counts, movements and the stock reports (English and Chinese)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.items import ItemData, create_item, find_item
from erp_desktop.services.stock.locations import list_warehouses, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from tests.ui.conftest import save_screenshot
from tests.ui.test_line_grid import type_and_enter
from tests.ui.waiting import settle


def stock_world(book) -> dict:  # type: ignore[type-arg]
    def build(s):
        main = list_warehouses(s)[0].id
        supplier = virtual_location(s, LocationKind.SUPPLIER)
        screws = create_item(
            s, 1, ItemData("SCR-01", "十字螺丝 M4", "个", category="五金", purchase_price=D("0.3"))
        ).value
        rice = create_item(s, 1, ItemData("RICE-5", "东北大米", "kg", unit_precision=2)).value
        post_moves(
            s,
            user_id=1,
            key=new_key(),
            doc_type="receipt",
            moves=[
                MoveRequest(screws, supplier, main, D("120"), unit_cost=D("0.3")),
                MoveRequest(rice, supplier, main, D("25.5"), unit_cost=D("4.2")),
            ],
            move_date=date(2026, 11, 1),
        )
        return {"main": main, "screws": screws, "rice": rice}

    return book.run(build)


def go(window, key: str):
    from erp_desktop.ui.navigation import AREAS

    window.nav.setCurrentRow(next(i for i, a in enumerate(AREAS) if a.key == key))
    page = window.page(key)
    settle(window)  # lists load off the GUI thread
    return page


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    settle(window)


def test_item_form_creates_and_refuses_duplicates(
    open_window, book, book_url, qtbot, tmp_path
) -> None:
    stock_world(book)
    window = open_window(book_url)
    tabs = go(window, "master_data")
    items = tabs.widget(0)
    settle(window)
    assert items.model.rowCount() == 2
    dialog = items.new()
    dialog.code.setText("ｓｃｒ－０１")  # full-width, lower case: the same code as SCR-01
    dialog.name.setText("重复")
    dialog.base_unit.setText("个")
    dialog.save()
    wait_idle(qtbot, window)
    assert "already used" in dialog.message.text()
    assert dialog.code.text() == "ｓｃｒ－０１"  # what was typed stays
    dialog.code.setText("NUT-08")
    dialog.name.setText("六角螺母 M8")
    dialog.purchase_price.setText("0.12")
    dialog.reorder.item(0, 1).setText("50")
    dialog.reorder.item(0, 2).setText("200")
    save_screenshot(dialog, "item_form_en", tmp_path)
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert book.read(lambda s: find_item(s, "nut-08").purchase_price) == D("0.12")
    qtbot.waitUntil(lambda: items.model.rowCount() == 3)
    items.filter_edit.setText("螺母")
    qtbot.waitUntil(lambda: items.model.rowCount() == 1)
    save_screenshot(window, "items_list_en", tmp_path)


@pytest.mark.parametrize("bad", ["", "-1", "NaN", "1e400", "0.1234567", "abc"])
def test_item_form_shows_bad_prices_inline(open_window, book_url, qtbot, bad) -> None:
    window = open_window(book_url)
    dialog = go(window, "master_data").widget(0).new()
    dialog.code.setText("X-1")
    dialog.name.setText("Thing")
    dialog.base_unit.setText("pcs")
    dialog.sale_price.setText(bad)
    dialog.save()
    wait_idle(qtbot, window)
    if bad == "":
        assert dialog.result() == dialog.DialogCode.Accepted
    else:
        assert "Sale price" in dialog.message.text()
        assert dialog.sale_price.text() == bad


def test_warehouse_form_and_deactivation(open_window, book, book_url, qtbot, tmp_path) -> None:
    window = open_window(book_url)
    tab = go(window, "master_data").widget(1)
    dialog = tab.new()
    dialog.code.setText("GZ")
    dialog.name.setText("广州仓")
    dialog.address.setPlainText("广州市白云区 12 号")
    dialog.save()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.view.selectRow(1)
    tab.toggle_active()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.show_inactive.setChecked(True)
    settle(window)
    assert tab.model.rowCount() == 2
    save_screenshot(window, "warehouses_en", tmp_path)


def test_on_hand_list_is_a_valid_model_and_filters(
    open_window, book, book_url, qtbot, qtmodeltester, tmp_path
) -> None:
    world = stock_world(book)
    window = open_window(book_url)
    page = go(window, "stock")
    on_hand_tab = page.on_hand
    settle(window)
    assert on_hand_tab.model.rowCount() == 2
    assert on_hand_tab.model.index(0, 6).data() == "25.5"
    assert on_hand_tab.model.index(0, 7).data() == "107.10"
    qtmodeltester.check(on_hand_tab.model, force_py=True)
    on_hand_tab.filter_edit.setText("scr")
    qtbot.waitUntil(lambda: on_hand_tab.model.rowCount() == 1)
    settle(window)
    assert "Nothing is in transit" in on_hand_tab.status.text()
    save_screenshot(window, "on_hand_en", tmp_path)
    on_hand_tab.view.selectRow(0)
    on_hand_tab._movements()
    assert page.currentWidget() is page.movements
    settle(window)
    assert page.movements.model.rowCount() == 1
    assert page.movements.model.index(0, 7).data() == "120"
    assert world["screws"]


def test_adjustment_typed_in_the_grid_and_posted(
    open_window, book, book_url, qtbot, tmp_path, monkeypatch
) -> None:
    world = stock_world(book)
    window = open_window(book_url)
    page = go(window, "stock")
    dialog = page.adjustments.new()
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    dialog.view.start()
    type_and_enter(qtbot, dialog.view, "SCR-01")
    type_and_enter(qtbot, dialog.view, "-20")
    assert dialog.grid.lines()[0]["on_hand"] == "120"
    assert not dialog.delete_button.isEnabled() or dialog.doc_id is None
    save_screenshot(dialog, "adjustment_form_en", tmp_path)
    dialog.post()
    wait_idle(qtbot, window)
    assert "ADJ-" in dialog.message.text(), dialog.message.text()
    assert not dialog.post_button.isEnabled()
    assert "posted" in dialog.post_button.toolTip()
    held = book.read(lambda s: on_hand(s, world["screws"], world["main"]))
    assert (held.quantity, held.value) == (D("100"), D("30.00"))
    qtbot.waitUntil(lambda: page.adjustments.model.rowCount() == 1)
    from PySide6.QtWidgets import QFileDialog

    from erp_desktop.ui.saving import SavedNotice

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "adjustment.pdf"), "")
    )
    dialog.print_pdf()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(SavedNotice)), timeout=10_000)
    assert (tmp_path / "adjustment.pdf").read_bytes().startswith(b"%PDF")
    dialog.post()  # a second click posts nothing more (the state refuses it)
    held = book.read(lambda s: on_hand(s, world["screws"], world["main"]))
    assert held.quantity == D("100")


def test_adjustment_refusal_keeps_the_lines(open_window, book, book_url, qtbot) -> None:
    stock_world(book)
    window = open_window(book_url)
    dialog = go(window, "stock").adjustments.new()
    dialog.view.start()
    type_and_enter(qtbot, dialog.view, "SCR-01")
    type_and_enter(qtbot, dialog.view, "-500")
    dialog.post()
    wait_idle(qtbot, window)
    assert "Not enough stock" in dialog.message.text()
    assert dialog.grid.lines()[0]["quantity"] == D("-500")


def test_count_sheet_counted_and_posted(open_window, book, book_url, qtbot, tmp_path) -> None:
    world = stock_world(book)
    window = open_window(book_url)
    page = go(window, "stock")
    opened = []
    new = page.counts.new()
    page.counts.open_document = lambda doc_id: (
        opened.append(type(page.counts).open_document(page.counts, doc_id)) or opened[-1]
    )  # type: ignore[method-assign]
    new.make()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(opened))
    dialog = opened[0]
    assert [row["item"].code for row in dialog.grid.lines()] == ["RICE-5", "SCR-01"]
    dialog.view.setCurrentIndex(dialog.grid.index(1, 3))
    type_and_enter(qtbot, dialog.view, "118")
    assert dialog.grid.lines()[1]["difference"] == "-2"
    save_screenshot(dialog, "count_form_en", tmp_path)
    dialog.post()
    wait_idle(qtbot, window)
    assert "CNT-" in dialog.message.text(), dialog.message.text()
    held = book.read(lambda s: on_hand(s, world["screws"], world["main"]))
    assert held.quantity == D("118")


def test_reports_and_chinese_screens(open_window, book, book_url, qtbot, tmp_path) -> None:
    stock_world(book)
    window = open_window(book_url, "zh_CN")
    reports = go(window, "reports")
    assert [reports.tabText(i) for i in range(reports.count())][:3] == [
        "某日库存",
        "低库存",
        "库存金额",
    ]
    as_of = reports.widget(0)
    as_of.day.setDate(as_of.day.date().currentDate())
    qtbot.waitUntil(lambda: as_of.model.rowCount() == 2)
    save_screenshot(window, "stock_as_of_zh", tmp_path)
    valuation = reports.widget(2)
    settle(window)
    assert valuation.model.index(2, 3).data() == "143.10"  # the total line
    reports.setCurrentIndex(2)
    save_screenshot(window, "valuation_zh", tmp_path)
    page = go(window, "stock")
    save_screenshot(window, "on_hand_zh", tmp_path)
    dialog = page.adjustments.new()
    save_screenshot(dialog, "adjustment_form_zh", tmp_path)
    dialog.close()
    items = go(window, "master_data").widget(0)
    dialog = items.new()
    save_screenshot(dialog, "item_form_zh", tmp_path)
    dialog.close()
    assert QMessageBox  # imported for on_next_modal users
    assert Qt


def test_import_dialog_previews_then_imports(open_window, book, book_url, qtbot, tmp_path) -> None:
    window = open_window(book_url)
    items = go(window, "master_data").widget(0)
    dialog = items.import_items()
    bad = tmp_path / "bad.csv"
    bad.write_text("编码,名称,单位,售价\nA-1,螺丝,个,1.5\nA-2,,个,abc\n", encoding="utf-8-sig")
    dialog.load(bad)
    wait_idle(qtbot, window)
    assert dialog.errors.rowCount() == 1 and dialog.errors.index(0, 0).data() == "3"
    assert not dialog.import_button.isEnabled()
    save_screenshot(dialog, "import_items_en", tmp_path)
    good = tmp_path / "good.csv"
    good.write_text("编码,名称,单位,售价\nA-1,螺丝,个,1.5\nA-2,螺母,个,0.5\n", encoding="utf-8-sig")
    dialog.load(good)
    wait_idle(qtbot, window)
    assert dialog.import_button.isEnabled()
    dialog.commit()
    wait_idle(qtbot, window)
    settle(window)
    assert "2 items imported" in dialog.summary.text()
    qtbot.waitUntil(lambda: items.model.rowCount() == 2)

    page = go(window, "stock")
    opening = page.on_hand.import_opening()
    stock_file = tmp_path / "opening.csv"
    stock_file.write_text(
        "商品编码,仓库编码,数量,单位成本\nA-1,MAIN,100,0.8\n", encoding="utf-8-sig"
    )
    opening.load(stock_file)
    wait_idle(qtbot, window)
    opening.commit()
    wait_idle(qtbot, window)
    settle(window)
    assert "OPN-" in opening.summary.text() and "80.00" in opening.summary.text()
    qtbot.waitUntil(lambda: page.on_hand.model.rowCount() == 1)
