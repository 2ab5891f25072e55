"""Database exceptions become messages a user can act on; which failures are retried."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from erp_desktop.db.failures import (
    connect_error,
    is_retryable,
    is_unique_violation,
    sqlite_file_error,
    sqlstate,
    user_error,
)
from erp_desktop.db.sqlite_file import DamagedBook
from erp_desktop.errors import ConflictError, DatabaseUnavailable, ValidationError


def wrapped(orig: BaseException) -> DBAPIError:
    """The exception SQLAlchemy raises around a driver's error."""
    return DBAPIError.instance("UPDATE t SET x = 1", {}, orig, type(orig))  # type: ignore[arg-type]


def integrity_error(tmp_path: Path) -> IntegrityError:
    engine = create_engine(f"sqlite:///{tmp_path / 'unique.db'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE item (code TEXT CONSTRAINT uq_item_code UNIQUE)"))
            conn.execute(text("INSERT INTO item VALUES ('A')"))
            conn.execute(text("INSERT INTO item VALUES ('A')"))
    except IntegrityError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the duplicate was accepted")


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (psycopg.errors.SerializationFailure("could not serialize access"), True),
        (psycopg.errors.DeadlockDetected("deadlock detected"), True),
        (psycopg.errors.LockNotAvailable("could not obtain lock"), False),
        (psycopg.errors.UniqueViolation("duplicate key"), False),
        (sqlite3.OperationalError("database is locked"), False),  # the busy timeout waited
    ],
)
def test_only_serialization_failures_and_deadlocks_run_again(error: Exception, retry: bool) -> None:
    assert is_retryable(wrapped(error)) is retry


def test_sqlstate_is_read_through_the_wrapper() -> None:
    assert sqlstate(wrapped(psycopg.errors.DeadlockDetected("x"))) == "40P01"
    assert sqlstate(wrapped(sqlite3.OperationalError("x"))) is None


def test_a_unique_violation_is_recognised_on_sqlite(tmp_path: Path) -> None:
    exc = integrity_error(tmp_path)
    assert is_unique_violation(exc)
    assert is_unique_violation(exc, "uq_item_code")  # SQLite names no constraint: any unique
    assert not is_unique_violation(wrapped(sqlite3.OperationalError("database is locked")))


def test_an_integrity_error_reaching_the_boundary_says_nothing_was_saved(tmp_path: Path) -> None:
    error = user_error(integrity_error(tmp_path))
    assert isinstance(error, ValidationError)
    assert str(error) == (
        "The book refused the change because it conflicts with data already saved (possibly "
        "by another user at the same moment). Nothing was saved. Reload and try again. "
        "[UNIQUE constraint failed: item.code]"
    )


@pytest.mark.parametrize(
    "orig",
    [psycopg.errors.SerializationFailure("x"), psycopg.errors.LockNotAvailable("y")],
)
def test_busy_books_ask_to_try_again(orig: Exception) -> None:
    error = user_error(wrapped(orig))
    assert isinstance(error, ConflictError)
    assert str(error).startswith("The book is busy: other users are saving the same data.")


def test_a_lost_connection_keeps_what_was_typed() -> None:
    lost = OperationalError(
        "SELECT 1", {}, psycopg.OperationalError("server closed the connection\nmore")
    )
    error = user_error(lost)
    assert isinstance(error, DatabaseUnavailable)
    assert str(error) == (
        "The connection to the book was lost. What you typed is kept; try again when the "
        "server can be reached. (server closed the connection)"
    )


def test_a_read_only_book_says_so() -> None:
    error = user_error(wrapped(sqlite3.OperationalError("attempt to write a readonly database")))
    assert str(error) == (
        "The book is read-only here; nothing can be saved to it. "
        "(attempt to write a readonly database)"
    )


def test_sqlite_file_errors_name_the_cause(tmp_path: Path) -> None:
    book = tmp_path / "shop.erpbook"
    assert isinstance(
        sqlite_file_error(wrapped(sqlite3.DatabaseError("file is not a database")), book),
        DamagedBook,
    )
    full = sqlite_file_error(wrapped(sqlite3.OperationalError("database or disk is full")), book)
    assert isinstance(full, DatabaseUnavailable)
    assert f"The disk holding the book is full ({tmp_path})." in str(full)
    locked = sqlite_file_error(wrapped(sqlite3.OperationalError("database is locked")), book)
    assert isinstance(locked, ConflictError)
    assert "has not let go for 15 seconds" in str(locked)
    assert sqlite_file_error(wrapped(sqlite3.OperationalError("no such table: x")), book) is None


@pytest.mark.parametrize(
    ("driver_text", "expected"),
    [
        (
            'FATAL:  password authentication failed for user "wang"',
            "The server db.example:5432 refused the user name or password. Check them.",
        ),
        (
            'FATAL:  database "shop" does not exist',
            "The server db.example:5432 has no such database. Ask your IT person to create it.",
        ),
        (
            "connection refused\n\tIs the server running?",
            "Cannot reach the server db.example:5432. Check the address, the network and that "
            "the server is running. (connection refused)",
        ),
    ],
)
def test_connection_failures_say_what_to_check(driver_text: str, expected: str) -> None:
    error = connect_error(psycopg.OperationalError(driver_text), "db.example:5432")
    assert isinstance(error, DatabaseUnavailable)
    assert str(error) == expected
