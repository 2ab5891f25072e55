"""The book: meta facts, users, company profile, book settings.

Revision ID: 0001_book
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import erp_desktop.db.types

revision = "0001_book"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "book_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(2000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_book_meta")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(100), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("created_at", erp_desktop.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tax_id", sa.String(30), nullable=False),
        sa.Column("tax_id_override_reason", sa.String(500), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("bank_name", sa.String(200), nullable=False),
        sa.Column("bank_account", sa.String(50), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("created_at", erp_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", erp_desktop.db.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_table(
        "book_setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(2000), nullable=False),
        sa.Column("updated_at", erp_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_book_setting_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_book_setting")),
    )


def downgrade() -> None:
    op.drop_table("book_setting")
    op.drop_table("company")
    op.drop_table("app_user")
    op.drop_table("book_meta")
