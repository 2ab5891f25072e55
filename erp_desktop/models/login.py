"""Failed sign-ins per login, kept in the book so that waiting survives a restart.

A row exists for any login typed, known or not (an unknown login is throttled the
same way, so answers do not tell which logins exist); a successful sign-in removes it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from erp_desktop.db.base import Base


class LoginThrottle(Base):
    __tablename__ = "login_throttle"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)  # as normalised
    failures: Mapped[int] = mapped_column(default=0)
    last_failure: Mapped[datetime]
