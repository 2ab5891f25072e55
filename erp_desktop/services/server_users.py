"""Users of a server book are PostgreSQL login roles (see db/pg_security.py).

Signing in is connecting as one's role; the book keeps no password hash of them.
Creating, changing and disabling roles needs the book owner's connection (an
administrator's own role may not create roles); a user changes their own password
on their own connection.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from erp_desktop.db.dialect import is_postgres
from erp_desktop.db.pg_security import (
    has_password,
    login_of_role,
    login_role,
    role_prefix,
    scram_verifier,
    sync_login_role,
)
from erp_desktop.db.pg_security import (
    role_password_works as _works,
)
from erp_desktop.domain.permissions import Role
from erp_desktop.errors import PermissionDenied
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.user import User

__all__ = [
    "is_postgres",
    "role_has_password",
    "role_name",
    "role_password_works",
    "role_user",
    "sync_role",
]


def role_user(session: Session) -> User | None:
    """The ERP user this connection signed in as (None: the owner or another role)."""
    conn = session.connection()
    me = str(conn.execute(text("SELECT current_user")).scalar())
    login = login_of_role(role_prefix(conn), me)
    if login is None:
        return None
    return session.query(User).filter(User.login == login).one_or_none()


def sync_role(session: Session, user: User, *, password: str | None = None) -> None:
    """Bring the user's login role in line with the user (group, active, password)."""
    conn = session.connection()
    prefix = role_prefix(conn)
    me = role_user(session)
    if me is not None and me.id == user.id and password is not None and user.active:
        # a user changes their own password on their own connection
        verifier = scram_verifier(password)
        conn.exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
        return
    if me is not None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Managing the users of a server book needs the book owner's server user: "
                "use it for this (e.g. “erp-desktop users … --book postgresql://OWNER@…”).",
            )
        )
    sync_login_role(
        conn, prefix, user.login, Role(user.role), active=user.active, password=password
    )


def role_name(session: Session, login: str) -> str:
    return login_role(role_prefix(session.connection()), login)


def role_has_password(session: Session, login: str) -> bool:
    return has_password(session.connection(), role_name(session, login))


def role_password_works(session: Session, login: str, password: str) -> bool:
    return _works(session.connection(), role_name(session, login), password)
