"""The invoice list's tax-platform actions, offscreen: export the workbook, import the
issued invoice, see its number in the E-invoice column."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from erp_desktop.models.item import Item
from erp_desktop.services.einvoice import workbook as wb
from erp_desktop.ui.invoicing.page import InvoiceListModel
from tests.invoicing_world import build_shop
from tests.services.einvoice.helpers import issued_xml
from tests.ui.test_invoicing_screens import invoicing_page

NUMBER = "26332000000123456789"


def test_export_to_the_platform_and_import_its_number_from_the_list(
    open_window, book, book_url, admin_id, qtbot, tmp_path: Path
) -> None:
    shop = build_shop(book, admin_id)
    shop.run(lambda s: setattr(s.get(Item, shop.cups), "tax_code", "1070299000000000000"))
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    window = open_window(book_url, "zh_CN")
    page = invoicing_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    column = InvoiceListModel.EINVOICE_COLUMN
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "数电票"
    target = tmp_path / "批量开票.xlsx"
    page.platform_export(str(target))
    qtbot.waitUntil(lambda: "已为税务平台写入 1 张发票" in page.message.text(), timeout=10_000)
    assert load_workbook(target)[wb.BASIC_SHEET].cell(wb.FIRST_DATA_ROW, 1).value == issued.number
    qtbot.waitUntil(lambda: page.model.index(0, column).data() == "已提交平台", timeout=10_000)
    xml = tmp_path / "issued.xml"
    xml.write_bytes(issued_xml(NUMBER, remark=issued.number, net=D("20.00"), tax=D("2.60")))
    page.platform_import([str(xml)])
    qtbot.waitUntil(lambda: "已关联 1" in page.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.model.index(0, column).data() == NUMBER, timeout=10_000)
