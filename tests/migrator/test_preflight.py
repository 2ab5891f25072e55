"""Pre-flight: every problem is named before anything is written; bad targets are refused."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from pathlib import Path

import psycopg
import pytest

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.migrator import Migration, MigrationRefused, Plan, Severity
from tests.helpers import file_digest

pytestmark = pytest.mark.postgresql


def _tables(location: BookLocation) -> list[str]:
    with psycopg.connect(location.libpq_conninfo()) as con:
        return [
            r[0]
            for r in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]


def texts(pre) -> list[str]:
    return [f.message.render() for f in pre.findings]


def test_nul_and_overlong_values_are_listed_and_nothing_is_written(
    edge_book: Path, edge_schema, pg_target
) -> None:
    con = sqlite3.connect(edge_book)
    con.execute("UPDATE edge_value SET note = 'before' || char(0) || 'after' WHERE id = 2")
    con.execute("UPDATE edge_value SET name = ? WHERE id = 4", ("x" * 21,))
    con.execute("UPDATE edge_value SET day = '2023-02-29' WHERE id = 3")
    con.execute("UPDATE edge_value SET flag = 2 WHERE id = 1")
    con.execute("UPDATE edge_value SET count = 'many' WHERE id = 9000000000")
    con.execute("UPDATE edge_value SET amount = 100000000000000000000 WHERE id = 3")
    con.execute("UPDATE edge_value SET at = '2024-01-01T08:00:00+08:00' WHERE id = 1")
    con.execute("UPDATE edge_value SET at = '2024-13-01 10:00:00' WHERE id = 3")  # month 13
    con.execute("UPDATE edge_code SET label = CAST(x'E4B8ADFF' AS TEXT) WHERE code = 'A'")
    # a row whose only fault is text where bytes belong (a stored PDF, say)
    columns = [row[1] for row in con.execute("PRAGMA table_info(edge_value)")]
    copied = ", ".join({"id": "5", "data": "'not bytes'"}.get(column, column) for column in columns)
    con.execute(f"INSERT INTO edge_value SELECT {copied} FROM edge_value WHERE id = 2")
    con.execute("UPDATE edge_value SET note = 'fine' WHERE id = 5")
    con.commit()
    con.close()
    before = file_digest(edge_book)
    migration = Migration(
        BookLocation.for_file(edge_book),
        pg_target,
        metadata=edge_schema.metadata,
        versions=edge_schema.versions,
    )
    pre = migration.preflight()
    found = {(f.table, f.column, f.key) for f in pre.errors}
    assert ("edge_value", "note", (2,)) in found  # NUL
    assert ("edge_value", "name", (4,)) in found  # 21 characters in a String(20)
    assert ("edge_value", "day", (3,)) in found  # no 29 February in 2023
    assert ("edge_value", "flag", (1,)) in found
    assert ("edge_value", "count", (9_000_000_000,)) in found
    assert ("edge_value", "amount", (3,)) in found
    assert ("edge_value", "at", (1,)) in found  # an offset is not our UTC form
    assert ("edge_value", "at", (3,)) in found
    assert ("edge_code", "label", ("A", 1)) in found  # invalid UTF-8
    assert ("edge_value", "data", (5,)) in found  # text in a binary column
    joined = "\n".join(texts(pre))
    assert "NUL character" in joined and "longer than the column allows" in joined
    assert "edge_value #2, column note" in joined
    with pytest.raises(MigrationRefused, match="pre-flight found"):
        migration.run()
    assert _tables(pg_target) == []
    assert file_digest(edge_book) == before


def test_source_from_a_newer_version_is_refused(sqlite_book, pg_target) -> None:
    with sqlite_book.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    pre = Migration(sqlite_book.location, pg_target).preflight()
    assert any("newer ERP Desktop" in t for t in texts(pre))
    assert not pre.ok


def test_a_database_of_another_program_is_refused(sqlite_book, pg_target) -> None:
    with psycopg.connect(pg_target.libpq_conninfo(), autocommit=True) as con:
        con.execute("CREATE TABLE customers (name text)")
        con.execute("INSERT INTO customers VALUES ('keep me')")
    with pytest.raises(MigrationRefused, match="already holds other data"):
        Migration(sqlite_book.location, pg_target).run(confirmed=True)
    with psycopg.connect(pg_target.libpq_conninfo()) as con:
        assert con.execute("SELECT name FROM customers").fetchall() == [("keep me",)]


def test_a_target_with_a_newer_book_is_refused(sqlite_book, pg_book) -> None:
    with pg_book.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    pre = Migration(sqlite_book.location, pg_book.location).preflight()
    assert any("newer ERP Desktop" in t for t in texts(pre))
    with pytest.raises(MigrationRefused):
        Migration(sqlite_book.location, pg_book.location).run(confirmed=True)


def test_a_target_with_a_book_is_refused(sqlite_book, pg_book) -> None:
    pre = Migration(sqlite_book.location, pg_book.location).preflight()
    assert any("already holds an ERP Desktop book" in t for t in texts(pre))


def test_wrong_password_is_named(sqlite_book, pg_target) -> None:
    wrong = pg_target.with_password("not-the-password")
    pre = Migration(sqlite_book.location, wrong).preflight()
    assert any("refused the user name or password" in t for t in texts(pre))
    assert all("not-the-password" not in t for t in texts(pre))


def test_closed_port_answers_at_once(sqlite_book) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    target = BookLocation.parse(f"postgresql://erp:erp@127.0.0.1:{port}/nowhere")
    started = time.monotonic()
    pre = Migration(sqlite_book.location, target).preflight()
    assert time.monotonic() - started < 3
    assert any("Cannot reach the server" in t for t in texts(pre))


def test_a_server_that_never_answers_gives_up_within_seconds(sqlite_book) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel accepts; nobody ever speaks
    stop = threading.Event()
    try:
        port = silent.getsockname()[1]
        target = BookLocation.parse(f"postgresql://erp:erp@127.0.0.1:{port}/nowhere")
        started = time.monotonic()
        pre = Migration(sqlite_book.location, target).preflight()
        assert time.monotonic() - started < 8
        assert any("Cannot reach the server" in t for t in texts(pre))
    finally:
        stop.set()
        silent.close()


def test_damaged_links_in_the_source_are_refused(sqlite_book, pg_target) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE book_setting SET updated_by_id = 99")
    con.execute(
        "INSERT INTO book_setting (key, value, updated_at, updated_by_id) "
        "VALUES ('x', '1', '2026-01-01 00:00:00.000000', 42)"
    )
    con.commit()
    con.close()
    pre = Migration(BookLocation.for_file(path), pg_target).preflight()
    assert any("points to a missing row in app_user" in t for t in texts(pre))


def test_a_broken_link_found_by_the_server_during_the_move_is_explained(
    sqlite_book, pg_target
) -> None:
    """The command's quick pre-flight leaves the foreign keys to the server (it checks
    every row when it adds them back); the failed copy is then explained by the full
    scans, as pre-flight would have, and the server's copy is removed."""
    path = sqlite_book.location.path
    sqlite_book.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE book_setting SET updated_by_id = 99")
    con.execute(
        "INSERT INTO book_setting (key, value, updated_at, updated_by_id) "
        "VALUES ('x', '1', '2026-01-01 00:00:00.000000', 42)"
    )
    con.commit()
    con.close()
    migration = Migration(BookLocation.for_file(path), pg_target)
    pre = migration.preflight(deep=False)
    assert not pre.findings
    with pytest.raises(MigrationRefused) as refused:
        migration.run(checked=pre)
    assert any("points to a missing row in app_user" in t for t in texts(refused.value.preflight))
    assert _tables(pg_target) == []
    con = sqlite3.connect(path)
    left = con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'erp_move%'").fetchall()
    moved = con.execute("SELECT value FROM book_meta WHERE key = 'migrated_to'").fetchall()
    con.close()
    assert left == [] and moved == []  # the change log came and went; nothing marked


