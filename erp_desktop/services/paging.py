"""Paged, filtered, sorted list queries for the screens (Qt-free).

A screen's list model asks its area for one page at a time with a
``PageRequest``; the area answers with ``page(query, request, …)``: filter
text matched (case-insensitively) in the given columns, sorting by a known
column key (with the row id as tie-breaker, so pages never overlap), then
OFFSET/LIMIT. Rows are plain tuples whose first element is the row id.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, or_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


def search_text(text: str) -> str:
    """What the user typed into a filter or look-up box, without control characters
    (a NUL, pasted or typed, is refused by PostgreSQL with a raw message) and trimmed.
    A filter is only a search, so they are dropped rather than refused."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs")).strip()


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` escaped (use ``escape="\\"``)."""
    escaped = search_text(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class PageRequest:
    offset: int
    limit: int
    text: str = ""  # what the user typed in the filter box
    sort: str | None = None  # a column key the area knows
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)  # area-specific (state, dates, …)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", search_text(self.text))


def page(
    session: Session,
    query: Select[Any],
    request: PageRequest,
    *,
    search: Sequence[ColumnElement[Any]],
    sorts: Mapping[str, ColumnElement[Any]],
    default_sort: str,
    tie_breaker: ColumnElement[Any] | tuple[ColumnElement[Any], ...],
) -> list[tuple[Any, ...]]:
    """``tie_breaker``: the row id, or a tuple of columns for rows keyed by several
    (item, location); one that is the sort column itself is left out."""
    text = request.text.strip()
    if text and search:
        pattern = like_pattern(text)
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in search)))
    key = request.sort if request.sort in sorts else default_sort
    sort = sorts[key]
    ties = tie_breaker if isinstance(tie_breaker, tuple) else (tie_breaker,)
    direction = (lambda c: c.desc()) if request.descending else (lambda c: c.asc())
    query = query.order_by(direction(sort), *(direction(c) for c in ties if c is not sort))
    query = query.offset(request.offset).limit(request.limit)
    return [tuple(row) for row in session.execute(query)]
