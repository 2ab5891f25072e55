"""A book with edge values: the foundation tables plus two test-only tables holding
every column kind at its limits. The test tables live in their own MetaData and an
extra migration in a temporary versions folder, so the real models stay untouched."""

from __future__ import annotations

import shutil
import textwrap
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

import erp_desktop.models.registry  # noqa: F401
from erp_desktop.db.base import NAMING_CONVENTION, Base
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.types import BigId, ExactDecimal, UTCDateTime
from erp_desktop.paths import migrations_dir

SHANGHAI = ZoneInfo("Asia/Shanghai")
EDGE_REVISION = "9000_edge_values"


def edge_metadata() -> MetaData:
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table(
        "edge_code",
        metadata,
        Column("code", String(10), primary_key=True),
        Column("seq", Integer, primary_key=True),
        Column("label", String(5), nullable=False),
        Column("state", Enum("draft", "posted", "已作废", name="edge_state"), nullable=False),
    )
    Table(
        "edge_value",
        metadata,
        Column("id", BigId, primary_key=True),
        Column("amount", ExactDecimal(18, 2), nullable=False),
        Column("qty", ExactDecimal(18, 4)),
        Column("price", ExactDecimal(18, 6)),
        Column("rate", ExactDecimal(9, 4)),
        Column("name", String(20), nullable=False),
        Column("note", Text),
        Column("flag", Boolean, nullable=False),
        Column("day", Date),
        Column("at", UTCDateTime()),
        Column("data", LargeBinary),
        Column("count", Integer),
        Column("user_id", Integer, ForeignKey("app_user.id")),
    )
    return metadata


MIGRATION = '''
"""Test tables with edge values.

Revision ID: {revision}
Revises: {down}
"""
import sqlalchemy as sa
from alembic import op

import erp_desktop.db.types

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edge_code",
        sa.Column("code", sa.String(10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(5), nullable=False),
        sa.Column("state", sa.Enum("draft", "posted", "已作废", name="edge_state"), nullable=False),
        sa.PrimaryKeyConstraint("code", "seq", name=op.f("pk_edge_code")),
    )
    op.create_table(
        "edge_value",
        sa.Column("id", erp_desktop.db.types.BigId, nullable=False),
        sa.Column("amount", erp_desktop.db.types.ExactDecimal(18, 2), nullable=False),
        sa.Column("qty", erp_desktop.db.types.ExactDecimal(18, 4), nullable=True),
        sa.Column("price", erp_desktop.db.types.ExactDecimal(18, 6), nullable=True),
        sa.Column("rate", erp_desktop.db.types.ExactDecimal(9, 4), nullable=True),
        sa.Column("name", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("flag", sa.Boolean(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("at", erp_desktop.db.types.UTCDateTime(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_edge_value_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edge_value")),
    )
    op.create_index("ix_edge_value_name", "edge_value", ["name"])


def downgrade() -> None:
    op.drop_table("edge_value")
    op.drop_table("edge_code")
    sa.Enum(name="edge_state").drop(op.get_bind(), checkfirst=True)
'''


def edge_versions(folder: Path) -> Path:
    """The program's migrations plus the edge tables, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        shutil.copy(script, folder / script.name)
    (folder / f"{EDGE_REVISION}.py").write_text(
        textwrap.dedent(MIGRATION.format(revision=EDGE_REVISION, down=revision_chain().head))
    )
    return folder


BIG = Decimal("9999999999999999.99")
EDGE_ROWS: list[dict[str, Any]] = [
    {
        "id": 1,
        "amount": BIG,
        "qty": Decimal("99999999999999.9999"),
        "price": Decimal("999999999999.999999"),
        "rate": Decimal("99999.9999"),
        "name": "长" * 20,  # exactly the maximum length, in CJK
        "note": "tab\there\nnewline \\N back\\slash \r| 'quote' \"dq\" 📦🧾",
        "flag": True,
        "day": date(2024, 2, 29),  # leap day
        "at": datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=SHANGHAI),
        "data": bytes(range(256)),
        "count": 2**31 - 1,
        "user_id": 1,
    },
    {
        "id": 2,
        "amount": -BIG,
        "qty": Decimal("-99999999999999.9999"),
        "price": Decimal("-0.000001"),
        "rate": Decimal("-0.0001"),
        "name": "📦" * 20,  # emoji: four UTF-8 bytes each
        "note": "",
        "flag": False,
        "day": date(2000, 2, 29),
        "at": datetime(2024, 3, 1, 0, 0, 0, tzinfo=SHANGHAI),  # 16:00 UTC the day before
        "data": b"",
        "count": -(2**31),
        "user_id": None,
    },
    {
        "id": 3,
        "amount": Decimal("0.01"),
        "qty": None,
        "price": None,
        "rate": None,
        "name": "",
        "note": None,
        "flag": False,
        "day": None,
        "at": None,
        "data": None,
        "count": None,
        "user_id": None,
    },
    {
        "id": 4,
        "amount": Decimal("-0.01"),
        "qty": Decimal("0.0001"),
        "price": Decimal("0.000001"),
        "rate": Decimal("0.1300"),
        "name": "a" * 20,
        "note": "x" * 10_000,
        "flag": True,
        "day": date(1, 1, 1),
        "at": datetime(1, 1, 1, 0, 0, tzinfo=UTC),
        "data": b"\x00\x00\\x00",
        "count": 0,
        "user_id": 1,
    },
    {
        "id": 9_000_000_000,  # beyond 32 bits in a BIGINT key
        "amount": Decimal("0.00"),
        "qty": Decimal("0"),
        "price": Decimal("1"),
        "rate": Decimal("0"),
        "name": "Zürich ÄÖÜ ß 中文",
        "note": "last",
        "flag": True,
        "day": date(9999, 12, 31),
        "at": datetime(9999, 12, 31, 15, 59, 59, 999999, tzinfo=UTC),
        "data": b"\xff",
        "count": 7,
        "user_id": 1,
    },
]
STATES = ("draft", "posted", "已作废")
EDGE_CODES = [
    {"code": code, "seq": seq, "label": label, "state": STATES[seq % 3]}
    for code, seq, label in [
        ("A", 1, "a"),
        ("a", 1, "b"),  # byte order: "A" < "Z" < "a" < "é" < "中"
        ("Z", 2, "c"),
        ("é", 1, "d"),
        ("中", 1, "中文中文中"),
        ("中", 2, ""),
        ("", 3, "empty"),
    ]
]
