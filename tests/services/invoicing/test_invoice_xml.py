"""The UBL 2.1 XML export validates against the schema in resources/ and says what it must."""

from __future__ import annotations

import pytest
from lxml import etree

from erp_desktop.errors import StateError
from erp_desktop.services.invoicing.ubl import NS, document_xml, schema_path

X = {"cac": NS["cac"], "cbc": NS["cbc"]}


def schema(kind: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path(kind))))


def texts(doc, path: str) -> list[str]:
    return [node.text for node in doc.xpath(path, namespaces=X)]


def test_invoice_and_credit_note_xml_validate_and_carry_the_figures(shop) -> None:
    s = shop
    issued = s.invoice(
        s.line(s.cups, "10", "11.30"),
        s.line(s.tea, "2", "109", "0.09"),
        s.line(None, "1", "20", "0", description="检测费", exempt=True),
        remarks="合同 HT-1 <备注> & “引号”",
    )
    xml = s.read(lambda x: document_xml(x, issued.invoice_id))
    doc = etree.fromstring(xml)
    assert schema("invoice").validate(doc), schema("invoice").error_log
    assert doc.tag == f"{{{NS['Invoice']}}}Invoice"
    assert texts(doc, "cbc:ID") == ["INV-2026-000001"]
    assert texts(doc, "cbc:InvoiceTypeCode") == ["380"]
    assert texts(doc, "cbc:Note") == ["合同 HT-1 <备注> & “引号”"]
    assert texts(doc, "cac:AccountingCustomerParty//cbc:CompanyID") == [
        "91330100MA2B3C4D5N",
        "91330100MA2B3C4D5N",
    ]
    assert texts(doc, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount") == ["320.00"]
    assert texts(doc, "cac:LegalMonetaryTotal/cbc:PayableAmount") == ["351.00"]
    assert texts(doc, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID") == ["S", "S", "E"]
    assert texts(doc, "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount") == ["13.00", "18.00", "0.00"]
    assert texts(doc, "cac:InvoiceLine/cbc:InvoicedQuantity") == ["10", "2", "1"]
    assert texts(doc, "cac:InvoiceLine/cac:Item/cac:SellersItemIdentification/cbc:ID") == [
        "CUP-500",
        "TEA-01",
    ]

    note = s.credit(issued.invoice_id, {1: "3"}, back_to=s.main, reason="质量问题")
    xml = s.read(lambda x: document_xml(x, note))
    doc = etree.fromstring(xml)
    assert schema("credit_note").validate(doc), schema("credit_note").error_log
    assert texts(doc, "cbc:ID") == ["CN-2026-000001"]
    assert texts(doc, "cbc:CreditNoteTypeCode") == ["381"]
    assert texts(doc, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == [
        "INV-2026-000001"
    ]
    assert texts(
        doc, "cac:CreditNoteLine/cac:BillingReference/cac:BillingReferenceLine/cbc:ID"
    ) == ["1"]
    # UBL credit notes state the credited figures as positive numbers
    assert texts(doc, "cac:CreditNoteLine/cbc:CreditedQuantity") == ["3"]
    assert texts(doc, "cac:LegalMonetaryTotal/cbc:PayableAmount") == ["33.90"]
    assert texts(doc, "cbc:Note") == ["质量问题"]


def test_the_schema_is_strict(shop) -> None:
    s = shop
    issued = s.invoice(s.line(s.cups, "1", "11.30"))
    doc = etree.fromstring(s.read(lambda x: document_xml(x, issued.invoice_id)))
    checker = schema("invoice")
    total = doc.find("cac:LegalMonetaryTotal/cbc:PayableAmount", X)
    total.text = "-11.30"  # negative: refused
    assert not checker.validate(doc)
    total.text = "11.3"
    del total.attrib["currencyID"]  # an amount without its currency: refused
    assert not checker.validate(doc)
    total.set("currencyID", "CNY")
    assert checker.validate(doc)
    doc.remove(doc.find("cbc:IssueDate", X))  # a required element missing: refused
    assert not checker.validate(doc)


def test_drafts_have_no_xml_yet(shop) -> None:
    s = shop
    draft = s.draft(s.line(s.cups, "1", "11.30"))
    with pytest.raises(StateError, match="Cannot print or export this invoice: it is draft"):
        s.read(lambda x: document_xml(x, draft))
