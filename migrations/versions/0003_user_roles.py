"""Roles of users.

Revision ID: 0003_user_roles
Revises: 0002_audit_numbers
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_user_roles"
down_revision = "0002_audit_numbers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("role", sa.String(20), nullable=False, server_default="admin"))
    with op.batch_alter_table("app_user") as batch:
        batch.alter_column("role", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("role")
