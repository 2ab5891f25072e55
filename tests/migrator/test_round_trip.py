"""SQLite → PostgreSQL → SQLite: every row of every table comes back equal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import MIGRATED_TO, MIGRATION_STATE
from erp_desktop.errors import BookError
from erp_desktop.migrator import Migration, Plan, Step
from tests.helpers import file_digest
from tests.migrator.conftest import move_log_left, read_all, without_marks
from tests.migrator.edge import EDGE_ROWS

pytestmark = pytest.mark.postgresql


def test_round_trip_keeps_every_row(edge_book: Path, edge_schema, pg_target, tmp_path) -> None:
    source = BookLocation.for_file(edge_book)
    original = read_all(source, edge_schema.metadata)
    assert len(original["edge_value"]) == len(EDGE_ROWS)
    steps: list[Step] = []
    report = Migration(
        source,
        pg_target,
        on_step=steps.append,
        metadata=edge_schema.metadata,
        versions=edge_schema.versions,
    ).run()
    assert report.ok and report.plan is Plan.COPY
    assert {t.table for t in report.tables} >= {"edge_value", "edge_code", "app_user"}
    assert all(t.rows_equal and t.sums_equal for t in report.tables)
    assert {s.stage for s in steps} >= {"preflight", "copy", "verify", "cutover", "done"}
    assert steps[-1].done == steps[-1].total
    on_server = read_all(pg_target, edge_schema.metadata)
    assert without_marks(on_server) == without_marks(original)

    back = BookLocation.for_file(tmp_path / "back.erpbook")
    report = Migration(
        pg_target, back, metadata=edge_schema.metadata, versions=edge_schema.versions, move=False
    ).run()
    assert report.ok
    assert without_marks(read_all(back, edge_schema.metadata)) == without_marks(original)
    assert not (tmp_path / "back.erpbook.partial").exists()
    con = sqlite3.connect(back.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x45525044
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_moved_file_opens_read_only_and_says_where(sqlite_book, pg_target) -> None:
    source = sqlite_book.location
    sqlite_book.close()
    Migration(source, pg_target).run()
    moved = open_book(source)
    assert moved.read_only and moved.moved_to == pg_target.display()
    assert "erp:erp@" not in moved.moved_to and "@" in moved.moved_to
    with pytest.raises(BookError, match="was moved to"):
        moved.run(lambda s: None)
    moved.close()
    server = open_book(pg_target)
    assert server.meta(MIGRATION_STATE) == "complete"
    assert server.meta(MIGRATED_TO) is None
    server.close()


def test_new_rows_go_into_every_table_after_the_move(edge_book, edge_schema, pg_target) -> None:
    from erp_desktop.services.checks import run_checks
    from erp_desktop.services.users import create_user

    source = BookLocation.for_file(edge_book)
    Migration(source, pg_target, metadata=edge_schema.metadata, versions=edge_schema.versions).run()
    book = open_book(pg_target, versions=edge_schema.versions)
    try:
        with book.engine.begin() as conn:
            for table in edge_schema.metadata.sorted_tables:
                key = list(table.primary_key.columns)
                if len(key) != 1 or not key[0].autoincrement:
                    continue
                seq = conn.execute(
                    text("SELECT pg_get_serial_sequence(:t, :c)"),
                    {"t": table.name, "c": key[0].name},
                ).scalar()
                if seq is None:
                    continue
                top = conn.execute(
                    text(f'SELECT coalesce(max("{key[0].name}"), 0) FROM "{table.name}"')
                ).scalar()
                assert conn.execute(text("SELECT nextval(:s)"), {"s": seq}).scalar() > top, (
                    table.name
                )
            conn.execute(
                insert(edge_schema.metadata.tables["edge_value"]),
                {"amount": 1, "name": "new", "flag": True},
            )
        user = book.run(lambda s: create_user(s, "新同事", created_by=1).value)
        assert user.id > 1  # the checks above used one number
        assert book.read(run_checks).ok
    finally:
        book.close()


def test_moving_back_to_a_file_marks_the_server_book(pg_book, tmp_path) -> None:
    location = pg_book.location
    pg_book.close()
    target = BookLocation.for_file(tmp_path / "offline.erpbook")
    report = Migration(location, target).run()
    assert report.ok
    server = open_book(location)
    assert server.read_only and server.moved_to == str(tmp_path / "offline.erpbook")
    server.close()
    offline = open_book(target)
    assert not offline.read_only and offline.meta(MIGRATION_STATE) == "complete"
    offline.close()


def test_a_snapshot_leaves_the_server_book_alone(pg_book, tmp_path) -> None:
    target = BookLocation.for_file(tmp_path / "snap.erpbook")
    assert Migration(pg_book.location, target, move=False).run().ok
    assert pg_book.meta(MIGRATED_TO) is None
    assert file_digest(target.path)


def test_a_demo_book_with_every_document_comes_back_equal_and_in_order(
    demo_template, pg_target, tmp_path
) -> None:
    import shutil

    import erp_desktop.models  # noqa: F401
    from erp_desktop.db.base import Base
    from erp_desktop.services.checks import run_checks

    shop = tmp_path / "shop.erpbook"
    shutil.copyfile(demo_template, shop)
    source = BookLocation.for_file(shop)
    original = read_all(source, Base.metadata)
    empty = sorted(name for name, rows in original.items() if not rows)
    # every other table has rows: documents of every kind (demo signs nobody in)
    # no credit note of the demo waits for a red-letter confirmation (nothing is on the platform)
    assert empty == ["book_setting", "login_throttle", "red_confirmation"]
    report = Migration(source, pg_target, move=False).run()
    assert report.ok, report
    # the file's rows are as they were; of the move only its mark is left, no change log
    assert without_marks(read_all(source, Base.metadata)) == without_marks(original)
    assert move_log_left(shop) == []
    assert without_marks(read_all(pg_target, Base.metadata)) == without_marks(original)
    server = open_book(pg_target)
    try:
        assert server.read(run_checks).ok  # balances = moves, invoice totals = lines, numbers …
    finally:
        server.close()
    back = BookLocation.for_file(tmp_path / "back.erpbook")
    assert Migration(pg_target, back, move=False).run().ok
    assert without_marks(read_all(back, Base.metadata)) == without_marks(original)
