"""Bad input is refused with a message naming what is wrong, and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ErpError, StateError, ValidationError
from erp_desktop.models.purchase import GoodsReceipt, PurchaseOrder
from erp_desktop.services.parties import PartyData, create_party, get_party, set_party_active
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    cancel_order,
    close_order,
    confirm_order,
    create_order,
)
from erp_desktop.services.stock.items import set_item_active
from tests.services.purchasing.conftest import SUPPLIER_TAX_ID, TODAY


def refused(shop, work, message: str, kind: type[ErpError] = ValidationError) -> None:
    with pytest.raises(kind) as caught:
        shop.run(work)
    assert message in str(caught.value), str(caught.value)


def test_supplier_tax_ids_are_checked_after_normalising(shop) -> None:
    def supplier(tax_id: str, reason: str = "") -> PartyData:
        return PartyData(
            "S-9", "上海测试", is_supplier=True, tax_id=tax_id, tax_id_override_reason=reason
        )

    for tax_id, message in (
        (SUPPLIER_TAX_ID[:-1] + "R", "fails its check character"),
        (SUPPLIER_TAX_ID[:-1], "has 17 characters"),
        (SUPPLIER_TAX_ID[:15] + "IOS", "never uses: I O S"),
        (SUPPLIER_TAX_ID[:15] + "VZ" + SUPPLIER_TAX_ID[-1], "never uses: V Z"),
    ):
        refused(shop, lambda s, t=tax_id: create_party(s, shop.user, supplier(t)).value, message)
    typed = " ９１４４０３００ma5g0yj1aq "  # full-width digits, lower case, spaces
    party = shop.run(lambda s: create_party(s, shop.user, supplier(typed)).value)
    assert shop.read(lambda s: get_party(s, party).tax_id) == SUPPLIER_TAX_ID
    genuine = shop.run(
        lambda s: (
            create_party(
                s,
                shop.user,
                replace(
                    supplier(SUPPLIER_TAX_ID[:-1] + "R", "printed so on the licence"), code="S-10"
                ),
            ).value
        )
    )
    row = shop.read(lambda s: get_party(s, genuine))
    assert (row.tax_id, row.tax_id_override_reason) == (
        SUPPLIER_TAX_ID[:-1] + "R",
        "printed so on the licence",
    )


def test_bad_orders_and_receipts_are_refused(shop) -> None:
    def order(*lines: OrderLineInput, **header) -> OrderInput:
        fields = {
            "supplier_id": shop.supplier,
            "warehouse_id": shop.main,
            "order_date": TODAY,
            "lines": list(lines),
        }
        fields.update(header)
        return OrderInput(**fields)

    def create(data: OrderInput):
        return lambda s: create_order(s, shop.user, data).value

    screws = shop.screws
    for data, message in (
        (order(OrderLineInput(screws, D(0), D(1), None)), "Line 1: Quantity must be more than"),
        (order(OrderLineInput(screws, D(-2), D(1), None)), "Line 1: Quantity cannot be negative"),
        (
            order(
                OrderLineInput(screws, D(1), D(1), None),
                OrderLineInput(screws, D("1.5"), D(1), None),
            ),
            "Line 2: SCR-01 is counted in whole units or at most 0 decimals; 1.5 has more.",
        ),
        (
            order(OrderLineInput(screws, D(1), D("0.1234567"), None)),
            "Line 1: Unit price: at most 6 decimal places are allowed.",
        ),
        (order(OrderLineInput(screws, D(1), D(-1), None)), "Line 1: Unit price cannot be negative"),
        (order(OrderLineInput(screws, D(1), D(1), D("1.2"))), "below 100 %"),
        (
            order(OrderLineInput(shop.cans, D("0.1"), D(36), None)),
            "Line 1: 0.1 箱 is 2.4 罐, but CAN-330 is counted in whole units",
        ),
        (order(expected_date=TODAY.replace(day=1)), "expected date cannot be before"),
        (order(currency="USD"), "Enter the exchange rate: how many CNY one USD is."),
        (order(currency="USD", exchange_rate=D(0)), "Exchange rate must be more than zero"),
    ):
        refused(shop, create(data), message)

    shop.run(lambda s: set_party_active(s, shop.user, shop.other_supplier, False))
    refused(shop, create(order(supplier_id=shop.other_supplier)), "S-002 Rice Traders is inactive.")
    shop.run(lambda s: set_item_active(s, shop.user, shop.rice, False))
    refused(
        shop,
        create(order(OrderLineInput(shop.rice, D(1), D(1), None))),
        "Line 1: the item RICE-5 东北大米 is inactive.",
    )

    empty = shop.run(create(order()))
    refused(
        shop, lambda s: confirm_order(s, shop.user, empty).value, "Add at least one line before"
    )
    late = shop.order((shop.screws, "5", "1"), confirm=False)
    shop.run(lambda s: set_item_active(s, shop.user, shop.screws, False))
    refused(
        shop, lambda s: confirm_order(s, shop.user, late).value, "SCR-01 十字螺丝 M4 is inactive"
    )
    shop.run(lambda s: set_item_active(s, shop.user, shop.screws, True))

    cancelled = shop.order((shop.screws, "5", "1"))
    shop.run(lambda s: cancel_order(s, shop.user, cancelled, "wrong supplier"))
    for quantities, message in (
        (("5",), "Cannot receive goods on this purchase order: it is cancelled."),
    ):
        with pytest.raises(StateError, match=message):
            shop.receive(cancelled, *quantities)
    closed = shop.order((shop.screws, "5", "1"))
    shop.receive(closed, "1")
    shop.run(lambda s: close_order(s, shop.user, closed))
    with pytest.raises(StateError, match="it is closed"):
        shop.receive(closed, "1")
    refused(
        shop,
        lambda s: cancel_order(s, shop.user, closed),
        "Cannot cancel this purchase order: it is closed.",
        StateError,
    )
    open_ = shop.order((shop.screws, "5", "1"))
    for quantity, message in (("0", "Line 1: Quantity must be more than zero"), ("-1", "negative")):
        with pytest.raises(ValidationError, match=message):
            shop.receive(open_, quantity)
    with pytest.raises(ValidationError, match="Line 1: SCR-01 is counted in whole units"):
        shop.receive(open_, "0.5")
    with pytest.raises(ValidationError, match="before the order date"):
        shop.receive(open_, "1", day=TODAY.replace(day=1))

    counts = shop.read(
        lambda s: (
            s.scalar(select(func.count()).select_from(PurchaseOrder)),
            s.scalar(select(func.count()).select_from(GoodsReceipt)),
        )
    )
    assert counts == (5, 1)  # nothing refused was saved
    assert shop.problems() == []
