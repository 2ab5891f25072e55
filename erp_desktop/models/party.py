"""Parties: the suppliers and customers of the company (one model, two roles).

A party can be both. The fields cover a Chinese VAT invoice's buyer block
(name, tax ID, address & phone, bank & account) and what purchasing needs
(currency, payment terms, lead time).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base
from erp_desktop.db.types import PERCENT_TYPE, utc_now


class Party(Base):
    __tablename__ = "party"
    __table_args__ = (
        CheckConstraint("is_supplier OR is_customer", name="has_role"),
        CheckConstraint("lead_time_days >= 0", name="lead_time"),
        # Only ">= 0": on SQLite exact decimals are scaled integers (2 % is stored as 200),
        # so "<= 100" refused every discount over 1 %. clean_party keeps it within 100 %.
        CheckConstraint("discount_percent >= 0", name="discount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    code_key: Mapped[str] = mapped_column(String(30), unique=True)  # domain.text.fold_code
    name: Mapped[str] = mapped_column(String(200), index=True)
    is_supplier: Mapped[bool] = mapped_column(default=False, index=True)
    is_customer: Mapped[bool] = mapped_column(default=False, index=True)
    tax_id: Mapped[str] = mapped_column(String(30), default="")
    tax_id_override_reason: Mapped[str] = mapped_column(String(500), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    bank_account: Mapped[str] = mapped_column(String(50), default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    payment_terms: Mapped[str] = mapped_column(String(100), default="")  # e.g. "30 days net"
    lead_time_days: Mapped[int] = mapped_column(default=0)  # suppliers
    discount_percent: Mapped[Decimal] = mapped_column(PERCENT_TYPE, default=Decimal(0))  # customers
    # customers who are natural persons (自然人): the e-invoice's buyer ID instead of a tax ID
    natural_person: Mapped[bool] = mapped_column(default=False)
    id_type: Mapped[str] = mapped_column(String(20), default="")  # e.g. 居民身份证
    id_number: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
