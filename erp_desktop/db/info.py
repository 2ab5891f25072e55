"""Describing a book without SQLAlchemy or Qt (``erp-desktop info`` must be quick).

Reads through the plain DB-API driver, read-only: an SQLite file is opened
with ``mode=ro``; a PostgreSQL book in a read-only transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from erp_desktop.db.location import BookLocation
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.sqlite_file import damaged, is_damage, refuse_unless_book
from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP


@dataclass
class BookDescription:
    kind: str
    location: str
    revision: str | None
    schema: str  # current, older, newer, none
    program_head: str
    meta: dict[str, str] = field(default_factory=dict)
    company: str | None = None
    size_bytes: int | None = None
    counts: dict[str, int] = field(default_factory=dict)


def describe_book(location: BookLocation) -> BookDescription:
    if location.is_sqlite:
        refuse_unless_book(location.path)
        uri = f"{location.path.as_uri()}?mode=ro"
        con: Any = sqlite3.connect(uri, uri=True, timeout=15)
        tables_sql = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        size = sum(
            p.stat().st_size
            for p in (location.path, location.path.with_name(location.path.name + "-wal"))
            if p.exists()
        )
    else:
        con = _pg_connect(location)
        con.read_only = True
        tables_sql = (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        size = None
    try:
        cur = con.cursor()
        tables = [row[0] for row in cur.execute(tables_sql).fetchall()]
        if "book_meta" not in tables or "alembic_version" not in tables:
            raise BookError(
                QT_TRANSLATE_NOOP("errors", "{where} is not an ERP Desktop book."),
                where=location.display(),
            )
        revision = cur.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision[0] if revision else None
        meta = dict(cur.execute("SELECT key, value FROM book_meta").fetchall())
        company = None
        if "company" in tables:
            row = cur.execute("SELECT name FROM company").fetchone()
            company = row[0] if row else None
        counts = {
            name: cur.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            for name in tables
            if name != "alembic_version"
        }
        if size is None:
            size = cur.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        raise damaged(location.path, exc) from exc
    finally:
        con.close()
    chain = revision_chain()
    if revision == chain.head:
        schema = "current"
    elif revision and chain.knows(revision):
        schema = "older"
    elif revision:
        schema = "newer"
    else:
        schema = "none"
    return BookDescription(
        kind=location.kind,
        location=location.display(),
        revision=revision,
        schema=schema,
        program_head=chain.head,
        meta=meta,
        company=company,
        size_bytes=size,
        counts=counts,
    )


def _pg_connect(location: BookLocation) -> Any:
    import psycopg

    try:
        return psycopg.connect(
            location.libpq_conninfo(), connect_timeout=5, application_name="erp-desktop"
        )
    except psycopg.OperationalError as exc:
        from erp_desktop.db.failures import connect_error

        raise connect_error(exc, location.display()) from exc
