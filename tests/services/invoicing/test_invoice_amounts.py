"""Invoice arithmetic end to end: half up per line, both price modes, rates, precision check."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.models.invoice import Invoice
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.invoicing.printing import view_of
from erp_desktop.services.numbering import issued_count


def amounts(shop, invoice_id: int) -> list[tuple[D, D, D]]:
    return shop.read(
        lambda s: [(li.net, li.tax, li.gross) for li in get_invoice(s, invoice_id).lines]
    )


def totals(shop, invoice_id: int) -> tuple[D, D, D]:
    def read(session):
        row = session.get(Invoice, invoice_id)
        return row.net_total, row.tax_total, row.gross_total

    return shop.read(read)


def test_line_amounts_round_half_up(shop) -> None:
    """Python's default (half even) and floats would give 0.12, 2.67 and 1.00."""
    s = shop
    cases = [("0.125", "0.13"), ("2.675", "2.68"), ("1.005", "1.01"), ("0.124999", "0.12")]
    lines = [s.line(None, "1", price, "0", description="服务") for price, _net in cases]
    invoice = s.draft(*lines, mode="exclusive")
    assert amounts(s, invoice) == [(D(net), D("0.00"), D(net)) for _price, net in cases]


def test_tax_inclusive_113_at_13_percent_is_100_plus_13(shop) -> None:
    s = shop
    invoice = s.draft(s.line(s.cups, "1", "113.00"), mode="inclusive")
    assert amounts(s, invoice) == [(D("100.00"), D("13.00"), D("113.00"))]
    exclusive = s.draft(s.line(s.cups, "1", "100.00"), mode="exclusive")
    assert amounts(s, exclusive) == [(D("100.00"), D("13.00"), D("113.00"))]


def test_net_plus_tax_is_gross_in_both_modes(shop) -> None:
    s = shop
    prices = ["0.01", "0.99", "3.33", "7.77", "19.99", "99.995", "1234.5678", "0.333333"]
    for mode in ("inclusive", "exclusive"):
        lines = [
            s.line(None, qty, price, rate, description="x", discount=disc)
            for qty in ("1", "3", "7.5")
            for price in prices
            for rate, disc in (("0.13", "0"), ("0.09", "12.5"), ("0.06", "3"), ("0.03", "0"))
        ]
        invoice = s.draft(*lines, mode=mode)
        rows = amounts(s, invoice)
        assert all(net + tax == gross for net, tax, gross in rows)
        net, tax, gross = totals(s, invoice)
        assert (net, tax, gross) == (
            sum(r[0] for r in rows),
            sum(r[1] for r in rows),
            sum(r[2] for r in rows),
        )
        assert net + tax == gross


def test_mixed_rates_give_a_breakdown_per_rate(shop) -> None:
    s = shop
    invoice = s.draft(
        s.line(None, "1", "113", "0.13", description="a"),
        s.line(None, "2", "113", "0.13", description="b"),
        s.line(None, "1", "109", "0.09", description="c"),
        s.line(None, "1", "106", "0.06", description="d"),
        s.line(None, "1", "103", "0.03", description="e"),
        s.line(None, "1", "50", "0", description="f"),
        s.line(None, "1", "20", "0", description="g", exempt=True),
        mode="inclusive",
    )
    view = s.read(lambda x: view_of(x, invoice))
    breakdown = [(r.tax_rate.code, r.net, r.tax, r.gross) for r in view.by_rate]
    assert breakdown == [
        ("13%", D("300.00"), D("39.00"), D("339.00")),
        ("9%", D("100.00"), D("9.00"), D("109.00")),
        ("6%", D("100.00"), D("6.00"), D("106.00")),
        ("3%", D("100.00"), D("3.00"), D("103.00")),
        ("0%", D("50.00"), D("0.00"), D("50.00")),
        ("exempt", D("20.00"), D("0.00"), D("20.00")),
    ]
    assert (view.net, view.tax, view.gross) == (D("670.00"), D("57.00"), D("727.00"))


def test_300_lines_drifting_past_1_27_are_refused_and_take_no_number(shop) -> None:
    """0.35 at 13 % has tax 0.0455 → 0.05 (+0.0045 per line): 300 lines drift by 1.35."""
    s = shop
    lines = [s.line(None, "1", "0.35", description=f"配件 {n}") for n in range(300)]
    invoice = s.draft(*lines, mode="exclusive")
    with pytest.raises(ValidationError, match=r"Document total.*1\.35.*1\.27"):
        s.issue(invoice)
    assert s.read(lambda x: get_invoice(x, invoice).state) == "draft"
    assert s.read(lambda x: issued_count(x, "invoice")) in ({}, {2026: 0})
    ok = s.draft(*lines[:280], mode="exclusive")  # 280 × 0.0045 = 1.26: accepted
    assert s.issue(ok).number == "INV-2026-000001"
