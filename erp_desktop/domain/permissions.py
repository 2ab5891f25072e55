"""Roles and what they may do.

Every service that changes the book, or shows costs, asks
``services.permissions.require(session, user_id, Permission.X)``. Offline books
start with one administrator; connected books add users with roles.
"""

from __future__ import annotations

import enum

from erp_desktop.i18n import QT_TRANSLATE_NOOP


class Permission(enum.StrEnum):
    MASTER_DATA = "master_data"  # items, warehouses, suppliers, customers
    ADJUST_STOCK = "adjust_stock"  # adjustments, counts, opening stock
    PURCHASE = "purchase"  # purchase orders
    RECEIVE = "receive"  # goods receipts, supplier returns
    TRANSFER = "transfer"  # ship and receive transfers
    INVOICE = "invoice"  # draft and issue sales invoices
    CREDIT = "credit"  # credit notes
    SEE_COSTS = "see_costs"  # purchase prices, average costs, stock value
    SETTINGS = "settings"  # company profile, book settings, users, moving the book


class Role(enum.StrEnum):
    ADMIN = "admin"
    ACCOUNTANT = "accountant"
    PURCHASER = "purchaser"
    WAREHOUSE = "warehouse"
    SALES = "sales"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.ACCOUNTANT: QT_TRANSLATE_NOOP("roles", "Owner / accountant"),
    Role.PURCHASER: QT_TRANSLATE_NOOP("roles", "Purchaser"),
    Role.WAREHOUSE: QT_TRANSLATE_NOOP("roles", "Warehouse clerk"),
    Role.SALES: QT_TRANSLATE_NOOP("roles", "Sales clerk"),
}

PERMISSION_LABELS = {
    Permission.MASTER_DATA: QT_TRANSLATE_NOOP("roles", "change items, warehouses and parties"),
    Permission.ADJUST_STOCK: QT_TRANSLATE_NOOP("roles", "adjust and count stock"),
    Permission.PURCHASE: QT_TRANSLATE_NOOP("roles", "make purchase orders"),
    Permission.RECEIVE: QT_TRANSLATE_NOOP("roles", "receive and return goods"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("roles", "ship and receive transfers"),
    Permission.INVOICE: QT_TRANSLATE_NOOP("roles", "make and issue invoices"),
    Permission.CREDIT: QT_TRANSLATE_NOOP("roles", "issue credit notes"),
    Permission.SEE_COSTS: QT_TRANSLATE_NOOP("roles", "see costs and stock value"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("roles", "change settings and users"),
}

_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.ACCOUNTANT: _ALL - {Permission.SETTINGS},
    Role.PURCHASER: frozenset(
        {Permission.MASTER_DATA, Permission.PURCHASE, Permission.RECEIVE, Permission.SEE_COSTS}
    ),
    Role.WAREHOUSE: frozenset({Permission.ADJUST_STOCK, Permission.RECEIVE, Permission.TRANSFER}),
    Role.SALES: frozenset({Permission.INVOICE}),
}


def allows(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
