"""Stock counts (count sheets) and opening-stock documents."""

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
from erp_desktop.db.types import BigId, Money, Quantity, utc_now


class StockCount(Base):
    """A count sheet for one warehouse: what was on hand when it was printed, what was
    counted, and (once posted) what was on hand at posting and the difference booked."""

    __tablename__ = "stock_count"
    __table_args__ = (CheckConstraint("state IN ('draft', 'posted')", name="state"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given at posting
    state: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    count_date: Mapped[date]
    category: Mapped[str] = mapped_column(String(100), default="")  # the sheet's filter, if any
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)  # when the sheet was made
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    posted_at: Mapped[datetime | None]
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
    changed_lines: Mapped[int] = mapped_column(default=0)  # lines whose stock moved meanwhile

    lines: Mapped[list[StockCountLine]] = relationship(
        back_populates="count", order_by="StockCountLine.line_no", cascade="all, delete-orphan"
    )


class StockCountLine(Base):
    __tablename__ = "stock_count_line"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    count_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("stock_count.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    sheet_quantity: Mapped[Quantity]  # on hand when the sheet was made
    counted: Mapped[Quantity | None]  # None: not counted (left as it is)
    posted_on_hand: Mapped[Quantity | None]  # on hand at posting
    difference: Mapped[Quantity | None]  # counted − on hand at posting

    count: Mapped[StockCount] = relationship(back_populates="lines")


class StockOpening(Base):
    """Opening stock brought into the book (usually by CSV import): one posting from
    the *opening balance* location into the warehouses, numbered when posted."""

    __tablename__ = "stock_opening"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    opening_date: Mapped[date]
    note: Mapped[str] = mapped_column(String(500), default="")
    line_count: Mapped[int]
    total_value: Mapped[Money]
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    posted_at: Mapped[datetime] = mapped_column(default=utc_now)
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
