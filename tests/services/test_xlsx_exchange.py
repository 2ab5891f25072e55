"""Excel workbooks in the CSV imports and exports: the same rows, checks and guards."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import Workbook, load_workbook

from erp_desktop.services.csv_exchange import (
    ITEM_FIELDS,
    commit_items,
    export_items,
    preview_items,
)
from erp_desktop.services.stock.items import ItemData, create_item, find_item
from erp_desktop.services.xlsx_exchange import CellRefused, cell_text, csv_to_xlsx, template_xlsx


def workbook(*rows: list[object]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_cells_become_the_text_a_user_typed() -> None:
    assert cell_text(11.3) == "11.3" and cell_text(0.1 + 0.2) == "0.30000000000000004"
    assert cell_text(42) == "42" and cell_text(5.0) == "5"
    assert cell_text(date(2026, 11, 29)) == "2026-11-29"
    assert cell_text(datetime(2026, 11, 29)) == "2026-11-29"
    assert cell_text(1070299000000000123) == "1070299000000000123"  # an exact integer
    with pytest.raises(CellRefused, match="more than 15 digits"):
        cell_text(1.070299e18)  # a number cell: Excel kept 15 digits
    with pytest.raises(CellRefused, match="formula"):
        cell_text("=SUM(A1:A3)", "f")


def test_an_item_workbook_is_previewed_like_a_csv_file(book, admin_id) -> None:
    data = workbook(
        ["编码*", "名称", "单位", "销售价", "税率", "商品和服务税收分类编码", "税收简称"],
        ["SCR-01", "十字螺丝 M3", "盒", 12.5, 13, "1080413990000000000", "金属制品"],
        ["RICE-5", "东北大米", "kg", 6, "免税", "1030101020000000000", "谷物"],
        ["BAD-1", "公式", "个", "=1+2", 13, "", ""],
        ["BAD-2", "长编码", "个", 1, 13, 1.0702990000000001e18, ""],  # as Excel stores it
        ["BAD-3", "短编码", "个", 1, 13, "107029900", ""],
        [None, None, None, None, None, None, None],
        ["DATE-1", "日期", "个", 1, 13, "", datetime(2026, 11, 29)],
    )
    preview = book.read(lambda s: preview_items(s, data))
    assert [row.code for _, row in preview.rows] == ["SCR-01", "RICE-5", "DATE-1"]
    first, rice, dated = (row for _, row in preview.rows)
    assert (first.name, first.sale_price, first.tax_rate, first.tax_code) == (
        "十字螺丝 M3",
        D("12.5"),
        D("0.13"),
        "1080413990000000000",
    )
    assert (rice.tax_rate, rice.zero_rate_kind, rice.tax_code) == (
        None,
        "exempt",
        "1030101020000000000",
    )
    assert dated.tax_short_name == "2026-11-29"
    bad = {e.line: e.message.render() for e in preview.errors}
    assert sorted(bad) == [4, 5, 6]
    assert "formula" in bad[4]
    assert "Format the column as Text" in bad[5]
    assert "has 9 digits" in bad[6]


def test_export_as_a_workbook_with_chinese_headers_imports_again(book, admin_id) -> None:
    def make(s) -> None:
        create_item(
            s,
            admin_id,
            ItemData("=1+2", "保温杯", "个", sale_price=D("12.5"), tax_code="1070299000000000000"),
        )
        create_item(s, admin_id, ItemData("PLAIN", "大米", "kg", tax_rate=None))

    book.run(make)
    data = csv_to_xlsx(book.read(export_items), ITEM_FIELDS, chinese=True, title="items")
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编码", "名称", "规格"] and "税收分类编码" in header
    assert sheet["A2"].value == "=1+2" and sheet["A2"].data_type == "s"  # text, not a formula
    code = sheet.cell(2, header.index("税收分类编码") + 1)
    assert (code.value, code.data_type) == ("1070299000000000000", "s")
    book.run(lambda s: [s.delete(find_item(s, c)) for c in ("=1+2", "PLAIN")])
    preview = book.read(lambda s: preview_items(s, data))
    assert preview.ok, [e.message.render() for e in preview.errors]
    assert book.run(lambda s: commit_items(s, admin_id, preview)).value == 2
    again = book.read(lambda s: find_item(s, "=1+2"))
    assert (again.tax_code, again.sale_price) == ("1070299000000000000", D("12.5"))


def test_the_template_has_the_import_headers(book) -> None:
    data = template_xlsx(ITEM_FIELDS, chinese=True, title="items")
    header = [c.value for c in load_workbook(io.BytesIO(data)).active[1]]
    assert header[:3] == ["编码*", "名称*", "规格"]
    assert book.read(lambda s: preview_items(s, data)).count == 0
