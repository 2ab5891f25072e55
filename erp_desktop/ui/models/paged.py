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

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.orm import Session

from erp_desktop.domain.formatting import format_decimal, format_quantity
from erp_desktop.services.paging import PageRequest

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


PageQuery = Callable[[Session, PageRequest], list[tuple[Any, ...]]]


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
    def __init__(
        self,
        read: Callable[[Callable[[Session], Any]], Any],
        columns: Sequence[Column],
        query: PageQuery,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        """``read`` runs a function in a read transaction (``book.read``)."""
        super().__init__(parent)
        self._read = read
        self._columns = list(columns)
        self._query = query
        self._page_size = page_size
        self._rows: list[tuple[Any, ...] | None] = []  # None: a page let go (see _keep)
        self._pages: OrderedDict[int, None] = OrderedDict()  # pages held, least recent first
        self._recent = -1  # the page last asked for
        self._more = True
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
        value = self._row(index.row())[index.column() + 1]
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
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self._rows))
        if not page:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._keep(first // self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._sort = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- ours ------------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Filter as the user types (the query decides which columns it searches)."""
        if text != self._text:
            self._text = text
            self.refresh()

    def set_filters(self, **filters: Any) -> None:
        self._filters.update(filters)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a filter, a sort, or a change by anyone)."""
        page = self._fetch(0)
        self.beginResetModel()
        self._rows = list(page)
        self._pages = OrderedDict({0: None})
        self._recent = 0
        self._more = len(page) == self._page_size
        self.endResetModel()

    def row_id(self, row: int) -> Any:
        return self._row(row)[0] if 0 <= row < len(self._rows) else None

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._row(row)

    # Scrolling to the end of 500,000 rows must not keep them all: only the most
    # recently used pages are held; a page let go is read again when it is shown.
    MAX_PAGES = 30

    def _keep(self, page: int) -> None:
        self._recent = page
        self._pages[page] = None
        self._pages.move_to_end(page)
        while len(self._pages) > self.MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            start = old * self._page_size
            end = min(start + self._page_size, len(self._rows))
            self._rows[start:end] = [None] * (end - start)

    def _row(self, row: int) -> tuple[Any, ...]:
        values = self._rows[row]
        if values is None:
            page = row // self._page_size
            start = page * self._page_size
            fetched = self._fetch(start, reading_back=True)
            end = min(start + self._page_size, len(self._rows))
            fetched = (fetched + [self._blank()] * self._page_size)[: end - start]
            self._rows[start:end] = fetched
            values = self._rows[row]
        page = row // self._page_size
        if page != self._recent:  # cells of one page are asked for in a row: once per page
            if page in self._pages:
                self._pages.move_to_end(page)
                self._recent = page
            else:
                self._keep(page)
        assert values is not None
        return values

    def _blank(self) -> tuple[Any, ...]:
        """Stands in for a row that vanished since it was listed (until the next refresh)."""
        return (None,) * (len(self._columns) + 1)

    def _fetch(self, offset: int, *, reading_back: bool = False) -> list[tuple[Any, ...]]:
        request = PageRequest(
            offset=offset,
            limit=self._page_size,
            text=self._text,
            sort=self._sort,
            descending=self._descending,
            filters=dict(self._filters),
        )
        page = self._read(lambda session: self._query(session, request))
        if offset and len(page) < self._page_size and not reading_back:
            self._more = False
        return page


TYPING_PAUSE_MS = 120


def filter_as_you_type(edit: QLineEdit, model: PagedQueryModel, owner: QObject) -> QTimer:
    """The list follows a filter box: one query per pause in typing, not one per key."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(lambda: model.set_text(edit.text()))
    edit.textChanged.connect(lambda _text: timer.start())
    return timer
