"""Checks of a server book's roles, grants and guards (db/pg_security.py).

A grant too many is a finding as much as a missing one: the database, not the
app, is what stops a user with ``psql``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from erp_desktop.db.dialect import is_postgres
from erp_desktop.db.pg_security import security_findings
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.checks import Check


def database_security(session: Session) -> Iterable[Msg]:
    if not is_postgres(session):
        return  # an SQLite book's barrier is the file's permissions (docs/connected-mode.md)
    for finding in security_findings(session.connection()):
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "Database security: {detail}"),
            "checks",
            {"detail": finding},
        )


CHECKS: tuple[tuple[str, Check], ...] = (("database security", database_security),)
