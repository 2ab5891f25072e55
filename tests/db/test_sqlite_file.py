"""What is at a path before a book is opened there, and a damaged file said plainly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from erp_desktop.db.sqlite_file import (
    APPLICATION_ID,
    FileState,
    backup_file,
    damage,
    inspect_file,
    refuse_unless_book,
)
from erp_desktop.errors import BookError


def sqlite_file(path: Path, application_id: int = 0) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {application_id}")
    con.execute("CREATE TABLE t (x INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(2000)])
    con.commit()
    con.close()
    return path


def test_each_kind_of_path_is_told_apart(tmp_path: Path) -> None:
    (tmp_path / "empty").touch()
    (tmp_path / "notes.txt").write_text("不是账本" * 40, encoding="utf-8")
    assert inspect_file(tmp_path / "missing") is FileState.MISSING
    assert inspect_file(tmp_path) is FileState.FOLDER
    assert inspect_file(tmp_path / "empty") is FileState.EMPTY
    assert inspect_file(tmp_path / "notes.txt") is FileState.NOT_SQLITE
    assert inspect_file(sqlite_file(tmp_path / "other.db")) is FileState.FOREIGN
    assert inspect_file(sqlite_file(tmp_path / "ours.erpbook", APPLICATION_ID)) is FileState.OURS


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.erpbook", "There is no book at {path}."),
        ("empty.erpbook", "{path} is an empty file (0 bytes), not an ERP Desktop book."),
        (
            "other.db",
            "{path} is a database of another program, not an ERP Desktop book. It was not changed.",
        ),
    ],
)
def test_a_path_that_is_not_a_book_is_refused_saying_what_it_is(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "empty.erpbook").touch()
    sqlite_file(tmp_path / "other.db")
    path = tmp_path / name
    with pytest.raises(BookError) as refused:
        refuse_unless_book(path)
    assert str(refused.value) == message.format(path=path)


def test_our_book_passes(tmp_path: Path) -> None:
    assert refuse_unless_book(sqlite_file(tmp_path / "ours.erpbook", APPLICATION_ID)) is None


def test_a_sound_file_has_no_damage_and_an_overwritten_one_does(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "ours.erpbook", APPLICATION_ID)
    assert damage(path) == []
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size + 8 : page_size * 3] = b"\xff" * (page_size * 3 - page_size - 8)
    path.write_bytes(bytes(data))
    found = damage(path)
    assert found  # SQLite's own words about the broken pages
    assert len(found) <= 20


def test_a_backup_is_a_copy_and_never_overwrites(tmp_path: Path) -> None:
    source = sqlite_file(tmp_path / "ours.erpbook", APPLICATION_ID)
    target = backup_file(source, tmp_path / "copy.erpbook")
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*), sum(x) FROM t").fetchone() == (2000, 1999000)
    con.close()
    assert inspect_file(target) is FileState.OURS
    with pytest.raises(BookError, match="already exists; choose another name"):
        backup_file(source, target)
