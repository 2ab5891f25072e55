"""Gap-free number series (INV-2026-000123).

A number is taken inside the posting's transaction by locking the counter row
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's write lock is already held):
a rolled-back posting gives its number back, so no gap ever appears and two
PCs never get the same number.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base


class NumberSeries(Base):
    __tablename__ = "number_series"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20))
    yearly: Mapped[bool] = mapped_column(default=True)
    padding: Mapped[int] = mapped_column(default=6)


class NumberCounter(Base):
    __tablename__ = "number_counter"
    __table_args__ = (CheckConstraint("next_value >= 1", name="positive"),)

    series_code: Mapped[str] = mapped_column(ForeignKey("number_series.code"), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)  # 0 for series without yearly reset
    next_value: Mapped[int] = mapped_column(default=1)
