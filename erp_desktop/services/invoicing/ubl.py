"""XML export of an invoice or credit note as UBL 2.1 (a documented subset).

The structure, elements and their order are UBL 2.1's ``Invoice`` and
``CreditNote`` with the UBL namespaces; only the elements listed in
``docs/invoicing.md`` are written, and ``resources/schemas/ubl-2.1-subset/``
holds an XSD of exactly that subset (same names, namespaces and order), so a
document valid against it is a valid UBL 2.1 document too. Following UBL, a
credit note's quantities and amounts are written as positive numbers (the
document type says they are credited); ``BillingReference`` names the
invoice it credits, on the document and on every line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

from erp_desktop.domain.invoice import InvoiceKind, workflow_of
from erp_desktop.domain.money import round_half_up
from erp_desktop.reports.invoice import InvoiceView, LineView
from erp_desktop.reports.views import PartyView

NS = {
    "Invoice": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "CreditNote": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
ET.register_namespace("cac", NS["cac"])
ET.register_namespace("cbc", NS["cbc"])
CUSTOMIZATION = "urn:erp-desktop:ubl-2.1-subset:1.0"
INVOICE_TYPE = "380"  # UNCL 1001: commercial invoice
CREDIT_NOTE_TYPE = "381"  # UNCL 1001: credit note


def _cbc(parent: ET.Element, name: str, text: str, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NS['cbc']}}}{name}", attrib)
    element.text = text
    return element


def _cac(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS['cac']}}}{name}")


def _amount(value: Decimal) -> str:
    return f"{round_half_up(value, 2) + 0:f}"  # + 0: never "-0.00"


def _number(value: Decimal) -> str:
    return f"{value.normalize() + 0:f}"


def _price(value: Decimal) -> str:
    """At least 2 decimals, more only when the price has them: 10.00, 3.125."""
    text = _number(value)
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"


def _tax_category(parent: ET.Element, name: str, line_rate) -> None:
    category = _cac(parent, name)
    # UNCL 5305: S standard rate, Z zero rated, E exempt.
    code = "E" if line_rate.exempt else ("Z" if line_rate.rate == 0 else "S")
    _cbc(category, "ID", code)
    _cbc(category, "Percent", _number(line_rate.rate * 100))
    if line_rate.exempt:
        _cbc(category, "TaxExemptionReason", "免税 / exempt")
    _cbc(_cac(category, "TaxScheme"), "ID", "VAT")


def _party(parent: ET.Element, role: str, party: PartyView) -> None:
    node = _cac(_cac(parent, role), "Party")
    _cbc(_cac(node, "PartyName"), "Name", party.name)
    if party.address:
        address = _cac(node, "PostalAddress")
        _cbc(_cac(address, "AddressLine"), "Line", party.address)
    if party.tax_id:
        scheme = _cac(node, "PartyTaxScheme")
        _cbc(scheme, "RegistrationName", party.name)
        _cbc(scheme, "CompanyID", party.tax_id)
        _cbc(_cac(scheme, "TaxScheme"), "ID", "VAT")
    legal = _cac(node, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", party.name)
    if party.tax_id:
        _cbc(legal, "CompanyID", party.tax_id, schemeID="CN-USCC")
    if party.phone:
        _cbc(_cac(node, "Contact"), "Telephone", party.phone)
    if party.bank_account or party.bank_name:
        account = _cac(node, "FinancialAccount")
        _cbc(account, "ID", party.bank_account or "-")
        if party.bank_name:
            _cbc(_cac(account, "FinancialInstitutionBranch"), "Name", party.bank_name)


def _reference(parent: ET.Element, number: str, on) -> ET.Element:
    billing = _cac(parent, "BillingReference")
    document = _cac(billing, "InvoiceDocumentReference")
    _cbc(document, "ID", number)
    if on is not None:
        _cbc(document, "IssueDate", on.isoformat())
    return billing


def _line(root: ET.Element, view: InvoiceView, line: LineView, sign: int, cur: str) -> None:
    credit = view.is_credit_note
    node = _cac(root, "CreditNoteLine" if credit else "InvoiceLine")
    _cbc(node, "ID", str(line.line_no))
    quantity = {"unitCode": line.unit} if line.unit else {}
    _cbc(
        node,
        "CreditedQuantity" if credit else "InvoicedQuantity",
        _number(line.quantity * sign),
        **quantity,
    )
    _cbc(node, "LineExtensionAmount", _amount(line.net * sign), currencyID=cur)
    if credit and view.original_number:
        billing = _reference(node, view.original_number, view.original_date)
        if line.credited_line_no is not None:
            _cbc(_cac(billing, "BillingReferenceLine"), "ID", str(line.credited_line_no))
    _cbc(_cac(node, "TaxTotal"), "TaxAmount", _amount(line.tax * sign), currencyID=cur)
    item = _cac(node, "Item")
    _cbc(item, "Name", line.description)
    if line.spec:
        _cbc(item, "ModelName", line.spec)
    if line.item_code:
        _cbc(_cac(item, "SellersItemIdentification"), "ID", line.item_code)
    _tax_category(item, "ClassifiedTaxCategory", line.tax_rate)
    price = _cac(node, "Price")
    _cbc(price, "PriceAmount", _price(line.net_unit_price), currencyID=cur)


def invoice_xml(view: InvoiceView) -> bytes:
    """The UBL 2.1 XML of an issued invoice or credit note (UTF-8, with declaration)."""
    credit = view.is_credit_note
    kind = "CreditNote" if credit else "Invoice"
    # The root is in the default namespace (as UBL documents usually are); every other
    # element carries the cac: or cbc: prefix, so the default applies to the root alone.
    root = ET.Element(kind, {"xmlns": NS[kind]})
    sign = -1 if credit else 1  # UBL credit notes carry positive figures
    cur = view.currency
    _cbc(root, "UBLVersionID", "2.1")
    _cbc(root, "CustomizationID", CUSTOMIZATION)
    _cbc(root, "ID", view.number or "")
    _cbc(root, "IssueDate", view.invoice_date.isoformat())
    if not credit and view.due_date is not None:
        _cbc(root, "DueDate", view.due_date.isoformat())
    _cbc(
        root,
        "CreditNoteTypeCode" if credit else "InvoiceTypeCode",
        CREDIT_NOTE_TYPE if credit else INVOICE_TYPE,
    )
    for note in (view.credit_reason if credit else "", view.remarks):
        if note:
            _cbc(root, "Note", note)
    _cbc(root, "DocumentCurrencyCode", cur)
    if credit and view.original_number:
        _reference(root, view.original_number, view.original_date)
    elif view.replaces_number:
        _reference(root, view.replaces_number, None)
    _party(root, "AccountingSupplierParty", view.seller)
    _party(root, "AccountingCustomerParty", view.buyer)
    if view.payment_terms and not credit:
        _cbc(_cac(root, "PaymentTerms"), "Note", view.payment_terms)
    tax_total = _cac(root, "TaxTotal")
    _cbc(tax_total, "TaxAmount", _amount(view.tax * sign), currencyID=cur)
    for rate in view.by_rate:
        subtotal = _cac(tax_total, "TaxSubtotal")
        _cbc(subtotal, "TaxableAmount", _amount(rate.net * sign), currencyID=cur)
        _cbc(subtotal, "TaxAmount", _amount(rate.tax * sign), currencyID=cur)
        _tax_category(subtotal, "TaxCategory", rate.tax_rate)
    totals = _cac(root, "LegalMonetaryTotal")
    _cbc(totals, "LineExtensionAmount", _amount(view.net * sign), currencyID=cur)
    _cbc(totals, "TaxExclusiveAmount", _amount(view.net * sign), currencyID=cur)
    _cbc(totals, "TaxInclusiveAmount", _amount(view.gross * sign), currencyID=cur)
    _cbc(totals, "PayableAmount", _amount(view.gross * sign), currencyID=cur)
    for line in view.lines:
        _line(root, view, line, sign, cur)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def document_xml(session, invoice_id: int) -> bytes:
    """The XML of an issued invoice or credit note (drafts have no number yet)."""
    from erp_desktop.services.invoicing.documents import get_invoice
    from erp_desktop.services.invoicing.printing import invoice_view

    row = get_invoice(session, invoice_id)
    workflow_of(row.kind).target(row.state, "print")
    return invoice_xml(invoice_view(session, row))


def schema_path(kind: str):
    """The XSD an exported document of ``kind`` ("invoice" / "credit_note") validates against."""
    from erp_desktop.paths import resources_dir

    name = "CreditNote" if kind == InvoiceKind.CREDIT_NOTE else "Invoice"
    return resources_dir() / "schemas" / "ubl-2.1-subset" / f"ERP-UBL-{name}-2.1.xsd"
