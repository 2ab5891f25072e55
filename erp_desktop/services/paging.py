"""Paged, filtered, sorted list queries for the screens (Qt-free).

A screen's list model asks its area for one page at a time with a
``PageRequest``; the area answers with ``page(query, request, …)``: filter
text matched (case-insensitively) in the given columns, sorting by a known
column key (with the row id as tie-breaker, so pages never overlap), then
OFFSET/LIMIT. Rows are plain tuples whose first element is the row id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, or_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` escaped (use ``escape="\\"``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class PageRequest:
    offset: int
    limit: int
    text: str = ""  # what the user typed in the filter box
    sort: str | None = None  # a column key the area knows
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)  # area-specific (state, dates, …)


def page(
    session: Session,
    query: Select[Any],
    request: PageRequest,
    *,
    search: Sequence[ColumnElement[Any]],
    sorts: Mapping[str, ColumnElement[Any]],
    default_sort: str,
    tie_breaker: ColumnElement[Any],
) -> list[tuple[Any, ...]]:
    text = request.text.strip()
    if text and search:
        pattern = like_pattern(text)
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in search)))
    key = request.sort if request.sort in sorts else default_sort
    order = sorts[key].desc() if request.descending else sorts[key].asc()
    tie = tie_breaker.desc() if request.descending else tie_breaker.asc()
    query = query.order_by(order, tie).offset(request.offset).limit(request.limit)
    return [tuple(row) for row in session.execute(query)]
