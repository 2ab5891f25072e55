"""Round trip: export → the platform's issued XML → import → the 20-digit number on our invoice."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from openpyxl import Workbook

from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.services.einvoice.export import export_batch
from erp_desktop.services.einvoice.importing import (
    Outcome,
    import_issued,
    import_rejections,
)
from erp_desktop.services.invoicing import issuing
from tests.invoicing_world import DAY
from tests.services.einvoice.helpers import issued_xml

NUMBER = "26332000000123456789"


def record(shop, invoice_id: int) -> EInvoiceRecord:
    return shop.read(lambda s: s.get(EInvoiceRecord, invoice_id))


def import_xml(shop, data: bytes, **kwargs):
    return shop.run(lambda s: import_issued(s, shop.user, data, "a.xml", **kwargs))


def test_round_trip_links_by_our_number_in_the_remark_and_stores_the_platform_number(
    shop, tmp_path: Path
) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    shop.run(lambda s: export_batch(s, shop.user, tmp_path / "b.xlsx", date_from=DAY))
    data = issued_xml(NUMBER, remark=f"{issued.number} 谢谢", net=D("20.00"), tax=D("2.60"))
    result = import_xml(shop, data)
    assert (result.outcome, result.invoice_number, result.totals_differ) == (
        Outcome.LINKED,
        issued.number,
        False,
    )
    stored = record(shop, issued.invoice_id)
    assert (stored.platform_number, str(stored.platform_date), stored.platform_gross) == (
        NUMBER,
        "2026-11-30",
        D("22.60"),
    )
    assert stored.sent_at is not None and stored.xml == data
    again = import_xml(shop, data)
    assert (again.outcome, again.invoice_id) == (Outcome.ALREADY, issued.invoice_id)
    # the reprint now carries the platform's number; the stored original stays as issued
    from erp_desktop.services.einvoice.printing import reprint_pdf
    from tests.reports.pdf_tools import pypdf_text as pdf_text

    assert NUMBER in pdf_text(shop.read(lambda s: reprint_pdf(s, issued.invoice_id)))
    original = pdf_text(shop.read(lambda s: issuing.stored_pdf(s, issued.invoice_id)))
    assert NUMBER not in original and "非税务发票" in original


def test_a_one_cent_difference_is_flagged(shop) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    data = issued_xml(NUMBER, remark=issued.number, net=D("20.00"), tax=D("2.61"))
    result = import_xml(shop, data)
    assert result.outcome is Outcome.LINKED and result.totals_differ
    assert "2.61" in result.message.render()
    assert record(shop, issued.invoice_id).totals_differ


def test_an_xml_with_a_doctype_or_external_entity_is_refused(shop) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE EInvoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + issued_xml(NUMBER, remark="&x;", net=D("20.00"), tax=D("2.60")).split(b"?>", 1)[1]
    )
    result = import_xml(shop, evil)
    assert result.outcome is Outcome.REFUSED and "DOCTYPE" in result.message.render()
    assert record(shop, issued.invoice_id) is None


def test_without_our_number_buyer_amount_and_date_make_a_guess_to_confirm(shop) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    buyer = shop.read(lambda s: issuing.get_invoice(s, issued.invoice_id).buyer_tax_id)
    data = issued_xml(NUMBER, remark="", net=D("20.00"), tax=D("2.60"), buyer_tax_id=buyer)
    guess = import_xml(shop, data)
    assert (guess.outcome, guess.invoice_id) == (Outcome.GUESS, issued.invoice_id)
    assert record(shop, issued.invoice_id) is None
    assert import_xml(shop, data, confirm_guess=True).outcome is Outcome.LINKED
    other = issued_xml("26332000000123456780", remark="", net=D("1.00"), tax=D("0.13"))
    assert import_xml(shop, other).outcome is Outcome.UNMATCHED


def test_the_failure_workbook_puts_each_reason_on_its_document(shop, tmp_path: Path) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    book = Workbook()
    sheet = book.active
    sheet.append(["发票流水号", "发票类型", "购买方名称", "导入失败原因"])
    sheet.append([issued.number, "普通发票", "杭州客户贸易有限公司", "第4行税率不合法"])
    sheet.append(["NOT-OURS", "普通发票", "x", "y"])
    book.save(tmp_path / "失败明细.xlsx")
    results = shop.run(lambda s: import_rejections(s, shop.user, tmp_path / "失败明细.xlsx"))
    assert [(r.outcome, r.invoice_number) for r in results] == [
        (Outcome.REJECTED, issued.number),
        (Outcome.UNMATCHED, "NOT-OURS"),
    ]
    assert record(shop, issued.invoice_id).rejected == "第4行税率不合法"


def test_an_unreadable_xml_is_refused_with_the_parser_reason() -> None:
    from erp_desktop.errors import ValidationError
    from erp_desktop.services.einvoice.issued_xml import parse_issued_xml

    try:
        parse_issued_xml(b"<EInvoice><Header></EInvoice>")
    except ValidationError as exc:
        assert "not readable XML" in exc.message.render()
        assert "mismatched tag" in exc.message.render()
    else:
        raise AssertionError("a broken XML was accepted")
