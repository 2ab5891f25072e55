"""Signing in to a server book from the desktop: connecting as one's own role.

On a server book the server checks the password: signing in opens the book again
as the user's login role (``<prefix>.<login>``, see db/pg_security.py) with the
typed password, and the session works as that role; the owner's connection that
may have opened the book first is closed. The prefix is the book's own (read from
the book when a connection is open) or, with none, the database's name.

Failed attempts wait like an offline book's sign-in (``delay_after``) on this PC,
per server, database and login, kept for the program's run: the password is not
even sent during the wait. The barrier against guessing from other programs is on
the server (``auth_delay``, pg_hba.conf: docs/connected-mode.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from erp_desktop.db.location import BookLocation
from erp_desktop.db.pg_security import ROLE_PREFIX_KEY, default_prefix, login_role
from erp_desktop.domain.passwords import delay_after
from erp_desktop.errors import ValidationError, WrongPassword
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services import audit
from erp_desktop.services.opening import OpenBook, load_book
from erp_desktop.services.users import login_from_name

if TYPE_CHECKING:
    from erp_desktop.db.book import Book

Key = tuple[str, int, str, str]  # host, port, database, login

WAIT = QT_TRANSLATE_NOOP(
    "errors", "Too many failed sign-ins with this user name. Wait {seconds} s, then try again."
)
WRONG = QT_TRANSLATE_NOOP(
    "errors",
    "The user name or password is not right. (Capital letters and the input language matter.)",
)


class SignInRefused(ValidationError):
    """The server refused the user name or password (not a wait)."""


@dataclass
class _Failures:
    count: int
    last: float


class SignInDelays:
    """Failed sign-ins in a row per server login, and the wait they impose (thread-safe)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._failures: dict[Key, _Failures] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, key: Key) -> int:
        with self._lock:
            failed = self._failures.get(key)
            if failed is None:
                return 0
            left = failed.last + delay_after(failed.count) - self.clock()
            return max(0, int(left + 0.999))

    def failed(self, key: Key) -> None:
        with self._lock:
            failed = self._failures.setdefault(key, _Failures(0, 0.0))
            failed.count += 1
            failed.last = self.clock()

    def cleared(self, key: Key) -> None:
        with self._lock:
            self._failures.pop(key, None)


DELAYS = SignInDelays()


def role_location(
    location: BookLocation, login: str, password: str, prefix: str | None
) -> BookLocation:
    """Where ``login`` connects to this server book: its own role, with its password."""
    _host, _port, database, _user = location.server
    return location.as_user(login_role(prefix or default_prefix(database), login), password)


def sign_in_to_server(
    location: BookLocation,
    login: str,
    password: str,
    *,
    prefix: str | None = None,
    delays: SignInDelays = DELAYS,
) -> OpenBook:
    """Open the server book at ``location`` as ``login``'s own role; refuse a wrong password
    (counted), a disabled user (the server's answer) and a role that is no user of the book."""
    login = login_from_name(login) if login.strip() else ""
    host, port, database, _user = location.server
    key = (host, port, database, login)
    wait = delays.wait_seconds(key)
    if wait:
        raise ValidationError(WAIT, seconds=wait)
    if not login or not password:
        delays.failed(key)
        raise SignInRefused(WRONG)
    try:
        opened = load_book(role_location(location, login, password, prefix))
    except WrongPassword:
        delays.failed(key)
        raise SignInRefused(WRONG) from None
    if opened.user is None:  # a server role of that name that is not this book's user
        opened.book.close()
        delays.failed(key)
        raise SignInRefused(WRONG)
    delays.cleared(key)
    if not opened.book.read_only:
        user_id = opened.user.id
        opened.book.run(
            lambda s: audit.record(
                s, user_id=user_id, action="user.login", subject=f"user:{user_id}"
            )
        )
    return opened


def reopen_as(book: Book, login: str, password: str) -> OpenBook:
    """Sign in to a server book opened by another server user (the owner's remembered
    address): open it again as ``login``'s role. ``book`` stays open; the caller closes it."""
    prefix = book.meta(ROLE_PREFIX_KEY)
    try:
        opened = sign_in_to_server(book.location, login, password, prefix=prefix)
    except SignInRefused:
        if not book.read_only:  # the owner's connection records it, as offline books do
            subject = f"login:{login}"[:120]
            book.run(
                lambda s: audit.record(
                    s,
                    user_id=None,
                    action="user.login_failed",
                    subject=subject,
                    details={"reason": "refused by the server"},
                )
            )
        raise
    opened.owner = book.location.without_password()
    return opened
