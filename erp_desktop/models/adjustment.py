"""Stock adjustments: add or remove stock in one warehouse, with a reason."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.item
import erp_desktop.models.location
import erp_desktop.models.stock
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Quantity, UnitPrice, utc_now


class StockAdjustment(Base):
    __tablename__ = "stock_adjustment"
    __table_args__ = (CheckConstraint("state IN ('draft', 'posted')", name="state"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given at posting
    state: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    adjustment_date: Mapped[date]
    reason: Mapped[str] = mapped_column(String(20))  # domain.stock.ADJUSTMENT_REASONS
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    posted_at: Mapped[datetime | None]
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))

    lines: Mapped[list[StockAdjustmentLine]] = relationship(
        back_populates="adjustment",
        order_by="StockAdjustmentLine.line_no",
        cascade="all, delete-orphan",
    )


class StockAdjustmentLine(Base):
    __tablename__ = "stock_adjustment_line"
    __table_args__ = (CheckConstraint("quantity <> 0", name="not_zero"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    adjustment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("stock_adjustment.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[Quantity]  # signed: more (+) or less (−) than on hand
    unit_cost: Mapped[UnitPrice | None]  # for additions; default: the warehouse average

    adjustment: Mapped[StockAdjustment] = relationship(back_populates="lines")
