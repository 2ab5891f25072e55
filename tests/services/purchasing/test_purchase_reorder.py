"""Reorder suggestions from rules, stock and open orders; drafts grouped by supplier."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.services.purchasing.orders import get_order
from erp_desktop.services.purchasing.reorder import Pick, create_draft_orders, reorder_suggestions
from erp_desktop.services.stock.items import (
    ItemData,
    create_item,
    set_item_active,
    set_reorder_rule,
)
from tests.services.purchasing.conftest import TODAY


def test_suggestions_count_stock_and_what_is_still_to_arrive(shop) -> None:
    def rules(session) -> int:
        u = shop.user
        set_reorder_rule(session, u, shop.screws, shop.main, D("20"), D("50"))
        set_reorder_rule(session, u, shop.rice, shop.main, D("10"), D("25"))
        set_reorder_rule(session, u, shop.cans, shop.second, D("24"), D("48"))
        idle = create_item(session, u, ItemData("OLD-1", "停产商品", "个")).value
        set_reorder_rule(session, u, idle, shop.main, D("5"), D("5"))
        set_item_active(session, u, idle, False)
        return idle

    shop.run(rules)
    shop.receive(shop.order((shop.screws, "5", "0.48")), "5")  # 5 on hand
    shop.order((shop.screws, "10", "0.52"))  # 10 coming
    suggestions = shop.read(lambda s: reorder_suggestions(s))
    got = {(x.item_code, x.warehouse_id): x for x in suggestions}
    assert set(got) == {("SCR-01", shop.main), ("RICE-5", shop.main), ("CAN-330", shop.second)}
    screws = got[("SCR-01", shop.main)]
    assert (screws.on_hand, screws.incoming, screws.suggested) == (D("5"), D("10"), D("50"))
    assert (screws.supplier_id, screws.unit, screws.unit_price) == (
        shop.supplier,
        "个",
        D("0.52"),  # the last order's price
    )
    rice = got[("RICE-5", shop.main)]
    assert (rice.suggested, rice.supplier_id, rice.unit_price) == (D("25"), None, D("4.2"))
    cans = got[("CAN-330", shop.second)]
    assert (cans.unit, cans.order_quantity, cans.unit_price) == ("箱", D("2"), D("36"))
    assert [x.item_code for x in shop.read(lambda s: reorder_suggestions(s, text="大米"))] == [
        "RICE-5"
    ]

    def pick(x, supplier=None):
        return Pick(
            x.item_id,
            x.warehouse_id,
            supplier or x.supplier_id,
            x.order_quantity,
            x.in_purchase_unit,
            x.unit_price,
            x.tax_rate,
        )

    with pytest.raises(ValidationError, match="1 chosen lines have no supplier yet"):
        shop.run(
            lambda s: create_draft_orders(s, shop.user, [pick(screws), pick(rice)], TODAY).value
        )
    picks = [pick(screws), pick(rice, shop.supplier), pick(cans, shop.other_supplier)]
    created = shop.run(lambda s: create_draft_orders(s, shop.user, picks, TODAY).value)
    assert len(created) == 2  # supplier × main (screws and rice), other supplier × second

    def describe(session):
        rows = [get_order(session, order_id) for order_id in created]
        return sorted(
            (r.state, r.supplier_id, r.warehouse_id, r.expected_date, len(r.lines)) for r in rows
        )

    assert shop.read(describe) == [
        ("draft", shop.supplier, shop.main, TODAY + timedelta(days=7), 2),
        ("draft", shop.other_supplier, shop.second, None, 1),
    ]
