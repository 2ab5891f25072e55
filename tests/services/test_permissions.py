"""Roles decide what a user may do; refusals name the action."""

from __future__ import annotations

import pytest

from erp_desktop.domain.permissions import Permission, Role
from erp_desktop.errors import PermissionDenied
from erp_desktop.models.user import User
from erp_desktop.services.permissions import may, require
from erp_desktop.services.users import create_user


def test_administrator_may_do_everything(book, admin_id) -> None:
    assert all(book.read(lambda s, p=p: may(s, admin_id, p)) for p in Permission)


def test_warehouse_clerk_may_count_but_not_invoice_or_see_costs(book, admin_id) -> None:
    clerk = book.run(
        lambda s: create_user(s, "Clerk Zhang", role=Role.WAREHOUSE, created_by=admin_id).value
    )
    assert book.read(lambda s: may(s, clerk.id, Permission.ADJUST_STOCK))
    assert not book.read(lambda s: may(s, clerk.id, Permission.SEE_COSTS))
    with pytest.raises(PermissionDenied, match="Clerk Zhang may not make and issue invoices"):
        book.read(lambda s: require(s, clerk.id, Permission.INVOICE))


def test_inactive_users_may_do_nothing(book, admin_id) -> None:
    def deactivate(session) -> None:
        session.get(User, admin_id).active = False

    book.run(deactivate)
    assert not book.read(lambda s: may(s, admin_id, Permission.ADJUST_STOCK))
