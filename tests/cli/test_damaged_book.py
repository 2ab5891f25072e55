"""A damaged book file (truncated, or bytes overwritten inside its pages): check names it
and exits 3, info and opening say so plainly, and backup refuses to write a copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.db.sqlite_file import DamagedBook
from tests.helpers import file_digest, run_cli

PAGE = 4096


def truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2 // PAGE * PAGE + 100)


def overwrite_pages(path: Path) -> None:
    """Garbage in the middle of every page but the first two (the schema stays readable)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for page in range(2, size // PAGE):
            handle.seek(page * PAGE + 1000)
            handle.write(b"\xff" * 64)


@pytest.fixture(params=[truncate, overwrite_pages], ids=["truncated", "overwritten"])
def damaged_book(request: pytest.FixtureRequest, sqlite_book) -> Path:
    path = sqlite_book.location.path
    sqlite_book.close()
    request.param(path)
    return path


def test_check_names_the_damage_and_exits_3(damaged_book: Path) -> None:
    before = file_digest(damaged_book)
    result = run_cli("check", "--book", str(damaged_book))
    assert result.returncode == 3, result.stdout + result.stderr
    assert "- [database_integrity] The book file is damaged: " in result.stdout
    assert "Traceback" not in result.stderr and "Sorry" not in result.stderr
    assert file_digest(damaged_book) == before


def test_backup_of_a_damaged_book_is_refused(damaged_book: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.erpbook"
    result = run_cli("backup", "--book", str(damaged_book), "-o", str(target))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Error: The book file {damaged_book} is damaged (" in result.stderr
    assert "written" not in result.stdout
    assert list(tmp_path.glob("copy.erpbook*")) == []


def test_info_and_opening_a_truncated_book_say_it_is_damaged(sqlite_book) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    truncate(path)
    info = run_cli("info", "--book", str(path))
    assert info.returncode == 1
    assert info.stderr.startswith(f"Error: The book file {path} is damaged (")
    with pytest.raises(DamagedBook, match="is damaged"):
        open_book(BookLocation.for_file(path))


def test_reading_a_damaged_page_says_the_book_is_damaged(sqlite_book) -> None:
    from sqlalchemy import text

    path = sqlite_book.location.path
    sqlite_book.close()
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_event'").fetchone()
    con.close()
    with path.open("r+b") as handle:  # pages are numbered from 1
        handle.seek((root[0] - 1) * PAGE + 8)
        handle.write(b"\xff" * 64)
    book = open_book(BookLocation.for_file(path))
    try:
        with pytest.raises(DamagedBook, match="is damaged"):
            book.read(lambda s: s.execute(text("SELECT * FROM audit_event")).all())
    finally:
        book.close()
