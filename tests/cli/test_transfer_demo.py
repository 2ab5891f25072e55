"""erp-desktop demo adds transfers in every state, and check proves them."""

from __future__ import annotations

from sqlalchemy import func, select

from erp_desktop.models.transfer import Transfer
from tests.helpers import run_cli


def test_demo_has_transfers_in_every_state_and_check_passes(book, book_url: str) -> None:
    result = run_cli("demo", "--book", book_url, "--items", "40", "--moves", "2400")
    assert result.returncode == 0, result.stdout + result.stderr
    states = dict(
        book.read(
            lambda s: s.execute(select(Transfer.state, func.count()).group_by(Transfer.state)).all()
        )
    )
    assert set(states) == {"draft", "shipped", "partial", "received", "closed", "cancelled"}
    checked = run_cli("check", "--book", book_url)
    assert checked.returncode == 0, checked.stdout
    assert "in transit = transfer lines" in checked.stdout and "numbers TRF" in checked.stdout
