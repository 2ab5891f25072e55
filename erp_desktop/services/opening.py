"""Opening a book for the desktop app: the book plus what the shell shows first.

Runs on a worker thread (a server may take seconds to answer); Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from erp_desktop.db.location import BookLocation
from erp_desktop.db.sqlite_file import FileState, inspect_file

if TYPE_CHECKING:
    from erp_desktop.db.book import Book
    from erp_desktop.services.company import CompanyProfile
    from erp_desktop.services.users import UserInfo


@dataclass
class OpenBook:
    book: Book
    company: CompanyProfile | None
    user: UserInfo | None
    sign_in: bool = False  # someone must sign in before working (see services/accounts)
    first_password: UserInfo | None = None  # who may choose the book's first password
    # a server book first opened as its owner (a remembered address): kept, without its
    # password, for managing users; the session itself works as the user's own role
    owner: BookLocation | None = None
    as_role: bool = False  # a server book open as the user's own role (not the owner's)


def load_book(location: BookLocation, create_missing: bool = False) -> OpenBook:
    """Open (or create) the book and read the company and the working user."""
    from erp_desktop.db.book import create_book, open_book
    from erp_desktop.db.passwords import with_saved_password
    from erp_desktop.services.accounts import first_password_user, sign_in_required
    from erp_desktop.services.company import get_company
    from erp_desktop.services.server_users import role_user
    from erp_desktop.services.users import _info, default_user

    if location.is_sqlite and create_missing and inspect_file(location.path) is FileState.MISSING:
        book = create_book(location)
    else:
        book = open_book(with_saved_password(location))
    try:

        def facts(s):
            needed = sign_in_required(s, connected=not location.is_sqlite)
            first = first_password_user(s) if needed else None
            me = role_user(s) if not location.is_sqlite else None  # signed in by connecting
            # connected as one's role: the server just checked the password
            user = replace(_info(me), has_password=True) if me is not None else default_user(s)
            return get_company(s), user, needed, first, me is not None

        company, user, needed, first, as_role = book.read(facts)
    except BaseException:
        book.close()
        raise
    if needed and not book.moved_to:
        return OpenBook(book, company, None, sign_in=True, first_password=first)
    return OpenBook(book, company, user, as_role=as_role)
