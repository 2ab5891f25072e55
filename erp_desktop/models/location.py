"""Locations: warehouses (internal) and the virtual places goods come from and go to.

Goods never appear or vanish: every change of stock is a move from one
location to another. The virtual locations exist once per book (seeded by
the migration that made this table) and are found by their kind.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base
from erp_desktop.db.types import utc_now


class LocationKind(enum.StrEnum):
    WAREHOUSE = "warehouse"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    TRANSIT = "transit"
    ADJUSTMENT = "adjustment"  # inventory loss and gain
    OPENING = "opening"  # opening balances


# Stock held here is real: it may not go below zero (unless the book allows it for
# warehouses) and leaves at its average cost.
STOCK_HOLDING = frozenset({LocationKind.WAREHOUSE, LocationKind.TRANSIT})
VIRTUAL = frozenset(LocationKind) - {LocationKind.WAREHOUSE}


class Location(Base):
    __tablename__ = "location"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('warehouse', 'supplier', 'customer', 'transit', 'adjustment', 'opening')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    code_key: Mapped[str] = mapped_column(String(20), unique=True)  # domain.text.fold_code
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
