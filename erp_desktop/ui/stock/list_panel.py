"""A list screen: filter as you type, a sortable table over a paged SQL query, buttons.

Used by every stock and master-data list: the model is a ``PagedQueryModel`` (filter
and sort in SQL, 200 rows at a time); the list reloads when anyone changes the data
(``ctx.changed``) and after the screen's own actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.permissions import Permission
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.paging import Page
from erp_desktop.services.permissions import may
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column, PagedQueryModel, PageQuery, filter_as_you_type
from erp_desktop.ui.widgets.list_export import export_view
from erp_desktop.ui.widgets.list_layout import remember_layout


def sees_costs(ctx: AppContext) -> bool:
    user_id = ctx.user_id
    return bool(ctx.book.read(lambda s: may(s, user_id, Permission.SEE_COSTS)))


class ListPanel(QWidget):
    activated = Signal(object)  # the id of the row double-clicked or Enter'ed
    selection_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        query: PageQuery,
        *,
        areas: Sequence[Area] = (Area.STOCK,),
        filters: dict[str, Any] | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``sort``: the column and order a first visit lists by (the user's last choice
        wins, see ``ListLayout``)."""
        super().__init__(parent)
        self.ctx = ctx
        self.columns = list(columns)
        self._areas = tuple(areas)
        self.model = PagedQueryModel(ctx.book.read, columns, query, self, runner=ctx.runner)
        self.model._filters.update(filters or {})
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter: type part of a code or name"))
        self.filter_edit.setMinimumWidth(260)
        self.typing = filter_as_you_type(self.filter_edit, self.model, self)
        self.top = QHBoxLayout()
        self.top.addWidget(self.filter_edit)
        self.buttons = QHBoxLayout()
        self.top.addLayout(self.buttons)
        self.top.addStretch(1)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSortIndicator(*(sort or (-1, Qt.SortOrder.AscendingOrder)))
        keys = [column.key for column in self.columns]
        self.layout_memory = remember_layout(
            self.view,
            ctx.settings,
            f"{type(self).__module__.rsplit('.', 2)[-2]}.{type(self).__name__}",
            stretch=keys.index("name") if "name" in keys else None,
            sortable=[column.sortable for column in self.columns],
        )
        self._sort_as_header()
        header.sortIndicatorChanged.connect(self.model.sort)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        ctx.changed.connect(self._on_changes)
        self.model.refresh()
        if not self.layout_memory.restored:
            self.size_columns()

    def _sort_as_header(self) -> None:
        header = self.view.horizontalHeader()
        section = header.sortIndicatorSection()
        if 0 <= section < len(self.columns) and self.columns[section].sortable:
            self.model.set_sort(
                self.columns[section].key,
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )

    def size_columns(self) -> None:
        metrics = self.fontMetrics()
        for number, column in enumerate(self.columns):
            width = metrics.horizontalAdvance(column.title) + 36
            if column.kind == "decimal":
                width = max(width, metrics.horizontalAdvance("0,000,000.00") + 16)
            elif column.key in ("name", "address", "note"):
                width = max(width, metrics.horizontalAdvance("M" * 16))
            elif column.key in ("code", "number"):  # BU-000023, ADJ-2026-000001
                width = max(width, metrics.horizontalAdvance("ADJ-2026-000000") + 16)
            else:
                width = max(width, metrics.horizontalAdvance("M" * 7))
            self.view.setColumnWidth(number, width)

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_report_buttons(self, title: str) -> None:
        """Export… (Excel or CSV) and PDF… of the whole list as it is filtered and sorted."""
        self.report_title = title
        self.add_button(self.tr("E&xport…"), lambda: self.export_report(("xlsx", "csv")))
        self.add_button(self.tr("&PDF…"), lambda: self.export_report(("pdf",)))

    def export_report(self, kinds: Sequence[str], path: Any = None) -> Any:
        return export_view(
            self,
            self.ctx,
            self.view,
            self.report_title,
            kinds=kinds,
            path=path,
            totals=self.totals(),
        )

    def totals(self) -> Sequence[Any] | None:
        """The list's totals row in its columns, if it has one (exports add it)."""
        return None

    def add_widget(self, widget: QWidget) -> None:
        self.buttons.addWidget(widget)

    def hide_columns(self, keys: Sequence[str]) -> None:
        for number, column in enumerate(self.columns):
            self.view.setColumnHidden(number, column.key in keys)

    def current_id(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def current_values(self) -> tuple[Any, ...] | None:
        index = self.view.currentIndex()
        return self.model.row_values(index.row()) if index.isValid() else None

    def set_filters(self, **filters: Any) -> None:
        self.model.set_filters(**filters)

    def reload(self) -> None:
        self.model.refresh()

    def _activated(self, index: QModelIndex) -> None:
        row_id = self.model.row_id(index.row())
        if row_id is not None:
            self.activated.emit(row_id)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*self._areas):
            self.model.mark_stale()


class DocumentListPanel(ListPanel):
    """A list of stock documents, newest first; Enter, a double click or Open… shows one in
    its form (``form(ctx, document_id, parent)``)."""

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        query: PageQuery,
        form: Callable[[AppContext, int, QWidget], QDialog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, columns, query, sort=(2, Qt.SortOrder.DescendingOrder), parent=parent)
        self._form = form
        self.activated.connect(self.open_document)

    def open_current(self) -> QDialog | None:
        doc_id = self.current_id()
        return self.open_document(doc_id) if doc_id is not None else None

    def open_document(self, doc_id: int) -> QDialog:
        dialog = self._form(self.ctx, doc_id, self)
        dialog.open()
        return dialog


def translated(query: PageQuery, labels: dict[int, tuple[str, dict[str, str]]]) -> PageQuery:
    """Wrap a list query so that code values (states, reasons, document types) in the
    given row positions are shown translated: {position: (context, {code: source})}."""

    def shown(row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for position, (context, mapping) in labels.items():
            code = values[position]
            if code in mapping:
                values[position] = QCoreApplication.translate(context, mapping[code])
        return tuple(values)

    def run(session: Any, request: Any) -> Page:
        return query(session, request).mapped(shown)  # type: ignore[attr-defined, no-any-return]

    return run
