"""CSV import and export: items, opening stock, suppliers and customers."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.services import csv_exchange
from erp_desktop.services.checks import run_checks
from erp_desktop.services.csv_exchange import (
    commit_items,
    commit_opening,
    commit_parties,
    export_items,
    export_on_hand,
    export_parties,
    preview_items,
    preview_opening,
    preview_parties,
)
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.parties import party_page
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.items import ItemData, create_item, find_item, set_item_active
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key

ITEMS_ZH = """商品编码,品名,规格型号,单位,小数位,进价,售价,税率
SCR-01,十字螺丝 M4,M4×20,个,0,0.12,0.35,13%
RICE-5,东北大米,5 kg,kg,2,４.２,6.80,9
BAD-1,,x,个,0,1,1,13
NEG-1,负价,,个,0,-1,1,13
NAN-1,NaN,,个,0,NaN,1,13
BIG-1,很大,,个,0,1e400,1,13
DEC-1,小数,,个,0,0.1234567,1,13
LONG-1,{long},,个,0,1,1,13
ｓｃｒ－０１,重复,,个,0,1,1,13
OLD-1,已有,,个,0,1,1,13
"""


def csv_bytes(text: str, encoding: str = "utf-8-sig") -> bytes:
    return text.replace("\n", "\r\n").encode(encoding)


def test_item_preview_lists_every_bad_row_and_commits_all_or_nothing(book, admin_id) -> None:
    book.run(lambda s: create_item(s, admin_id, ItemData("old-1", "Existing", "pcs")).value)
    data = csv_bytes(ITEMS_ZH.replace("{long}", "长" * 201))
    preview = book.read(lambda s: preview_items(s, data))
    assert [row.code for _, row in preview.rows] == ["SCR-01", "RICE-5"]
    assert preview.rows[1][1].purchase_price == D("4.2")  # full-width digits read
    assert preview.rows[1][1].tax_rate == D("0.09")
    bad = {error.line: error.message.render() for error in preview.errors}
    assert sorted(bad) == [4, 5, 6, 7, 8, 9, 10, 11]
    assert "Name is required" in bad[4]
    assert "Purchase price" in bad[5] and "too long" in bad[9]
    assert "also on line 2" in bad[10] and "already used" in bad[11]
    with pytest.raises(ValidationError, match="8 bad rows"):
        book.run(lambda s: commit_items(s, admin_id, preview).value)
    assert book.read(lambda s: find_item(s, "SCR-01")) is None  # nothing was imported

    good = csv_bytes(ITEMS_ZH.splitlines()[0] + "\n" + "\n".join(ITEMS_ZH.splitlines()[1:3]) + "\n")
    preview = book.read(lambda s: preview_items(s, good))
    assert preview.ok
    assert book.run(lambda s: commit_items(s, admin_id, preview).value) == 2
    assert book.read(lambda s: find_item(s, "scr-01").sale_price) == D("0.35")


def test_gbk_file_is_read(book) -> None:
    data = csv_bytes("编码,名称,单位\nA-1,螺丝刀,把\n", "gbk")
    preview = book.read(lambda s: preview_items(s, data))
    assert preview.ok and preview.rows[0][1].name == "螺丝刀"


def test_item_export_round_trips_and_is_formula_safe(book, admin_id) -> None:
    def make(s) -> None:
        create_item(
            s, admin_id, ItemData("=1+2", "@SUM(A1)", "pcs", spec="-x", sale_price=D("12.5"))
        )
        create_item(s, admin_id, ItemData("PLAIN", "+cmd", "pcs", tax_rate=None))

    book.run(make)
    exported = book.read(export_items)
    assert exported.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"))))
    assert rows[1][:3] == ["'=1+2", "'@SUM(A1)", "'-x"]
    assert rows[1][10] == "12.5"  # a number stays a number
    assert rows[2][11] == "exempt"
    # Read back: only the codes already in the book are refused; the values parse.
    preview = book.read(lambda s: preview_items(s, exported))
    assert next(e.message.render() for e in preview.errors).startswith("The item code “=1+2”")
    assert len(preview.errors) == 2  # both already exist, nothing else wrong


def test_opening_stock_import(book, admin_id) -> None:
    def make(s):
        create_item(s, admin_id, ItemData("SCR-01", "Screw", "pcs"))
        create_item(s, admin_id, ItemData("RICE-5", "Rice", "kg", unit_precision=2))
        old = create_item(s, admin_id, ItemData("OLD-1", "Old", "pcs")).value
        set_item_active(s, admin_id, old, False)
        return list_warehouses(s)[0]

    main = book.run(make)
    text = f"""Item code,Warehouse code,Quantity,Unit cost
