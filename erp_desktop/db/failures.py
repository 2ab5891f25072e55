"""Turning database exceptions into messages a user can act on.

No raw IntegrityError or OperationalError may reach a user. Services check
their rules first, so a constraint firing here is a last line of defence (or
a race with another PC): the message says what happened in plain words.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from erp_desktop.errors import (
    ConflictError,
    DatabaseUnavailable,
    ErpError,
    UserDisabled,
    ValidationError,
    WrongPassword,
)
from erp_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
LOCK_NOT_AVAILABLE = "55P03"
RETRYABLE_SQLSTATES = {SERIALIZATION_FAILURE, DEADLOCK_DETECTED}
SQLITE_FULL = 13


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def is_retryable(exc: BaseException) -> bool:
    """Serialization failures and deadlocks: the whole unit of work may run again. Not
    SQLite's write lock: its busy timeout already waited (~15 s), and a program holding
    the book that long would not let go for a retry either (six retries made 91 s)."""
    return sqlstate(exc) in RETRYABLE_SQLSTATES


def is_sqlite_lock(exc: BaseException) -> bool:
    return "database is locked" in str(getattr(exc, "orig", exc))


def sqlite_file_error(exc: BaseException, path: Any) -> ErpError | None:
    """What an SQLite book file's own failures mean for the user: a damaged file, a
    full disk, or another program holding the book past the busy timeout. None for anything else."""
    from erp_desktop.db.sqlite_file import damaged, is_damage

    text = str(getattr(exc, "orig", exc))
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if is_damage(getattr(exc, "orig", exc)):
        log.error("damaged book file %s: %s", path, text)
        return damaged(path, text)
    if code == SQLITE_FULL or "database or disk is full" in text:
        log.warning("disk full writing %s: %s", path, text)
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding the book is full ({folder}). Nothing was saved; what you "
                "typed is kept. Free some space on that disk and try again.",
            ),
            folder=Path(path).parent,
        )
    if is_sqlite_lock(exc):
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another program holds the book {path} and has not let go for "
                "{seconds} seconds. Nothing was saved; what you typed is kept. Close the "
                "other program (or another ERP Desktop window on this book) and try again.",
            ),
            path=path,
            seconds=round(busy_timeout_ms() / 1000),
        )
    return None


def busy_timeout_ms() -> int:
    from erp_desktop.db import engine

    return engine.SQLITE_BUSY_TIMEOUT_MS


def constraint_name(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    diag = getattr(orig, "diag", None)
    if diag is not None and getattr(diag, "constraint_name", None):
        return str(diag.constraint_name)
    return None


def is_unique_violation(exc: BaseException, constraint: str | None = None) -> bool:
    from sqlalchemy.exc import IntegrityError

    if not isinstance(exc, IntegrityError):
        return False
    text = str(getattr(exc, "orig", exc))
    unique = sqlstate(exc) == "23505" or "UNIQUE constraint failed" in text
    if not unique or constraint is None:
        return unique
    name = constraint_name(exc)
    return name == constraint if name else True


def user_error(exc: DBAPIError) -> ErpError:
    """The message a user sees for a database exception that escaped the services."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    text = str(getattr(exc, "orig", exc))
    state = sqlstate(exc)
    if isinstance(exc, IntegrityError):
        log.warning("integrity error reached the boundary: %s", text)
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The book refused the change because it conflicts with data already saved "
                "(possibly by another user at the same moment). Nothing was saved. "
                "Reload and try again. [{detail}]",
            ),
            detail=constraint_name(exc) or _short(text),
        )
    if state in RETRYABLE_SQLSTATES or state == LOCK_NOT_AVAILABLE or "database is locked" in text:
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The book is busy: other users are saving the same data. Nothing was saved; "
                "please try again in a moment.",
            )
        )
    if "readonly database" in text or "read-only" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors", "The book is read-only here; nothing can be saved to it. ({detail})"
            ),
            detail=_short(text),
        )
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection to the book was lost. What you typed is kept; try again when "
                "the server can be reached. ({detail})",
            ),
            detail=_short(text),
        )
    log.error("unexpected database error: %s", text)
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("errors", "The database reported an error: {detail}"),
        detail=_short(text),
    )


def connect_error(exc: BaseException, where: Any) -> ErpError:
    """The message for a failure to open a connection to a PostgreSQL book.

    SQLAlchemy is not imported here: ``erp-desktop info`` uses psycopg alone.
    """
    text = str(getattr(exc, "orig", exc))
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return WrongPassword(
            QT_TRANSLATE_NOOP(
                "errors", "The server {where} refused the user name or password. Check them."
            ),
            where=where,
        )
    if "not permitted to log in" in lowered:  # the server says so only to the right password
        return UserDisabled(
            QT_TRANSLATE_NOOP(
                "errors",
                "This user is disabled on the server {where}: ask your administrator to "
                "enable the user again.",
            ),
            where=where,
        )
    if "does not support ssl" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {where} does not offer encrypted (TLS) connections, and this "
                "connection requires them. Ask your IT person to switch TLS on in the server "
                "(recommended), or choose “prefer” only inside a trusted office network.",
            ),
            where=where,
        )
    if (
        "root certificate" in lowered
        or "certificate verify failed" in lowered
        or ("server certificate" in lowered and "does not match" in lowered)
    ):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The certificate of the server {where} could not be checked: this computer "
                "needs the company's root certificate (for verify-full), and the server "
                "address must match the certificate. See docs/connected-mode.md. ({detail})",
            ),
            where=where,
            detail=_short(text),
        )
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {where} has no such database. Ask your IT person to create it.",
            ),
            where=where,
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "Cannot reach the server {where}. Check the address, the network and that the "
            "server is running. ({detail})",
        ),
        where=where,
        detail=_short(text),
    )


def _short(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else text
    return first[:200]
