"""A synthetic stock schema at benchmark scale, for the migrator benchmark.

The real stock, purchasing and invoicing tables are built on other branches;
until they are merged this stands in for them: items, locations, stock moves
and balances, invoices with lines and stored PDFs — the same column kinds
(exact decimals, UTC time stamps, dates, text, bytes, foreign keys, unique
keys, secondary indexes) at the same sizes. It lives in its own MetaData and
an extra migration in a temporary folder, next to the program's own tables.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
)

import erp_desktop.models.registry  # noqa: F401
from erp_desktop.db.base import NAMING_CONVENTION, Base
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.types import BigId, ExactDecimal, UTCDateTime
from erp_desktop.paths import migrations_dir

REVISION = "9100_bench_stock"


def bench_metadata() -> MetaData:
    md = MetaData(naming_convention=NAMING_CONVENTION)
    for table in Base.metadata.tables.values():
        table.to_metadata(md)
    Table(
        "bench_item",
        md,
        Column("id", Integer, primary_key=True),
        Column("code", String(40), nullable=False, unique=True),
        Column("name", String(200), nullable=False),
        Column("unit", String(10), nullable=False),
        Column("avg_cost", ExactDecimal(18, 6), nullable=False),
        Column("active", Boolean, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
    )
    Table(
        "bench_location",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String(100), nullable=False),
        Column("kind", String(20), nullable=False),
    )
    move = Table(
        "bench_move",
        md,
        Column("id", BigId, primary_key=True),
        Column("item_id", Integer, ForeignKey("bench_item.id"), nullable=False),
        Column("from_location_id", Integer, ForeignKey("bench_location.id"), nullable=False),
        Column("to_location_id", Integer, ForeignKey("bench_location.id"), nullable=False),
        Column("quantity", ExactDecimal(18, 4), nullable=False),
        Column("unit_cost", ExactDecimal(18, 6), nullable=False),
        Column("value", ExactDecimal(18, 2), nullable=False),
        Column("moved_at", UTCDateTime(), nullable=False),
        Column("document", String(40), nullable=False),
        Column("idempotency_key", String(36), nullable=False, unique=True),
    )
    Index("ix_bench_move_item_id", move.c.item_id)
    Table(
        "bench_balance",
        md,
        Column("item_id", Integer, ForeignKey("bench_item.id"), primary_key=True),
        Column("location_id", Integer, ForeignKey("bench_location.id"), primary_key=True),
        Column("quantity", ExactDecimal(18, 4), nullable=False),
        Column("value", ExactDecimal(18, 2), nullable=False),
    )
    Table(
        "bench_invoice",
        md,
        Column("id", Integer, primary_key=True),
        Column("number", String(30), nullable=False, unique=True),
        Column("customer", String(200), nullable=False),
        Column("issued_on", Date, nullable=False),
        Column("total", ExactDecimal(18, 2), nullable=False),
        Column("pdf", LargeBinary),
    )
    Table(
        "bench_invoice_line",
        md,
        Column("id", Integer, primary_key=True),
        Column("invoice_id", Integer, ForeignKey("bench_invoice.id"), nullable=False),
        Column("item_id", Integer, ForeignKey("bench_item.id"), nullable=False),
        Column("quantity", ExactDecimal(18, 4), nullable=False),
        Column("unit_price", ExactDecimal(18, 6), nullable=False),
        Column("amount", ExactDecimal(18, 2), nullable=False),
        Column("tax", ExactDecimal(18, 2), nullable=False),
    )
    return md


MIGRATION = '''
"""Benchmark stock tables.

Revision ID: {revision}
Revises: {down}
"""
import sqlalchemy as sa
from alembic import op

from erp_desktop.db.types import BigId, ExactDecimal, UTCDateTime

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bench_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(10), nullable=False),
        sa.Column("avg_cost", ExactDecimal(18, 6), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "bench_location",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
    )
    op.create_table(
        "bench_move",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("bench_item.id"), nullable=False),
        sa.Column("from_location_id", sa.Integer(), sa.ForeignKey("bench_location.id"), nullable=False),
        sa.Column("to_location_id", sa.Integer(), sa.ForeignKey("bench_location.id"), nullable=False),
        sa.Column("quantity", ExactDecimal(18, 4), nullable=False),
        sa.Column("unit_cost", ExactDecimal(18, 6), nullable=False),
        sa.Column("value", ExactDecimal(18, 2), nullable=False),
        sa.Column("moved_at", UTCDateTime(), nullable=False),
        sa.Column("document", sa.String(40), nullable=False),
        sa.Column("idempotency_key", sa.String(36), nullable=False, unique=True),
    )
    op.create_index("ix_bench_move_item_id", "bench_move", ["item_id"])
    op.create_table(
        "bench_balance",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("bench_item.id"), primary_key=True),
        sa.Column("location_id", sa.Integer(), sa.ForeignKey("bench_location.id"), primary_key=True),
        sa.Column("quantity", ExactDecimal(18, 4), nullable=False),
        sa.Column("value", ExactDecimal(18, 2), nullable=False),
    )
    op.create_table(
        "bench_invoice",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.String(30), nullable=False, unique=True),
        sa.Column("customer", sa.String(200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("total", ExactDecimal(18, 2), nullable=False),
        sa.Column("pdf", sa.LargeBinary()),
    )
    op.create_table(
        "bench_invoice_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("invoice_id", sa.Integer(), sa.ForeignKey("bench_invoice.id"), nullable=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("bench_item.id"), nullable=False),
        sa.Column("quantity", ExactDecimal(18, 4), nullable=False),
        sa.Column("unit_price", ExactDecimal(18, 6), nullable=False),
        sa.Column("amount", ExactDecimal(18, 2), nullable=False),
        sa.Column("tax", ExactDecimal(18, 2), nullable=False),
    )


def downgrade() -> None:
    for name in ("bench_invoice_line", "bench_invoice", "bench_balance", "bench_move",
                 "bench_location", "bench_item"):
        op.drop_table(name)
'''


def bench_versions(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        shutil.copy(script, folder / script.name)
    (folder / f"{REVISION}.py").write_text(
        textwrap.dedent(MIGRATION.format(revision=REVISION, down=revision_chain().head))
    )
    return folder
