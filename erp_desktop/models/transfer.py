"""Transfers between warehouses: the order, its lines, and what happened to them.

The line keeps the truth about its goods: how much left the source (and at what
value), how much arrived, how much was written off as a shortage. The book's
one *in transit* location holds, per item, the sum over open transfer lines of
shipped − received − short (``services.checks.transfers`` proves it). Every
receipt and every shortage is an event with who did it, when, and why.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.item
import erp_desktop.models.location
import erp_desktop.models.stock
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Money, Quantity, utc_now


class Transfer(Base):
    __tablename__ = "transfer"
    __table_args__ = (
        CheckConstraint(
            "state IN ('draft', 'shipped', 'partial', 'received', 'closed', 'cancelled')",
            name="state",
        ),
        CheckConstraint("from_warehouse_id <> to_warehouse_id", name="two_warehouses"),
        Index("ix_transfer_state_ship_date", "state", "ship_date"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given at shipping
    state: Mapped[str] = mapped_column(String(10), default="draft")
    from_warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    to_warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    planned_date: Mapped[date]
    carrier: Mapped[str] = mapped_column(String(100), default="")  # carrier, vehicle, waybill
    note: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(default=1)  # +1 on every change (stale forms)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    ship_date: Mapped[date | None]
    shipped_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    shipped_at: Mapped[datetime | None]
    ship_posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
    finished_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    finished_at: Mapped[datetime | None]  # received in full, closed short, or cancelled

    lines: Mapped[list[TransferLine]] = relationship(
        back_populates="transfer",
        order_by="TransferLine.line_no",
        cascade="all, delete-orphan",
    )


class TransferLine(Base):
    __tablename__ = "transfer_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        CheckConstraint(
            "received_quantity >= 0 AND short_quantity >= 0"
            " AND received_quantity + short_quantity <= shipped_quantity",
            name="never_more_than_shipped",
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("transfer.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    quantity: Mapped[Quantity]  # asked for; shipped as a whole
    shipped_quantity: Mapped[Quantity] = mapped_column(default=0)
    shipped_value: Mapped[Money] = mapped_column(default=0)
    received_quantity: Mapped[Quantity] = mapped_column(default=0)
    received_value: Mapped[Money] = mapped_column(default=0)
    short_quantity: Mapped[Quantity] = mapped_column(default=0)
    short_value: Mapped[Money] = mapped_column(default=0)

    transfer: Mapped[Transfer] = relationship(back_populates="lines")


class TransferEvent(Base):
    """A receipt at the destination, or the closing of a transfer with a shortage."""

    __tablename__ = "transfer_event"
    __table_args__ = (CheckConstraint("kind IN ('receipt', 'shortage')", name="kind"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("transfer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    event_date: Mapped[date]
    reason: Mapped[str] = mapped_column(String(20), default="")  # shortages: domain.transfer
    note: Mapped[str] = mapped_column(String(500), default="")
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(default=utc_now)
    posting_id: Mapped[int] = mapped_column(BigId, ForeignKey("stock_posting.id"), unique=True)
