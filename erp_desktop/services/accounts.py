"""Signing in, passwords and managing users (connected books, and offline books that
chose to have passwords).

Passwords are hashed with argon2id (RFC 9106's second recommended setting:
3 passes over 64 MiB, 4 lanes — stronger than OWASP's minimum of 2 passes over
19 MiB). Every sign-in and failed sign-in is in the audit trail: ``sign_in``
records the event and returns the outcome instead of raising, so the event is
committed even when the answer is no. Managing users needs the SETTINGS
permission (administrators).

Who must sign in: on a connected book, everyone. On an offline book, nobody
as long as no user has a password (one person at a counter); once any active
user has one, everyone signs in. A connected book whose users have no password
yet (just moved from a file) lets its first administrator choose one at the
first sign-in — no protection is lost: the file had none either.

Guessing (domain.passwords): common and guessable passwords are refused when chosen;
after three failed sign-ins in a row a login waits a growing delay, recorded in the
book (``login_throttle``) so that restarting the program does not reset it, and an
attempt during the wait is refused without checking the password. Unknown and
inactive logins are checked against a dummy hash, so every answer takes the same
time and does not tell which logins exist; they are throttled the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.passwords import MIN_LENGTH, check_password, delay_after
from erp_desktop.domain.permissions import Permission, Role
from erp_desktop.errors import NotFound, StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.login import LoginThrottle
from erp_desktop.models.user import User
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import require
from erp_desktop.services.server_users import (
    is_postgres,
    role_has_password,
    role_password_works,
    role_user,
    sync_role,
)
from erp_desktop.services.users import UserInfo, _info, create_user, login_from_name

MIN_PASSWORD = MIN_LENGTH
ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4, "hash_len": 32, "salt_len": 16}


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(type=Type.ID, **ARGON2)


def hash_password(password: str, login: str = "") -> str:
    check_password_rules(password, login)
    return str(_hasher().hash(password))


def check_password_rules(password: str, login: str = "") -> None:
    check_password(password, login)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """What an unknown login's password is checked against (same cost as a real one)."""
    return str(_hasher().hash("no such user: the answer takes as long as for one"))


def _verify(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


# -- who must sign in --------------------------------------------------------------------------
def sign_in_required(session: Session, *, connected: bool) -> bool:
    if connected:
        # on a server book connecting as one's own role is signing in
        return not is_postgres(session) or role_user(session) is None
    return bool(
        session.scalar(
            select(User.id).where(User.active.is_(True), User.password_hash.is_not(None)).limit(1)
        )
    )


def first_password_user(session: Session) -> UserInfo | None:
    """The administrator who may choose the book's first password (no one has one yet)."""
    if is_postgres(session):  # passwords live on the users' roles
        if any(role_has_password(session, u.login) for u in session.scalars(select(User))):
            return None
    elif session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1)):
        return None
    admin = session.scalars(
        select(User).where(User.active.is_(True), User.is_admin.is_(True)).order_by(User.id)
    ).first()
    return _info(admin) if admin else None


@dataclass(frozen=True)
class SignIn:
    user: UserInfo | None
    wait_seconds: int = 0  # throttled: the password was not checked; try again after this

    @property
    def ok(self) -> bool:
        return self.user is not None


def sign_in(session: Session, login: str, password: str, *, now: datetime | None = None) -> SignIn:
    """Check a login and password; the audit trail gets ``user.login`` or ``user.login_failed``.

    ``now`` is the clock (tests pass their own)."""
    now = now or utc_now()
    login = login_from_name(login) if login.strip() else ""
    throttle = session.get(LoginThrottle, login, with_for_update=True)
    if throttle is not None:
        ready = throttle.last_failure + timedelta(seconds=delay_after(throttle.failures))
        if now < ready:
            audit.record(
                session,
                user_id=None,
                action="user.login_throttled",
                subject=f"login:{login}"[:120],
            )
            return SignIn(None, wait_seconds=max(1, int((ready - now).total_seconds() + 0.999)))
    user = session.scalars(select(User).where(User.login == login)).first()
    if is_postgres(session):  # the server checks the password of the user's role
        usable = bool(user and user.active)
        ok = usable and role_password_works(session, login, password)
    else:
        usable = bool(user and user.active and user.password_hash)
        stored = user.password_hash if usable and user is not None else None
        ok = _verify(stored or _dummy_hash(), password) and usable
    if not ok:
        _count_failure(session, login, throttle, now)
        reason = (
            "unknown user"
            if user is None
            else "inactive"
            if not user.active
            else "no password"
            if not (user.password_hash or is_postgres(session))
            else "wrong password"
        )
        audit.record(
            session,
            user_id=user.id if user else None,
            action="user.login_failed",
            subject=f"login:{login}"[:120],
            details={"reason": reason},
        )
        return SignIn(None)
    assert user is not None
    if throttle is not None:
        session.execute(delete(LoginThrottle).where(LoginThrottle.login == login))
    if user.password_hash and _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    audit.record(session, user_id=user.id, action="user.login", subject=f"user:{user.id}")
    session.flush()
    return SignIn(_info(user))


