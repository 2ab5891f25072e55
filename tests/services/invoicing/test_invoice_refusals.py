"""Bad input is refused with a message naming the field or line, and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from erp_desktop.domain.permissions import Role
from erp_desktop.errors import PermissionDenied, ValidationError
from erp_desktop.services.company import get_company, update_company
from erp_desktop.services.invoicing import credits, drafts, issuing
from erp_desktop.services.parties import PartyData, create_party, set_party_active
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.users import create_user
from tests.invoicing_world import DAY

BAD_LINES = [
    (dict(qty="0"), "Line 2: Quantity must be more than zero"),
    (dict(qty="-3"), "Line 2: Quantity cannot be negative"),
    (dict(price="-1"), "Line 2: Unit price cannot be negative"),
    (dict(discount="100.01"), "Line 2: A discount cannot exceed 100 %"),
    (dict(rate="0.17"), "Line 2: the tax rate 17 % is not a VAT rate"),
    (dict(qty="1.5"), "Line 2: CUP-500 is counted in whole units"),
    (dict(item=None), "Line 2: choose an item, or describe the service sold"),
]


def test_bad_lines_are_refused_naming_the_line(shop) -> None:
    s = shop
    for change, message in BAD_LINES:
        values = {"item": s.cups, "qty": "1", "price": "11.30", "rate": "0.13", "discount": "0"}
        values.update(change)
        bad = s.line(
            values["item"],
            values["qty"],
            values["price"],
            values["rate"],
            discount=values["discount"],
        )
        with pytest.raises(ValidationError, match=message):
            s.draft(s.line(s.cups, "1", "11.30"), bad)


def test_bad_headers_are_refused(shop) -> None:
    s = shop
    good = drafts.InvoiceData(
        customer_id=s.acme,
        invoice_date=DAY,
        lines=[s.line(s.cups, "1", "11.30")],
        warehouse_id=s.main,
    )

    def create(data):
        return s.run(lambda x: drafts.create_invoice(x, s.user, data).value)

    with pytest.raises(ValidationError, match="Add at least one line"):
        create(replace(good, lines=[]))
    with pytest.raises(ValidationError, match="warehouse the goods leave from"):
        create(replace(good, warehouse_id=None))
    with pytest.raises(ValidationError, match="due date cannot be before"):
        create(replace(good, due_date=DAY.replace(day=1)))
    with pytest.raises(ValidationError, match="is not a customer"):
        supplier = s.run(
            lambda x: create_party(x, s.user, PartyData("S1", "供应商", is_supplier=True)).value
        )
        create(replace(good, customer_id=supplier))
    s.run(lambda x: set_party_active(x, s.user, s.bolt, False))
    with pytest.raises(ValidationError, match="C002 Bolt Trading Ltd is inactive"):
        create(replace(good, customer_id=s.bolt))
    service_only = replace(
        good, warehouse_id=None, lines=[s.line(None, "1", "5", "0.06", description="咨询")]
    )
    assert create(service_only)


def test_issuing_needs_valid_tax_ids_of_buyer_and_seller(shop) -> None:
    s = shop

    def customer(code: str, tax_id: str, reason: str = "") -> int:
        data = PartyData(
            code, f"客户 {code}", is_customer=True, tax_id=tax_id, tax_id_override_reason=reason
        )
        return s.run(lambda x: create_party(x, s.user, data).value)

    no_id = customer("C010", "")
    with pytest.raises(ValidationError, match="has no tax ID"):
        s.invoice(s.line(s.cups, "1", "11.30"), customer=no_id)
    with pytest.raises(ValidationError, match="fails its check character"):
        customer("C011", "91330100MA2B3C4D5X")
    # a genuine code that fails its check, accepted with a recorded reason, may be invoiced
    overridden = customer("C012", "91330100MA2B3C4D5X", "营业执照原件如此")
    assert s.invoice(s.line(s.cups, "1", "11.30"), customer=overridden).number
    # the seller's tax ID comes from the company profile
    profile = s.read(get_company)
    s.run(lambda x: update_company(x, replace(profile, tax_id=""), user_id=s.user).value)
    with pytest.raises(ValidationError, match="The company has no tax ID"):
        s.invoice(s.line(s.cups, "1", "11.30"))
    assert s.stock(s.cups).quantity == D("99")


def test_who_may_invoice_and_who_may_credit(shop) -> None:
    s = shop
    clerk = s.run(lambda x: create_user(x, "销售小李", role=Role.SALES).value).id
    keeper = s.run(lambda x: create_user(x, "仓管老王", role=Role.WAREHOUSE).value).id
    data = drafts.InvoiceData(
        customer_id=s.acme,
        invoice_date=DAY,
        lines=[s.line(s.cups, "1", "11.30")],
        warehouse_id=s.main,
    )
    invoice = s.run(lambda x: drafts.create_invoice(x, clerk, data).value)
    with pytest.raises(PermissionDenied):
        s.run(lambda x: drafts.create_invoice(x, keeper, data).value)
    s.run(lambda x: issuing.issue(x, clerk, invoice, new_key()))
    with pytest.raises(PermissionDenied, match="may not issue credit notes"):
        s.run(
            lambda x: (
                credits.create_credit_note(
                    x,
                    clerk,
                    invoice,
                    credits.CreditData(DAY, "退货", credits.all_remaining(x, invoice)),
                ).value
            )
        )
