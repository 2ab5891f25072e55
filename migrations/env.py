"""Alembic environment for ERP Desktop books (SQLite and PostgreSQL).

The program passes an open connection in ``config.attributes["connection"]``
and owns the transaction (all revisions of an upgrade run in one). From the
alembic command line, name the book with ``-x book=…`` or ERP_DESKTOP_BOOK.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy.engine import Connection

import erp_desktop.models.registry  # noqa: F401  (registers every table)
from erp_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        user_module_prefix="erp_desktop.db.types.",
        transaction_per_migration=False,
    )


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        context.run_migrations()
        return
    from erp_desktop.db.engine import create_book_engine
    from erp_desktop.db.location import BOOK_ENV, BookLocation

    where = context.get_x_argument(as_dictionary=True).get("book") or os.environ.get(BOOK_ENV)
    if not where:
        raise SystemExit("name the book: alembic -x book=PATH_OR_URL …")
    engine = create_book_engine(BookLocation.parse(where))
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported")
run_online()
