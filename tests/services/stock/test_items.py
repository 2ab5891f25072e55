"""services/stock/items.py: an item as its form reads it (a plain record, no ORM object).

The item rules themselves (codes, refusals, deletion) are in test_master_data.py.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import NotFound
from erp_desktop.services.stock.items import (
    ItemData,
    ItemRecord,
    create_item,
    item_record,
    set_item_active,
    set_reorder_rule,
)


def test_item_record_holds_every_field_active_and_reorder_rules(world) -> None:
    data = ItemData(
        "CAN-330",
        "可乐 330ml",
        "罐",
        spec="红色",
        category="饮料",
        unit_precision=0,
        purchase_unit="箱",
        purchase_factor=D(24),
        barcode="6901234567892",
        purchase_price=D("1.5"),
        sale_price=D("2.8"),
        tax_rate=D("0.13"),
    )

    def make(session) -> int:
        item = create_item(session, world.user, data).value
        set_reorder_rule(session, world.user, item, world.main, D("48"), D("240"))
        set_reorder_rule(session, world.user, item, world.second, D("12"), D("24"))
        set_item_active(session, world.user, item, False)
        return item

    item = world.book.run(make)
    record = world.book.read(lambda s: item_record(s, item))
    assert isinstance(record, ItemRecord)
    assert record.id == item and record.active is False
    assert record.data == data
    assert record.reorder_rules == {
        world.main: (D("48"), D("240")),
        world.second: (D("12"), D("24")),
    }


def test_a_removed_reorder_rule_is_gone_from_the_record(world) -> None:
    def rules(session):
        set_reorder_rule(session, world.user, world.rice, world.main, D("10"), D("50"))
        set_reorder_rule(session, world.user, world.rice, world.main, None)
        return item_record(session, world.rice).reorder_rules

    assert world.book.run(rules) == {}


def test_the_record_of_a_missing_item_says_so(world) -> None:
    with pytest.raises(NotFound, match="Item 9999 does not exist"):
        world.book.read(lambda s: item_record(s, 9999))
