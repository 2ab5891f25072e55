"""After a copy to a server: the book's roles, grants and guards (db/pg_security.py).

Runs once the copy is verified and before the book's checks, as the owner: every
user of the file gets a login role without a password (the administrator sets
them, or the first administrator chooses one at the first sign-in), and the
password hashes the file kept are removed from the server copy.
"""

from __future__ import annotations

from erp_desktop.db.engine import create_book_engine
from erp_desktop.db.location import BookLocation
from erp_desktop.db.pg_security import apply_security


def secure_server_book(location: BookLocation) -> None:
    engine = create_book_engine(location)
    try:
        with engine.begin() as conn:
            apply_security(conn)
    finally:
        engine.dispose()
