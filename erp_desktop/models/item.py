"""Items (goods and materials) and their per-warehouse reorder rules."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.location  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import Quantity, Rate, UnitPrice, utc_now


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        CheckConstraint("unit_precision BETWEEN 0 AND 4", name="unit_precision"),
        CheckConstraint("purchase_factor IS NULL OR purchase_factor > 0", name="purchase_factor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    code_key: Mapped[str] = mapped_column(String(40), unique=True)  # domain.text.fold_code
    name: Mapped[str] = mapped_column(String(200), index=True)
    spec: Mapped[str] = mapped_column(String(200), default="")  # 规格型号
    category: Mapped[str] = mapped_column(String(100), default="", index=True)
    base_unit: Mapped[str] = mapped_column(String(20))
    unit_precision: Mapped[int] = mapped_column(default=0)  # decimals a quantity may have
    purchase_unit: Mapped[str | None] = mapped_column(String(20))
    purchase_factor: Mapped[Quantity | None]  # base units in one purchase unit
    barcode: Mapped[str | None] = mapped_column(String(64), index=True)
    purchase_price: Mapped[UnitPrice] = mapped_column(default=0)
    sale_price: Mapped[UnitPrice] = mapped_column(default=0)
    tax_rate: Mapped[Rate | None]  # a fraction (0.1300); NULL means tax-exempt
    # 商品和服务税收分类编码 (19 digits) and its 简称, as the e-invoice platform wants them
    tax_code: Mapped[str] = mapped_column(String(19), default="")
    tax_short_name: Mapped[str] = mapped_column(String(40), default="")
    # at a rate of 0 or exempt: exempt / not_taxable / zero / export (domain.tax_codes)
    zero_rate_kind: Mapped[str] = mapped_column(String(12), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class ItemReorder(Base):
    """Reorder point and quantity of an item in one warehouse."""

    __tablename__ = "item_reorder"
    __table_args__ = (CheckConstraint("reorder_point >= 0 AND reorder_qty > 0", name="positive"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    reorder_point: Mapped[Quantity]
    reorder_qty: Mapped[Quantity]