def _count_failure(
    session: Session, login: str, throttle: LoginThrottle | None, now: datetime
) -> None:
    if throttle is None:
        session.add(LoginThrottle(login=login, failures=1, last_failure=now))
    else:
        throttle.failures += 1
        throttle.last_failure = now
    session.flush()


def choose_first_password(session: Session, user_id: int, password: str) -> Changed[UserInfo]:
    """The first administrator's first password, when the book has none at all."""
    first = first_password_user(session)
    if first is None or first.id != user_id:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This book already has passwords; sign in instead.")
        )
    user = session.get(User, user_id)
    assert user is not None
    digest = hash_password(password, user.login)
    if is_postgres(session):
        sync_role(session, user, password=password)
    else:
        user.password_hash = digest
    audit.record(session, user_id=user_id, action="user.password_set", subject=f"user:{user_id}")
    audit.record(session, user_id=user_id, action="user.login", subject=f"user:{user_id}")
    session.flush()
    return Changed(replace(_info(user), has_password=True), Changes.of(Area.USERS))


# -- managing users (administrators) ------------------------------------------------------------
def list_users(session: Session) -> list[UserInfo]:
    users = [_info(u) for u in session.scalars(select(User).order_by(User.active.desc(), User.id))]
    if is_postgres(session):  # a server user's password is on their role
        users = [replace(u, has_password=role_has_password(session, u.login)) for u in users]
    return users


def add_user(
    session: Session,
    *,
    by: int,
    full_name: str,
    login: str,
    role: Role,
    password: str,
) -> Changed[UserInfo]:
    require(session, by, Permission.SETTINGS)
    admin = session.get(User, by)
    server = is_postgres(session)
    if not server and admin is not None and not admin.password_hash:
        # once anyone has a password everyone signs in: the administrator needs one first
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Set your own password first (select yourself, then “Set password”): once "
                "users have passwords, everyone signs in, you too.",
            )
        )
    digest = hash_password(password, login_from_name(login or full_name))  # both databases
    info = create_user(
        session,
        full_name,
        login=login or None,
        is_admin=role is Role.ADMIN,
        role=role,
        created_by=by,
    ).value
    user = session.get(User, info.id)
    assert user is not None
    if server:
        sync_role(session, user, password=password)
    else:
        user.password_hash = digest
    session.flush()
    return Changed(replace(_info(user), has_password=True), Changes.of(Area.USERS))


def set_password(session: Session, *, by: int, user_id: int, password: str) -> Changed[None]:
    """An administrator resets a password, or a user changes their own."""
    if by != user_id:
        require(session, by, Permission.SETTINGS)
    user = _get(session, user_id)
    digest = hash_password(password, user.login)
    if is_postgres(session):
        sync_role(session, user, password=password)
    else:
        user.password_hash = digest
    session.flush()
    audit.record(session, user_id=by, action="user.password_set", subject=f"user:{user_id}")
    return Changed(None, Changes.of(Area.USERS))


def set_role(session: Session, *, by: int, user_id: int, role: Role) -> Changed[None]:
    """Give a user another role (on a server book, another group role)."""
    require(session, by, Permission.SETTINGS)
    user = _get(session, user_id)
    if user.is_admin and role is not Role.ADMIN:
        _keep_an_admin(session, user_id)
    user.role, user.is_admin = role.value, role is Role.ADMIN
    session.flush()
    if is_postgres(session):
        sync_role(session, user)
    audit.record(
        session,
        user_id=by,
        action="user.role",
        subject=f"user:{user_id}",
        details={"role": role.value},
    )
    return Changed(None, Changes.of(Area.USERS))


def set_active(session: Session, *, by: int, user_id: int, active: bool) -> Changed[None]:
    require(session, by, Permission.SETTINGS)
    if by == user_id and not active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "You cannot deactivate yourself; ask another administrator."
            )
        )
    user = _get(session, user_id)
    if not active and user.is_admin:
        _keep_an_admin(session, user_id)
    user.active = active
    session.flush()
    if is_postgres(session):  # a disabled user's role can no longer log in
        sync_role(session, user)
    audit.record(
        session,
        user_id=by,
        action="user.activate" if active else "user.deactivate",
        subject=f"user:{user_id}",
    )
    return Changed(None, Changes.of(Area.USERS))


def _keep_an_admin(session: Session, user_id: int) -> None:
    others = session.scalar(
        select(User.id)
        .where(User.active.is_(True), User.is_admin.is_(True), User.id != user_id)
        .limit(1)
    )
    if not others:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The book needs at least one active administrator.")
        )


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "User {id} does not exist."), id=user_id)
    return user
