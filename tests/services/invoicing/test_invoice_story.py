"""Stories: draft, issue, reprint, credit, return, re-issue — and the book stays in order."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock, StateError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.models.invoice import Invoice, InvoiceDocument
from erp_desktop.models.stock import StockMove
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.invoicing import credits, drafts, issuing, queries
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.paging import PageRequest
from erp_desktop.services.parties import get_party, party_data, update_party
from erp_desktop.services.stock.posting import MoveRequest, new_key
from tests.invoicing_world import DAY


def state(shop, invoice_id: int) -> str:
    return shop.read(lambda s: get_invoice(s, invoice_id).state)


def moves_of(shop, doc_type: str, doc_id: int) -> list[tuple[int, D, D]]:
    return shop.read(
        lambda s: [
            (m.item_id, m.quantity, m.value)
            for m in s.scalars(
                select(StockMove)
                .where(StockMove.doc_type == doc_type, StockMove.doc_id == doc_id)
                .order_by(StockMove.id)
            )
        ]
    )


def test_issue_numbers_posts_stock_at_average_freezes_and_stores_the_pdf(shop) -> None:
    s = shop
    draft = s.draft(
        s.line(s.cups, "10", "11.30"),
        s.line(s.rice, "2.5", "6.00", discount="10"),
        s.line(None, "1", "50", "0.06", description="安装服务"),
    )
    assert state(s, draft) == "draft"
    key = new_key()
    issued = s.issue(draft, key)
    assert (issued.number, issued.replayed) == ("INV-2026-000001", False)
    assert issued.changes == Changes.of(
        Area.INVOICING, Area.STOCK, document_id=draft, number="INV-2026-000001"
    )
    again = s.issue(draft, key)  # double click: the same result, said to be a replay
    assert again == replace(issued, changes=replace(issued.changes, replayed=True))
    assert state(s, draft) == "issued"
    # warehouse → customer at the warehouse average (6.00 and 3.20); the service posts nothing
    assert moves_of(s, "invoice", draft) == [
        (s.cups, D("10.0000"), D("60.00")),
        (s.rice, D("2.5000"), D("8.00")),
    ]
    assert s.stock(s.cups).quantity == D("90") and s.stock(s.rice).quantity == D("497.5")

    def frozen(session):
        row = session.get(Invoice, draft)
        document = session.get(InvoiceDocument, draft)
        return row, document.pdf, document.sha256

    row, pdf, digest = s.read(frozen)
    # 113.00 → 100.00 + 13.00; 15.00 − 10 % = 13.50 → 11.95 + 1.55; 50 at 6 % → 47.17 + 2.83
    assert (row.net_total, row.tax_total, row.gross_total) == (
        D("159.12"),
        D("17.38"),
        D("176.50"),
    )
    assert row.buyer_name == "杭州客户贸易有限公司" and row.seller_tax_id == "91110000600037341L"
    assert pdf.startswith(b"%PDF") and len(digest) == 64
    # the customer moves and renames: the issued invoice and its reprint do not change
    customer = s.read(lambda x: party_data(get_party(x, s.acme)))
    s.run(lambda x: update_party(x, s.user, s.acme, replace(customer, name="新名称有限公司")))
    assert s.read(lambda x: issuing.stored_pdf(x, draft)) == pdf
    assert s.read(lambda x: get_invoice(x, draft).buyer_name) == "杭州客户贸易有限公司"
    actions = s.read(lambda x: list(x.scalars(select(AuditEvent.action))))
    assert "invoice.issue" in actions and "invoice.create" in actions
    assert s.problems() == []


def test_drafts_change_and_go_issued_documents_never(shop) -> None:
    s = shop
    draft = s.draft(s.line(s.cups, "1", "11.30"))
    data = s.read(lambda x: drafts.invoice_data(get_invoice(x, draft)))
    more = replace(data, lines=[*data.lines, s.line(s.tea, "2", "109", "0.09")])
    s.run(lambda x: drafts.update_invoice(x, s.user, draft, more))
    assert s.read(lambda x: get_invoice(x, draft).gross_total) == D("229.30")
    other = s.draft(s.line(s.cups, "1", "11.30"))
    s.run(lambda x: drafts.delete_draft(x, s.user, other))
    assert s.read(lambda x: x.get(Invoice, other)) is None
    s.issue(draft)
    with pytest.raises(StateError, match="Cannot edit this invoice: it is issued"):
        s.run(lambda x: drafts.update_invoice(x, s.user, draft, data))
    with pytest.raises(StateError, match="Cannot delete this invoice: it is issued"):
        s.run(lambda x: drafts.delete_draft(x, s.user, draft))
    with pytest.raises(StateError, match="Cannot issue this invoice: it is issued"):
        s.issue(draft)
    assert s.read(lambda x: get_invoice(x, draft).number) == "INV-2026-000001"


def test_issuing_without_stock_names_the_lines_and_leaves_no_gap(shop) -> None:
    s = shop
    short = s.draft(
        s.line(s.cups, "5", "11.30"), s.line(s.tea, "41", "109", "0.09"), s.line(s.cups, "96", "1")
    )
    with pytest.raises(InsufficientStock) as refused:
        s.issue(short)
    text = str(refused.value)
    assert "line 2 TEA-01" in text and "has 40, 41 needed" in text
    assert "line 3 CUP-500" in text and "line 1" not in text
    assert state(s, short) == "draft" and s.stock(s.tea).quantity == D("40")
    assert s.invoice(s.line(s.tea, "40", "109", "0.09")).number == "INV-2026-000001"
    assert s.problems() == []


def test_partial_credit_returns_goods_at_their_original_cost(shop) -> None:
    s = shop
    issued = s.invoice(s.line(s.cups, "10", "11.30"), s.line(s.tea, "4", "109", "0.09"))
    # the average changes after the sale: returns must not take today's average
    supplier_moves = [MoveRequest(s.cups, s.supplier_place(), s.main, D("90"), unit_cost=D("9"))]
    s.run(lambda x: _post(x, s.user, supplier_moves))
    assert s.stock(s.cups).average_cost == D("7.5")  # (90×6 + 90×9) / 180
    note = s.credit(issued.invoice_id, {1: "4"}, back_to=s.second)
    assert moves_of(s, "credit_note", note) == [(s.cups, D("4.0000"), D("24.00"))]  # 4 × 6.00
    assert state(s, issued.invoice_id) == "partially_credited"
    row = s.read(lambda x: get_invoice(x, note))
    assert (row.number, row.state, row.original_id) == (
        "CN-2026-000001",
        "issued",
        issued.invoice_id,
    )
    assert (row.net_total, row.tax_total, row.gross_total) == (
        D("-40.00"),
        D("-5.20"),
        D("-45.20"),
    )
    # the rest of line 1 and all of line 2: the invoice is credited in full
    s.credit(issued.invoice_id, {1: "6", 2: "4"}, back_to=s.main)
    assert state(s, issued.invoice_id) == "credited"
    assert s.stock(s.cups, s.second).quantity == D("14")
    assert s.problems() == []


def test_crediting_more_than_is_left_is_refused(shop) -> None:
    s = shop
    issued = s.invoice(s.line(s.cups, "10", "11.30"))
    s.credit(issued.invoice_id, {1: "7"})
    with pytest.raises(Exception, match="at most 3 is left"):
        s.credit(issued.invoice_id, {1: "4"})
    # a draft saved earlier cannot take the units another credit note took since
    first = s.credit(issued.invoice_id, {1: "3"}, issue=False)
    second = s.credit(issued.invoice_id, {1: "2"}, issue=False)
    s.issue(second)
    with pytest.raises(Exception, match="at most 1 is left"):
        s.issue(first)
    assert state(s, issued.invoice_id) == "partially_credited"
    # the refused draft is corrected to what is left, and issued
    data = s.read(lambda x: credits.credit_data(get_invoice(x, first)))
    data = replace(data, lines=[replace(data.lines[0], quantity=D("1"))])
    s.run(lambda x: credits.update_credit_note(x, s.user, first, data))
    assert s.issue(first).number == "CN-2026-000003"
    assert state(s, issued.invoice_id) == "credited"
    assert s.problems() == []


def test_the_credits_of_a_line_add_up_to_exactly_the_line(shop) -> None:
    """0.335 × 2 = 0.67, but each unit alone rounds to 0.34: the last credit takes 0.33."""
    s = shop
    issued = s.invoice(s.line(None, "2", "0.335", "0", description="样品费"), mode="exclusive")
    first = s.credit(issued.invoice_id, {1: "1"})
    last = s.credit(issued.invoice_id, {1: "1"})
    grosses = s.read(lambda x: [get_invoice(x, n).gross_total for n in (first, last)])
    assert grosses == [D("-0.34"), D("-0.33")]
    assert state(s, issued.invoice_id) == "credited"


def test_credit_and_reissue_credits_all_and_starts_a_corrected_copy(shop) -> None:
    s = shop
    issued = s.invoice(
        s.line(s.cups, "10", "11.30"), s.line(None, "1", "80", "0.06", description="运费")
    )
    s.credit(issued.invoice_id, {1: "2"})
    data = credits.CreditData(credit_date=DAY, reason="开票信息有误", lines=[])
    key = new_key()
    result = s.run(lambda x: issuing.credit_and_reissue(x, s.user, issued.invoice_id, data, key))
    again = s.run(lambda x: issuing.credit_and_reissue(x, s.user, issued.invoice_id, data, key))
    assert again.credit_note.replayed and again.credit_note.number == result.credit_note.number
    assert result.credit_note.number == "CN-2026-000002"
    assert state(s, issued.invoice_id) == "credited"
    copy, lines = s.read(
        lambda x: (
            get_invoice(x, result.draft_id),
            [(li.description, li.quantity) for li in get_invoice(x, result.draft_id).lines],
        )
    )
    assert (copy.state, copy.replaces_id, copy.number) == ("draft", issued.invoice_id, None)
    assert lines == [
        ("不锈钢保温杯", D("10.0000")),
        ("运费", D("1.0000")),
    ]
    assert s.issue(result.draft_id).number == "INV-2026-000002"
    assert s.problems() == []


def test_the_list_filters_in_sql_and_totals_the_filtered_set(shop) -> None:
    s = shop
    a = s.invoice(s.line(s.cups, "1", "113"), remarks="合同 A-1")
    s.invoice(s.line(s.cups, "1", "226"), customer=s.bolt)
    s.draft(s.line(s.cups, "1", "339"))
    s.credit(a.invoice_id, {1: "1"})

    def listing(**filters):
        text = filters.pop("text", "")
        request = PageRequest(0, 50, text=text, filters=filters)
        rows = s.read(lambda x: queries.invoice_page(x, request))
        sums = s.read(lambda x: queries.invoice_totals(x, request))
        return [r[1] for r in rows], [(t.count, t.gross) for t in sums]

    assert listing() == (
        ["INV-2026-000001", "INV-2026-000002", None, "CN-2026-000001"],
        [(4, D("565.00"))],  # 113 + 226 + 339 − 113
    )
    assert listing(state="draft") == ([None], [(1, D("339.00"))])
    assert listing(kind="credit_note") == (["CN-2026-000001"], [(1, D("-113.00"))])
    assert listing(text="bolt")[0] == ["INV-2026-000002"]
    assert listing(text="A-1")[0] == ["INV-2026-000001"]
    assert listing(customer_id=s.bolt, state="issued")[1] == [(1, D("226.00"))]
    request = PageRequest(0, 50, sort="gross", descending=True)
    assert len(s.read(lambda x: queries.invoice_ids(x, request))) == 4


def _post(session, user, moves) -> None:
    from erp_desktop.services.stock.posting import post_moves

    post_moves(session, user_id=user, key=new_key(), doc_type="receipt", moves=moves, move_date=DAY)
