"""The keys of the ``book_meta`` table (key/value facts about the book itself).

They live in ``db`` because opening, upgrading and checking a book read them
with plain SQL before any model is loaded; ``models/meta.py`` maps the table.
"""

from __future__ import annotations

APPLICATION = "erp-desktop"  # the value of the "application" key: this program made the book

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
