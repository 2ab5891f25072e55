"""A table of lines with one quantity to type per line (receive dialog, return dialog).

Read-only columns describe each line; the last column takes a Decimal (at most
the item's decimals). Bad text stays as typed, red, with the reason as tooltip.
Enter moves down, so a clerk can go through a delivery note line by line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from erp_desktop.domain.formatting import format_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.ui import colors
from erp_desktop.ui.models.quantity_cell import typed_quantity

Index = QModelIndex | QPersistentModelIndex


@dataclass
class QuantityRow:
    key: int  # the line the quantity is for
    cells: Sequence[str]  # the read-only columns, already formatted
    places: int  # decimals the quantity may have
    default: Decimal | None = None


class QuantityTableModel(QAbstractTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        entry_title: str,
        rows: Sequence[QuantityRow],
        parent: Any = None,
        *,
        numeric_columns: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.headers = [*headers, entry_title]
        self.rows = list(rows)
        self.numeric = set(numeric_columns)
        self.values: list[Decimal | None] = [row.default for row in self.rows]
        self.texts: dict[int, str] = {}
        self.errors: dict[int, str] = {}

    @property
    def entry_column(self) -> int:
        return len(self.headers) - 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.entry_column:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = index.row(), index.column()
        entry = column == self.entry_column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if not entry:
                return self.rows[row].cells[column]
            if row in self.texts:
                return self.texts[row]
            value = self.values[row]
            return (
                ""
                if value is None
                else format_decimal(value, self.rows[row].places, grouping=False)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and (entry or column in self.numeric):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and entry:
            return colors.tint_brush("error" if row in self.errors else "entry")
        if role == Qt.ItemDataRole.ToolTipRole and entry:
            return self.errors.get(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.entry_column:
            return False
        row, text = index.row(), str(value).strip()
        self.values[row], problem = typed_quantity(text, self.rows[row].places)
        self.texts.pop(row, None)
        self.errors.pop(row, None)
        if problem is not None:
            self.texts[row], self.errors[row] = text, problem
        self.dataChanged.emit(index, index)
        return True

    # -- ours ------------------------------------------------------------------------------------
    def set_all(self, use_default: bool) -> None:
        self.values = [row.default if use_default else None for row in self.rows]
        self.texts.clear()
        self.errors.clear()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.entry_column), self.index(len(self.rows) - 1, self.entry_column)
            )

    def entries(self) -> list[tuple[int, Decimal]]:
        """(line key, quantity) for every line with a quantity other than zero."""
        return [
            (row.key, value)
            for row, value in zip(self.rows, self.values, strict=True)
            if value is not None and value != 0
        ]

    def check(self) -> None:
        """Raise a ValidationError naming the lines whose quantity is not right."""
        if self.errors:
            problems = [
                f"{self.rows[row].cells[0]}: {text}" for row, text in sorted(self.errors.items())
            ]
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Correct the lines marked in red: {problems}"),
                problems="; ".join(problems),
            )


class QuantityTableView(QTableView):
    def __init__(self, model: QuantityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = model
        self.set_table(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().hide()

    def set_table(self, model: QuantityTableModel) -> None:
        self.setModel(model)
        self.table = model
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if model.columnCount() > 3:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the item's name

    def start(self) -> None:
        self.setFocus()
        if self.table.rowCount():
            self.setCurrentIndex(self.table.index(0, self.table.entry_column))

    def commit_open_editor(self) -> None:
        """Take what is typed in a cell still being edited (a click on a button)."""
        if self.state() != self.State.EditingState:
            return
        for editor in self.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            below = self.table.index(
                min(current.row() + 1, self.table.rowCount() - 1), current.column()
            )
            self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            index = self.currentIndex()
            editable = index.isValid() and self.table.flags(index) & Qt.ItemFlag.ItemIsEditable
            if self.state() != self.State.EditingState and editable:
                self.edit(index)
                return
        super().keyPressEvent(event)
