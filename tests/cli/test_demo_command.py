"""erp-desktop demo: only into a new or empty book; bad counts are usage errors."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.stock.items import ItemData, create_item
from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--items", "-5", "“-5” is not a whole number from 1 to 10,000,000."),
        ("--warehouses", "0", "“0” is not a whole number from 1 to 1,000."),
        ("--moves", "many", "“many” is not a whole number from 0 to 100,000,000."),
    ],
)
def test_bad_counts_are_usage_errors(tmp_path, option, value, message) -> None:
    where = tmp_path / "demo.erpbook"
    result = run_cli("demo", "--lang", "en", "--book", str(where), option, value)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not where.exists()


def test_demo_refuses_a_book_with_real_data(book, book_url: str) -> None:
    book.run(
        lambda s: (
            create_item(
                s, 1, ItemData("REAL-1", "Real item", "pc", purchase_price=Decimal("1"))
            ).value
        )
    )
    before = book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))
    result = run_cli("demo", "--lang", "en", "--book", book_url, "--items", "5", "--moves", "10")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "demo data goes only into a new or empty book" in result.stderr
    after = book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))
    assert after == before


def test_documents_without_a_seal_are_counted_not_flagged(book, book_url: str) -> None:
    made = run_cli("demo", "--book", book_url, "--items", "30", "--moves", "300")
    assert made.returncode == 0, made.stdout + made.stderr
    checked = run_cli("check", "--lang", "en", "--book", book_url)
    assert checked.returncode == 0, checked.stdout
    assert "documents as sealed" in checked.stdout
    assert "numbered document(s) carry no seal" in checked.stdout
