"""E-invoices (数电票): tax classification codes, zero-rate kinds, natural-person buyers,
the platform record of each invoice, red-letter confirmations.

Revision ID: 0012_einvoice
Revises: 0011_one_key
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from erp_desktop.db.types import BigId, ExactDecimal, UTCDateTime

revision = "0012_einvoice"
down_revision = "0011_one_key"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = {
    "item": (("tax_code", 19), ("tax_short_name", 40), ("zero_rate_kind", 12)),
    "party": (("id_type", 20), ("id_number", 30)),
    "invoice_line": (("tax_code", 19), ("zero_rate_kind", 12)),
}


def upgrade() -> None:
    for table, columns in _TEXT_COLUMNS.items():
        for name, length in columns:
            op.add_column(
                table, sa.Column(name, sa.String(length), nullable=False, server_default="")
            )
    op.add_column(
        "party",
        sa.Column("natural_person", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # "exempt" was the only zero-rate kind there was
    op.execute("UPDATE item SET zero_rate_kind = 'exempt' WHERE tax_rate IS NULL")
    op.create_table(
        "einvoice_record",
        sa.Column("invoice_id", BigId, nullable=False),
        sa.Column("sent_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_file", sa.String(260), nullable=False),
        sa.Column("rejected", sa.String(1000), nullable=False),
        sa.Column("platform_number", sa.String(20), nullable=True),
        sa.Column("platform_date", sa.Date(), nullable=True),
        sa.Column("platform_net", ExactDecimal(precision=18, scale=2), nullable=True),
        sa.Column("platform_tax", ExactDecimal(precision=18, scale=2), nullable=True),
        sa.Column("platform_gross", ExactDecimal(precision=18, scale=2), nullable=True),
        sa.Column("totals_differ", sa.Boolean(), nullable=False),
        sa.Column("xml", sa.LargeBinary(), nullable=True),
        sa.Column("imported_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_einvoice_record_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_einvoice_record")),
        sa.UniqueConstraint("platform_number", name=op.f("uq_einvoice_record_platform_number")),
    )
    op.create_table(
        "red_confirmation",
        sa.Column("credit_note_id", BigId, nullable=False),
        sa.Column("reason", sa.String(2), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("requested_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('01', '02', '03', '04')", name=op.f("ck_red_confirmation_reason")
        ),
        sa.CheckConstraint(
            "state IN ('requested', 'confirmed', 'refused', 'expired')",
            name=op.f("ck_red_confirmation_state"),
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["invoice.id"],
            name=op.f("fk_red_confirmation_credit_note_id_invoice"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["app_user.id"],
            name=op.f("fk_red_confirmation_requested_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("credit_note_id", name=op.f("pk_red_confirmation")),
    )


def downgrade() -> None:
    op.drop_table("red_confirmation")
    op.drop_table("einvoice_record")
    for table, columns in _TEXT_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _length in columns:
                batch.drop_column(name)
            if table == "party":
                batch.drop_column("natural_person")
