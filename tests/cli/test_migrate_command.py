"""erp-desktop migrate, as the IT person runs it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

import erp_desktop.models.registry  # noqa: F401  (every table, for read_all)
from erp_desktop.db.base import Base
from erp_desktop.db.location import BookLocation
from tests.helpers import file_digest, run_cli
from tests.migrator.conftest import move_log_left, read_all

pytestmark = pytest.mark.postgresql


@pytest.fixture
def empty_db(pg_server, request):
    request.addfinalizer(pg_server.cleanup_tests)
    return pg_server.empty_database("cli")


def test_migrate_a_file_to_a_server_and_back(sqlite_book, empty_db, erp_home, tmp_path) -> None:
    path = str(sqlite_book.location.path)
    sqlite_book.close()
    result = run_cli("migrate", "--book", path, "--to", empty_db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verification" in result.stdout and "checks pass" in result.stdout
    assert "Done:" in result.stdout
    # nobody saved meanwhile: nothing to catch up, and the freeze is reported
    assert "0 changed rows were caught up in 1 round(s); saves waited" in result.stdout
    assert "(the freeze)" in result.stdout
    assert "snapshot: copy company" in result.stderr and "catch-up 1" in result.stderr
    password = empty_db.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert f":{password}@" not in result.stdout + result.stderr
    info = run_cli("info", "--book", path)
    assert "Moved to" in info.stdout and "read-only" in info.stdout
    settings = (erp_home / "config" / "settings.json").read_text()
    assert json.loads(settings)["last_book"].endswith(empty_db.rsplit("/", 1)[1])
    assert f":{password}@" not in settings
    again = run_cli("migrate", "--book", path, "--to", empty_db)
    assert again.returncode == 0, again.stdout + again.stderr  # already done: says so
    assert "already moved" in again.stdout

    offline = tmp_path / "offline.erpbook"
    back = run_cli("migrate", "--book", empty_db, "--to", str(offline))
    assert back.returncode == 0, back.stdout + back.stderr
    con = sqlite3.connect(offline)
    assert con.execute("SELECT name FROM company").fetchone()[0] == "测试商贸有限公司"
    con.close()


def test_a_bad_value_stops_the_move_with_a_list(sqlite_book, empty_db) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE company SET phone = 'a' || char(0) || 'b'")
    con.commit()
    con.close()
    before = read_all(BookLocation.for_file(path), Base.metadata)
    result = run_cli("migrate", "--book", str(path), "--to", empty_db, "--lang", "zh_CN")
    assert result.returncode == 1
    assert "company #1" in result.stdout and "phone" in result.stdout
    # found by the scan beside the copy: the copy stopped, the book's rows are as they were
    assert read_all(BookLocation.for_file(path), Base.metadata) == before
    assert move_log_left(path) == []
    with psycopg.connect(empty_db) as con:
        assert not con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()[0]


def test_a_foreign_database_is_refused(sqlite_book, empty_db) -> None:
    with psycopg.connect(empty_db, autocommit=True) as con:
        con.execute("CREATE TABLE orders (id int)")
    result = run_cli("migrate", "--book", str(sqlite_book.location.path), "--to", empty_db, "--yes")
    assert result.returncode == 1
    assert "already holds other data" in result.stdout


def test_migrate_has_help() -> None:
    result = run_cli("migrate", "--help")
    assert result.returncode == 0 and "--to" in result.stdout and "--yes" in result.stdout


def test_migrate_does_not_load_qt(sqlite_book, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers import ROOT

    code = (
        "import sys\n"
        "from erp_desktop.cli import main\n"
        f"main(['migrate', '--book', {str(sqlite_book.location.path)!r}, '--to', "
        "'postgresql://u@127.0.0.1:1/x'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def test_running_a_finished_move_to_a_file_again_says_it_is_done(pg_book, tmp_path) -> None:
    url = pg_book.location.target
    pg_book.close()
    offline = tmp_path / "offline.erpbook"
    first = run_cli("migrate", "--book", url, "--to", str(offline))
    assert first.returncode == 0, first.stdout + first.stderr
    before = file_digest(offline)
    again = run_cli("migrate", "--book", url, "--to", str(offline))
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"i This book was already moved to {offline}." in again.stdout
    assert "already exists" not in again.stdout
    assert file_digest(offline) == before
    elsewhere = run_cli("migrate", "--book", url, "--to", str(tmp_path / "other.erpbook"))
    assert elsewhere.returncode == 1  # a second live copy is not a re-run: refused, named
    assert f"✗ This book was already moved to {offline}." in elsewhere.stdout
    assert not (tmp_path / "other.erpbook").exists()
