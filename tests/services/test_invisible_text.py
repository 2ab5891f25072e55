"""Every service that takes codes and names refuses hidden characters in codes and
drops them from names (domain.text), changing nothing when it refuses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import WarehouseData, create_warehouse
from erp_desktop.services.users import create_user

CODE = "I0\u200b01"  # looks like I001


@pytest.mark.parametrize(
    "make",
    [
        lambda s: create_item(s, 1, ItemData(CODE, "Item", "pc", purchase_price=Decimal(1))).value,
        lambda s: create_warehouse(s, 1, WarehouseData(CODE, "Warehouse")).value,
        lambda s: create_party(s, 1, PartyData(CODE, "Party", is_supplier=True)).value,
        lambda s: create_user(s, "Clerk", login=CODE, created_by=1).value,
    ],
    ids=["item", "warehouse", "party", "user"],
)
def test_a_code_with_a_zero_width_space_is_refused(book, make) -> None:
    events = book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))
    with pytest.raises(ValidationError, match=r"invisible character \(U\+200B\)"):
        book.run(make)
    assert book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent))) == events


@pytest.mark.parametrize(
    "make",
    [
        lambda s: create_item(s, 1, ItemData("I1", "\u200b\u200b", "pc")).value,
        lambda s: create_warehouse(s, 1, WarehouseData("W9", "\u200d")).value,
        lambda s: create_party(s, 1, PartyData("P1", "\ufeff\u200b", is_customer=True)).value,
        lambda s: create_user(s, "\u200b\u200c").value,
    ],
    ids=["item", "warehouse", "party", "user"],
)
def test_a_name_of_zero_width_characters_only_is_refused(book, make) -> None:
    with pytest.raises(ValidationError, match=r"[Nn]ame is required"):
        book.run(make)


def test_a_right_to_left_override_in_a_party_name_is_refused(book) -> None:
    data = PartyData("P2", "ACME \u202egnp.exe", is_customer=True)
    with pytest.raises(ValidationError, match=r"invisible direction mark \(U\+202E\)"):
        book.run(lambda s: create_party(s, 1, data).value)


def test_zero_width_characters_are_dropped_from_names(book) -> None:
    from erp_desktop.services.stock.items import get_item

    item = book.run(lambda s: create_item(s, 1, ItemData("I2", "螺\u200b丝", "pc")).value)
    assert book.read(lambda s: get_item(s, item).name) == "螺丝"
