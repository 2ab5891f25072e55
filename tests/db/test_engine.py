"""Engine behaviour: SQLite pragmas and write locks, PostgreSQL retries, error mapping."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import select, text

from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.models.setting import BookSetting
from tests.helpers import read_only_mount_available


def test_every_sqlite_connection_has_our_pragmas(sqlite_book) -> None:
    with sqlite_book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == 0x45525044


def test_sqlite_write_transaction_takes_the_lock_at_begin(sqlite_book) -> None:
    book = sqlite_book
    inside = threading.Event()
    release = threading.Event()

    def hold(session) -> None:
        session.execute(select(BookSetting)).all()  # reads only: the lock is already ours
        inside.set()
        release.wait(10)

    worker = threading.Thread(target=lambda: book.run(hold))
    worker.start()
    try:
        assert inside.wait(10)
        other = sqlite3.connect(book.location.path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    finally:
        release.set()
        worker.join()


def test_foreign_keys_are_enforced_and_reported_plainly(book) -> None:
    def bad(session) -> None:
        session.add(BookSetting(key="x", value="1", updated_by_id=9999))
        session.flush()

    with pytest.raises(ValidationError) as caught:
        book.run(bad)
    assert "conflicts with data already saved" in str(caught.value)
    assert book.read(lambda s: s.get(BookSetting, "x")) is None


@pytest.mark.postgresql
def test_deadlocked_units_of_work_are_retried_to_success(pg_book) -> None:
    book = pg_book  # SQLite serialises writers: deadlocks cannot happen there
    book.run(
        lambda s: s.add_all([BookSetting(key="a", value="0"), BookSetting(key="b", value="0")])
    )
    barrier = threading.Barrier(2, timeout=10)
    attempts = {"ab": 0, "ba": 0}
    errors: list[BaseException] = []

    def lock_in_order(first: str, second: str):
        def work(session) -> None:
            attempts[first + second] += 1
            session.execute(
                text("SELECT key FROM book_setting WHERE key = :k FOR UPDATE"), {"k": first}
            )
            if attempts[first + second] == 1:
                barrier.wait()  # both hold their first lock: each now waits for the other's
            session.execute(
                text("UPDATE book_setting SET value = value || '+' WHERE key = :k"), {"k": second}
            )

        def run() -> None:
            try:
                book.run(work)
            except BaseException as exc:
                errors.append(exc)

        return threading.Thread(target=run)

    threads = [lock_in_order("a", "b"), lock_in_order("b", "a")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert attempts["ab"] + attempts["ba"] == 3  # the deadlock victim ran once more
    values = book.read(lambda s: {r.key: r.value for r in s.scalars(select(BookSetting))})
    assert values == {"a": "0+", "b": "0+"}


def test_read_only_book_refuses_writes(sqlite_book) -> None:
    from erp_desktop.db.book import open_book

    sqlite_book.close()
    book = open_book(sqlite_book.location, read_only=True)
    try:
        with pytest.raises(ErpError, match="read-only"):
            book.run(lambda s: None)
        assert book.read(lambda s: s.scalar(text("SELECT COUNT(*) FROM company"))) == 1
    finally:
        book.close()


def test_sqlite_write_waits_out_a_short_lock_held_elsewhere(sqlite_book, monkeypatch) -> None:
    """Another process holds the write lock for a while, less than the busy timeout:
    the unit of work waits and goes through."""
    import erp_desktop.db.engine as engine_module

    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 2000)
    from erp_desktop.db.book import open_book

    sqlite_book.close()
    book = open_book(sqlite_book.location)
    holder = sqlite3.connect(book.location.path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.6, holder.execute, args=("ROLLBACK",)).start()
    try:
        book.run(lambda s: s.add(BookSetting(key="waited", value="1")))
    finally:
        book.close()
        holder.close()
    reopened = open_book(sqlite_book.location)
    assert reopened.read(lambda s: s.get(BookSetting, "waited")) is not None
    reopened.close()


def test_a_lock_held_past_the_busy_timeout_is_named_after_one_wait(
    sqlite_book, monkeypatch
) -> None:
    """Six retries of a 15 s busy timeout made a user wait 91 s: one wait, then a message."""
    import erp_desktop.db.engine as engine_module

    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 400)
    from erp_desktop.db.book import open_book

    sqlite_book.close()
    book = open_book(sqlite_book.location)
    holder = sqlite3.connect(book.location.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(ErpError) as caught:
            book.run(lambda s: s.add(BookSetting(key="blocked", value="1")))
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert 0.35 < waited < 0.8
    assert str(caught.value).startswith(f"Another program holds the book {book.location.path}")
    assert book.read(lambda s: s.get(BookSetting, "blocked")) is None
    book.close()


DISK_FULL_SCRIPT = """
import sys
from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import ErpError
from erp_desktop.models.setting import BookSetting

book = open_book(BookLocation.parse(sys.argv[1]))
try:
    book.run(lambda s: s.add(BookSetting(key="big", value="x" * 3_000_000)))
except ErpError as error:
    print("REFUSED", error)
print("KEPT", book.read(lambda s: s.get(BookSetting, "big")) is None)
"""


@pytest.mark.skipif(not read_only_mount_available(), reason="needs root, unshare and mount")
def test_a_full_disk_is_named_with_its_folder(sqlite_book, tmp_path) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    small = tmp_path / "small"
    small.mkdir()
    size = path.stat().st_size + 512 * 1024  # the book fits; three more megabytes do not
    command = (
        f"mount -t tmpfs -o size={size} tmpfs '{small}' && cp '{path}' '{small}/shop.erpbook'"
        f" && exec '{sys.executable}' -c '{DISK_FULL_SCRIPT}' '{small}/shop.erpbook'"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", command], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert f"REFUSED The disk holding the book is full ({small})." in result.stdout
    assert "KEPT True" in result.stdout
