"""Signing in, passwords (argon2id) and managing users; every sign-in is audited.

Password hashes and ``sign_in`` exist on SQLite books only: on a server book each
user is a database role (tests/db/test_pg_security.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from erp_desktop.domain.permissions import Role
from erp_desktop.errors import PermissionDenied, StateError, ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.models.user import User
from erp_desktop.services.accounts import (
    add_user,
    choose_first_password,
    first_password_user,
    list_users,
    set_active,
    set_password,
    sign_in,
    sign_in_required,
)
from erp_desktop.services.checks import run_checks


def actions(book) -> list[str]:
    return book.read(lambda s: list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id))))


def test_passwords_are_argon2id_and_never_stored_plain(sqlite_book, admin_id) -> None:
    book = sqlite_book
    book.run(lambda s: choose_first_password(s, admin_id, "correct horse").value)
    stored = book.read(lambda s: s.get(User, admin_id).password_hash)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "correct horse" not in stored


def test_offline_book_needs_no_sign_in_until_someone_has_a_password(sqlite_book, admin_id) -> None:
    book = sqlite_book
    assert not book.read(lambda s: sign_in_required(s, connected=False))
    assert book.read(lambda s: sign_in_required(s, connected=True))
    assert book.read(first_password_user).id == admin_id
    book.run(lambda s: choose_first_password(s, admin_id, "correct horse").value)
    assert book.read(lambda s: sign_in_required(s, connected=False))
    assert book.read(first_password_user) is None
    with pytest.raises(StateError, match="already has passwords"):
        book.run(lambda s: choose_first_password(s, admin_id, "another one").value)


def test_sign_in_and_failed_sign_in_are_audited(sqlite_book, admin_id) -> None:
    book = sqlite_book
    book.run(lambda s: choose_first_password(s, admin_id, "correct horse").value)
    assert book.run(lambda s: sign_in(s, "管理员", "correct horse")).user.id == admin_id
    assert not book.run(lambda s: sign_in(s, "管理员", "wrong horse")).ok
    assert not book.run(lambda s: sign_in(s, "nobody", "correct horse")).ok
    trail = actions(book)
    assert trail[-3:] == ["user.login", "user.login_failed", "user.login_failed"]
    assert book.read(run_checks).ok  # the chain holds


def test_administrator_manages_users(sqlite_book, admin_id) -> None:
    book = sqlite_book
    with pytest.raises(ValidationError, match="Set your own password first"):
        book.run(
            lambda s: (
                add_user(
                    s, by=admin_id, full_name="X", login="x", role=Role.SALES, password="12345678"
                ).value
            )
        )
    book.run(lambda s: set_password(s, by=admin_id, user_id=admin_id, password="admin-pass-1"))
    clerk = book.run(
        lambda s: (
            add_user(
                s,
                by=admin_id,
                full_name="仓管 李",
                login="li",
                role=Role.WAREHOUSE,
                password="secret-1234",
            ).value
        )
    )
    assert clerk.role == "warehouse" and clerk.has_password and not clerk.is_admin
    assert book.run(lambda s: sign_in(s, "li", "secret-1234")).ok
    book.run(lambda s: set_password(s, by=admin_id, user_id=clerk.id, password="new-secret-9"))
    assert not book.run(lambda s: sign_in(s, "li", "secret-1234")).ok
    book.run(lambda s: set_active(s, by=admin_id, user_id=clerk.id, active=False))
    assert not book.run(lambda s: sign_in(s, "li", "new-secret-9")).ok
    users = book.read(list_users)
    assert [u.login for u in users if not u.active] == ["li"]
    with pytest.raises(PermissionDenied):
        book.run(lambda s: set_password(s, by=clerk.id, user_id=admin_id, password="hijacked!!"))
    with pytest.raises(ValidationError, match="at least 8"):
        book.run(lambda s: set_password(s, by=admin_id, user_id=clerk.id, password="short"))
    with pytest.raises(ValidationError, match="yourself"):
        book.run(lambda s: set_active(s, by=admin_id, user_id=admin_id, active=False))
    assert {"user.create", "user.password_set", "user.deactivate"} <= set(actions(book))


def test_a_clerk_may_not_add_users(book, admin_id) -> None:
    book.run(lambda s: set_password(s, by=admin_id, user_id=admin_id, password="admin-pass-1"))
    clerk = book.run(
        lambda s: (
            add_user(
                s,
                by=admin_id,
                full_name="Sales Wu",
                login="wu",
                role=Role.SALES,
                password="wu-pass-2026",
            ).value
        )
    )
    book.run(lambda s: set_password(s, by=clerk.id, user_id=clerk.id, password="own-pass-12"))
    with pytest.raises(PermissionDenied):
        book.run(
            lambda s: (
                add_user(
                    s, by=clerk.id, full_name="X", login="x", role=Role.ADMIN, password="12345678"
                ).value
            )
        )
