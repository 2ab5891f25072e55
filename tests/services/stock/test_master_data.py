"""Items and warehouses: unique codes however typed; history protects items, stock warehouses."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.services.stock.items import (
    ItemData,
    create_item,
    delete_item,
    find_item,
    set_reorder_rule,
    update_item,
)
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    set_warehouse_active,
)


@pytest.mark.parametrize("code", ["scr-01", " SCR-01 ", "ＳＣＲ－０１", "Scr-01"])
def test_item_codes_are_unique_ignoring_case_width_and_spaces(world, code) -> None:
    w = world
    with pytest.raises(ValidationError, match="already used"):
        w.book.run(lambda s: create_item(s, w.user, ItemData(code, "dup", "个")).value)


def test_find_by_code_or_barcode(world) -> None:
    w = world
    w.book.run(
        lambda s: (
            create_item(
                s, w.user, ItemData("BAR-1", "Barcoded", "pc", barcode="6901234567892")
            ).value
        )
    )
    assert w.book.read(lambda s: find_item(s, "ｂａｒ－１").code) == "BAR-1"
    assert w.book.read(lambda s: find_item(s, "6901234567892").code) == "BAR-1"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ItemData("", "x", "pc"), "Code is required"),
        (ItemData("X1", "x", ""), "Unit is required"),
        (ItemData("X1", "x" * 201, "pc"), "too long"),
        (ItemData("X1", "a\tb", "pc"), "control character"),
        (ItemData("X1", "x", "pc", purchase_price=D("-1")), "cannot be negative"),
        (ItemData("X1", "x", "pc", purchase_price=D("1.0000001")), "at most 6 decimal places"),
        (ItemData("X1", "x", "pc", purchase_price=D("NaN")), "not a number"),
        (ItemData("X1", "x", "pc", tax_rate=D("1.2")), "below 100"),
        (ItemData("X1", "x", "pc", purchase_unit="box"), "factor"),
        (ItemData("X1", "x", "pc", unit_precision=5), "between 0 and 4"),
        (ItemData("X1", "x", "pc", sale_price=D("12345678901234")), "at most 12 digits"),
        (ItemData("X1", "x", "pc", purchase_price=D("1000000000000")), "at most 12 digits"),
        (ItemData("ß" * 40, "x", "pc"), "becomes 80 characters"),
    ],
)
def test_bad_items_are_refused(world, data, message) -> None:
    w = world
    with pytest.raises(ValidationError, match=message):
        w.book.run(lambda s: create_item(s, w.user, data).value)


def test_items_with_history_cannot_be_deleted_or_change_unit(world) -> None:
    w = world
    fresh = w.book.run(lambda s: create_item(s, w.user, ItemData("TMP", "temp", "pc")).value)
    w.book.run(lambda s: delete_item(s, w.user, fresh))
    w.receive(w.screws, "1", "1")
    with pytest.raises(ValidationError, match="Deactivate it instead"):
        w.book.run(lambda s: delete_item(s, w.user, w.screws))
    with pytest.raises(ValidationError, match="cannot change"):
        w.book.run(lambda s: update_item(s, w.user, w.screws, ItemData("SCR-01", "螺丝", "盒")))
    w.book.run(
        lambda s: update_item(
            s, w.user, w.screws, ItemData("SCR-01", "十字螺丝 M4 新", "个", unit_precision=1)
        )
    )


def test_warehouse_with_stock_cannot_be_deactivated(world) -> None:
    w = world
    w.receive(w.screws, "1", "1", w.second)
    with pytest.raises(ValidationError, match="still holds stock"):
        w.book.run(lambda s: set_warehouse_active(s, w.user, w.second, False))
    with pytest.raises(ValidationError, match="already used"):
        w.book.run(lambda s: create_warehouse(s, w.user, WarehouseData("wh2", "dup")).value)


def test_reorder_rules(world) -> None:
    w = world
    w.book.run(lambda s: set_reorder_rule(s, w.user, w.screws, w.main, D("100"), D("500")))
    with pytest.raises(ValidationError, match="more than zero"):
        w.book.run(lambda s: set_reorder_rule(s, w.user, w.screws, w.main, D("10"), D("0")))
    w.book.run(lambda s: set_reorder_rule(s, w.user, w.screws, w.main, None))


def test_the_largest_price_and_longest_folded_code_are_kept(world) -> None:
    w = world
    data = ItemData("ß" * 20, "x", "pc", sale_price=D("999999999999.999999"))
    item_id = w.book.run(lambda s: create_item(s, w.user, data).value)
    assert w.book.read(lambda s: find_item(s, "SS" * 20).id) == item_id
    assert w.book.read(lambda s: find_item(s, "SS" * 20).sale_price) == D("999999999999.999999")


def test_party_and_warehouse_codes_are_checked_folded(world) -> None:
    w = world
    with pytest.raises(ValidationError, match="becomes 40 characters"):
        w.book.run(lambda s: create_warehouse(s, w.user, WarehouseData("ß" * 20, "W")).value)
