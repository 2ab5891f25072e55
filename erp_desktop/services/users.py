"""Users of a book. Login and roles come with connected mode; from day one
every document records which user did it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import Role
from erp_desktop.domain.text import clean_code, clean_text
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.user import User
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    is_admin: bool
    role: str = Role.ADMIN.value
    active: bool = True
    has_password: bool = False


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.login,
        user.full_name,
        user.is_admin,
        user.role,
        user.active,
        bool(user.password_hash),
    )


def login_from_name(name: str) -> str:
    return "".join(name.split()).casefold()[:64] or "admin"


def create_user(
    session: Session,
    full_name: str,
    *,
    login: str | None = None,
    is_admin: bool = False,
    role: Role = Role.ADMIN,
    created_by: int | None = None,
) -> Changed[UserInfo]:
    full_name = clean_text(
        full_name, field=QT_TRANSLATE_NOOP("fields", "User name"), max_length=100, required=True
    )
    if login:
        login = clean_code(login, field=QT_TRANSLATE_NOOP("fields", "Login"), max_length=64)
    login = login_from_name(login or full_name)
    taken = session.scalar(select(func.count()).select_from(User).where(User.login == login))
    if taken:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user with the login “{login}” already exists."),
            login=login,
        )
    user = User(login=login, full_name=full_name, is_admin=is_admin, role=role.value, active=True)
    session.add(user)
    session.flush()
    audit.record(
        session,
        user_id=created_by or user.id,
        action="user.create",
        subject=f"user:{user.id}",
        details={"login": login, "admin": is_admin, "role": role.value},
    )
    return Changed(_info(user), Changes.of(Area.USERS))


def get_user(session: Session, user_id: int) -> UserInfo:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "User {id} does not exist."), id=user_id)
    return _info(user)


def default_user(session: Session) -> UserInfo | None:
    """The user an offline book works as: its first active administrator."""
    user = session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.is_admin.desc(), User.id).limit(1)
    ).first()
    return _info(user) if user else None
