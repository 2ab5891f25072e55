"""Story 2: buy at two prices, send 2 back, sell with a double click, sell again.

The average cost moves with each receipt, a return leaves at its receipt's cost, the
double-clicked issue posts once and keeps its number, and the next invoice takes the
next number without a gap.
"""

from __future__ import annotations

from decimal import Decimal as D

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.posting import new_key
from tests.scenarios.story import Story


def test_average_cost_return_at_receipt_cost_and_one_issue_per_double_click(
    story: Story,
) -> None:
    shop, pens = story.shop, story.pens

    cheap = story.order(pens, "10", "6.00")
    dear = story.order(pens, "10", "7.00")
    assert [story.order_number(cheap), story.order_number(dear)] == [
        "PO-2026-000001",
        "PO-2026-000002",
    ]
    story.receive(cheap, "10")
    received = story.receive(dear, "10")
    assert story.stock(pens, shop.main) == (D("20"), D("130.00"))  # average 6.50

    returned = story.give_back(received, "2")
    # the order expects the 2 again (the supplier owes replacements)
    assert (returned.number, returned.order_state) == ("SR-2026-000001", "partially_received")
    assert story.stock(pens, shop.main) == (D("18"), D("116.00"))  # 2 × 7.00 went back
    assert story.at(LocationKind.SUPPLIER, pens) == (D("-18"), D("-116.00"))

    draft = shop.draft(shop.line(pens, "6", "11.30"))
    key = new_key()
    first = shop.issue(draft, key)
    again = shop.issue(draft, key)  # the double click
    assert (first.number, first.replayed) == ("INV-2026-000001", False)
    assert (again.invoice_id, again.number, again.replayed) == (draft, "INV-2026-000001", True)
    assert story.invoice_totals(draft) == ("issued", D("60.00"), D("7.80"), D("67.80"))
    # 6 leave at the average 116.00 / 18 = 6.444…: 38.67, once.
    assert story.stock(pens, shop.main) == (D("12"), D("77.33"))
    assert story.at(LocationKind.CUSTOMER, pens) == (D("6"), D("38.67"))

    second = shop.invoice(shop.line(pens, "2", "11.30"))
    assert second.number == "INV-2026-000002"
    assert story.stock(pens, shop.main) == (D("10"), D("64.44"))
    assert shop.problems() == []
