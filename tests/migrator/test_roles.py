"""Moving a book with users to a server makes each user a role; moving back drops nothing."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.domain.permissions import Role
from erp_desktop.migrator import Migration
from erp_desktop.services.accounts import add_user, first_password_user, set_password
from erp_desktop.services.checks import run_checks

pytestmark = pytest.mark.postgresql


def roles(location: BookLocation, prefix: str) -> list[tuple[str, bool, str]]:
    with psycopg.connect(location.libpq_conninfo()) as con:
        return con.execute(
            "SELECT r.rolname, r.rolcanlogin, g.rolname FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE left(r.rolname, %s) = %s ORDER BY 1",
            (len(prefix) + 1, prefix + "."),
        ).fetchall()


def test_users_of_a_moved_book_become_roles(sqlite_book, pg_target, tmp_path) -> None:
    sqlite_book.run(lambda s: set_password(s, by=1, user_id=1, password="admin-pass-2026"))
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
    source = sqlite_book.location
    sqlite_book.close()
    assert Migration(source, pg_target).run().ok
    server = open_book(pg_target)
    try:
        prefix = server.meta("role_prefix")
        assert prefix == pg_target.server[2]  # from the database's name
        # no password hash on the server; roles without a password cannot log in yet
        hashes = server.read(
            lambda s: s.execute(text("SELECT count(password_hash) FROM app_user")).scalar()
        )
        assert hashes == 0
        assert roles(pg_target, prefix) == [
            (f"{prefix}.wu", False, f"{prefix}:sales"),
            (f"{prefix}.管理员", False, f"{prefix}:admin"),
        ]
        assert server.read(first_password_user).id == 1  # may choose the first password
        # the administrator (here through the owner's connection) sets the passwords
        server.run(lambda s: set_password(s, by=1, user_id=2, password="clerk-new-2026"))
        assert server.read(first_password_user) is None
        assert server.read(run_checks).ok
    finally:
        server.close()
    host, port, database, _owner = pg_target.server
    clerk = BookLocation.for_server(
        host=host, port=port, database=database, user=f"{prefix}.wu", password="clerk-new-2026"
    )
    psycopg.connect(clerk.libpq_conninfo()).close()
    back = BookLocation.for_file(tmp_path / "back.erpbook")
    assert Migration(pg_target, back).run().ok
    assert [r[0] for r in roles(pg_target, prefix)] == [f"{prefix}.wu", f"{prefix}.管理员"]
    psycopg.connect(clerk.libpq_conninfo()).close()  # nothing dropped on the server
