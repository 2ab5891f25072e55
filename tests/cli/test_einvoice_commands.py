"""erp-desktop einvoice-export / einvoice-import: the platform workbook and the issued XML."""

from __future__ import annotations

from decimal import Decimal as D

from openpyxl import load_workbook

from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.models.item import Item
from erp_desktop.services.einvoice import workbook as wb
from tests.helpers import run_cli
from tests.invoicing_world import build_shop
from tests.services.einvoice.helpers import issued_xml


def test_export_a_date_range_then_import_the_issued_invoices(
    book, admin_id, book_url, tmp_path
) -> None:
    shop = build_shop(book, admin_id)
    no_code = shop.invoice(shop.line(shop.rice, "1", "6"))  # the rice item has no code yet
    shop.run(lambda s: setattr(s.get(Item, shop.cups), "tax_code", "1070299000000000000"))
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    target = tmp_path / "batch.xlsx"
    args = ("einvoice-export", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(target))
    result = run_cli(*args, "--book", book_url)
    assert result.returncode == 1 and not target.exists()
    assert f"{no_code.number}\tLine 1 (东北大米) has no tax classification code." in result.stdout
    result = run_cli(*args, "--leave-out-problems", "--book", book_url)
    assert result.returncode == 0, result.stderr
    assert "1 invoices, 1 lines" in result.stdout
    sheet = load_workbook(target)[wb.BASIC_SHEET]
    assert sheet.cell(wb.FIRST_DATA_ROW, 1).value == issued.number

    xml = tmp_path / "issued.xml"
    xml.write_bytes(
        issued_xml("26332000000123456789", remark=issued.number, net=D("20.00"), tax=D("2.60"))
    )
    evil = tmp_path / "evil.xml"
    evil.write_bytes(
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><EInvoice>&e;</EInvoice>'
    )
    result = run_cli("einvoice-import", str(xml), str(evil), "--book", book_url)
    assert result.returncode == 1  # one file refused
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[1:4] == ["linked", "26332000000123456789", issued.number]
    assert lines[1].split("\t")[1] == "refused" and "DOCTYPE" in lines[1]
    record = shop.read(lambda s: s.get(EInvoiceRecord, issued.invoice_id))
    assert record.platform_number == "26332000000123456789"
