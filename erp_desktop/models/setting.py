"""Book-wide settings (allow negative stock, tolerances, …) as key/value rows.

Each setting is declared once, with type and default, in
``erp_desktop.services.book_settings``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import utc_now


class BookSetting(Base):
    __tablename__ = "book_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
