"""Red-letter flow: a credit note for a platform-issued invoice counts only once confirmed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from erp_desktop.errors import StateError, ValidationError
from erp_desktop.services.einvoice.importing import Outcome, import_issued
from erp_desktop.services.einvoice.red import (
    record_red_answer,
    red_state,
    request_red_confirmation,
)
from tests.services.einvoice.helpers import issued_xml

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def platform_issued(shop) -> tuple[int, int]:
    """An invoice the platform issued, and a draft credit note for one cup of it."""
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    data = issued_xml("26332000000123456789", remark=issued.number, net=D("20.00"), tax=D("2.60"))
    result = shop.run(lambda s: import_issued(s, shop.user, data, "a.xml"))
    assert result.outcome is Outcome.LINKED
    return issued.invoice_id, shop.credit(issued.invoice_id, {1: "1"}, issue=False)


def ask(shop, note: int, reason: str = "02", at: datetime = T0) -> None:
    shop.run(lambda s: request_red_confirmation(s, shop.user, note, reason, now=at))


def answer(shop, note: int, yes: bool, at: datetime) -> str:
    return shop.run(lambda s: record_red_answer(s, shop.user, note, yes, now=at))


def test_the_credit_note_is_refused_until_the_buyer_confirms(shop) -> None:
    _invoice, note = platform_issued(shop)
    with pytest.raises(StateError, match="not requested"):
        shop.issue(note)
    now = datetime.now(UTC)  # issuing reads the clock
    ask(shop, note, at=now)
    with pytest.raises(StateError, match="confirmation requested"):
        shop.issue(note)
    assert answer(shop, note, True, now + timedelta(minutes=5)) == "confirmed"
    assert shop.issue(note).number


def test_unanswered_for_72_hours_it_expires_and_a_new_request_may_follow(shop) -> None:
    _invoice, note = platform_issued(shop)
    ask(shop, note)
    assert shop.read(lambda s: red_state(s, note, T0 + timedelta(hours=71, minutes=59))) == (
        "requested"
    )
    assert shop.read(lambda s: red_state(s, note, T0 + timedelta(hours=72))) == "expired"
    with pytest.raises(StateError, match="expired"):
        answer(shop, note, True, T0 + timedelta(hours=73))
    later = T0 + timedelta(days=4)
    ask(shop, note, at=later)
    assert answer(shop, note, False, later + timedelta(hours=1)) == "refused"
    with pytest.raises(StateError, match="refused"):
        shop.issue(note)


def test_the_reason_follows_the_goods_and_services_rule(shop) -> None:
    _invoice, note = platform_issued(shop)
    with pytest.raises(ValidationError, match="goods only"):
        ask(shop, note, "03")  # the invoice sold goods only


def test_a_credit_note_for_an_invoice_the_platform_never_issued_needs_no_confirmation(shop) -> None:
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    note = shop.credit(issued.invoice_id, {1: "1"}, issue=False)
    with pytest.raises(StateError, match="needs no red-letter confirmation"):
        ask(shop, note)
    assert shop.issue(note).number
