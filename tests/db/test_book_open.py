"""Opening books: anything that is not one of our books is refused, clearly, untouched."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.db.book import create_book, open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import BookError, BookTooNew, DatabaseUnavailable
from tests.helpers import file_digest, read_only_mount_available, run_on_read_only_folder


def open_path(path: Path):
    return open_book(BookLocation.for_file(path))


def test_text_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 20)
    before = file_digest(path)
    with pytest.raises(BookError, match="not an ERP Desktop book"):
        open_path(path)
    assert file_digest(path) == before


def test_zero_byte_file_is_refused_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.erpbook"
    path.touch()
    with pytest.raises(BookError, match="empty file"):
        open_path(path)
    assert path.stat().st_size == 0


def test_other_programs_sqlite_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = file_digest(path)
    with pytest.raises(BookError, match="another program"):
        open_path(path)
    assert file_digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BookError, match="is a folder"):
        open_path(tmp_path)


def test_missing_file_is_refused_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "nothing.erpbook"
    with pytest.raises(BookError, match="no book at"):
        open_path(path)
    assert not path.exists()


def test_creating_where_writing_is_impossible_is_refused() -> None:
    with pytest.raises(BookError, match="Cannot create a book"):
        create_book(BookLocation.for_file(Path("/proc/erp-test/new.erpbook")))


@pytest.mark.skipif(not read_only_mount_available(), reason="needs root, unshare and mount")
def test_book_on_read_only_folder_is_refused_and_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "shop.erpbook"
    create_book(BookLocation.for_file(path)).close()
    before = file_digest(path)
    result = run_on_read_only_folder(folder, "upgrade", "--book", str(path))
    assert result.returncode == 1, result.stderr
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(path) == before
    result = run_on_read_only_folder(folder, "init", "--book", str(folder / "new.erpbook"))
    assert result.returncode == 1
    assert "Cannot create a book" in result.stderr


def test_newer_book_is_refused_naming_the_version_needed(book_url: str) -> None:
    location = BookLocation.parse(book_url)
    book = open_book(location)
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        conn.execute(text("UPDATE book_meta SET value = '7.3.0' WHERE key = 'schema_app_version'"))
    book.close()
    before = file_digest(location.path) if location.is_sqlite else None
    with pytest.raises(BookTooNew, match=r"7\.3\.0"):
        open_book(location)
    if before is not None:
        assert file_digest(location.path) == before


def test_create_refuses_a_location_that_already_holds_a_book(book_url: str) -> None:
    with pytest.raises(BookError):
        create_book(BookLocation.parse(book_url))


def test_new_book_is_marked_as_ours(empty_url: str) -> None:
    book = create_book(BookLocation.parse(empty_url))
    assert book.meta("application") == "erp-desktop"
    assert book.meta("book_id")
    book.close()
    if book.location.is_sqlite:
        con = sqlite3.connect(book.location.path)
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x45525044
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()


# -- servers -------------------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server_answers_quickly() -> None:
    location = BookLocation.parse(f"postgresql://erp:x@127.0.0.1:{_closed_port()}/shop")
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="Cannot reach the server"):
        open_book(location)
    assert time.monotonic() - started < 5


def test_silent_server_times_out_within_seconds() -> None:
    """A host that accepts TCP but never answers (a dead server behind a NAT)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseUnavailable, match="Cannot reach the server"):
            open_book(BookLocation.parse(f"postgresql://erp:x@127.0.0.1:{port}/shop"))
        assert time.monotonic() - started < 15
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()


@pytest.mark.postgresql
def test_wrong_password_is_named_as_such(pg_server) -> None:
    url = pg_server.empty_database()
    location = BookLocation.parse(url).with_password("certainly-wrong")
    with pytest.raises(DatabaseUnavailable) as caught:
        open_book(location)
    message = str(caught.value)
    assert "user name or password" in message or "Cannot reach" in message
    assert "certainly-wrong" not in message


@pytest.mark.postgresql
def test_empty_database_is_not_a_book_until_created(pg_server) -> None:
    url = pg_server.empty_database()
    with pytest.raises(BookError, match="holds no book yet"):
        open_book(BookLocation.parse(url))


@pytest.mark.postgresql
def test_foreign_database_is_refused_untouched(pg_server) -> None:
    import psycopg

    url = pg_server.empty_database()
    with psycopg.connect("postgresql://" + url.split("://", 1)[1], autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id int)")
    location = BookLocation.parse(url)
    with pytest.raises(BookError, match="another program"):
        open_book(location)
    with pytest.raises(BookError, match="not empty"):
        create_book(location)
    with psycopg.connect("postgresql://" + url.split("://", 1)[1]) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("customers",)]
