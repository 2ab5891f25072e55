"""One way to make an engine for a book, SQLite or PostgreSQL.

SQLite: every connection gets foreign keys on, a busy timeout and FULL sync
in WAL mode; the driver's own transaction handling is switched off so that we
issue ``BEGIN IMMEDIATE`` for write transactions (a writer takes the lock at
the start, never half-way through) and a plain ``BEGIN`` for reads.

PostgreSQL: pre-ping, a short connect timeout, lock and statement timeouts,
UTC session time zone, and an application name that shows in pg_stat_activity.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Engine, create_engine, event

from erp_desktop.db.location import BookLocation

WRITE_OPTION = "erp_write"
SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 5
PG_LOCK_TIMEOUT_MS = 15_000
PG_STATEMENT_TIMEOUT_MS = 300_000


def create_book_engine(location: BookLocation, *, read_only: bool = False, **kw: Any) -> Engine:
    if location.is_sqlite:
        return _sqlite_engine(location, read_only=read_only, **kw)
    return _postgres_engine(location, read_only=read_only, **kw)


def _sqlite_engine(location: BookLocation, *, read_only: bool, **kw: Any) -> Engine:
    path = location.path
    # In a folder that cannot be written SQLite cannot make the WAL's -shm file, and
    # refuses even to read; "immutable" reads the file as it is.
    fixed = "&immutable=1" if read_only and not os.access(path.parent, os.W_OK) else ""
    url = (
        f"sqlite:///file:{path}?mode=ro{fixed}&uri=true" if read_only else location.sqlalchemy_url()
    )
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **kw,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = FULL")
        # A big book (a million moves) is read at random places by every posting: the
        # default 2 MB page cache made each lookup a trip to the OS (bench/stock.py).
        cursor.execute("PRAGMA cache_size = -65536")  # up to 64 MB, used as needed
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_engine(location: BookLocation, *, read_only: bool = False, **kw: Any) -> Engine:
    options = " ".join(
        [
            *(["-c default_transaction_read_only=on"] if read_only else []),
            f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}",
            f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}",
            "-c idle_in_transaction_session_timeout=600000",
            "-c TimeZone=UTC",
        ]
    )
    connect_args = {
        "connect_timeout": PG_CONNECT_TIMEOUT_S,
        "application_name": "erp-desktop",
        "options": options,
    }
    connect_args.update(kw.pop("connect_args", {}))
    return create_engine(
        location.sqlalchemy_url(),
        pool_pre_ping=True,
        pool_size=kw.pop("pool_size", 4),
        max_overflow=kw.pop("max_overflow", 4),
        connect_args=connect_args,
        **kw,
    )
