"""E-invoice tests run on the invoicing shop (tests/invoicing_world.py), with codes on its items."""

from __future__ import annotations

import pytest

from erp_desktop.models.item import Item
from tests.invoicing_world import Shop, build_shop

CODES = {
    "cups": "1070299000000000000",  # goods
    "rice": "1010101020000000000",
    "tea": "1010399000000000000",
}
SERVICE_CODE = "3040201990000000000"


@pytest.fixture
def shop(book, admin_id) -> Shop:
    shop = build_shop(book, admin_id)

    def give_codes(session) -> None:
        for name, code in CODES.items():
            session.get(Item, getattr(shop, name)).tax_code = code

    shop.run(give_codes)
    return shop
