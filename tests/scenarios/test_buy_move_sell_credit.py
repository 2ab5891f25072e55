"""Story 1: buy 5, receive 3 then 2, move them with one lost on the road, sell 3, take 1 back.

Every figure is stated: quantities and values per place, document numbers, invoice totals,
and the book's own checks find nothing wrong at the end.
"""

from __future__ import annotations

from decimal import Decimal as D

from erp_desktop.models.location import LocationKind
from tests.scenarios.story import Story


def test_purchase_receive_in_parts_transfer_with_shortage_invoice_and_credit(
    story: Story,
) -> None:
    shop, pens = story.shop, story.pens

    # A purchase order for 5 pens at 6.50 net, 13 % VAT.
    order = story.order(pens, "5", "6.50")
    assert story.order_number(order) == "PO-2026-000001"

    # The supplier sends 3, then the remaining 2.
    first = story.receive(order, "3")
    assert (first.number, first.order_state) == ("GR-2026-000001", "partially_received")
    assert story.stock(pens, shop.main) == (D("3"), D("19.50"))
    second = story.receive(order, "2")
    assert (second.number, second.order_state) == ("GR-2026-000002", "received")
    assert story.stock(pens, shop.main) == (D("5"), D("32.50"))

    # All 5 go to the second warehouse; 4 arrive, 1 is written off as damaged.
    transfer = story.transfer(pens, "5")
    shipped = story.ship(transfer)
    assert shipped.number == "TRF-2026-000001"
    assert story.stock(pens, shop.main) == (D("0"), D("0.00"))
    assert story.at(LocationKind.TRANSIT, pens) == (D("5"), D("32.50"))
    arrived = story.arrive(transfer, "4")
    assert arrived.state == "partial"
    assert story.stock(pens, shop.second) == (D("4"), D("26.00"))
    closed = story.close_short(transfer)
    assert closed.state == "closed"
    assert story.at(LocationKind.TRANSIT, pens) == (D("0"), D("0.00"))
    assert story.at(LocationKind.ADJUSTMENT, pens) == (D("1"), D("6.50"))

    # Sell 3 from the second warehouse at 11.30 including 13 % VAT.
    sold = shop.invoice(shop.line(pens, "3", "11.30"), warehouse=shop.second)
    assert sold.number == "INV-2026-000001"
    assert story.invoice_totals(sold.invoice_id) == ("issued", D("30.00"), D("3.90"), D("33.90"))
    assert story.stock(pens, shop.second) == (D("1"), D("6.50"))
    assert story.at(LocationKind.CUSTOMER, pens) == (D("3"), D("19.50"))

    # The customer brings 1 back: a credit note puts it into the second warehouse at cost.
    note = shop.credit(sold.invoice_id, {1: "1"}, back_to=shop.second)
    state, net, tax, gross = story.invoice_totals(note)
    assert (state, net, tax, gross) == ("issued", D("-10.00"), D("-1.30"), D("-11.30"))
    assert story.stock(pens, shop.second) == (D("2"), D("13.00"))
    assert story.at(LocationKind.CUSTOMER, pens) == (D("2"), D("13.00"))

    # Nothing was created or lost on the way: 5 bought = 2 here + 2 sold + 1 written off.
    assert story.at(LocationKind.SUPPLIER, pens) == (D("-5"), D("-32.50"))
    assert shop.problems() == []
