"""Who a command acts as.

Server books: the URL's user is the sign-in (an ERP user's own role, or the book
owner, who acts as the book's first administrator — the IT person holding the
owner's password administers the book anyway). SQLite books that have passwords:
``--user LOGIN`` and the password from ``ERP_DESKTOP_PASSWORD`` or a prompt;
without passwords, the book's first administrator, as in the app.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import TYPE_CHECKING

from erp_desktop.cli.console import Console
from erp_desktop.errors import PermissionDenied
from erp_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the command line starts without SQLAlchemy (`info` stays quick)
    from erp_desktop.db.book import Book

PASSWORD_ENV = "ERP_DESKTOP_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser, console: Console) -> None:
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help=console.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "sign in as LOGIN (SQLite books with passwords; the password is read from "
                "$ERP_DESKTOP_PASSWORD or asked for). On a server book the URL's user signs in.",
            )
        ),
    )


def require_administrator(book: Book, user_id: int) -> None:
    """Refuse unless ``user_id`` may administer the book (demo data, moving the book)."""
    from erp_desktop.domain.permissions import Permission
    from erp_desktop.services.permissions import require

    book.read(lambda s: require(s, user_id, Permission.SETTINGS))


def acting_user(book: Book, args: argparse.Namespace, console: Console) -> int:
    """The id of the ERP user the command acts as; refuses a failed sign-in."""
    from erp_desktop.services.accounts import sign_in, sign_in_required
    from erp_desktop.services.server_users import role_user
    from erp_desktop.services.users import default_user

    if book.kind == "postgresql":
        me = book.read(role_user)
        if me is not None:
            return me.id
    elif book.read(lambda s: sign_in_required(s, connected=False)):
        login = getattr(args, "user", None)
        if not login:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "This book has passwords: sign in with --user LOGIN to change it."
                )
            )
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass(
            console.tr(QT_TRANSLATE_NOOP("cli", "Password for {login}: "), login=login)
        )
        result = book.run(lambda s: sign_in(s, login, password))  # audited either way
        if result.user is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "The login or password is wrong. Nothing was changed.")
            )
        return result.user.id
    first = book.read(default_user)
    if first is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "The book has no active user."))
    return first.id
