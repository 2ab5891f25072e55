"""Schema state of a book and bringing it to this program's revision.

The state check is cheap (no Alembic import). An upgrade runs every pending
revision in one transaction: on PostgreSQL DDL is transactional; on SQLite
too, with foreign keys switched off for the duration (SQLite's documented way
to change tables) and ``foreign_key_check`` run before the commit. Before an
SQLite book is upgraded, a backup is taken with the online backup API next
to the book, its name carrying the date and the old revision. A crash during
the upgrade leaves the book at its old revision; the backup stays.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from erp_desktop import __version__
from erp_desktop.db.engine import WRITE_OPTION
from erp_desktop.db.failures import sqlstate
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import APPLICATION
from erp_desktop.db.revisions import RevisionChain, revision_chain
from erp_desktop.db.sqlite_file import backup_file
from erp_desktop.errors import BookError, BookTooNew
from erp_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables at all: a new book can be made here
    FOREIGN = "foreign"  # tables, but not ours
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None
    head: str
    last_app_version: str | None = None


def read_revision(conn: Connection) -> str | None:
    try:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except Exception as exc:
        conn.rollback()
        refuse_if_denied(exc)
        return None
    return row[0] if row else None


class _Denied(Exception):
    sqlstate = "42501"


def refuse_if_denied(exc: BaseException) -> None:
    """A server user without the right to read the book is told so, not "another program"."""
    if sqlstate(exc) == "42501":
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server refused this server user access to the book (permission denied). "
                "Sign in with your own user of this book, or ask the administrator to give "
                "you one.",
            )
        ) from exc


def read_meta(conn: Connection, key: str) -> str | None:
    try:
        row = conn.execute(text("SELECT value FROM book_meta WHERE key = :k"), {"k": key}).first()
    except Exception:
        conn.rollback()
        return None
    return row[0] if row else None


def schema_status(conn: Connection, chain: RevisionChain | None = None) -> SchemaStatus:
    chain = chain or revision_chain()
    revision = read_revision(conn)
    if revision is None and conn.dialect.name == "postgresql":
        # without USAGE on the schema the book's tables are simply not found
        usage = conn.execute(text("SELECT has_schema_privilege('public', 'USAGE')")).scalar()
        if not usage:
            refuse_if_denied(_Denied())
    if revision is None:
        has_tables = bool(inspect(conn).get_table_names())
        state = SchemaState.FOREIGN if has_tables else SchemaState.EMPTY
        return SchemaStatus(state, None, chain.head)
    if read_meta(conn, "application") != APPLICATION:
        return SchemaStatus(SchemaState.FOREIGN, revision, chain.head)
    last = read_meta(conn, "schema_app_version")
    if revision == chain.head:
        return SchemaStatus(SchemaState.CURRENT, revision, chain.head, last)
    if chain.knows(revision):
        return SchemaStatus(SchemaState.OLDER, revision, chain.head, last)
    return SchemaStatus(SchemaState.NEWER, revision, chain.head, last)


def refuse_newer(status: SchemaStatus, where: str) -> None:
    if status.state is SchemaState.NEWER:
        raise BookTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "The book {where} was saved by ERP Desktop {version}, newer than this program "
                "({ours}). Install ERP Desktop {version} or later to open it. The book was "
                "not changed.",
            ),
            where=where,
            version=status.last_app_version or "?",
            ours=__version__,
        )


def migrate(
    engine: Engine,
    target: str = "head",
    *,
    versions: Path | None = None,
    after: Callable[[Connection], None] | None = None,
) -> None:
    """Run Alembic up to ``target`` (then ``after``) in one transaction on ``engine``."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None  # an open connection has its DB-API connection
        if sqlite:  # outside any transaction, where SQLite honours it
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                run_alembic(conn, target, versions=versions)
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"upgrade broke foreign keys: {problems[:5]}")
                _write_meta(conn, "schema_app_version", __version__)
                if after is not None:
                    after(conn)
                if not sqlite and target == "head":  # every user a role; guards need head
                    from erp_desktop.db.pg_security import apply_security

                    apply_security(conn)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def run_alembic(conn: Connection, target: str = "head", *, versions: Path | None = None) -> None:
    """Run Alembic up to ``target`` inside the caller's transaction on ``conn``."""
    from alembic import command
    from alembic.config import Config

    from erp_desktop.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    if versions is not None:
        config.set_main_option("version_locations", str(versions))
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def backup_before_upgrade(location: BookLocation, old_revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = location.path
    base = f"{path.stem}.before-upgrade-{stamp}-{old_revision}"
    target = path.with_name(f"{base}{path.suffix}")
    count = 1
    while target.exists():  # a retry after an interrupted upgrade keeps the first backup
        count += 1
        target = path.with_name(f"{base}-{count}{path.suffix}")
    return backup_file(path, target)


def upgrade_book(
    engine: Engine, location: BookLocation, status: SchemaStatus, *, versions: Path | None = None
) -> Path | None:
    """Bring an older book to head; returns the backup taken (SQLite) or None."""
    refuse_newer(status, location.display())
    if status.state is not SchemaState.OLDER:
        return None
    backup = None
    if location.is_sqlite and status.revision:
        backup = backup_before_upgrade(location, status.revision)
        log.info("backup before upgrade: %s", backup)
    log.info("upgrading %s from %s to %s", location.display(), status.revision, status.head)
    try:
        migrate(engine, versions=versions)
    except Exception as exc:
        log.exception("upgrade of %s failed", location.display())
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Upgrading the book failed and was undone; the book is as it was. A backup "
                "is at {backup}. ({reason})",
            ),
            backup=backup or "-",
            reason=exc,
        ) from exc
    return backup


def _write_meta(conn: Connection, key: str, value: str) -> None:
    updated = conn.execute(
        text("UPDATE book_meta SET value = :v WHERE key = :k"), {"k": key, "v": value}
    ).rowcount
    if not updated:
        conn.execute(
            text("INSERT INTO book_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
        )
