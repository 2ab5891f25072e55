"""Tamper evidence: a document changed after it was issued or posted is named by check."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from sqlalchemy import text

from erp_desktop.services.seals import recorded_seals, unsealed_documents
from tests.helpers import run_cli
from tests.invoicing_world import Shop, build_shop


def raw_sql(book_url: str, statement: str) -> None:
    """As the file's owner on SQLite, as the book owner on PostgreSQL: not through the app."""
    if book_url.startswith("postgresql"):
        # the owner can switch the table's guards off (the database refuses the edit
        # otherwise): what a seal must still catch
        words = statement.split()
        table = {"UPDATE": words[1], "DELETE": words[2]}.get(words[0].upper())
        with psycopg.connect("postgresql://" + book_url.split("://", 1)[1]) as conn:
            if table:
                conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            conn.execute(statement)
            if table:
                conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
    else:
        with sqlite3.connect(book_url) as conn:
            conn.execute(statement)
        conn.close()


@pytest.fixture
def shop(book, admin_id) -> Shop:
    return build_shop(book, admin_id)


def test_issuing_seals_the_invoice_and_check_finds_nothing(shop) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    seals = shop.read(recorded_seals)
    assert seals[f"invoice:{issued.invoice_id}"][0] == issued.number
    assert shop.problems() == []
    assert shop.read(unsealed_documents) == 0


def test_rewritten_invoice_amounts_are_named_by_check(shop, book_url) -> None:
    first = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    second = shop.invoice(shop.line(shop.cups, "1", "11.30"))
    # line and totals rewritten together (SQLite keeps money as whole cents)
    cents = 1 if book_url.startswith("postgresql") else 100
    doc = first.invoice_id
    raw_sql(
        book_url,
        f"UPDATE invoice_line SET net = {cents}, tax = 0, gross = {cents} WHERE invoice_id = {doc}",
    )
    raw_sql(
        book_url,
        f"UPDATE invoice SET net_total = {cents}, tax_total = 0, gross_total = {cents}"
        f" WHERE id = {doc}",
    )
    problems = shop.problems()
    assert problems == [
        f"documents as sealed: sales invoice {first.number} was changed after it was issued "
        "or posted: it no longer matches its seal in the audit trail."
    ]
    assert second.number not in " ".join(problems)
    result = run_cli("check", "--lang", "en", "--book", book_url)
    assert result.returncode == 3, result.stdout + result.stderr
    assert f"sales invoice {first.number} was changed after it was issued" in result.stdout


def test_a_changed_buyer_or_a_swapped_pdf_is_found(shop, book_url) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    doc = issued.invoice_id
    account = shop.read(
        lambda s: s.execute(
            text(f"SELECT buyer_bank_account FROM invoice WHERE id = {doc}")
        ).scalar()
    )
    raw_sql(book_url, f"UPDATE invoice SET buyer_bank_account = '6222 9999' WHERE id = {doc}")
    assert len(shop.problems()) == 1
    raw_sql(book_url, f"UPDATE invoice SET buyer_bank_account = '{account}' WHERE id = {doc}")
    assert shop.problems() == []  # put back as it was: in order again
    note = shop.credit(issued.invoice_id, {1: "1"})  # crediting changes the invoice's state only
    assert shop.problems() == []
    raw_sql(
        book_url,
        "UPDATE invoice_document SET pdf = (SELECT pdf FROM invoice_document"
        f" WHERE invoice_id = {doc}) WHERE invoice_id = {note}",
    )
    number = shop.read(
        lambda s: s.execute(text(f"SELECT number FROM invoice WHERE id = {note}")).scalar()
    )
    assert shop.problems() == [
        f"documents as sealed: credit note {number} was changed after it was issued or posted: "
        "it no longer matches its seal in the audit trail."
    ]
