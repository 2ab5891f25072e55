"""Facts about the book itself (key/value): what made it, where it went.

The keys are in ``db/meta_keys.py`` (the db layer reads them before models load).
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base


class BookMeta(Base):
    __tablename__ = "book_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))
