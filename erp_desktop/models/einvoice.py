"""What the tax bureau's e-invoice platform (电子发票服务平台) knows of our documents.

Kept beside the invoice, not on it: an issued invoice never changes (the
database guards it), while its platform story moves on after issue — sent in a
batch workbook, rejected with a reason, issued as a 数电票 with a 20-digit
number, or (a credit note) waiting for the buyer's red-letter confirmation.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.invoice
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Money, utc_now


class EInvoiceRecord(Base):
    """One invoice or credit note's life on the platform."""

    __tablename__ = "einvoice_record"

    invoice_id: Mapped[int] = mapped_column(BigId, ForeignKey("invoice.id"), primary_key=True)
    sent_at: Mapped[datetime | None]  # last written into a batch workbook
    sent_file: Mapped[str] = mapped_column(String(260), default="")
    rejected: Mapped[str] = mapped_column(String(1000), default="")  # the 失败明细 reason
    platform_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    platform_date: Mapped[date | None]
    platform_net: Mapped[Money | None]
    platform_tax: Mapped[Money | None]
    platform_gross: Mapped[Money | None]
    totals_differ: Mapped[bool] = mapped_column(default=False)
    xml: Mapped[bytes | None] = mapped_column(LargeBinary)  # the issued invoice as received
    imported_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class RedConfirmation(Base):
    """A 红字发票信息确认单 for a credit note against a platform-issued invoice."""

    __tablename__ = "red_confirmation"
    __table_args__ = (
        CheckConstraint("reason IN ('01', '02', '03', '04')", name="reason"),
        CheckConstraint("state IN ('requested', 'confirmed', 'refused', 'expired')", name="state"),
    )

    credit_note_id: Mapped[int] = mapped_column(BigId, ForeignKey("invoice.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(2))
    state: Mapped[str] = mapped_column(String(10), default="requested")
    requested_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
