"""Confirmed orders change only through a recorded amendment; the past cannot be rewritten."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import StateError, ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.purchasing.amendments import amend_order, list_amendments
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    get_order,
    update_order,
)
from tests.services.purchasing.conftest import TODAY


def current(shop, order_id: int) -> OrderInput:
    """The order as its form would send it back unchanged."""

    def read(session) -> OrderInput:
        row = get_order(session, order_id)
        return OrderInput(
            supplier_id=row.supplier_id,
            warehouse_id=row.warehouse_id,
            order_date=row.order_date,
            expected_date=row.expected_date,
            currency=row.currency,
            exchange_rate=row.exchange_rate,
            notes=row.notes,
            lines=[
                OrderLineInput(
                    x.item_id, x.quantity, x.unit_price, x.tax_rate, x.unit != "个", x.id
                )
                for x in row.lines
            ],
        )

    return shop.read(read)


def with_lines(data: OrderInput, *lines: OrderLineInput) -> OrderInput:
    return OrderInput(**{**vars(data), "lines": list(lines)})


def test_confirmed_lines_change_only_by_a_recorded_amendment(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"), (shop.rice, "5", "4.20"))
    data = current(shop, order)
    with pytest.raises(StateError, match="Cannot edit this purchase order: it is confirmed"):
        shop.run(lambda s: update_order(s, shop.user, order, data))
    screws, _rice = data.lines
    changed = with_lines(
        data,
        OrderLineInput(shop.screws, D("12"), D("0.50"), D("0.13"), False, screws.line_id),
        OrderLineInput(shop.cans, D("2"), D("36"), D("0.13")),
    )  # rice removed, cans added
    with pytest.raises(ValidationError, match="Reason is required"):
        shop.run(lambda s: amend_order(s, shop.user, order, changed, " ").value)
    version = shop.run(
        lambda s: amend_order(s, shop.user, order, changed, "supplier short of rice").value
    )
    assert version == 1
    (amendment,) = shop.read(lambda s: list_amendments(s, order))
    assert amendment.reason == "supplier short of rice"
    assert amendment.changes == [
        {"line": 1, "field": "quantity", "before": "10", "after": "12"},
        {"line": 3, "field": "added", "before": None, "after": "2.0000 箱 @ 36.000000"},
        {"line": 2, "field": "removed", "before": "5.0000 kg @ 4.200000", "after": None},
    ]
    row = shop.read(lambda s: get_order(s, order))
    assert (row.version, row.net_total, row.state) == (1, D("78.00"), "confirmed")
    events = shop.read(
        lambda s: s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "purchase_order.amend")
        ).all()
    )
    assert json.loads(events[0])["reason"] == "supplier short of rice"
    with pytest.raises(ValidationError, match="Nothing was changed"):
        shop.run(lambda s: amend_order(s, shop.user, order, current(shop, order), "again").value)


def test_what_was_received_cannot_be_rewritten(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"), (shop.rice, "5", "4.20"))
    shop.receive(order, "6")
    data = current(shop, order)
    screws, rice = data.lines

    def amend(*lines: OrderLineInput, **header) -> None:
        changed = OrderInput(**{**vars(data), **header, "lines": list(lines)})
        shop.run(lambda s: amend_order(s, shop.user, order, changed, "phone call").value)

    def screws_line(quantity: str, price: str = "0.50") -> OrderLineInput:
        return OrderLineInput(shop.screws, D(quantity), D(price), D("0.13"), False, screws.line_id)

    for attempt, message in (
        (lambda: amend(screws_line("5"), rice), "6 were already received"),
        (lambda: amend(screws_line("10", "0.45"), rice), "price, tax rate and exchange rate"),
        (lambda: amend(rice), "goods were received on it, so it cannot be removed"),
        (lambda: amend(screws_line("10"), rice, supplier_id=shop.other_supplier), "supplier"),
        (
            lambda: amend(
                OrderLineInput(shop.rice, D(10), D(1), None, False, screws.line_id), rice
            ),
            "item and unit of an ordered line cannot change",
        ),
        (lambda: amend(screws_line("10"), rice, order_date=TODAY.replace(day=1)), "order date"),
    ):
        with pytest.raises(ValidationError, match=message):
            attempt()
    amend(
        screws_line("6"),
        OrderLineInput(shop.rice, D("6"), D("4.10"), D("0.13"), False, rice.line_id),
    )
    row = shop.read(lambda s: get_order(s, order))
    assert (row.state, row.version) == ("partially_received", 1)
    amend(screws_line("6"))  # the rice will not come: the order is now complete
    assert shop.state(order) == "received"
    assert shop.problems() == []
