"""Audit trail (hash-chained) and gap-free number series.

Revision ID: 0002_audit_numbers
Revises: 0001_book
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import erp_desktop.db.types

revision = "0002_audit_numbers"
down_revision = "0001_book"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", erp_desktop.db.types.BigId, nullable=False),
        sa.Column("at", erp_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("subject", sa.String(120), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_event_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    audit_head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(audit_head, [{"id": 1, "last_hash": GENESIS_HASH, "count": 0}])
    op.create_table(
        "number_series",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("prefix", sa.String(20), nullable=False),
        sa.Column("yearly", sa.Boolean(), nullable=False),
        sa.Column("padding", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_number_series")),
    )
    op.create_table(
        "number_counter",
        sa.Column("series_code", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.CheckConstraint("next_value >= 1", name=op.f("ck_number_counter_positive")),
        sa.ForeignKeyConstraint(
            ["series_code"],
            ["number_series.code"],
            name=op.f("fk_number_counter_series_code_number_series"),
        ),
        sa.PrimaryKeyConstraint("series_code", "year", name=op.f("pk_number_counter")),
    )


def downgrade() -> None:
    op.drop_table("number_counter")
    op.drop_table("number_series")
    op.drop_table("audit_head")
    op.drop_table("audit_event")
