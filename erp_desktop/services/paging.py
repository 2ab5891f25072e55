"""Paged, filtered, sorted list queries for the screens (Qt-free).

A screen's list model asks its area for one page at a time with a
``PageRequest``; the area answers with ``page(query, request, …)``: filter
text matched (case-insensitively) in the given columns, sorting by a known
column key with the row's key columns as tie-breakers (so the order is total),
then a page by key (keyset): ``WHERE (sort, ties…) > (the last row's) … LIMIT``.
Rows are plain tuples whose first element is the row id; the answer is a
``Page`` that also carries each row's sort key, so the model asks for the next
page after the last one it holds, and reads a page it let go again by its key
range — rows another PC inserts meanwhile never shift the rows a user sees.
OFFSET stays for callers that read a whole list in slices (exports).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, false, not_, or_, true, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, Label

Key = tuple[Any, ...]


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
    after: Key | None = None  # keyset: only rows after this key (the last row held)
    through: Key | None = None  # and none after this one (reading a held page again)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", search_text(self.text))


class Page(list[tuple[Any, ...]]):
    """A page of rows and, beside them, each row's sort key (for the next request)."""

    def __init__(self, rows: Iterable[tuple[Any, ...]] = (), keys: Sequence[Key] = ()) -> None:
        super().__init__(rows)
        self.keys: list[Key] = list(keys)

    def mapped(self, convert: Callable[[tuple[Any, ...]], tuple[Any, ...]]) -> Page:
        """The same page with each row converted (the keys stay)."""
        return Page([convert(row) for row in self], self.keys)


def _nullable(column: ColumnElement[Any]) -> bool:
    return bool(getattr(column, "nullable", True))


def _after(columns: Sequence[ColumnElement[Any]], key: Key, descending: bool) -> Any:
    """Rows that sort after ``key`` (NULL sorts first ascending, last descending)."""
    if not any(v is None for v in key) and not any(_nullable(c) for c in columns):
        # Row values: both databases walk an index from the key.
        left, right = tuple_(*columns), tuple_(*key)
        return left < right if descending else left > right
    clauses = []
    for i, (column, value) in enumerate(zip(columns, key, strict=True)):
        equal = [
            c.is_(None) if v is None else c == v
            for c, v in zip(columns[:i], key[:i], strict=True)
        ]
        if value is None:
            beyond: Any = false() if descending else column.is_not(None)
        elif descending:
            beyond = or_(column < value, column.is_(None)) if _nullable(column) else column < value
        else:
            beyond = column > value
        clauses.append(and_(true(), *equal, beyond))
    return or_(*clauses)


def page(
    session: Session,
    query: Select[Any],
    request: PageRequest,
    *,
    search: Sequence[ColumnElement[Any]],
    sorts: Mapping[str, ColumnElement[Any]],
    default_sort: str,
    tie_breaker: ColumnElement[Any] | tuple[ColumnElement[Any], ...],
) -> Page:
    """``tie_breaker``: the row id, or a tuple of columns for rows keyed by several
    (item, location); one that is the sort column itself is left out."""
    text = request.text.strip()
    if text and search:
        pattern = like_pattern(text)
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in search)))
    key = request.sort if request.sort in sorts else default_sort
    sort = sorts[key]
    ties = tie_breaker if isinstance(tie_breaker, tuple) else (tie_breaker,)
    # A labelled column is keyed by its expression: its name is already in the select.
    columns = [
        c.element if isinstance(c, Label) else c
        for c in (sort, *(t for t in ties if t is not sort))
    ]
    descending = request.descending

    def direction(column: ColumnElement[Any]) -> Any:
        ordered = column.desc() if descending else column.asc()
        if not _nullable(column):
            return ordered
        # One NULL order on both databases (SQLite puts NULL first, PostgreSQL last).
        return ordered.nulls_last() if descending else ordered.nulls_first()

    # A grouped list sorts by aggregates: its key is compared after grouping.
    narrow = query.having if query._group_by_clauses else query.where
    if request.after is not None:
        query = narrow(_after(columns, request.after, descending))
    if request.through is not None:
        query = narrow(not_(_after(columns, request.through, descending)))
    query = query.add_columns(*columns).order_by(*(direction(c) for c in columns))
    if request.offset:
        query = query.offset(request.offset)
    query = query.limit(request.limit)
    width = len(columns)
    result = Page()
    for row in session.execute(query):
        values = tuple(row)
        result.append(values[:-width])
        result.keys.append(values[-width:])
    return result
