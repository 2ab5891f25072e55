"""Roles and what they may do."""

from __future__ import annotations

import pytest

from erp_desktop.domain.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    Permission,
    Role,
    allows,
)


def test_the_administrator_may_do_everything() -> None:
    assert all(allows("admin", permission) for permission in Permission)


def test_the_accountant_may_do_everything_but_settings() -> None:
    refused = [p for p in Permission if not allows("accountant", p)]
    assert refused == [Permission.SETTINGS]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("purchaser", {"master_data", "purchase", "receive", "see_costs"}),
        ("warehouse", {"adjust_stock", "receive", "transfer"}),
        ("sales", {"invoice"}),
    ],
)
def test_each_clerk_may_do_only_their_work(role: str, allowed: set[str]) -> None:
    assert {p.value for p in Permission if allows(role, p)} == allowed


def test_a_sales_clerk_sees_no_costs_and_issues_no_credit_notes() -> None:
    assert not allows("sales", Permission.SEE_COSTS)
    assert not allows("sales", Permission.CREDIT)


@pytest.mark.parametrize("unknown", ["", "Admin", "root", "owner"])
def test_an_unknown_role_may_do_nothing(unknown: str) -> None:
    assert not any(allows(unknown, permission) for permission in Permission)


def test_every_role_and_permission_has_a_label() -> None:
    assert set(ROLE_LABELS) == set(Role)
    assert set(PERMISSION_LABELS) == set(Permission)
