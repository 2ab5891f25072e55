"""Keyboard-first editing of a line grid: Enter moves on, the item column looks up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from erp_desktop.services.stock.items import ItemChoice
from erp_desktop.ui.grid.model import LineGridModel
from erp_desktop.ui.widgets.lookup_edit import LookupEdit

ItemSearch = Callable[[str], list[ItemChoice]]


class ItemEditor(LookupEdit):
    """Type a code, a name or a barcode; pick from the list that follows."""

    picked = Signal()

    def __init__(self, search: ItemSearch, parent: QWidget | None = None) -> None:
        super().__init__(search, parent)
        self.choice: ItemChoice | None = None
        self.completer_.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the open list with nothing highlighted takes what was typed (an exact
        # code or barcode): the completer alone would swallow the key.
        if (
            watched is self.completer_.popup()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.completer_.popup().currentIndex().isValid()
        ):
            self.completer_.popup().hide()
            self.picked.emit()
            return True
        return super().eventFilter(watched, event)

    def typed(self) -> None:
        self.choice = None

    def take(self, choice: ItemChoice) -> None:
        self.choice = choice
        self.setText(choice.code)
        self.picked.emit()


class ItemDelegate(QStyledItemDelegate):
    def __init__(self, search: ItemSearch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = ItemEditor(self._search, parent)
        editor.picked.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: ItemEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, ItemEditor)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, ItemEditor)
        text = editor.text().strip()
        choice = editor.choice
        if choice is None and editor.choices and text:
            exact = [c for c in editor.choices if c.code.casefold() == text.casefold()]
            choice = exact[0] if len(exact) == 1 else None
        model.setData(index, choice if choice is not None else text, Qt.ItemDataRole.EditRole)


class LineGridView(QTableView):
    def __init__(
        self, model: LineGridModel, search: ItemSearch, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for number, column in enumerate(model.columns):
            if column.kind == "item":
                self.setItemDelegateForColumn(number, ItemDelegate(search, self))
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                self.setColumnWidth(number, column.width)
        delete = QShortcut(QKeySequence("Ctrl+Delete"), self)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(lambda: self.grid.remove_row(self.currentIndex().row()))

    def start(self) -> None:
        """Put the cursor in the first cell, ready to type."""
        self.setFocus()
        self.setCurrentIndex(self.model().index(0, self._editable_columns()[0]))

    def _editable_columns(self) -> list[int]:
        return [n for n, c in enumerate(self.grid.columns) if c.editable]

    def next_cell(self, index: QModelIndex) -> QModelIndex:
        editable = self._editable_columns()
        later = [c for c in editable if c > index.column()]
        if later:
            return self.model().index(index.row(), later[0])
        if index.row() + 1 < self.model().rowCount():
            return self.model().index(index.row() + 1, editable[0])
        return index

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            following = self.next_cell(current)
            self.setCurrentIndex(following)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and self.grid.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        super().keyPressEvent(event)
