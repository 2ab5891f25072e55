"""Migrations: they agree with the models, and upgrading an old book is safe."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

import erp_desktop.models.registry  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.book import _new_sqlite_file, _write_book_facts, create_book, open_book
from erp_desktop.db.engine import create_book_engine
from erp_desktop.db.location import BookLocation
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.upgrade import migrate
from erp_desktop.paths import migrations_dir
from tests.helpers import ROOT

FIRST = revision_chain().order[0]


def test_models_and_migrations_agree(empty_url: str) -> None:
    book = create_book(BookLocation.parse(empty_url))
    try:
        with book.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        book.close()
    assert diff == []


def make_old_book(url: str) -> BookLocation:
    """A book as the first release of the schema left it."""
    location = BookLocation.parse(url)
    if location.is_sqlite:
        _new_sqlite_file(location.path)
    engine = create_book_engine(location)
    migrate(engine, FIRST, after=_write_book_facts)
    engine.dispose()
    return location


@pytest.mark.skipif(len(revision_chain().order) < 2, reason="only one revision so far")
def test_older_book_is_upgraded_after_a_backup(empty_url: str) -> None:
    location = make_old_book(empty_url)
    book = open_book(location)
    try:
        assert book.revision == revision_chain().head
        assert book.meta("schema_app_version")
        tables = set(inspect(book.engine).get_table_names())
        assert {"audit_event", "number_series"} <= tables
    finally:
        book.close()
    if location.is_sqlite:
        backup = book.upgrade_backup
        assert backup is not None and backup.parent == location.path.parent
        assert FIRST in backup.name
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        con.close()
    else:
        assert book.upgrade_backup is None  # PostgreSQL upgrades in one transaction


CRASHING_REVISION = '''
"""A revision that dies half-way (test only)."""
import os, signal
import sqlalchemy as sa
from alembic import op

revision = {revision!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    os.kill(os.getpid(), signal.SIGKILL)


def downgrade():
    pass
'''


@pytest.mark.skipif(len(revision_chain().order) < 2, reason="only one revision so far")
def test_upgrade_killed_half_way_leaves_the_book_as_it_was(empty_url: str, tmp_path: Path) -> None:
    location = make_old_book(empty_url)
    chain = revision_chain()
    versions = tmp_path / "versions"
    versions.mkdir()
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        if script.name.startswith(FIRST):
            shutil.copy(script, versions / script.name)
    (versions / "second_crash.py").write_text(
        textwrap.dedent(CRASHING_REVISION.format(revision=chain.order[1], down=FIRST))
    )
    code = (
        "from pathlib import Path\n"
        "from erp_desktop.db.book import open_book\n"
        "from erp_desktop.db.location import BookLocation\n"
        f"open_book(BookLocation.parse({location.target!r}), versions=Path({str(versions)!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120
    )
    assert result.returncode == -9, result.stderr
    engine = create_book_engine(location)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == FIRST
        assert "half_done" not in inspect(conn).get_table_names()
    engine.dispose()
    if location.is_sqlite:
        backups = list(location.path.parent.glob(f"{location.path.stem}.before-upgrade-*"))
        assert len(backups) == 1
    book = open_book(location)  # restarting the program finishes the upgrade
    assert book.revision == chain.head
    book.close()
    if location.is_sqlite:  # the first backup is kept, the retry made its own
        assert len(list(location.path.parent.glob(f"{location.path.stem}.before-upgrade-*"))) == 2
