"""A book: an open database with its session factories and unit-of-work runner.

``open_book`` checks what is at the location before touching it (a text file,
a folder, another program's database, a newer book are all refused with a
message, and nothing is written), upgrades an older book after a backup, and
returns a :class:`Book`. ``create_book`` makes a new one.

Transactions belong to the caller: ``book.run(work)`` runs ``work(session)``
in one write transaction (BEGIN IMMEDIATE on SQLite) and commits; on a
PostgreSQL serialization failure or deadlock the whole unit of work runs
again, a bounded number of times, so ``work`` must do all of its reading
inside. On SQLite the busy timeout (~15 s) is the only wait for the write
lock; then the user is told another program holds the book.
``book.read(work)`` does the same without writing.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from erp_desktop import __version__
from erp_desktop.db.engine import WRITE_OPTION, create_book_engine
from erp_desktop.db.failures import (
    connect_error,
    is_retryable,
    sqlite_file_error,
    user_error,
)
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import (
    APPLICATION,
    MIGRATED_TO,
    MIGRATION_STATE,
    STATE_INCOMPLETE,
)
from erp_desktop.db.move_log import clean_up_abandoned
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.sqlite_file import (
    APPLICATION_ID,
    FileState,
    cannot_write,
    damaged,
    inspect_file,
    is_damage,
    refuse_read_only,
    refuse_unless_book,
    refuse_unless_creatable,
)
from erp_desktop.db.types import utc_now
from erp_desktop.db.upgrade import (
    SchemaState,
    SchemaStatus,
    migrate,
    read_meta,
    refuse_newer,
    schema_status,
    upgrade_book,
)
from erp_desktop.db.watch import CHANNEL  # the change notification: NOTIFY here, LISTEN there
from erp_desktop.errors import BookError, ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_ATTEMPTS = 6


class BookMoved(BookError):
    """The book file was moved to a server while it was open here; nothing was saved."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The book has just moved to {where}. Nothing was saved here: open the book "
                "there and save again.",
            ),
            where=where,
        )


class Book:
    def __init__(
        self,
        location: BookLocation,
        engine: Engine,
        status: SchemaStatus,
        *,
        read_only: bool = False,
        upgrade_backup: Path | None = None,
        moved_to: str | None = None,
    ) -> None:
        self.location = location
        self.moved_to = moved_to  # set on a book that was moved elsewhere (opened read-only)
        self.client_id = uuid.uuid4().hex  # this process, in change notifications
        self.engine = engine
        self.revision = status.revision
        self.read_only = read_only
        self.file_read_only = False  # the file cannot be written here (opened read-only)
        self.upgrade_backup = upgrade_backup
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def kind(self) -> str:
        return self.location.kind

    def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction, retrying it on deadlock/serialization."""
        if self.moved_to:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This book was moved to {where}. This copy is kept read-only; open the "
                    "book there to work in it.",
                ),
                where=self.moved_to,
            )
        if self.file_read_only:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The book file {path} is read-only here; nothing can be saved. Copy it "
                    "to a folder you can write to, or ask your IT person for permission "
                    "to write it.",
                ),
                path=self.location.path,
            )
        if self.read_only:
            raise BookError(
                QT_TRANSLATE_NOOP("errors", "This book is open read-only; nothing can be changed.")
            )
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self._write.begin() as session:
                    result = work(session)
                    self._refuse_if_moved(session)
                    if self.kind == "postgresql":  # delivered at commit, dropped on rollback
                        session.execute(
                            text("SELECT pg_notify(:channel, :who)"),
                            {"channel": CHANNEL, "who": self.client_id},
                        )
                    return result
            except DBAPIError as exc:
                if is_retryable(exc) and attempt < MAX_ATTEMPTS:
                    delay = random.uniform(0.01, 0.05) * 2 ** (attempt - 1)
                    log.info("retrying unit of work after %s (attempt %d)", exc.orig, attempt)
                    time.sleep(delay)
                    continue
                raise self._user_error(exc) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _user_error(self, exc: DBAPIError) -> ErpError:
        if self.location.is_sqlite:
            return sqlite_file_error(exc, self.location.path) or user_error(exc)
        return user_error(exc)

    def _refuse_if_moved(self, session: Session) -> None:
        """Just before commit: a move (maybe by another program or PC) may have ended while
        this book was open; then nothing is saved here. The writes above waited for the
        move's freeze (SQLite's write lock; the server's table locks), so this sees its mark."""
        where = session.execute(
            text("SELECT value FROM book_meta WHERE key = :k"), {"k": MIGRATED_TO}
        ).scalar()
        if where:
            raise BookMoved(where)

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a read transaction."""
        try:
            with self._read() as session, session.begin():
                return work(session)
        except DBAPIError as exc:
            raise self._user_error(exc) from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session for code that reads in several steps (list models)."""
        with self._read() as session:
            yield session

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return read_meta(conn, key)

    def close(self) -> None:
        if self.location.is_sqlite and not self.read_only:
            # SQLite's advice for long-lived databases: refresh the planner's statistics
            # where they went stale (a book that grew by imports keeps its fast plans).
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except DBAPIError:
                log.info("PRAGMA optimize skipped (book busy)")
        self.engine.dispose()


