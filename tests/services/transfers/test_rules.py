"""Transfer rules: bad input refused with messages naming the problem, posting once,
shortages refused all-or-nothing, and the checks that catch a damaged book."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import text

from erp_desktop.domain.transfer import release_value, settled_value
from erp_desktop.errors import InsufficientStock, StateError, ValidationError
from erp_desktop.services.stock.locations import set_warehouse_active
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    create_transfer,
    update_transfer,
)


def test_release_value_is_cumulative_and_exact() -> None:
    shipped = {"shipped_quantity": D(7), "shipped_value": D("1.00")}
    settled, value, parts = D(0), D("0.00"), []
    for quantity in (D(1), D(2), D(1), D(3)):
        part = release_value(
            **shipped, settled_quantity=settled, settled_value_so_far=value, quantity=quantity
        )
        parts.append(part)
        settled, value = settled + quantity, value + part
        assert value == settled_value(settled, D(7), D("1.00"))
    assert parts == [D("0.14"), D("0.29"), D("0.14"), D("0.43")] and value == D("1.00")
    with pytest.raises(ValueError):
        release_value(**shipped, settled_quantity=D(7), settled_value_so_far=value, quantity=D(1))


def test_bad_drafts_are_refused(tw) -> None:
    w = tw.w

    def draft(source, to, *lines):
        data = TransferInput(
            source, to, date(2026, 11, 29), [TransferLineInput(*ln) for ln in lines]
        )
        return w.book.run(lambda s: create_transfer(s, w.user, data).value)

    with pytest.raises(ValidationError, match="two different warehouses"):
        draft(w.main, w.main, (w.screws, D(1)))
    with pytest.raises(ValidationError, match="Line 2: Quantity must be more than zero"):
        draft(w.main, w.second, (w.screws, D(1)), (w.rice, D(0)))
    with pytest.raises(ValidationError, match="Line 1: Quantity cannot be negative"):
        draft(w.main, w.second, (w.screws, D(-3)))
    with pytest.raises(ValidationError, match="Line 1: SCR-01 is counted in whole units"):
        draft(w.main, w.second, (w.screws, D("1.5")))
    with pytest.raises(ValidationError, match="at least one line"):
        draft(w.main, w.second)
    w.book.run(lambda s: set_warehouse_active(s, w.user, w.second, False))
    with pytest.raises(ValidationError, match="二号仓库 is inactive"):
        draft(w.main, w.second, (w.screws, D(1)))


def test_receiving_more_than_shipped_or_on_a_draft_is_refused(tw) -> None:
    w = tw.w
    w.receive(w.screws, "10", "1")
    w.receive(w.paint, "10", "1")
    transfer = tw.draft((w.screws, "4"), (w.paint, "5"))
    with pytest.raises(StateError, match="Cannot receive this transfer: it is draft"):
        tw.receive(transfer, "4", "5")
    tw.ship(transfer)
    with pytest.raises(ValidationError, match="line 2 PNT-W White paint 5L: 6 cannot arrive"):
        tw.receive(transfer, "4", "6")
    tw.receive(transfer, "3", "0")
    with pytest.raises(
        ValidationError, match=r"line 1 SCR-01 .*: 2 cannot arrive, only 1 of the 4"
    ):
        tw.receive(transfer, "2", "5")
    with pytest.raises(ValidationError, match="at least one line"):
        tw.receive(transfer, "0", "0")
    assert tw.view(transfer).state == "partial"
    assert w.problems() == []


def test_shipping_short_is_refused_whole_and_takes_no_number(tw) -> None:
    w = tw.w
    w.receive(w.screws, "5", "1")
    w.receive(w.rice, "1", "4")
    transfer = tw.draft((w.screws, "5"), (w.rice, "2"), (w.paint, "1"))
    with pytest.raises(InsufficientStock) as refused:
        tw.ship(transfer)
    message = str(refused.value)
    assert "line 2 RICE-5" in message and "line 3 PNT-W" in message and "line 1" not in message
    assert w.stock(w.screws).quantity == D(5) and tw.view(transfer).state == "draft"
    assert tw.draft((w.screws, "5")) and tw.ship(tw.draft((w.screws, "1"))).number.endswith("01")


def test_same_key_posts_once_and_another_pc_is_told_who_shipped(tw) -> None:
    w = tw.w
    w.receive(w.screws, "10", "1")
    transfer = tw.draft((w.screws, "4"))
    key = new_key()
    first, again = tw.ship(transfer, key), tw.ship(transfer, key)
    assert again.replayed and again.number == first.number and not first.replayed
    with pytest.raises(
        StateError, match=r"TRF-2026-000001 was already shipped by 管理员 at \d{4}-"
    ):
        tw.ship(transfer)
    receipt = new_key()
    tw.receive(transfer, "4", key=receipt)
    assert tw.receive(transfer, "4", key=receipt).replayed
    with pytest.raises(StateError, match="already received in full by 管理员"):
        tw.receive(transfer, "1")
    assert w.stock(w.screws, w.second).quantity == D(4) and w.stock(w.screws).quantity == D(6)
    assert w.problems() == []


def test_a_stale_form_does_not_overwrite_a_newer_draft(tw) -> None:
    w = tw.w
    transfer = tw.draft((w.screws, "4"))
    data = TransferInput(w.main, w.second, date(2026, 12, 1), [TransferLineInput(w.paint, D(2))])
    w.book.run(lambda s: update_transfer(s, w.user, transfer, data, version=1))
    with pytest.raises(Exception, match="changed by someone else"):
        w.book.run(lambda s: update_transfer(s, w.user, transfer, data, version=1))
    assert [line.item.code for line in tw.view(transfer).lines] == ["PNT-W"]


def test_check_finds_a_transfer_line_that_lies(tw) -> None:
    w = tw.w
    w.receive(w.screws, "10", "1")
    transfer = tw.draft((w.screws, "10"))
    tw.ship(transfer)
    tw.receive(transfer, "4")
    assert w.problems() == []
    five = "50000" if w.book.kind == "sqlite" else "5"  # type: ignore[attr-defined]
    with w.book.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(text(f"UPDATE transfer_line SET received_quantity = {five}"))
    problems = "\n".join(w.problems())
    assert "transfer lines = moves" in problems and "in transit = transfer lines" in problems


def test_clerks_ship_without_seeing_costs_and_sales_may_not_ship(tw) -> None:
    from erp_desktop.domain.permissions import Role
    from erp_desktop.errors import PermissionDenied
    from erp_desktop.services.transfers.movement import ship_transfer
    from erp_desktop.services.transfers.orders import transfer_view
    from erp_desktop.services.transfers.queries import in_transit_routes
    from erp_desktop.services.users import create_user

    w = tw.w
    w.receive(w.screws, "10", "1.25")
    clerk, seller = w.book.run(
        lambda s: (
            create_user(s, "库管小李", role=Role.WAREHOUSE).value.id,
            create_user(s, "销售小张", role=Role.SALES).value.id,
        )
    )
    transfer = tw.draft((w.screws, "4"))
    with pytest.raises(PermissionDenied, match="销售小张 may not ship and receive transfers"):
        w.book.run(lambda s: ship_transfer(s, seller, transfer, new_key()))
    w.book.run(lambda s: ship_transfer(s, clerk, transfer, new_key()))
    seen = w.book.read(lambda s: transfer_view(s, clerk, transfer))
    assert seen.shipped_by == "库管小李" and seen.lines[0].on_road_value is None
    [route] = w.book.read(lambda s: in_transit_routes(s, clerk))
    assert route.value is None and route.transfers == 1
    [route] = w.book.read(lambda s: in_transit_routes(s, w.user))
    assert route.value == D("5.00")


def test_a_second_pc_receiving_from_a_stale_screen_is_stopped(tw) -> None:
    from erp_desktop.errors import ConflictError
    from erp_desktop.services.transfers.movement import receive_transfer

    w = tw.w
    w.receive(w.screws, "10", "1")
    transfer = tw.draft((w.screws, "10"))
    tw.ship(transfer)
    seen = tw.view(transfer)  # both PCs opened the receive dialog on this

    def receive(quantity: str):
        wanted = {seen.lines[0].id: D(quantity)}
        return w.book.run(
            lambda s: receive_transfer(s, w.user, transfer, new_key(), wanted, version=seen.version)
        )

    assert receive("6").state == "partial"
    with pytest.raises(ConflictError, match="changed by someone else"):
        receive("6")
    assert w.stock(w.screws, w.second).quantity == D(6)


def test_a_warehouse_with_goods_on_the_road_cannot_be_deactivated(tw) -> None:
    from erp_desktop.errors import ValidationError
    from erp_desktop.services.stock.locations import set_warehouse_active

    w = tw.w
    w.receive(w.screws, "10", "1.00")
    transfer = tw.draft((w.screws, "10"))
    moved = tw.ship(transfer)
    with pytest.raises(ValidationError, match="on the road"):
        w.book.run(lambda s: set_warehouse_active(s, w.user, w.second, False))
    with pytest.raises(ValidationError, match=moved.number if hasattr(moved, "number") else "TRF"):
        w.book.run(lambda s: set_warehouse_active(s, w.user, w.main, False))
    tw.receive(transfer, "10")
    w.issue(w.screws, "10", w.second)
    w.book.run(lambda s: set_warehouse_active(s, w.user, w.main, False))
