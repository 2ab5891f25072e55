"""Another PC's change is noticed; a dropped connection is noticed and healed."""

from __future__ import annotations

import sqlite3
import threading
import time

import psycopg
import pytest

from erp_desktop.db.book import open_book
from erp_desktop.db.watch import BookWatcher
from erp_desktop.services import audit


def wait_for(predicate, timeout: float = 15) -> bool:
    """Poll a condition (another thread or server does the work), up to ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def watcher_listening(book) -> bool:
    """The watcher's connection has run LISTEN (its last statement is LISTEN or a heartbeat)."""
    with psycopg.connect(book.location.libpq_conninfo(), autocommit=True) as admin:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name = 'erp-desktop watcher' "
            "AND (query ILIKE 'LISTEN%%' OR query = 'SELECT 1')",
            (book.location.server[2],),
        ).fetchone()
    return bool(row and row[0])


def touch(book) -> None:
    book.run(lambda s: audit.record(s, user_id=1, action="test.touch", subject="x"))


@pytest.mark.postgresql
def test_a_write_on_another_pc_is_noticed_but_not_our_own(pg_book) -> None:
    changes: list[int] = []
    watcher = BookWatcher(pg_book.location, pg_book.client_id, lambda: changes.append(1))
    watcher.start()
    try:
        assert wait_for(lambda: watcher_listening(pg_book))
        touch(pg_book)  # our own write: no refresh needed
        other = open_book(pg_book.location)
        try:
            touch(other)
        finally:
            other.close()
        # Notifications arrive in commit order, so ours (committed first) has been read
        # and skipped by the time the other PC's is counted: exactly one, no waiting more.
        assert wait_for(lambda: len(changes) >= 1)
        assert changes == [1]
    finally:
        watcher.stop()


@pytest.mark.postgresql
def test_a_terminated_connection_is_reported_and_restored(pg_book) -> None:
    states: list[bool] = []
    changes = threading.Event()
    watcher = BookWatcher(
        pg_book.location, pg_book.client_id, changes.set, lambda ok: states.append(ok)
    )
    watcher.start()
    try:
        assert wait_for(lambda: watcher_listening(pg_book))
        database = pg_book.location.server[2]
        with psycopg.connect(pg_book.location.libpq_conninfo(), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = 'erp-desktop watcher'",
                (database,),
            )
        assert wait_for(lambda: states[-2:] == [False, True])
        assert changes.is_set()  # after a gap, screens refresh
        touch(pg_book)  # the book's own pool reconnects too (pre-ping)
    finally:
        watcher.stop()


def test_sqlite_changes_by_another_process_are_seen_on_check(sqlite_book) -> None:
    changes: list[int] = []
    watcher = BookWatcher(sqlite_book.location, sqlite_book.client_id, lambda: changes.append(1))
    watcher.start()
    try:
        watcher.check()
        assert changes == []
        con = sqlite3.connect(sqlite_book.location.path)
        con.execute(
            "INSERT INTO book_setting (key, value, updated_at) "
            "VALUES ('k', 'v', '2026-01-01 00:00:00.000000')"
        )
        con.commit()
        con.close()
        watcher.check()
        assert changes == [1]
    finally:
        watcher.stop()


def test_sqlite_our_own_write_counted_as_seen_is_not_reported(sqlite_book) -> None:
    changes: list[int] = []
    watcher = BookWatcher(sqlite_book.location, sqlite_book.client_id, lambda: changes.append(1))
    watcher.start()
    try:
        touch(sqlite_book)  # this program's own save, already on screen
        watcher.sync()
        watcher.check()
        assert changes == []
        touch(sqlite_book)  # not synced: looks like anyone's change
        watcher.check()
        assert changes == [1]
    finally:
        watcher.stop()
