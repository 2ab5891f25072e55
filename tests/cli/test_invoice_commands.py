"""erp-desktop invoice-pdf / invoice-xml write the stored PDF and the XML of a document."""

from __future__ import annotations

from lxml import etree

from erp_desktop.services.invoicing.issuing import stored_pdf
from erp_desktop.services.invoicing.ubl import schema_path
from tests.helpers import run_cli
from tests.invoicing_world import build_shop


def test_pdf_and_xml_of_an_issued_invoice_and_a_credit_note(
    book, admin_id, book_url, tmp_path
) -> None:
    s = build_shop(book, admin_id)
    issued = s.invoice(s.line(s.cups, "2", "11.30"))
    s.credit(issued.invoice_id, {1: "1"})
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "INV-2026-000001.pdf"
    result = run_cli("invoice-pdf", "INV-2026-000001", "-o", str(pdf), "--book", book_url)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes() == s.read(lambda x: stored_pdf(x, issued.invoice_id))
    xml = out / "cn.xml"
    result = run_cli("invoice-xml", "CN-2026-000001", "-o", str(xml), "--book", book_url)
    assert result.returncode == 0, result.stderr
    checker = etree.XMLSchema(etree.parse(str(schema_path("credit_note"))))
    assert checker.validate(etree.parse(str(xml))), checker.error_log
    result = run_cli("invoice-xml", "INV-2026-000404", "-o", str(xml), "--book", book_url)
    assert result.returncode == 1
    assert "No invoice or credit note has the number INV-2026-000404" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["INV-2026-000001.pdf", "cn.xml"]  # no .part
