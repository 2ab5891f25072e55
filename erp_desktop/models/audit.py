"""The audit trail: append-only, hash-chained so that tampering shows.

Each event's hash covers the previous event's hash and the event's own
canonical content. ``AuditHead`` is a single row holding the chain's last hash;
appending locks it, so two PCs can never fork the chain.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(120), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(default=0)
