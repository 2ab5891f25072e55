"""Opening a book for the desktop app: the book plus what the shell shows first.

Runs on a worker thread (a server may take seconds to answer); Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def load_book(location: BookLocation, create_missing: bool = False) -> OpenBook:
    """Open (or create) the book and read the company and the working user."""
    from erp_desktop.db.book import create_book, open_book
    from erp_desktop.services.company import get_company
    from erp_desktop.services.users import default_user

    if location.is_sqlite and create_missing and inspect_file(location.path) is FileState.MISSING:
        book = create_book(location)
    else:
        book = open_book(location)
    try:
        company, user = book.read(lambda s: (get_company(s), default_user(s)))
    except BaseException:
        book.close()
        raise
    return OpenBook(book, company, user)