def test_an_unfinished_attempt_is_replaced_only_when_confirmed(sqlite_book, pg_target) -> None:
    source = sqlite_book.location
    sqlite_book.close()
    stop = {"now": False}

    def cancel_in_verify(step) -> None:
        if step.stage == "verify":
            stop["now"] = True

    with pytest.raises(Exception, match="cancelled"):
        Migration(source, pg_target, on_step=cancel_in_verify, cancelled=lambda: stop["now"]).run()
    with pytest.raises(Exception, match="unfinished move"):
        open_book(pg_target)
    pre = Migration(source, pg_target).preflight()
    assert pre.plan is Plan.REPLACE
    assert [f.severity for f in pre.findings] == [Severity.CONFIRM]
    with pytest.raises(MigrationRefused, match="Confirm"):
        Migration(source, pg_target).run()
    assert Migration(source, pg_target).run(confirmed=True).ok
    open_book(pg_target).close()


def test_a_code_whose_comparison_key_grows_is_named_by_its_code(sqlite_book, pg_target) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    con = sqlite3.connect(path)  # an older version let such a code in on SQLite
    con.execute(
        "INSERT INTO item (code, code_key, name, spec, category, base_unit, unit_precision,"
        " purchase_price, sale_price, tax_rate, active, created_at, updated_at)"
        " VALUES (?, ?, 'x', '', '', 'pc', 0, 0, 0, NULL, 1, ?, ?)",
        ("ß" * 40, "ss" * 40, "2026-01-05 08:00:00", "2026-01-05 08:00:00"),
    )
    con.commit()
    item_id = con.execute("SELECT id FROM item WHERE code = ?", ("ß" * 40,)).fetchone()[0]
    con.close()
    pre = Migration(BookLocation.for_file(path), pg_target).preflight()
    found = [f for f in pre.errors if f.table == "item"]
    assert [(f.column, f.key) for f in found] == [("code", (item_id,))]
    text = found[0].message.render()
    assert f"item #{item_id}: the code “{'ß' * 40}” is too long" in text
    assert "80 characters" in text and "code_key" not in text
