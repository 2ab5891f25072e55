"""One document row by id, optionally locked until the transaction ends.

Every document service reads its row this way before changing it: lock
first, then read fresh — a concurrent action that committed while we waited
must be seen (READ COMMITTED re-reads the row once the lock is granted, and
``populate_existing`` overwrites what this session had loaded before).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from erp_desktop.db.base import Base
from erp_desktop.errors import NotFound

Row = TypeVar("Row", bound=Base)


def get_row(session: Session, model: type[Row], row_id: int, *, lock: bool, missing: str) -> Row:
    """``missing``: the NotFound message (marked with QT_TRANSLATE_NOOP), given ``{id}``."""
    (key,) = inspect(model).primary_key  # every document table: one integer id
    query = select(model).where(key == row_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(missing, id=row_id)
    return row
