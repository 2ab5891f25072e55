"""erp-desktop users: headless user administration, and commands that sign in."""

from __future__ import annotations

import psycopg
import pytest

from erp_desktop.db.location import BookLocation
from erp_desktop.domain.permissions import Role
from erp_desktop.services.accounts import add_user, choose_first_password
from tests.helpers import run_cli


def users(book_url: str, *args: str, **env: str):
    return run_cli("users", *args, "--book", book_url, env=env)


def test_administer_users_from_the_command_line(book_url: str) -> None:
    server = book_url.startswith("postgres")
    set_own = users(book_url, "password", "管理员", ERP_DESKTOP_NEW_PASSWORD="admin-pass-2026")
    assert set_own.returncode == 0, set_own.stderr
    # from now on an SQLite book has passwords: its commands sign in
    sign = [] if server else ["--user", "管理员"]
    pw = {"ERP_DESKTOP_PASSWORD": "admin-pass-2026"}
    added = users(
        book_url, "add", "wu", "--role", "sales", "--name", "吴 销售", *sign,
        ERP_DESKTOP_NEW_PASSWORD="clerk-pass-2026", **pw,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert users(book_url, "set-role", "wu", "warehouse", *sign, **pw).returncode == 0
    listed = users(book_url, "list")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [r[:4] for r in rows] == [
        ["管理员", "管理员", "admin", "active"],
        ["wu", "吴 销售", "warehouse", "active"],
    ]
    if server:
        location = BookLocation.parse(book_url)
        host, port, database, _owner = location.server
        role = rows[1][4]
        clerk = BookLocation.for_server(
            host=host, port=port, database=database, user=role, password="clerk-pass-2026"
        )
        psycopg.connect(clerk.libpq_conninfo()).close()  # the clerk's role signs in
        # the clerk's own URL may not administer users
        own = users(clerk.target, "disable", "管理员")
        assert own.returncode == 1 and "may not change settings and users" in own.stderr
    else:
        refused = users(book_url, "disable", "wu")  # no --user: refused
        assert refused.returncode == 1 and "--user" in refused.stderr
        wrong = users(book_url, "disable", "wu", *sign, ERP_DESKTOP_PASSWORD="wrong-pass-1")
        assert wrong.returncode == 1 and "wrong" in wrong.stderr
    assert users(book_url, "disable", "wu", *sign, **pw).returncode == 0
    assert "\tdisabled" in users(book_url, "list").stdout.splitlines()[1]


@pytest.mark.postgresql
def test_demo_and_migrate_sign_in_on_a_book_with_passwords(
    sqlite_book, pg_server, request
) -> None:
    request.addfinalizer(pg_server.cleanup_tests)
    sqlite_book.run(lambda s: choose_first_password(s, 1, "admin-pass-2026"))
    sqlite_book.run(
        lambda s: (
            add_user(
                s,
                by=1,
                full_name="Sales Wu",
                login="wu",
                role=Role.SALES,
                password="clerk-pass-2026",
            ).value
        )
    )
    url = str(sqlite_book.location.path)
    sqlite_book.close()
    demo = ("demo", "--book", url, "--items", "5", "--warehouses", "1", "--moves", "0")
    refused = run_cli(*demo)
    assert refused.returncode == 1 and "--user" in refused.stderr
    clerk = run_cli(*demo, "--user", "wu", env={"ERP_DESKTOP_PASSWORD": "clerk-pass-2026"})
    assert clerk.returncode == 1 and "may not change settings and users" in clerk.stderr
    done = run_cli(*demo, "--user", "管理员", env={"ERP_DESKTOP_PASSWORD": "admin-pass-2026"})
    assert done.returncode == 0, done.stderr
    target = pg_server.empty_database("mvu")
    move = ("migrate", "--book", url, "--to", target)
    refused = run_cli(*move)
    assert refused.returncode == 1 and "--user" in refused.stderr
    wrong = run_cli(*move, "--user", "管理员", env={"ERP_DESKTOP_PASSWORD": "wrong-pass-9"})
    assert wrong.returncode == 1 and "wrong" in wrong.stderr
    moved = run_cli(*move, "--user", "管理员", env={"ERP_DESKTOP_PASSWORD": "admin-pass-2026"})
    assert moved.returncode == 0, moved.stderr
