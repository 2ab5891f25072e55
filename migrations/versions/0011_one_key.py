"""One idempotency key store: every issue records its key in ``stock_posting``.

Until 0010 an invoice or credit note kept the key it was issued with in
``invoice.issue_key`` and only those that moved goods had a posting with the
same key. From 0011 on every issue records a posting (an invoice of services
records one that moves nothing), so ``services.stock.posting.replay_of`` is the
one place a repeated key is recognised. This revision gives the documents
issued before it their posting row. ``invoice.issue_key`` stays (read by
nothing): SQLite can drop a UNIQUE column only by rebuilding ``invoice``, which
its ON DELETE CASCADE lines make unsafe inside the upgrade's one transaction.

Revision ID: 0011_one_key
Revises: 0010_rules
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0011_one_key"
down_revision = "0010_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO stock_posting (key, doc_type, doc_id, doc_number, posted_at, posted_by_id) "
        "SELECT i.issue_key, i.kind, i.id, i.number, i.issued_at, i.issued_by_id "
        "FROM invoice i "
        "WHERE i.issue_key IS NOT NULL AND i.issued_at IS NOT NULL "
        "AND i.issued_by_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM stock_posting p WHERE p.key = i.issue_key) "
        "ORDER BY i.id"
    )


def downgrade() -> None:
    # The rows added stay: postings are never deleted, and 0010's code reads
    # ``invoice.issue_key`` (still filled) before any posting.
    pass
