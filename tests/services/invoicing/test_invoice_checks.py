"""erp-desktop check finds what must never happen to invoices (made to happen by raw SQL)."""

from __future__ import annotations

from sqlalchemy import text


def test_check_finds_broken_totals_lost_pdfs_gaps_and_overcredits(shop) -> None:
    s = shop
    first = s.invoice(s.line(s.cups, "10", "11.30"))
    second = s.invoice(s.line(s.cups, "1", "11.30"))
    s.credit(first.invoice_id, {1: "4"})
    assert s.problems() == []

    def tamper(sql: str) -> None:
        s.run(lambda x: x.execute(text(sql)))

    def unguard(x) -> None:
        if x.get_bind().dialect.name == "postgresql":  # only the owner, on purpose
            for table in ("invoice", "invoice_line", "invoice_document"):
                x.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER erp_issued"))

    s.run(unguard)

    tamper("UPDATE invoice_line SET quantity = quantity * 3 WHERE credited_line_id IS NOT NULL")
    tamper(f"DELETE FROM invoice_document WHERE invoice_id = {second.invoice_id}")
    tamper(f"UPDATE invoice SET number = 'INV-2026-000009' WHERE id = {second.invoice_id}")
    problems = "\n".join(s.problems())
    assert "credits within invoiced: INV-2026-000001 line 1: credited 12" in problems
    assert "INV-2026-000009 was issued but its PDF is not stored" in problems
    assert "Numbers missing (a gap): INV-2026-000002" in problems
    assert "Numbers the series never gave out: INV-2026-000009" in problems
    tamper(f"UPDATE invoice SET gross_total = gross_total + 1 WHERE id = {first.invoice_id}")
    assert "INV-2026-000001: the totals" in "\n".join(s.problems())
