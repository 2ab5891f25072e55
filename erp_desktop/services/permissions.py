"""Asking whether the current user may do something."""

from __future__ import annotations

from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import PERMISSION_LABELS, Permission, allows
from erp_desktop.errors import PermissionDenied
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.user import User


def may(session: Session, user_id: int, permission: Permission) -> bool:
    user = session.get(User, user_id)
    return bool(user and user.active and (user.is_admin or allows(user.role, permission)))


def require(session: Session, user_id: int, permission: Permission) -> None:
    """Raise PermissionDenied, naming what is not allowed, unless the user may."""
    if not may(session, user_id, permission):
        user = session.get(User, user_id)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "{user} may not {action}. Ask an administrator."),
            user=user.full_name if user else f"#{user_id}",
            action=Msg(PERMISSION_LABELS[permission], "roles"),
        )
