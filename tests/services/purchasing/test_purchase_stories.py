"""Purchasing stories, Tryton style: order, receive in parts, close, return — exact figures."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import StateError, ValidationError
from erp_desktop.models.location import LocationKind
from erp_desktop.models.purchase import GoodsReceipt, PurchaseOrder
from erp_desktop.models.stock import StockMove
from erp_desktop.services.book_settings import set_setting
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.purchasing.orders import close_order, get_order
from erp_desktop.services.purchasing.queries import still_to_arrive_page
from erp_desktop.services.stock.locations import virtual_location
from erp_desktop.services.stock.posting import new_key
from tests.services.purchasing.conftest import TODAY


def test_order_10_receive_4_then_6_is_received(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"))
    number = shop.read(lambda s: get_order(s, order).number)
    assert number == "PO-2026-000001"
    first = shop.receive(order, "4")
    assert (first.number, first.order_state) == ("GR-2026-000001", "partially_received")
    assert shop.received(order) == [D("4")]
    second = shop.receive(order, "6")
    assert (second.number, second.order_state) == ("GR-2026-000002", "received")
    assert shop.state(order) == "received"
    assert shop.stock(shop.screws).quantity == D("10")
    assert shop.stock(shop.screws).value == D("5.00")
    with pytest.raises(StateError, match="it is received"):
        shop.receive(order, "1")
    assert shop.problems() == []


def test_order_10_receive_3_close_then_nothing_more(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"), (shop.rice, "25.5", "4.20"))
    shop.receive(order, "3")
    assert shop.state(order) == "partially_received"
    to_arrive = shop.read(lambda s: still_to_arrive_page(s, PageRequest(0, 50)))
    assert [(r[2], r[7]) for r in to_arrive] == [("SCR-01", D("7")), ("RICE-5", D("25.5"))]
    assert to_arrive[0][10] == D("3.50")  # 7 × 0.50 still to come
    shop.run(lambda s: close_order(s, shop.user, order, "supplier discontinued it"))
    assert shop.state(order) == "closed"
    with pytest.raises(
        StateError, match="Cannot receive goods on this purchase order: it is closed"
    ):
        shop.receive(order, "7")
    assert shop.read(lambda s: still_to_arrive_page(s, PageRequest(0, 50))) == []
    assert shop.received(order) == [D("3"), D("0")]
    assert shop.problems() == []


def test_over_receipt_refused_unless_within_tolerance(shop) -> None:
    order = shop.order((shop.rice, "10", "4.20"))
    with pytest.raises(ValidationError, match=r"Line 1 RICE-5: 10 kg ordered, 0 received; 10\.01"):
        shop.receive(order, "10.01")
    shop.run(lambda s: set_setting(s, "receipt_tolerance_percent", D("5"), user_id=shop.user))
    shop.receive(order, "6")
    with pytest.raises(
        ValidationError, match=r"At most 4.5 more may be received \(tolerance 5 %\)"
    ):
        shop.receive(order, "4.51")
    done = shop.receive(order, "4.5")
    assert done.order_state == "received"
    assert shop.received(order) == [D("10.5")]
    assert shop.stock(shop.rice).value == D("44.10")
    assert shop.problems() == []


def test_return_2_after_receiving_goes_back_at_receipt_cost(shop) -> None:
    order = shop.order((shop.screws, "10", "0.57"))
    receipt = shop.receive(order, "10")
    shop.order((shop.screws, "10", "0.43"))  # another price, received too: average 0.50
    shop.receive(shop.order((shop.screws, "10", "0.43")), "10")
    assert shop.stock(shop.screws).average_cost == D("0.500000")
    back = shop.give_back(receipt, "2")
    assert (back.number, back.order_state) == ("SR-2026-000001", "partially_received")
    assert shop.received(order) == [D("8")]
    assert (shop.stock(shop.screws).quantity, shop.stock(shop.screws).value) == (
        D("18"),
        D("8.86"),  # 10.00 − 2 × 0.57
    )
    supplier = shop.read(lambda s: virtual_location(s, LocationKind.SUPPLIER))
    move = shop.read(
        lambda s: s.scalars(select(StockMove).where(StockMove.doc_type == "supplier_return")).one()
    )
    assert (move.to_location_id, move.quantity, move.value) == (supplier, D("2"), D("1.14"))
    with pytest.raises(ValidationError, match="at most 8 can be returned"):
        shop.give_back(receipt, "9")
    shop.receive(order, "2")  # the replacement arrives
    assert shop.state(order) == "received"
    assert shop.problems() == []


def test_return_never_more_than_on_hand_and_last_units_leave_no_value(shop) -> None:
    from erp_desktop.errors import InsufficientStock
    from erp_desktop.models.location import LocationKind as K
    from erp_desktop.services.stock.posting import MoveRequest, post_moves

    shop.receive(shop.order((shop.screws, "10", "1.00")), "10")
    second = shop.receive(shop.order((shop.screws, "10", "2.00")), "10")

    def sell(quantity: str) -> None:
        def work(session) -> None:
            customer = virtual_location(session, K.CUSTOMER)
            post_moves(
                session,
                user_id=shop.user,
                key=new_key(),
                doc_type="invoice",
                moves=[MoveRequest(shop.screws, shop.main, customer, D(quantity))],
                move_date=TODAY,
            )

        shop.run(work)

    sell("15")  # 5 left worth 7.50 (average 1.50)
    with pytest.raises(InsufficientStock, match="has 5, 6 needed"):
        shop.give_back(second, "6")
    shop.give_back(second, "5")  # at 2.00 each would be 10.00; the warehouse only holds 7.50
    assert (shop.stock(shop.screws).quantity, shop.stock(shop.screws).value) == (D("0"), D("0.00"))
    assert shop.problems() == []


def test_average_cost_after_receipts_at_two_prices(shop) -> None:
    shop.receive(shop.order((shop.rice, "10", "3.00")), "10")
    shop.receive(shop.order((shop.rice, "5", "3.35")), "5")
    rice = shop.stock(shop.rice)
    assert (rice.quantity, rice.value, rice.average_cost) == (D("15"), D("46.75"), D("3.116667"))
    # Bought by the carton of 24: the cost per can is the carton price ÷ 24.
    shop.receive(shop.order((shop.cans, "2", "36.00")), "48")
    shop.receive(shop.order((shop.cans, "1", "37.00")), "24")
    cans = shop.stock(shop.cans)
    assert (cans.quantity, cans.value) == (D("72"), D("109.00"))  # 72.00 + 24 × 1.541667
    assert cans.average_cost == D("1.513889")
    assert shop.problems() == []


def test_totals_are_sums_of_rounded_lines(shop) -> None:
    order = shop.order(
        (shop.screws, "3", "0.335"),  # 1.005 → 1.01; tax 0.1313 → 0.13
        (shop.rice, "2.5", "4.21", "0.09"),  # 10.525 → 10.53; tax 0.9477 → 0.95
        (shop.cans, "1", "35.99", None),  # exempt
        confirm=False,
    )

    def read(session):
        row = get_order(session, order)
        return row, [
            (x.net_amount, x.tax_amount, x.gross_amount, x.base_quantity, x.unit, x.unit_cost)
            for x in row.lines
        ]

    row, lines = shop.read(read)
    assert [line[:3] for line in lines] == [
        (D("1.01"), D("0.13"), D("1.14")),
        (D("10.53"), D("0.95"), D("11.48")),
        (D("35.99"), D("0.00"), D("35.99")),
    ]
    assert (row.net_total, row.tax_total, row.gross_total) == (D("47.53"), D("1.08"), D("48.61"))
    assert [line[3] for line in lines] == [D("3"), D("2.5"), D("24")]
    assert lines[2][4:] == ("箱", D("1.499583"))


def test_receiving_elsewhere_is_recorded_and_a_double_click_posts_once(shop) -> None:
    order = shop.order((shop.screws, "10", "0.50"))
    key = new_key()
    first = shop.receive(order, "4", warehouse=shop.second, key=key)
    again = shop.receive(order, "4", warehouse=shop.second, key=key)
    assert again.replayed and again.receipt_id == first.receipt_id
    assert shop.received(order) == [D("4")]
    assert shop.stock(shop.screws, shop.second).quantity == D("4")
    receipt = shop.read(lambda s: s.get(GoodsReceipt, first.receipt_id))
    order_row = shop.read(lambda s: s.get(PurchaseOrder, order))
    assert (receipt.warehouse_id, order_row.warehouse_id) == (shop.second, shop.main)
    assert shop.problems() == []
