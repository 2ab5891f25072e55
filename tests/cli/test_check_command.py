"""erp-desktop check: a sound book passes; a damaged one is named and exits 3."""

from __future__ import annotations

from sqlalchemy import text

from tests.helpers import run_cli


def test_a_fresh_book_is_in_order(book_url: str) -> None:
    result = run_cli("check", "--book", book_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is in order" in result.stdout


def test_tampered_audit_trail_is_reported(book, book_url: str) -> None:
    with book.engine.begin() as conn:
        if book.kind == "postgresql":  # only the owner, switching the guard off on purpose
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER erp_immutable"))
        conn.execute(text("UPDATE audit_event SET action = 'quietly.changed'"))
    result = run_cli("check", "--book", book_url)
    assert result.returncode == 3
    assert "audit trail was altered" in result.stdout
    if book.kind == "postgresql":  # and check names the guard that is off
        assert "the guard erp_immutable on audit_event is missing or disabled" in result.stdout
