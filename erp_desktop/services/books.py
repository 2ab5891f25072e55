"""The book as the screens see it: where it lives, opening, watching, backing up, passwords.

The UI reaches the ``db`` layer only through this module (an import-linter
contract in pyproject.toml says so), as Anki's ``aqt`` reaches storage only
through ``anki.collection``: the screens hold a :class:`Book` handle and a
:class:`BookLocation` value, and call these functions; they never build
engines, sessions or SQL themselves.
"""

from __future__ import annotations

from erp_desktop.db.book import Book, BookMoved, open_book
from erp_desktop.db.location import REMOTE_SSLMODE, BookLocation, default_sslmode
from erp_desktop.db.passwords import (
    keyring_is_secure,
    load_password,
    save_password,
    with_saved_password,
)
from erp_desktop.db.sqlite_file import backup_file
from erp_desktop.db.watch import BookWatcher

__all__ = [
    "REMOTE_SSLMODE",
    "Book",
    "BookLocation",
    "BookMoved",
    "BookWatcher",
    "backup_file",
    "default_sslmode",
    "keyring_is_secure",
    "load_password",
    "open_book",
    "save_password",
    "with_saved_password",
]
