"""The batch-issuing workbook: layout, joins, text cells, limits listed before writing."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from erp_desktop.errors import ValidationError
from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.services.book_settings import set_setting
from erp_desktop.services.einvoice import workbook as wb
from erp_desktop.services.einvoice.export import export_batch
from erp_desktop.services.parties import get_party, party_data, update_party
from tests.invoicing_world import DAY


def export(shop, path: Path, **kwargs):
    return shop.run(
        lambda s: export_batch(s, shop.user, path, date_from=DAY, date_to=DAY, **kwargs)
    )


def rows(sheet) -> list[list[str | None]]:
    return [list(r) for r in sheet.iter_rows(min_row=wb.FIRST_DATA_ROW, values_only=True)]


def test_one_basic_row_per_invoice_one_detail_row_per_line_joined_by_our_number(
    shop, tmp_path: Path
) -> None:
    first = shop.invoice(
        shop.line(shop.cups, "2", "11.30"), shop.line(shop.tea, "1", "109", "0.09")
    )
    second = shop.invoice(shop.line(shop.rice, "2.5", "6"), customer=shop.bolt, mode="exclusive")
    target = tmp_path / "batch.xlsx"
    result = export(shop, target)
    assert (result.written, result.documents, result.lines, result.problems) == (True, 2, 3, ())
    book = load_workbook(target)
    assert book.sheetnames[:2] == [wb.BASIC_SHEET, wb.DETAIL_SHEET]
    basic, detail = book[wb.BASIC_SHEET], book[wb.DETAIL_SHEET]
    assert [c.value for c in basic[wb.HEADER_ROW]] == list(wb.BASIC_HEADERS)
    assert [c.value for c in detail[wb.HEADER_ROW]] == list(wb.DETAIL_HEADERS)
    head = {h: i for i, h in enumerate(wb.BASIC_HEADERS)}
    dhead = {h: i for i, h in enumerate(wb.DETAIL_HEADERS)}
    basics, details = rows(basic), rows(detail)
    assert [r[head["发票流水号"]] for r in basics] == [first.number, second.number]
    assert [r[dhead["发票流水号"]] for r in details] == [first.number] * 2 + [second.number]
    assert first.number in basics[0][head["备注"]]
    assert basics[0][head["是否含税"]] == "是" and basics[1][head["是否含税"]] == "否"
    assert details[0][dhead["商品和服务税收编码"]] == "1070299000000000000"
    assert details[0][dhead["金额"]] == "22.60" and details[0][dhead["税率"]] == "0.13"
    assert details[2][dhead["金额"]] == "15.00"  # exclusive: the net amount
    tax_id_cell = basic.cell(wb.FIRST_DATA_ROW, head["购买方纳税人识别号"] + 1)
    code_cell = detail.cell(wb.FIRST_DATA_ROW, dhead["商品和服务税收编码"] + 1)
    assert tax_id_cell.data_type == "s" and code_cell.data_type == "s"
    sent = shop.read(lambda s: s.get(EInvoiceRecord, first.invoice_id))
    assert sent.sent_at is not None and sent.sent_file == "batch.xlsx"
    with pytest.raises(ValidationError, match="No issued invoice waits"):
        export(shop, tmp_path / "again.xlsx")  # sent ones are not sent twice by default
    assert export(shop, tmp_path / "again.xlsx", include_sent=True).documents == 2


def test_a_buyer_name_over_the_limit_is_listed_before_writing_not_cut(shop, tmp_path: Path) -> None:
    def rename(session) -> None:
        data = party_data(get_party(session, shop.bolt))
        update_party(
            session, shop.user, shop.bolt, data.__class__(**{**data.__dict__, "name": "长" * 120})
        )

    shop.run(rename)
    good = shop.invoice(shop.line(shop.cups, "1", "11.30"))
    bad = shop.invoice(shop.line(shop.cups, "1", "11.30"), customer=shop.bolt)
    target = tmp_path / "batch.xlsx"
    result = export(shop, target)
    assert not result.written and not target.exists()
    assert [(p.number, "120" in p.message.render()) for p in result.problems] == [
        (bad.number, True)
    ]
    assert shop.read(lambda s: s.get(EInvoiceRecord, good.invoice_id)) is None
    rest = export(shop, target, leave_out_problems=True)
    assert (rest.written, rest.documents) == (True, 1)
    assert [r[0] for r in rows(load_workbook(target)[wb.BASIC_SHEET])] == [good.number]


def test_a_line_without_a_code_is_listed_or_refused_at_issue_by_the_book_setting(
    shop, tmp_path: Path
) -> None:
    service = shop.line(None, "1", "100", "0.06", description="安装服务")
    issued = shop.invoice(shop.line(shop.cups, "1", "11.30"), service)
    result = export(shop, tmp_path / "b.xlsx")
    assert [p.message.render() for p in result.problems] == [
        "Line 2 (安装服务) has no tax classification code."
    ]
    assert issued.number
    shop.run(lambda s: set_setting(s, "einvoice_codes_required", True, user_id=shop.user))
    draft = shop.draft(shop.line(shop.cups, "1", "11.30"), service)
    with pytest.raises(ValidationError, match=r"Line 2 \(安装服务\) has no tax classification"):
        shop.issue(draft)
    from erp_desktop.services.invoicing.documents import get_invoice

    assert shop.read(lambda s: (get_invoice(s, draft).state, get_invoice(s, draft).number)) == (
        "draft",
        None,
    )


def test_zero_rate_kinds_become_the_platforms_policy_columns(shop, tmp_path: Path) -> None:
    from erp_desktop.models.item import Item

    def exempt_rice(session) -> None:
        item = session.get(Item, shop.rice)
        item.tax_rate, item.zero_rate_kind = None, "not_taxable"

    shop.run(exempt_rice)
    shop.invoice(shop.line(shop.rice, "1", "6", "0", exempt=True))
    export(shop, tmp_path / "z.xlsx")
    detail = rows(load_workbook(tmp_path / "z.xlsx")[wb.DETAIL_SHEET])[0]
    dhead = {h: i for i, h in enumerate(wb.DETAIL_HEADERS)}
    assert (
        detail[dhead["税率"]],
        detail[dhead["是否使用优惠政策"]],
        detail[dhead["优惠政策类型"]],
    ) == (
        "0",
        "是",
        "不征税",
    )
    assert D(detail[dhead["金额"]]) == D("6.00")
