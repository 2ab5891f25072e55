"""Rows of a document's lines, edited in a grid.

Each row is a dict: one key per column, ``item`` (an ``ItemChoice`` or None),
``_text`` (what the user typed where it did not parse) and ``_errors``
(column key → message). ``compute`` fills read-only columns (amounts, tax,
stock at the source) after every edit. Values are exact Decimals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from erp_desktop.domain.formatting import format_decimal
from erp_desktop.domain.money import QUANTITY_PLACES, parse_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.stock.items import ItemChoice
from erp_desktop.ui import colors
from erp_desktop.ui.i18n import render

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridColumn:
    key: str
    title: str  # already translated
    kind: str = "text"  # item, quantity (the item's decimals), decimal, text, readonly
    places: int = 2  # for decimal and readonly decimal columns
    signed: bool = False
    field: str = QT_TRANSLATE_NOOP("fields", "Value")  # for messages (context "fields")
    width: int | None = None

    @property
    def editable(self) -> bool:
        return self.kind != "readonly"

    @property
    def numeric(self) -> bool:
        return self.kind in ("quantity", "decimal") or (
            self.kind == "readonly" and self.places >= 0
        )


def blank_row(columns: Sequence[GridColumn]) -> dict[str, Any]:
    row: dict[str, Any] = {c.key: None for c in columns}
    row.update(item=None, _text={}, _errors={})
    return row


def is_blank(row: dict[str, Any], columns: Sequence[GridColumn]) -> bool:
    return (
        row.get("item") is None
        and not row["_text"]
        and all(row.get(c.key) in (None, "") for c in columns if c.editable and c.kind != "item")
    )


class LineGridModel(QAbstractTableModel):
    rows_changed = Signal()

    def __init__(
        self,
        columns: Sequence[GridColumn],
        *,
        resolve_item: Callable[[str], ItemChoice | None],
        compute: Callable[[dict[str, Any]], None] | None = None,
        parent: Any = None,
    ) -> None:
        """``resolve_item`` finds an item by exact code or barcode (Enter without the
        lookup); ``compute`` updates a row's read-only values in place."""
        super().__init__(parent)
        self.columns = list(columns)
        self._resolve_item = resolve_item
        self._compute = compute
        self._rows: list[dict[str, Any]] = [blank_row(self.columns)]
        self.read_only = False

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = []
        for values in rows:
            row = blank_row(self.columns)
            row.update(values)
            if self._compute:
                self._compute(row)
            self._rows.append(row)
        if not self.read_only:
            self._rows.append(blank_row(self.columns))
        self.endResetModel()
        self.rows_changed.emit()

    def lines(self) -> list[dict[str, Any]]:
        """The non-blank rows, in order."""
        return [row for row in self._rows if not is_blank(row, self.columns)]

    def problems(self) -> list[str]:
        """Messages for every cell that did not parse, with its line number."""
        out = []
        for number, row in enumerate(self.lines(), start=1):
            for column in self.columns:
                message = row["_errors"].get(column.key)
                if message:
                    out.append(f"{number}: {message}")
        return out

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows) and not is_blank(self._rows[row], self.columns):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.rows_changed.emit()

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def recompute(self) -> None:
        """Recompute read-only values (e.g. after the warehouse or price mode changed)."""
        if self._compute:
            for row in self._rows:
                if not is_blank(row, self.columns):
                    self._compute(row)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )
        self.rows_changed.emit()

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        error = row["_errors"].get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.key in row["_text"]:
                return row["_text"][column.key]
            return self._shown(row, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            "quantity",
            "decimal",
            "readonly",
        ):
            value = row.get(column.key)
            if isinstance(value, Decimal) or value is None:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return colors.tint_brush("error")
            if not column.editable:
                return colors.read_only_brush()
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        return None

    def _shown(self, row: dict[str, Any], column: GridColumn, *, edit: bool) -> str:
        if column.kind == "item":
            item = row.get("item")
            if item is None:
                return ""
            return item.code if edit else f"{item.code}  {item.name}"
        value = row.get(column.key)
        if value is None:
            return ""
        if isinstance(value, Decimal):
            places = column.places
            if column.kind == "quantity":
                item = row.get("item")
                places = item.unit_precision if item else QUANTITY_PLACES
            return format_decimal(value, places, grouping=not edit)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if not column.editable:
            return False
        row["_text"].pop(column.key, None)
        row["_errors"].pop(column.key, None)
        if column.kind == "item":
            self._set_item(row, column, value)
        elif column.kind in ("quantity", "decimal"):
            self._set_decimal(row, column, str(value))
        else:
            row[column.key] = str(value).strip()
        if self._compute and not is_blank(row, self.columns):
            self._compute(row)
        last = len(self._rows) - 1
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1)
        )
        if index.row() == last and not is_blank(row, self.columns):
            self.beginInsertRows(QModelIndex(), last + 1, last + 1)
            self._rows.append(blank_row(self.columns))
            self.endInsertRows()
        self.rows_changed.emit()
        return True

    def _set_item(self, row: dict[str, Any], column: GridColumn, value: Any) -> None:
        if isinstance(value, ItemChoice):
            row["item"] = value
            return
        text = str(value).strip()
        if not text:
            row["item"] = None
            return
        current = row.get("item")
        if current is not None and text in (current.code, f"{current.code}  {current.name}"):
            return
        found = self._resolve_item(text)
        if found is None:
            row["item"] = None
            row["_text"][column.key] = text
            row["_errors"][column.key] = render(
                Msg(
                    QT_TRANSLATE_NOOP("errors", "No item has the code or barcode “{text}”."),
                    "errors",
                    {"text": text},
                )
            )
        else:
            row["item"] = found

    def _set_decimal(self, row: dict[str, Any], column: GridColumn, text: str) -> None:
        if not text.strip():
            row[column.key] = None
            return
        places = QUANTITY_PLACES if column.kind == "quantity" else column.places
        try:
            row[column.key] = parse_decimal(
                text, places=places, allow_negative=column.signed, field=column.field
            )
        except ValidationError as exc:
            row[column.key] = None
            row["_text"][column.key] = text
            row["_errors"][column.key] = render(exc.message)