SCR-01,{main.code},100,0.25
rice-5,{main.code.lower()},10.5,4.2
NOPE,{main.code},1,1
OLD-1,{main.code},1,1
SCR-01,ZZZ,1,1
SCR-01,{main.code},5,1
RICE-5,{main.code},0,1
"""
    preview = book.read(lambda s: preview_opening(s, csv_bytes(text)))
    assert [line for line, _ in preview.rows] == [2, 3]
    assert [e.line for e in preview.errors] == [4, 5, 6, 7, 8]
    with pytest.raises(ValidationError):
        book.run(
            lambda s: commit_opening(
                s, admin_id, preview, key=new_key(), opening_date=date(2026, 1, 1)
            )
        )
    good = "\n".join(text.splitlines()[:3]) + "\n"
    preview = book.read(lambda s: preview_opening(s, csv_bytes(good)))
    posted = book.run(
        lambda s: commit_opening(s, admin_id, preview, key=new_key(), opening_date=date(2026, 1, 1))
    )
    assert posted.number == "OPN-2026-000001" and posted.total_value == D("69.10")
    rice = book.read(lambda s: on_hand(s, find_item(s, "RICE-5").id, main.id))
    assert (rice.quantity, rice.value) == (D("10.5"), D("44.10"))
    assert book.read(run_checks).ok
    exported = book.read(lambda s: export_on_hand(s, admin_id)).decode("utf-8-sig")
    assert "RICE-5,Rice,,MAIN" in exported and ",10.5,44.10,4.2" in exported


@pytest.mark.parametrize("role", ["supplier", "customer"])
def test_parties_import_and_export(book, admin_id, role) -> None:
    text = """编码,名称,税号,联系人,电话,交货期,折扣%
