"""A book file that cannot be written here opens read-only and says so; commands that
would change it refuse before doing anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from erp_desktop.db.book import create_book, open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import BookError
from erp_desktop.models.setting import BookSetting
from tests.helpers import file_digest, read_only_mount_available, run_on_read_only_folder


@pytest.fixture
def read_only_file(sqlite_book, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The book as a user without write permission on the file sees it (tests run as
    root, whom permissions do not stop: the OS answer is what a clerk's account gets)."""
    path = sqlite_book.location.path
    sqlite_book.close()
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if Path(target) == path and mode & os.W_OK:
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return path


def test_a_read_only_file_opens_read_only_and_refuses_saving_by_name(read_only_file: Path) -> None:
    before = file_digest(read_only_file)
    book = open_book(BookLocation.for_file(read_only_file))
    try:
        assert book.read_only and book.file_read_only
        with pytest.raises(BookError) as caught:
            book.run(lambda s: s.add(BookSetting(key="x", value="1")))
        assert str(caught.value).startswith(f"The book file {read_only_file} is read-only here;")
    finally:
        book.close()
    assert file_digest(read_only_file) == before


def test_opening_a_read_only_file_for_writing_is_refused_up_front(read_only_file: Path) -> None:
    with pytest.raises(BookError, match="is read-only here"):
        open_book(BookLocation.for_file(read_only_file), for_writing=True)


@pytest.mark.skipif(not read_only_mount_available(), reason="needs root, unshare and mount")
def test_on_a_read_only_folder_check_works_and_demo_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "shop.erpbook"
    create_book(BookLocation.for_file(path)).close()
    before = file_digest(path)
    checked = run_on_read_only_folder(folder, "check", "--book", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "is in order" in checked.stdout
    demo = run_on_read_only_folder(folder, "demo", "--book", str(path))
    assert demo.returncode == 1, demo.stdout + demo.stderr
    assert demo.stderr.startswith(f"Error: The book {path} is read-only here (")
    assert file_digest(path) == before


@pytest.mark.postgresql
@pytest.mark.skipif(not read_only_mount_available(), reason="needs root, unshare and mount")
def test_moving_a_read_only_book_is_refused_before_copying(
    tmp_path: Path, pg_server, request
) -> None:
    request.addfinalizer(pg_server.cleanup_tests)
    target = pg_server.empty_database("ro")
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "shop.erpbook"
    create_book(BookLocation.for_file(path)).close()
    before = file_digest(path)
    moved = run_on_read_only_folder(folder, "migrate", "--book", str(path), "--to", target)
    assert moved.returncode == 1, moved.stdout + moved.stderr
    assert f"✗ The book {path} is read-only here (" in moved.stdout
    assert "Nothing was written" in moved.stdout
    assert file_digest(path) == before
