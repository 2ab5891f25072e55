"""Suppliers and customers: one party model, validated tax IDs, override recorded."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.parties import (
    CUSTOMER,
    SUPPLIER,
    PartyData,
    active_party,
    create_party,
    get_party,
    party_page,
    search_parties,
    set_party_active,
    update_party,
)


def make(book, user, data):
    return book.run(lambda s: create_party(s, user, data).value)


def test_one_party_can_be_supplier_and_customer(book, admin_id) -> None:
    both = make(
        book,
        admin_id,
        PartyData(
            "P-001",
            "上海五金批发有限公司",
            is_supplier=True,
            is_customer=True,
            tax_id=" ９１１１００００６０００３７３４１ｌ ",
            bank_name="中国工商银行上海分行",
            bank_account="1001 2345 6789",
        ),
    )
    row = book.read(lambda s: get_party(s, both))
    assert row.tax_id == "91110000600037341L"
    assert book.read(lambda s: active_party(s, both, SUPPLIER)).id == both
    assert book.read(lambda s: active_party(s, both, CUSTOMER)).id == both
    suppliers = book.read(lambda s: party_page(s, PageRequest(0, 10, filters={"role": SUPPLIER})))
    assert [r[1] for r in suppliers] == ["P-001"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PartyData("S1", "X", is_supplier=True, tax_id="91110000600037341X"), "check character"),
        (PartyData("S1", "X", is_supplier=True, tax_id="9111000060003734"), "16 characters"),
        (PartyData("S1", "X", is_supplier=True, tax_id="9111000060003734IO"), "never uses"),
        (PartyData("S1", "X"), "supplier, a customer, or both"),
        (PartyData("S1", "X", is_customer=True, discount_percent=D("100.01")), "exceed 100"),
        (PartyData("S1", "X", is_customer=True, discount_percent=D("-1")), "negative"),
        (PartyData("S1", "X", is_supplier=True, currency="BTC"), "currency"),
        (PartyData("", "X", is_supplier=True), "Code is required"),
    ],
)
def test_bad_parties_are_refused(book, admin_id, data, message) -> None:
    with pytest.raises(ValidationError, match=message):
        make(book, admin_id, data)


def test_failing_tax_id_is_kept_with_its_recorded_reason(book, admin_id) -> None:
    party = make(
        book,
        admin_id,
        PartyData(
            "C1",
            "Old Customer",
            is_customer=True,
            tax_id="91110000600037341X",
            tax_id_override_reason="printed so on the licence",
        ),
    )
    assert book.read(lambda s: get_party(s, party)).tax_id == "91110000600037341X"
    details = book.read(
        lambda s: s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "party.create")
        ).one()
    )
    assert "printed so on the licence" in details


def test_codes_unique_and_inactive_parties_refused_on_documents(book, admin_id) -> None:
    party = make(book, admin_id, PartyData("S-9", "Steel Co", is_supplier=True))
    with pytest.raises(ValidationError, match="already used"):
        make(book, admin_id, PartyData("s-9", "Other", is_customer=True))
    with pytest.raises(ValidationError, match="not a customer"):
        book.read(lambda s: active_party(s, party, CUSTOMER))
    book.run(lambda s: set_party_active(s, admin_id, party, False))
    with pytest.raises(ValidationError, match="inactive"):
        book.read(lambda s: active_party(s, party, SUPPLIER))
    assert book.read(lambda s: search_parties(s, "steel", SUPPLIER)) == []


def test_update_and_search(book, admin_id) -> None:
    party = make(book, admin_id, PartyData("S-1", "Steel Co", is_supplier=True))
    book.run(
        lambda s: update_party(
            s, admin_id, party, PartyData("S-1", "钢材公司", is_supplier=True, lead_time_days=7)
        )
    )
    assert [c.name for c in book.read(lambda s: search_parties(s, "钢材", SUPPLIER))] == [
        "钢材公司"
    ]
    assert book.read(lambda s: get_party(s, party)).lead_time_days == 7
