"""A read-only table model over a paged SQL query (filter and sort in SQL).

Lists of items, orders, invoices and stock can hold hundreds of thousands of
rows: the model holds only the pages fetched so far (as plain tuples, never
ORM objects), asks for the next page when the view scrolls near the end
(``canFetchMore``/``fetchMore``), and pushes filtering and sorting into the
query, which is a Qt-free function of the area's service layer:

    query(session, PageRequest) -> list[tuple]   # each row: (id, col1, col2, …)

(see ``services.paging``). The first element of each row is its id (not shown).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.orm import Session

from erp_desktop.domain.formatting import format_decimal, format_quantity
from erp_desktop.services.paging import Key, Page, PageRequest

if TYPE_CHECKING:
    from erp_desktop.ui.runner import OperationRunner

PAGE_SIZE = 200
_ROLES = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole)
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # what the query's sort understands
    title: str  # already translated
    kind: str = "text"  # text, decimal, quantity (no trailing zeros), date, datetime, bool
    places: int = 0
    sortable: bool = True

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in ("decimal", "quantity"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


PageQuery = Callable[[Session, PageRequest], Page]


def display(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "decimal" and isinstance(value, Decimal):
        return format_decimal(value, column.places)
    if column.kind == "quantity" and isinstance(value, Decimal):
        return format_quantity(value)
    if column.kind == "bool":
        return "✓" if value else ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class PagedQueryModel(QAbstractTableModel):
    """Rows fetched a page at a time by key (keyset), off the GUI thread when a runner is
    given (without one, as in benchmarks and model tests, each fetch runs at once).

    The model keeps, for every row listed, a hash of its sort key, and for every page
    the key range it covers; the row records themselves only for the most recent pages.
    A page let go, or marked stale by a change, is read again by its key range and its
    rows matched by key, so rows another PC inserted meanwhile never shift what the
    user sees (a row that vanished shows blank until the next refresh).
    """

    loaded = Signal()  # a fetch came back and was applied

    def __init__(
        self,
        read: Callable[[Callable[[Session], Any]], Any],
        columns: Sequence[Column],
        query: PageQuery,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        runner: OperationRunner | None = None,
    ) -> None:
        """``read`` runs a function in a read transaction (``book.read``); ``runner``
        runs it on a worker thread."""
        super().__init__(parent)
        self._read = read
        self._runner = runner
        self._columns = list(columns)
        self._query = query
        self._page_size = page_size
        self._rows: list[tuple[Any, ...] | None] = []  # None: a page let go (see _keep)
        self._hashes = array("q")  # hash of each row's sort key
        self._starts: list[int] = []  # first row of each page
        self._bounds: list[tuple[Key | None, Key]] = []  # each page: (key before it, its last)
        self._pages: OrderedDict[int, None] = OrderedDict()  # pages held, least recent first
        self._stale: set[int] = set()  # pages held whose records may be out of date
        self._rereading: set[int] = set()
        self._recent = -1  # the page last asked for
        self._more = True
        self._generation = 0  # bumped by a refresh: answers to older requests are dropped
        self._loading = False  # a first page or a next page is on its way
        self._text = ""
        self._sort: str | None = None
        self._descending = False
        self._filters: dict[str, Any] = {}

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for ten roles a cell at every paint: answer the others at once.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        values = self._row(index.row())
        if values is None:
            return None  # on its way
        value = values[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column)
        return value  # UserRole

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section].alignment)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and bool(self._bounds)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._loading or not self._bounds:
            return
        after = self._bounds[-1][1]
        self._loading = True
        self._submit(self._request(after=after), lambda page: self._appended(after, page))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._sort = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- ours ------------------------------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def query_function(self) -> PageQuery:
        return self._query

    @property
    def fetching(self) -> bool:
        return self._loading or bool(self._rereading)

    def request(self, *, limit: int = 0) -> PageRequest:
        """The list's current filter and sort (for totals and exports of the whole list)."""
        return self._request(limit=limit)

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        """The order of the next refresh (``sort`` refreshes at once)."""
        self._sort, self._descending = key, descending

    def set_text(self, text: str) -> None:
        """Filter as the user types (the query decides which columns it searches)."""
        if text != self._text:
            self._text = text
            self.refresh()

    def set_filters(self, **filters: Any) -> None:
        self._filters.update(filters)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a filter, a sort, or Refresh)."""
        self._generation += 1
        self._loading = True
        self._rereading.clear()
        self._submit(self._request(), self._reloaded)

    def mark_stale(self) -> None:
        """The book changed: rows keep their places and are read again (by key) when shown;
        rows added after the last one come with the next scroll. A list that fits on one
        page is read again whole, keeping the selection on the same rows."""
        if len(self._bounds) <= 1 and not self._more:
            generation = self._generation
            self._loading = True
            self._submit(self._request(), lambda page: self._relisted(generation, page))
            return
        self._stale.update(self._pages)
        self._more = True
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)  # the view asks again for what it shows

    def row_id(self, row: int) -> Any:
        values = self._row(row) if 0 <= row < len(self._rows) else None
        return values[0] if values is not None else None

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._row(row) or self._blank()

    # -- fetching --------------------------------------------------------------------------------
    def _request(
        self, *, after: Key | None = None, through: Key | None = None, limit: int = 0
    ) -> PageRequest:
        return PageRequest(
            offset=0,
            limit=limit or self._page_size,
            text=self._text,
            sort=self._sort,
            descending=self._descending,
            filters=dict(self._filters),
            after=after,
            through=through,
        )

    def _submit(self, request: PageRequest, done: Callable[[Page], None]) -> None:
        generation, read, query = self._generation, self._read, self._query

        def apply(rows: Any) -> None:
            if generation == self._generation:
                if not isinstance(rows, Page) or len(rows.keys) != len(rows):
                    raise TypeError(f"{query!r} must answer with services.paging.page()")
                done(rows)
                self.loaded.emit()

        if self._runner is None:
            apply(read(lambda session: query(session, request)))
            return

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self._rereading.clear()

        self._runner.run(
            lambda _progress: read(lambda session: query(session, request)),
            apply,
            on_error=failed,
        )

    def _reloaded(self, page: Page) -> None:
        self.beginResetModel()
        self._rows = list(page)
        self._hashes = array("q", (hash(key) for key in page.keys))
        self._starts = [0] if page else []
        self._bounds = [(None, page.keys[-1])] if page else []
        self._pages = OrderedDict({0: None}) if page else OrderedDict()
        self._stale.clear()
        self._recent = 0
        self._more = len(page) == self._page_size
        self._loading = False
        self.endResetModel()

    def _relisted(self, generation: int, page: Page) -> None:
        """A short list read again: same rows → updated in place; else the rows change
        with the selection kept on the rows (by key) that are still there."""
        self._loading = False
        hashes = array("q", (hash(key) for key in page.keys))
        if hashes == self._hashes:
            self._rows = list(page)
            if page:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(page) - 1, len(self._columns) - 1)
                )
            return
        self.layoutAboutToBeChanged.emit()
        where = {h: row for row, h in enumerate(hashes)}
        old = self.persistentIndexList()
        new = []
        for index in old:
            row = (
                where.get(self._hashes[index.row()], -1) if index.row() < len(self._hashes) else -1
            )
            new.append(self.createIndex(row, index.column()) if row >= 0 else QModelIndex())
        self._rows = list(page)
        self._hashes = hashes
        self._starts = [0] if page else []
        self._bounds = [(None, page.keys[-1])] if page else []
        self._pages = OrderedDict({0: None}) if page else OrderedDict()
        self._more = len(page) == self._page_size
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _appended(self, after: Key, page: Page) -> None:
        self._loading = False
        if not page:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._hashes.extend(hash(key) for key in page.keys)
        self._starts.append(first)
        self._bounds.append((after, page.keys[-1]))
        self.endInsertRows()
        self._more = len(page) == self._page_size
        self._keep(len(self._starts) - 1)

    def _reread(self, number: int) -> None:
        if number in self._rereading:
            return
        self._rereading.add(number)
        after, last = self._bounds[number]
        # Rows inserted inside the range meanwhile are read too (and left out): leave room.
        request = self._request(after=after, through=last, limit=self._page_size * 10)
        self._submit(request, lambda page: self._reread_done(number, page))

    def _reread_done(self, number: int, page: Page) -> None:
        self._rereading.discard(number)
        found = {hash(key): row for key, row in zip(page.keys, page, strict=True)}
        start, end = self._page_range(number)
        blank = self._blank()
        self._rows[start:end] = [found.get(self._hashes[row], blank) for row in range(start, end)]
        self._stale.discard(number)
        self._keep(number)
        if self._runner is not None:  # (at once, it is inside data(): the view has the row)
            self.dataChanged.emit(self.index(start, 0), self.index(end - 1, len(self._columns) - 1))

    # -- pages held ------------------------------------------------------------------------------
    # Scrolling to the end of 500,000 rows must not keep them all: only the most
    # recently used pages are held; a page let go is read again when it is shown.
    MAX_PAGES = 30

    def _page_range(self, number: int) -> tuple[int, int]:
        start = self._starts[number]
        end = self._starts[number + 1] if number + 1 < len(self._starts) else len(self._rows)
        return start, end

    def _keep(self, number: int) -> None:
        self._recent = number
        self._pages[number] = None
        self._pages.move_to_end(number)
        while len(self._pages) > self.MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            start, end = self._page_range(old)
            self._rows[start:end] = [None] * (end - start)
            self._stale.discard(old)

    def _row(self, row: int) -> tuple[Any, ...] | None:
        number = bisect_right(self._starts, row) - 1
        if self._rows[row] is None or number in self._stale:
            self._reread(number)
        elif number != self._recent:  # cells of one page are asked for in a row: once per page
            self._pages.move_to_end(number)
            self._recent = number
        return self._rows[row]

    def _blank(self) -> tuple[Any, ...]:
        """Stands in for a row that vanished since it was listed (until the next refresh)."""
        return (None,) * (len(self._columns) + 1)


TYPING_PAUSE_MS = 120


def filter_as_you_type(edit: QLineEdit, model: PagedQueryModel, owner: QObject) -> QTimer:
    """The list follows a filter box: one query per pause in typing, not one per key."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(lambda: model.set_text(edit.text()))
    edit.textChanged.connect(lambda _text: timer.start())
    return timer
