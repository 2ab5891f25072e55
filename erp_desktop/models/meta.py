"""Facts about the book itself (key/value): what made it, where it went."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base

APPLICATION = "erp-desktop"


class BookMeta(Base):
    __tablename__ = "book_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))
