"""``erp-desktop users``: headless administration of a book's users, both book kinds.

On a server book each user is a database role: run these with the book owner's
URL (only it may create and change roles); a user's own URL may change only its
own password.
"""

from __future__ import annotations

import argparse
import getpass
import os

from erp_desktop.cli.book_commands import add_command, book_location
from erp_desktop.cli.console import Console
from erp_desktop.cli.signin import acting_user, add_user_option
from erp_desktop.domain.permissions import Role
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

NEW_PASSWORD_ENV = "ERP_DESKTOP_NEW_PASSWORD"


def register(commands: argparse._SubParsersAction, console: Console) -> None:
    tr = console.tr
    p = add_command(
        commands,
        console,
        "users",
        QT_TRANSLATE_NOOP("cli", "list, add and change the book's users"),
        QT_TRANSLATE_NOOP(
            "cli",
            "Manage users without the app. New passwords come from $ERP_DESKTOP_NEW_PASSWORD "
            "or are asked for. On a server book use the book owner's URL.",
        ),
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    roles = [role.value for role in Role]

    def verb(name: str, help_text: str) -> argparse.ArgumentParser:
        from erp_desktop.cli import add_common_options

        sub = verbs.add_parser(name, help=tr(help_text))
        add_common_options(sub, console, suppress=True)
        add_user_option(sub, console)
        return sub

    verb("list", QT_TRANSLATE_NOOP("cli", "list the users")).set_defaults(handler=cmd_list)
    add = verb("add", QT_TRANSLATE_NOOP("cli", "add a user with a role and a password"))
    add.add_argument("login")
    add.add_argument("--role", choices=roles, required=True)
    add.add_argument("--name", help=tr(QT_TRANSLATE_NOOP("cli", "full name (default: login)")))
    add.set_defaults(handler=cmd_add)
    role = verb("set-role", QT_TRANSLATE_NOOP("cli", "give a user another role"))
    role.add_argument("login")
    role.add_argument("role", choices=roles)
    role.set_defaults(handler=cmd_set_role)
    off = verb("disable", QT_TRANSLATE_NOOP("cli", "disable a user (can no longer sign in)"))
    off.add_argument("login")
    off.set_defaults(handler=cmd_disable)
    pw = verb("password", QT_TRANSLATE_NOOP("cli", "set a user's password"))
    pw.add_argument("login")
    pw.set_defaults(handler=cmd_password)


def _new_password(console: Console) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    first = getpass.getpass(console.tr(QT_TRANSLATE_NOOP("cli", "New password: ")))
    again = getpass.getpass(console.tr(QT_TRANSLATE_NOOP("cli", "Repeat the new password: ")))
    if first != again:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passwords differ."))
    return first


def _user_id(session, login: str) -> int:
    from erp_desktop.services.accounts import list_users
    from erp_desktop.services.users import login_from_name

    wanted = login_from_name(login)
    for user in list_users(session):
        if user.login == wanted:
            return user.id
    raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no user “{login}”."), login=login)


def _change(args: argparse.Namespace, console: Console, work) -> int:
    from erp_desktop.db.book import open_book

    book = open_book(book_location(args))
    try:
        by = acting_user(book, args, console)
        book.run(lambda s: work(s, by))
    finally:
        book.close()
    console.say(QT_TRANSLATE_NOOP("cli", "Done."))
    return 0


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.db.book import open_book
    from erp_desktop.services.accounts import list_users
    from erp_desktop.services.server_users import role_name

    book = open_book(book_location(args), upgrade=False)
    try:
        server = book.kind == "postgresql"

        def rows(s):
            return [(u, role_name(s, u.login) if server else "") for u in list_users(s)]

        for user, role in book.read(rows):
            state = "active" if user.active else "disabled"
            console.line("\t".join([user.login, user.full_name, user.role, state, role]).rstrip())
    finally:
        book.close()
    return 0


def cmd_add(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.accounts import add_user

    password = _new_password(console)
    return _change(
        args,
        console,
        lambda s, by: (
            add_user(
                s,
                by=by,
                full_name=args.name or args.login,
                login=args.login,
                role=Role(args.role),
                password=password,
            ).value
        ),
    )


def cmd_set_role(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.accounts import set_role

    return _change(
        args,
        console,
        lambda s, by: set_role(s, by=by, user_id=_user_id(s, args.login), role=Role(args.role)),
    )


def cmd_disable(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.accounts import set_active

    return _change(
        args,
        console,
        lambda s, by: set_active(s, by=by, user_id=_user_id(s, args.login), active=False),
    )


def cmd_password(args: argparse.Namespace, console: Console) -> int:
    from erp_desktop.services.accounts import set_password

    password = _new_password(console)
    return _change(
        args,
        console,
        lambda s, by: set_password(s, by=by, user_id=_user_id(s, args.login), password=password),
    )
