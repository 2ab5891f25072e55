"""Business dates stay in the book's window: a date near 9999-12-31 is a message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ValidationError
from erp_desktop.models.purchase import PurchaseOrder
from erp_desktop.services.purchasing.reorder import Pick, create_draft_orders


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(9999, 12, 30), date(1, 1, 1)])
def test_reorder_with_an_absurd_date_is_a_message(shop, day) -> None:
    pick = Pick(shop.screws, shop.main, shop.supplier, Decimal("5"), False, Decimal("1"), None)
    with pytest.raises(ValidationError, match=f"Date {day.isoformat()} is outside the years"):
        shop.run(lambda s: create_draft_orders(s, shop.user, [pick], day).value)
    assert shop.read(lambda s: s.scalar(select(func.count()).select_from(PurchaseOrder))) == 0
