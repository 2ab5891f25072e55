"""erp-desktop init, upgrade, info and backup on both databases, as an IT person runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, file_digest, run_cli


def test_init_then_info_then_upgrade(empty_url: str) -> None:
    created = run_cli(
        "init", "--book", empty_url, "--company", "示例商贸有限公司", "--admin", "王芳"
    )
    assert created.returncode == 0, created.stderr
    assert "Created a new book" in created.stdout
    info = run_cli("info", "--book", empty_url)
    assert info.returncode == 0, info.stderr
    assert "示例商贸有限公司" in info.stdout
    assert "(current)" in info.stdout
    assert "app_user" in info.stdout
    assert "erp:" not in info.stdout.split("Location", 1)[1].split("\n", 1)[0] or "@" in info.stdout
    upgraded = run_cli("upgrade", "--book", empty_url)
    assert upgraded.returncode == 0
    assert "nothing to upgrade" in upgraded.stdout


def test_info_on_a_server_book_hides_the_password(book_url: str) -> None:
    info = run_cli("info", "--book", book_url)
    assert info.returncode == 0, info.stderr
    if book_url.startswith("postgres"):
        password = book_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
        assert f":{password}@" not in info.stdout


def test_book_can_be_named_by_environment(book_url: str) -> None:
    info = run_cli("info", env={"ERP_DESKTOP_BOOK": book_url})
    assert info.returncode == 0, info.stderr
    assert "测试商贸有限公司" in info.stdout


def test_backup_of_a_file_book_is_a_working_book(sqlite_book, tmp_path: Path) -> None:
    target = tmp_path / "copy.erpbook"
    result = run_cli("backup", "--book", str(sqlite_book.location.path), "-o", str(target))
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(target)
    assert con.execute("SELECT name FROM company").fetchone()[0] == "测试商贸有限公司"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    again = run_cli("backup", "--book", str(sqlite_book.location.path), "-o", str(target))
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.postgresql
def test_backup_of_a_server_book_is_a_verified_snapshot(pg_book, tmp_path: Path) -> None:
    target = tmp_path / "snapshot.erpbook"
    result = run_cli("backup", "--book", pg_book.location.target, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "Verification" in result.stdout and "DIFFERENT" not in result.stdout
    con = sqlite3.connect(target)
    assert con.execute("SELECT name FROM company").fetchone()[0] == "测试商贸有限公司"
    con.close()
    assert pg_book.meta("migrated_to") is None  # a snapshot leaves the server book alone


@pytest.mark.parametrize("command", ["info", "upgrade", "backup"])
def test_bad_books_give_exit_1_and_a_message(command: str, tmp_path: Path) -> None:
    text_file = tmp_path / "readme.txt"
    text_file.write_text("hello" * 40)
    before = file_digest(text_file)
    extra = ["-o", str(tmp_path / "b.erpbook")] if command == "backup" else []
    result = run_cli(command, "--book", str(text_file), *extra)
    assert result.returncode == 1
    assert result.stderr.startswith("Error:")
    assert "Traceback" not in result.stderr
    assert file_digest(text_file) == before


def test_messages_follow_the_system_language(tmp_path: Path) -> None:
    result = run_cli("info", "--book", str(tmp_path / "none.erpbook"), env={"LANG": "zh_CN.UTF-8"})
    assert result.returncode == 1
    assert result.stderr.startswith("错误：")
    assert "没有账套" in result.stderr


def test_init_refuses_an_existing_book(sqlite_book) -> None:
    before = file_digest(sqlite_book.location.path)
    result = run_cli("init", "--book", str(sqlite_book.location.path))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert file_digest(sqlite_book.location.path) == before


@pytest.mark.parametrize("command", ["init", "upgrade", "info", "backup"])
def test_every_command_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "--book" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert run_cli("backup").returncode == 2  # -o is required
    assert run_cli("no-such-command").returncode == 2


def test_info_does_not_load_qt_or_sqlalchemy(sqlite_book) -> None:
    code = (
        "import sys\n"
        "from erp_desktop.cli import main\n"
        f"assert main(['info', '--book', {str(sqlite_book.location.path)!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


@pytest.mark.postgresql
def test_a_password_in_the_query_is_never_printed(pg_book) -> None:
    location = pg_book.location
    password = location.password
    assert password
    url = location.without_password().target + f"?password={password}"
    for command in ("info", "check"):
        result = run_cli(command, "--book", url)
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        assert "password=" not in shown and f":{password}@" not in shown
        assert f"{location.server[3]}@localhost" in shown
