"""Suppliers and customers tabs: one list and form for both roles."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from erp_desktop.services.parties import CUSTOMER, SUPPLIER, PartyData, create_party
from erp_desktop.ui.parties.list_widget import PartyListWidget
from tests.ui.conftest import save_screenshot
from tests.ui.waiting import settle

GOOD_TAX_ID = "91440300MA5G0YJ1AQ"


def party_tabs(window) -> dict[str, PartyListWidget]:
    window.nav.setCurrentRow(4)
    page = window.page("master_data")
    assert isinstance(page, QTabWidget)
    found = {}
    for index in range(page.count()):
        widget = page.widget(index)
        if isinstance(widget, PartyListWidget):
            found[widget.role] = widget
    page.setCurrentWidget(found[SUPPLIER])
    settle(window)  # the lists load off the GUI thread
    return found


def test_supplier_form_keeps_input_and_records_the_override(
    open_window, book_url, book, admin_id, qtbot, qtmodeltester, tmp_path
) -> None:
    book.run(
        lambda s: create_party(s, admin_id, PartyData("C-1", "老客户", is_customer=True)).value
    )
    window = open_window(book_url, "zh_CN")
    tabs = party_tabs(window)
    suppliers, customers = tabs[SUPPLIER], tabs[CUSTOMER]
    settle(window)
    assert suppliers.model.rowCount() == 0 and customers.model.rowCount() == 1
    qtmodeltester.check(customers.model, force_py=True)

    form = suppliers.new_party()
    assert form.supplier_box.isChecked() and not form.customer_box.isChecked()
    form.code_edit.setText("S-01")
    form.name_edit.setText("深圳市华强五金有限公司")
    form.tax_id_edit.setText(GOOD_TAX_ID[:-1] + "R")
    assert form.isVisible() and form.override_box.isVisible()
    assert "校验" in form.tax_hint.text() or "check" in form.tax_hint.text()
    form.save()
    qtbot.waitUntil(lambda: form.message.text() != "", timeout=10_000)
    assert form.isVisible() and form.name_edit.text() == "深圳市华强五金有限公司"
    save_screenshot(form, "supplier_form_zh_CN", tmp_path)
    form.override_box.setChecked(True)
    form.override_reason.setText("营业执照上就是这样印的")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: suppliers.model.rowCount() == 1, timeout=10_000)
    settle(window)
    assert suppliers.model.index(0, 2).data() == GOOD_TAX_ID[:-1] + "R"
    save_screenshot(window, "suppliers_zh_CN", tmp_path)

    suppliers.view.setCurrentIndex(suppliers.model.index(0, 0))
    assert suppliers.active_action.isEnabled()
    suppliers.toggle_active()
    qtbot.waitUntil(lambda: suppliers.model.rowCount() == 0, timeout=10_000)
    suppliers.inactive_box.setChecked(True)
    settle(window)
    assert suppliers.model.rowCount() == 1
    suppliers.filter_edit.setText("华强")
    qtbot.waitUntil(lambda: not suppliers.typing.isActive())  # the pause in typing
    settle(window)
    assert suppliers.model.rowCount() == 1
    suppliers.filter_edit.setText("nothing like it")
    qtbot.waitUntil(lambda: not suppliers.typing.isActive())
    settle(window)
    assert suppliers.model.rowCount() == 0


def test_customers_import_previews_every_bad_row_then_imports_all(
    open_window, book_url, qtbot, tmp_path
) -> None:
    window = open_window(book_url, "en")
    customers = party_tabs(window)[CUSTOMER]
    dialog = customers.import_parties()
    bad = tmp_path / "customers.csv"
    bad.write_text(
        f"编码,名称,纳税人识别号\nK-1,杭州客户贸易有限公司,{GOOD_TAX_ID}\nK-2,,\nK-3,Bad ID,123\n",
        encoding="gbk",
    )
    dialog.load(bad)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert [dialog.errors.index(r, 0).data() for r in range(dialog.errors.rowCount())] == ["3", "4"]
    assert not dialog.import_button.isEnabled()
    good = tmp_path / "good.csv"
    good.write_text(
        f"编码,名称,纳税人识别号\nK-1,杭州客户贸易有限公司,{GOOD_TAX_ID}\n", encoding="utf-8"
    )
    dialog.load(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    dialog.commit()
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=20_000)
    settle(window)
    assert customers.model.index(0, 1).data() == "杭州客户贸易有限公司"
