"""What purchasing's verbs say they changed (the answer the UI refreshes from)."""

from __future__ import annotations

from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    cancel_order,
    confirm_order,
    create_order,
)
from erp_desktop.services.stock.posting import new_key
from tests.services.purchasing.conftest import TODAY, D


def test_create_and_confirm_name_the_order_and_its_number(shop) -> None:
    data = OrderInput(
        supplier_id=shop.supplier,
        warehouse_id=shop.main,
        order_date=TODAY,
        lines=[OrderLineInput(shop.screws, D("10"), D("0.50"), D("0.13"))],
    )
    created = shop.run(lambda s: create_order(s, shop.user, data))
    assert created.changes == Changes.of(Area.PURCHASING, document_id=created.value)
    confirmed = shop.run(lambda s: confirm_order(s, shop.user, created.value))
    number = f"PO-{TODAY.year}-000001"
    assert confirmed.value == number
    assert confirmed.changes == Changes.of(
        Area.PURCHASING, document_id=created.value, number=number
    )


def test_receipt_and_return_touch_stock_and_say_when_they_are_replays(shop) -> None:
    order_id = shop.order((shop.screws, "10", "0.50"))
    key = new_key()
    receipt = shop.receive(order_id, "4", key=key)
    year = TODAY.year
    assert receipt.changes == Changes.of(
        Area.PURCHASING,
        Area.STOCK,
        document_id=receipt.receipt_id,
        number=f"GR-{year}-000001",
    )
    again = shop.receive(order_id, "4", key=key)  # a double click
    assert (again.receipt_id, again.replayed, again.changes.number) == (
        receipt.receipt_id,
        True,
        f"GR-{year}-000001",
    )
    assert shop.received(order_id) == [D("4")]  # received once
    back = shop.give_back(receipt, "1")
    assert back.changes.areas == frozenset({Area.PURCHASING, Area.STOCK})
    assert (back.changes.document_id, back.replayed) == (back.return_id, False)
    ended = shop.run(lambda s: cancel_order(s, shop.user, shop.order((shop.rice, "1", "2"))))
    assert ended.changes.areas == frozenset({Area.PURCHASING})
