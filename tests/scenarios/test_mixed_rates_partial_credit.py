"""Story 3: one invoice at 13 %, 9 % and a tax-exempt line, prices net of tax; a partial
credit note returns goods to the other warehouse; the numbers of both series advance.
"""

from __future__ import annotations

from decimal import Decimal as D

from tests.scenarios.story import Story


def test_invoice_with_three_rates_then_partial_credit_into_the_second_warehouse(
    story: Story,
) -> None:
    shop = story.shop
    # From the invoicing shop: main holds 100 cups at 6.00, 500 kg rice at 3.20, 40 tea at 55.00.
    sold = shop.invoice(
        shop.line(shop.cups, "10", "10.00"),  # 13 %: 100.00 + 13.00
        shop.line(shop.tea, "2", "100.00", "0.09"),  # 9 %: 200.00 + 18.00
        shop.line(shop.rice, "12.5", "5.00", "0", exempt=True),  # exempt: 62.50
        mode="exclusive",
    )
    assert sold.number == "INV-2026-000001"
    assert story.invoice_totals(sold.invoice_id) == (
        "issued",
        D("362.50"),
        D("31.00"),
        D("393.50"),
    )
    assert story.stock(shop.cups, shop.main) == (D("90"), D("540.00"))
    assert story.stock(shop.tea, shop.main) == (D("38"), D("2090.00"))
    assert story.stock(shop.rice, shop.main) == (D("487.5"), D("1560.00"))

    # 3 cups and 1 box of tea come back, into the second warehouse, at the cost they left at.
    note = shop.credit(sold.invoice_id, {1: "3", 2: "1"}, back_to=shop.second)
    assert story.invoice_totals(note) == ("issued", D("-130.00"), D("-12.90"), D("-142.90"))
    assert story.stock(shop.cups, shop.second) == (D("13"), D("88.00"))  # 10 × 7.00 + 3 × 6.00
    assert story.stock(shop.tea, shop.second) == (D("1"), D("55.00"))
    assert story.stock(shop.cups, shop.main) == (D("90"), D("540.00"))  # main is untouched

    again = shop.invoice(shop.line(shop.cups, "1", "11.30"))
    assert again.number == "INV-2026-000002"  # a credit note does not take an invoice number
    assert shop.problems() == []
