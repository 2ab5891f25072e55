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


# Keys the migrator writes (never copied from one book to another, never compared).
MIGRATION_STATE = "migration_state"  # on a target: "incomplete" until cut-over, then "complete"
MIGRATION_ID = "migration_id"  # one attempt of a move, on both ends
MIGRATED_FROM = "migrated_from"  # on a target: where the book came from (no password)
MIGRATED_TO = "migrated_to"  # on a source: where the book went (no password)
MIGRATED_AT = "migrated_at"
ROLE_PREFIX = "role_prefix"  # a server book's role names (db/pg_security.py): one per server
MIGRATION_KEYS = (
    MIGRATION_STATE,
    MIGRATION_ID,
    MIGRATED_FROM,
    MIGRATED_TO,
    MIGRATED_AT,
    ROLE_PREFIX,
)
STATE_INCOMPLETE = "incomplete"
STATE_COMPLETE = "complete"
