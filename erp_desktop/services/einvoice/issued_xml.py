"""Reading the platform's issued-invoice XML (数电票), with DTDs and entities refused.

Element paths as the platform writes them: ``Header/EIid`` (the 20-digit
number, also ``TaxSupervisionInfo/InvoiceNumber``), ``TaxSupervisionInfo/IssueTime``,
``EInvoiceData/SellerInformation/SellerIdNum``, ``BuyerInformation/BuyerIdNum``
and ``BuyerName``, ``BasicInformation/TotalAmWithoutTax``, ``TotalTaxAm``,
``TotalTax-includedAmount``, the remark (``Remark`` wherever it sits) and the
repeated ``IssuItemInformation``. A file with a DOCTYPE is refused outright: the
platform never sends one, and it is how entity-expansion and external-entity
attacks arrive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

NUMBER = re.compile(r"\d{20}")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class IssuedLine:
    name: str
    tax_code: str
    amount: Decimal
    tax: Decimal
    rate: str


@dataclass(frozen=True)
class IssuedInvoice:
    number: str
    issue_date: date
    seller_tax_id: str
    buyer_tax_id: str
    buyer_name: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    remark: str
    lines: tuple[IssuedLine, ...]


def _refuse(text: str, **params: Any) -> ValidationError:
    return ValidationError(text, **params)


def _text(root: Any, path: str) -> str:
    node = root.find(path)
    return (node.text or "").strip() if node is not None else ""


def _amount(root: Any, path: str, *, required: bool = True) -> Decimal:
    raw = _text(root, path).replace(",", "")
    if not raw and not required:
        return Decimal(0)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The e-invoice XML has no valid amount in {field}."),
            field=path.rsplit("/", 1)[-1],
        )
    return value


def _date(raw: str) -> date:
    digits = re.sub(r"\D", "", raw)[:8]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The e-invoice XML has no valid issue date (“{raw}”)."),
            raw=raw,
        ) from None


def parse_issued_xml(data: bytes) -> IssuedInvoice:
    """The invoice in ``data``, or ValidationError saying why it cannot be read."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    if len(data) > MAX_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The e-invoice XML is too large."))
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The XML declares a DOCTYPE or entities; an e-invoice never does, so it is "
                "refused.",
            )
        ) from None
    except ParseError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The file is not readable XML: {reason}"),
            reason=str(exc),
        ) from None
    if root.tag != "EInvoice":
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The XML is not an e-invoice (its root is “{tag}”)."),
            tag=str(root.tag)[:60],
        )
    number = _text(root, "Header/EIid") or _text(root, "TaxSupervisionInfo/InvoiceNumber")
    if not NUMBER.fullmatch(number):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "The e-invoice number “{number}” is not the platform's 20 digits."
            ),
            number=number[:40],
        )
    data_root = root.find("EInvoiceData")
    if data_root is None:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The e-invoice XML has no invoice data."))
    basic = "BasicInformation/"
    lines = tuple(
        IssuedLine(
            name=_text(item, "ItemName"),
            tax_code=_text(item, "TaxClassificationCode"),
            amount=_amount(item, "Amount", required=False),
            tax=_amount(item, "ComTaxAm", required=False),
            rate=_text(item, "TaxRate"),
        )
        for item in data_root.findall("IssuItemInformation")
    )
    remark = _text(root, ".//Remark")
    return IssuedInvoice(
        number=number,
        issue_date=_date(_text(root, "TaxSupervisionInfo/IssueTime")),
        seller_tax_id=_text(data_root, "SellerInformation/SellerIdNum").upper(),
        buyer_tax_id=_text(data_root, "BuyerInformation/BuyerIdNum").upper(),
        buyer_name=_text(data_root, "BuyerInformation/BuyerName"),
        net=_amount(data_root, basic + "TotalAmWithoutTax"),
        tax=_amount(data_root, basic + "TotalTaxAm"),
        gross=_amount(data_root, basic + "TotalTax-includedAmount"),
        remark=remark,
        lines=lines,
    )
