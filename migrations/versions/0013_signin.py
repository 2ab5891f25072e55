"""Signing in as one's own role; posted opening stock guarded on server books.

No table changes. On a PostgreSQL book the upgrade runner applies the roles, grants
and guards after every migration (db/pg_security.apply_security): this revision is
what makes a server book made before it get the guard on posted ``stock_opening``
rows when its owner upgrades it (``erp-desktop upgrade``, or opening it as the owner).

Revision ID: 0013_signin
Revises: 0012_einvoice
Create Date: 2026-12-03
"""

from __future__ import annotations

revision = "0013_signin"
down_revision = "0012_einvoice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