def open_book(
    location: BookLocation,
    *,
    upgrade: bool = True,
    read_only: bool = False,
    for_writing: bool = False,
    versions: Path | None = None,
) -> Book:
    """Open an existing book; refuse anything else with a message, changing nothing.

    A book file that cannot be written here (read-only file, folder or disk) opens
    read-only (``Book.file_read_only``); with ``for_writing`` (commands that change the
    book) it is refused up front instead."""
    file_read_only = False
    if location.is_sqlite:
        refuse_unless_book(location.path)
        reason = None if read_only else cannot_write(location.path)
        if reason is not None:
            if for_writing:
                raise refuse_read_only(location.path, reason)
            read_only = file_read_only = True  # look, but not save: the window says so
        if not read_only:
            try:
                clean_up_abandoned(location.path)  # a move to a server that was killed
            except sqlite3.DatabaseError as exc:
                if is_damage(exc):
                    raise damaged(location.path, exc) from exc
                raise
    engine = create_book_engine(location, read_only=read_only)
    try:
        status = _status(engine, location, versions)
        if status.state is SchemaState.EMPTY:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} holds no book yet. Create one there with “erp-desktop init”.",
                ),
                where=location.display(),
            )
        if status.state is SchemaState.FOREIGN and _unfinished_move(engine):
            status = SchemaStatus(SchemaState.CURRENT, status.revision, status.head)
        if status.state is SchemaState.FOREIGN:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} holds data of another program, not an ERP Desktop book. "
                    "Nothing was changed.",
                ),
                where=location.display(),
            )
        refuse_newer(status, location.display())
        with engine.connect() as conn:
            state, moved_to = read_meta(conn, MIGRATION_STATE), read_meta(conn, MIGRATED_TO)
        if state == STATE_INCOMPLETE:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} holds an unfinished move of a book, not a usable book. Run the "
                    "move again from the original (Settings ▸ Move this book to a server, or "
                    "“erp-desktop migrate”); it finishes or starts over safely.",
                ),
                where=location.display(),
            )
        if moved_to:
            if status.state is SchemaState.OLDER:
                raise BookError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This book was moved to {where}. Open the book there."
                    ),
                    where=moved_to,
                )
            if not read_only:
                engine.dispose()
                engine = create_book_engine(location, read_only=True)
            return Book(location, engine, status, read_only=True, moved_to=moved_to)
        if not location.is_sqlite and not read_only and status.state is SchemaState.CURRENT:
            _secure(engine, location, upgrade=upgrade)  # an older book gets it by upgrading
        backup = None
        if status.state is SchemaState.OLDER:
            if file_read_only:
                raise refuse_read_only(location.path, reason or "")
            if not upgrade or read_only:
                raise BookError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The book {where} must be upgraded before use: run “erp-desktop upgrade”.",
                    ),
                    where=location.display(),
                )
            backup = upgrade_book(engine, location, status, versions=versions)
            status = _status(engine, location, versions)
        book = Book(location, engine, status, read_only=read_only, upgrade_backup=backup)
        book.file_read_only = file_read_only
        return book
    except BaseException:
        engine.dispose()
        raise


def create_book(location: BookLocation, *, versions: Path | None = None) -> Book:
    """Make a new, empty book (schema and book facts; no company yet)."""
    if location.is_sqlite:
        path = location.path
        if inspect_file(path) is not FileState.OURS:  # an interrupted init may be resumed
            refuse_unless_creatable(path)
            _new_sqlite_file(path)
    engine = create_book_engine(location)
    try:
        status = _status(engine, location, versions)
        if status.state is not SchemaState.EMPTY:
            refuse_newer(status, location.display())
            if status.state in (SchemaState.CURRENT, SchemaState.OLDER):
                raise BookError(
                    QT_TRANSLATE_NOOP("errors", "A book already exists at {path}."),
                    path=location.display(),
                )
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} is not empty: a book or other data is already there."
                ),
                where=location.display(),
            )
        migrate(engine, versions=versions, after=_write_book_facts)
        return Book(location, engine, _status(engine, location))
    except BaseException:
        engine.dispose()
        raise


def _write_book_facts(conn: Connection) -> None:
    for key, value in (
        ("application", APPLICATION),
        ("book_id", str(uuid.uuid4())),
        ("created_at", utc_now().isoformat()),
        ("created_by_version", __version__),
    ):
        conn.execute(
            text("INSERT INTO book_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
        )


def _new_sqlite_file(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("PRAGMA journal_mode = WAL")
        con.commit()
    finally:
        con.close()


def _secure(engine: Engine, location: BookLocation, *, upgrade: bool) -> None:
    """A server book made before every user was a role gets its roles and guards."""
    from erp_desktop.db.pg_security import apply_security, security_applied

    with engine.connect() as conn:
        if security_applied(conn):
            return
    if not upgrade:
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The book {where} must be upgraded before use: run “erp-desktop upgrade” "
                "with the book owner's server user.",
            ),
            where=location.display(),
        )
    with engine.begin() as conn:
        apply_security(conn)


def _unfinished_move(engine: Engine) -> bool:
    """A move's first commit marks the target before the book's own facts arrive."""
    with engine.connect() as conn:
        return read_meta(conn, MIGRATION_STATE) == STATE_INCOMPLETE


def _status(engine: Engine, location: BookLocation, versions: Path | None = None) -> SchemaStatus:
    try:
        with engine.connect() as conn:
            return schema_status(conn, revision_chain(versions) if versions else None)
    except DBAPIError as exc:
        if location.is_sqlite:
            raise (sqlite_file_error(exc, location.path) or user_error(exc)) from exc
        if not isinstance(exc, OperationalError):
            raise user_error(exc) from exc
        raise connect_error(exc, location.display()) from exc
