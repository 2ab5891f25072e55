"""The stock ledger: postings, moves (append-only) and cached balances.

A posting groups the moves of one user action and carries its idempotency
key (unique): the same key posts once. A move is never edited or deleted; a
mistake is corrected by a reversing move linked to the one it reverses (a
move can be reversed once). A balance row per (item, location) holds the
quantity and value there, updated in the same transaction as the moves, so
on-hand is one row read. Invariant: balance = Σ moves in − Σ moves out, and
for each item the values over all locations sum to zero (double entry).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.item
import erp_desktop.models.location
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Money, Quantity, UnitPrice


class StockPosting(Base):
    __tablename__ = "stock_posting"
    __table_args__ = {"info": {"append_only": True}}  # a mover catches new rows up by id

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    doc_type: Mapped[str] = mapped_column(String(30))
    doc_id: Mapped[int | None] = mapped_column(BigId)
    doc_number: Mapped[str | None] = mapped_column(String(40))
    posted_at: Mapped[datetime]
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class StockMove(Base):
    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive_quantity"),
        CheckConstraint("from_location_id <> to_location_id", name="two_places"),
        Index("ix_stock_move_item_to_date", "item_id", "to_location_id", "move_date"),
        Index("ix_stock_move_item_from_date", "item_id", "from_location_id", "move_date"),
        Index("ix_stock_move_doc", "doc_type", "doc_id"),
        {"info": {"append_only": True}},  # a mover catches new rows up by id
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("stock_posting.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    quantity: Mapped[Quantity]  # in the item's base unit
    unit_cost: Mapped[UnitPrice]  # value / quantity, for reading; value is what counts
    value: Mapped[Money]
    move_date: Mapped[date]
    posted_at: Mapped[datetime]
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    doc_type: Mapped[str] = mapped_column(String(30))
    doc_id: Mapped[int | None] = mapped_column(BigId)
    doc_line_id: Mapped[int | None] = mapped_column(BigId)
    doc_number: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_move.id"), unique=True)


class StockBalance(Base):
    __tablename__ = "stock_balance"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    quantity: Mapped[Quantity] = mapped_column(default=0)
    value: Mapped[Money] = mapped_column(default=0)