S-01,深圳市华强电子有限公司,91440300MA5G0YJ19M,李经理,0755-1234567,7,5
S-02,Bad tax id,123,,,,
s-01,重复,,,,,
"""
    preview = book.read(lambda s: preview_parties(s, csv_bytes(text), role))
    assert [line for line, _ in preview.rows] == [2]
    assert [e.line for e in preview.errors] == [3, 4]
    with pytest.raises(ValidationError):
        book.run(lambda s: commit_parties(s, admin_id, preview).value)
    good = "\n".join(text.splitlines()[:2]) + "\n"
    preview = book.read(lambda s: preview_parties(s, csv_bytes(good), role))
    assert book.run(lambda s: commit_parties(s, admin_id, preview).value) == 1
    rows = book.read(lambda s: party_page(s, PageRequest(0, 10, filters={"role": role})))
    assert [r[1] for r in rows] == ["S-01"]
    exported = book.read(lambda s: export_parties(s, role)).decode("utf-8-sig")
    assert "深圳市华强电子有限公司" in exported and ",7,5.00," in exported


def test_a_preview_lists_the_first_thousand_bad_rows_and_counts_all(book) -> None:
    body = "".join(f"B-{n},,个\n" for n in range(1500))  # no name: every row is bad
    preview = book.read(lambda s: preview_items(s, csv_bytes("编码,名称,单位\nA-1,好,个\n" + body)))
    assert (preview.count, preview.error_count, len(preview.errors)) == (1, 1500, 1000)
    assert preview.errors[0].line == 3 and preview.errors[-1].line == 1002
    assert not preview.ok


def test_a_file_changed_after_its_preview_imports_nothing(book, admin_id, tmp_path) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes(csv_bytes("编码,名称,单位\nA-1,螺丝,个\nA-2,螺母,个\n"))
    preview = book.read(lambda s: preview_items(s, path))
    assert preview.ok and preview.count == 2
    path.write_bytes(csv_bytes("编码,名称,单位\nA-1,螺丝,个\nA-2,,个\n"))
    with pytest.raises(ValidationError, match=r"^Line 3: Name is required\. The file was changed"):
        book.run(lambda s: commit_items(s, admin_id, preview).value)
    assert book.read(lambda s: find_item(s, "A-1")) is None


KEPT_ITEMS = """编码,名称,规格,类别,单位,小数位,采购单位,换算率,条码,进价,售价,税率
A-1,螺丝 “长”,M4×20,五金,个,0,盒,100,6901234567892,"1,234.50",２.５,免税
B-2,螺母,,,kg,3,,,,0.123456,0,9%
"""


def test_checked_items_are_kept_packed_and_give_what_reading_again_gives(
    book, admin_id, tmp_path
) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes(csv_bytes(KEPT_ITEMS))
    preview = book.read(lambda s: preview_items(s, path))
    assert preview.ok and preview.kept is not None and len(preview.kept) == 1  # one chunk
    read_again = dataclasses.replace(preview, kept=None).rows
    assert preview.rows == read_again
    assert preview.rows == [
        (
            2,
            ItemData(
                code="A-1",
                name="螺丝 “长”",
                base_unit="个",
                spec="M4×20",
                category="五金",
                unit_precision=0,
                purchase_unit="盒",
                purchase_factor=D("100.0000"),
                barcode="6901234567892",
                purchase_price=D("1234.500000"),
                sale_price=D("2.500000"),
                tax_rate=None,
                zero_rate_kind="exempt",  # 免税
            ),
        ),
        (
            3,
            ItemData(
                code="B-2",
                name="螺母",
                base_unit="kg",
                unit_precision=3,
                purchase_price=D("0.123456"),
                sale_price=D("0.000000"),
                tax_rate=D("0.0900"),
            ),
        ),
    ]
    reported: list[tuple[int, int]] = []  # the import dialog's progress: (done, total)
    progress = lambda done, total: reported.append((done, total))  # noqa: E731
    assert book.run(lambda s: commit_items(s, admin_id, preview, progress).value) == 2
    total = len(preview.kept[0])
    assert reported == [(0, total), (total, total)]
    item = book.read(lambda s: find_item(s, "A-1"))
    assert (item.purchase_price, item.tax_rate, item.purchase_factor) == (
        D("1234.500000"),
        None,
        D("100.0000"),
    )


def test_rows_too_big_to_keep_are_read_again_for_the_commit(
    book, admin_id, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(csv_exchange, "KEEP_BYTES", 40)  # the packed chunk is more
    path = tmp_path / "items.csv"
    path.write_bytes(csv_bytes(KEPT_ITEMS))
    preview = book.read(lambda s: preview_items(s, path))
    assert preview.ok and preview.count == 2 and preview.kept is None
    assert book.run(lambda s: commit_items(s, admin_id, preview).value) == 2
    assert book.read(lambda s: find_item(s, "B-2")).unit_precision == 3


def test_exports_speak_the_ui_language_and_read_back(book, admin_id) -> None:
    """In the Chinese UI the headers and yes/no/exempt are Chinese; the import reads them."""
    from erp_desktop.i18n import cli_translator

    zh = cli_translator("zh_CN")
    book.run(lambda s: create_item(s, admin_id, ItemData("CUP-1", "茶杯", "个", tax_rate=None)))
    rows = list(
        csv.reader(io.StringIO(book.read(lambda s: export_items(s, zh)).decode("utf-8-sig")))
    )
    assert rows[0][:5] == ["编码", "名称", "规格型号", "类别", "单位"]
    assert rows[0][-1] == "启用" and rows[1][-1] == "是" and rows[1][11] == "免税"
    assert not any(cell.isascii() and cell.isalpha() for cell in rows[0])  # no English header
    preview = book.read(lambda s: preview_items(s, "\n".join(",".join(r) for r in rows).encode()))
    assert set(preview.columns) >= {"code", "name", "unit", "tax_rate", "sale_price"}
    parties = book.read(lambda s: export_parties(s, "customer", zh)).decode("utf-8-sig")
    assert parties.splitlines()[0].startswith("编码,名称,税号")
    on_hand = book.read(lambda s: export_on_hand(s, admin_id, None, zh)).decode("utf-8-sig")
    assert on_hand.splitlines()[0].startswith("商品编码,名称,规格型号,仓库编码,仓库")
